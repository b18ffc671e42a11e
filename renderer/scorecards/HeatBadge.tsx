/** The heat overlay's label on a canvas card: the touchpoint score as text (one decimal), or "no score". */
import { useT } from '../i18n/useT'
import { fixed } from './format'
import type { HeatEntry } from '../../shared/scoring/heat'

/** The class a card carries for its heat band (the coloured band repeats what the label says). */
export function heatClass(heat: HeatEntry | null): string | false {
  if (!heat) return false
  return heat.kind === 'score' ? `has-heat heat-card-${heat.band}` : 'has-heat heat-card-none'
}

export function HeatBadge({ heat }: { heat: HeatEntry | null }) {
  const t = useT()
  if (!heat) return null
  if (heat.kind === 'score') {
    const score = fixed(heat.score, 1)
    return (
      <span className={`heat-badge heat-${heat.band}`} title={t('scorecards.heat.title', { score, band: t(`scorecards.heat.band.${heat.band}`), count: heat.indicators })}>
        {t('scorecards.heat.score', { score })}
      </span>
    )
  }
  return (
    <span className="heat-badge heat-none" title={t(heat.kind === 'none' ? 'scorecards.heat.titleNone' : 'scorecards.heat.titleUnscored')}>
      {t(heat.kind === 'none' ? 'scorecards.heat.noScore' : 'scorecards.heat.unscored')}
    </span>
  )
}
