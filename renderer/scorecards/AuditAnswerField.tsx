/** One indicator's answer in the audit form: yes / no / N/A radios, or a number with an N/A checkbox, and a comment. */
import type { Indicator } from '../../shared/model/scorecard'
import type { Translate } from '../i18n/useT'
import type { Answer } from './auditFormState'
import { scaleText } from './format'

export function AuditAnswerField(props: { t: Translate; indicator: Indicator; name: string; answer: Answer; setAnswer: (id: string, changes: Partial<Answer>) => void }) {
  const { t, indicator, name, answer, setAnswer } = props
  return (
  <fieldset className="audit-answer">
    <legend>
      {name} <span className="muted">({t(`servqual.${indicator.dimension}`)} · {scaleText(t, indicator.scale)})</span>
    </legend>
    {indicator.description && <p className="muted audit-description">{indicator.description}</p>}
    {indicator.scale.kind === 'yesNo' ? (
      <div role="radiogroup" aria-label={t('scorecards.audit.scoreLabel', { name })} className="audit-radios">
        {(['yes', 'no', 'na'] as const).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={`answer-${indicator.id}`}
              checked={choice === 'na' ? answer.na : !answer.na && answer.value === choice}
              onChange={() => setAnswer(indicator.id, choice === 'na' ? { na: true, value: '' } : { na: false, value: choice })}
            />{' '}
            {t(`scorecards.answer.${choice}`)}
          </label>
        ))}
      </div>
    ) : (
      <div className="audit-number">
        <label>
          <span>{t('scorecards.audit.scoreLabel', { name })}</span>{' '}
          <input
            type="number"
            min={indicator.scale.min}
            max={indicator.scale.max}
            step="any"
            disabled={answer.na}
            value={answer.value}
            onChange={(event) => setAnswer(indicator.id, { value: event.target.value })}
          />
        </label>{' '}
        <label>
          <input
            type="checkbox"
            aria-label={t('scorecards.audit.naLabel', { name })}
            checked={answer.na}
            onChange={(event) => setAnswer(indicator.id, { na: event.target.checked, value: '' })}
          />{' '}
          {t('scorecards.answer.na')}
        </label>
      </div>
    )}
    <label className="audit-comment">
      <span className="visually-hidden">{t('scorecards.audit.commentLabel', { name })}</span>
      <input
        placeholder={t('scorecards.audit.commentPlaceholder')}
        value={answer.comment}
        maxLength={2000}
        onChange={(event) => setAnswer(indicator.id, { comment: event.target.value })}
      />
    </label>
  </fieldset>
  )
}
