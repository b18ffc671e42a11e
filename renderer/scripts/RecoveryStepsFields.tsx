/**
 * The CLEAR recovery template (服务补救): five labelled steps beside the free-text recovery plan —
 * control emotions, listen, establish empathy, apologise, resolve.
 */
import { CLEAR_STEPS, type RecoverySteps } from '../../shared/model/script'
import { useT } from '../i18n/useT'
import { TextField } from '../inspector/fields'

interface RecoveryStepsFieldsProps {
  steps: RecoverySteps
  onChange: (steps: RecoverySteps) => void
  lang: string
}

export function RecoveryStepsFields({ steps, onChange, lang }: RecoveryStepsFieldsProps) {
  const t = useT()
  const heading = t('scripts.clear.heading')
  return (
    <fieldset className="clear-steps">
      <legend>{heading}</legend>
      <p className="field-hint">{t('scripts.clear.hint')}</p>
      <ol className="clear-list">
        {CLEAR_STEPS.map((step) => (
          <li key={step} className={`clear-step clear-${step}`}>
            <span className="clear-letter" aria-hidden="true">
              {LETTER[step]}
            </span>
            <TextField
              label={t(`scripts.clear.${step}`)}
              hint={t(`scripts.clear.${step}Hint`)}
              multiline
              rows={2}
              value={steps[step]}
              maxLength={2000}
              lang={lang}
              onChange={(text) => onChange({ ...steps, [step]: text })}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  )
}

const LETTER: Record<(typeof CLEAR_STEPS)[number], string> = { control: 'C', listen: 'L', empathise: 'E', apologise: 'A', resolve: 'R' }
