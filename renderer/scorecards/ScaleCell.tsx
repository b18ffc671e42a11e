/** The scale of one indicator: a preset (yes/no, 1–5, 0–10, 0–100) or custom range bounds. */
import { useState } from 'react'
import type { Scale } from '../../shared/model/scorecard'
import type { Translate } from '../i18n/useT'

const PRESETS: Record<string, Scale> = {
  yesNo: { kind: 'yesNo' },
  '1-5': { kind: 'range', min: 1, max: 5 },
  '0-10': { kind: 'range', min: 0, max: 10 },
  '0-100': { kind: 'range', min: 0, max: 100 },
}

function presetOf(scale: Scale): string | null {
  if (scale.kind === 'yesNo') return 'yesNo'
  const key = `${scale.min}-${scale.max}`
  return key in PRESETS ? key : null
}

export function ScaleCell({ t, name, scale, onChange }: { t: Translate; name: string; scale: Scale; onChange: (scale: Scale) => void }) {
  const preset = presetOf(scale)
  const [custom, setCustom] = useState(preset === null)
  const [bounds, setBounds] = useState<{ min: string; max: string } | null>(null)
  const range = scale.kind === 'range' ? scale : { min: 0, max: 10 }
  const shown = bounds ?? { min: String(range.min), max: String(range.max) }
  const min = Number(shown.min)
  const max = Number(shown.max)
  const valid = shown.min.trim() !== '' && shown.max.trim() !== '' && Number.isFinite(min) && Number.isFinite(max) && max > min
  const commit = () => {
    if (!bounds) return
    setBounds(null)
    if (valid && (scale.kind !== 'range' || scale.min !== min || scale.max !== max)) onChange({ kind: 'range', min, max })
  }
  return (
    <div className="scale-cell">
      <select
        aria-label={t('scorecards.indicator.scaleLabel', { name })}
        value={custom ? 'custom' : (preset ?? 'custom')}
        onChange={(event) => {
          const value = event.target.value
          if (value === 'custom') {
            setCustom(true)
            if (scale.kind === 'yesNo') onChange({ kind: 'range', min: 0, max: 10 })
            return
          }
          setCustom(false)
          onChange({ ...PRESETS[value]! })
        }}
      >
        <option value="yesNo">{t('scorecards.scale.yesNo')}</option>
        <option value="1-5">1–5</option>
        <option value="0-10">0–10</option>
        <option value="0-100">0–100</option>
        <option value="custom">{t('scorecards.scale.custom')}</option>
      </select>
      {custom && (
        <span className="scale-bounds">
          <input
            type="number"
            aria-label={t('scorecards.indicator.scaleMin', { name })}
            aria-invalid={!valid || undefined}
            value={shown.min}
            onChange={(event) => setBounds({ ...shown, min: event.target.value })}
            onBlur={commit}
          />
          –
          <input
            type="number"
            aria-label={t('scorecards.indicator.scaleMax', { name })}
            aria-invalid={!valid || undefined}
            value={shown.max}
            onChange={(event) => setBounds({ ...shown, max: event.target.value })}
            onBlur={commit}
          />
        </span>
      )}
    </div>
  )
}
