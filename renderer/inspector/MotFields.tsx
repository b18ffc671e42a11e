/** Moment of truth (family, importance), designed peak and end, and the expected emotion. */
import { useId } from 'react'
import type { TouchpointChanges } from '../../shared/commands/touchpoint'
import { EMOTION_MAX, EMOTION_MIN, MOT_FAMILIES, type MotFamily, type Touchpoint } from '../../shared/model/schema'
import { emotionFace, emotionText, signed } from '../editor/format'
import { useSession } from '../editor/sessionContext'
import { useT } from '../i18n/useT'
import { CheckboxField, InspectorSection, SelectField } from './fields'

const IMPORTANCE_LEVELS = [1, 2, 3, 4, 5] as const

interface MotFieldsProps {
  touchpoint: Touchpoint
  update: (changes: TouchpointChanges) => void
}

export function MotFields({ touchpoint, update }: MotFieldsProps) {
  const t = useT()
  const importanceOptions = IMPORTANCE_LEVELS.map((value) => ({
    value: String(value),
    label: value === 1 ? t('editor.tp.importanceLow', { value }) : value === 5 ? t('editor.tp.importanceHigh', { value }) : String(value),
  }))
  return (
    <InspectorSection title={t('editor.section.mot')} className={touchpoint.isMot ? 'is-mot' : ''}>
      <CheckboxField label={t('editor.tp.mot')} hint={t('editor.tp.motHint')} checked={touchpoint.isMot} onChange={(isMot) => update({ isMot })} />
      <div className="field-pair">
        <SelectField
          label={t('editor.tp.family')}
          value={touchpoint.motFamily ?? ''}
          disabled={!touchpoint.isMot}
          options={[
            { value: '', label: t('mot.family.unspecified') },
            ...MOT_FAMILIES.map((family) => ({ value: family, label: t(`mot.family.${family}`) })),
          ]}
          onChange={(family) => update({ motFamily: family === '' ? null : (family as MotFamily) })}
        />
        <SelectField
          label={t('editor.tp.importance')}
          value={String(touchpoint.importance)}
          options={importanceOptions}
          onChange={(importance) => update({ importance: Number(importance) })}
        />
      </div>
      <CheckboxField icon="★" label={t('editor.tp.peak')} hint={t('editor.tp.peakHint')} checked={touchpoint.isPeak} onChange={(isPeak) => update({ isPeak })} />
      <CheckboxField icon="⚑" label={t('editor.tp.end')} hint={t('editor.tp.endHint')} checked={touchpoint.isEnd} onChange={(isEnd) => update({ isEnd })} />
      <EmotionSlider value={touchpoint.emotion} onChange={(emotion) => update({ emotion })} />
    </InspectorSection>
  )
}

function EmotionSlider({ value, onChange }: { value: number; onChange: (value: number) => void }) {
  const t = useT()
  const session = useSession()
  const id = useId()
  return (
    <div className="field emotion-field">
      <label htmlFor={id} className="field-label">
        {t('editor.tp.emotion')}
      </label>
      <div className="emotion-row">
        <input
          id={id}
          type="range"
          min={EMOTION_MIN}
          max={EMOTION_MAX}
          step={1}
          value={value}
          aria-valuetext={emotionText(t, value)}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(Number(event.target.value))}
          onBlur={() => session.editor.breakMerge()}
        />
        <output htmlFor={id} className={`emotion-value emotion-${Math.sign(value) + 1}`} aria-hidden="true">
          {emotionFace(value)} {signed(value)}
        </output>
      </div>
      <div className="emotion-scale" aria-hidden="true">
        <span>{signed(EMOTION_MIN)}</span>
        <span>0</span>
        <span>{signed(EMOTION_MAX)}</span>
      </div>
      <span id={`${id}-hint`} className="field-hint">
        {t('editor.tp.emotionHint')}
      </span>
    </div>
  )
}
