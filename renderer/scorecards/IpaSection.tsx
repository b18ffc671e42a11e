/** The importance–performance section: crosshair choice, its rule, the quadrant chart and its table. */
import { QUADRANTS, type IpaResult, type Quadrant } from '../../shared/scoring/ipa'
import type { Indicator } from '../../shared/model/scorecard'
import type { Translate } from '../i18n/useT'
import { QuadrantChart } from './charts'
import { fixed, percent } from './format'

export type CrosshairBasis = 'data' | 'scale'

export function IpaSection(props: {
  t: Translate
  analysis: IpaResult
  crosshairBasis: CrosshairBasis
  onCrosshairBasis: (basis: CrosshairBasis) => void
  indicators: Indicator[]
  position: Map<string, number>
  quadrantNames: Record<Quadrant, string>
  nameOf: (indicator: Indicator) => string
}) {
  const { t, analysis, crosshairBasis, onCrosshairBasis: setCrosshairBasis, indicators, position, quadrantNames, nameOf } = props
  return (
    <section className="results-section" aria-label={t('scorecards.ipa.title')}>
      <h3>{t('scorecards.ipa.title')}</h3>
      <div className="view-switch" role="radiogroup" aria-label={t('scorecards.ipa.crosshair')}>
        {(['data', 'scale'] as const).map((basis) => (
          <button key={basis} type="button" role="radio" aria-checked={crosshairBasis === basis} className={crosshairBasis === basis ? 'is-active' : ''} onClick={() => setCrosshairBasis(basis)}>
            {t(`scorecards.ipa.basis.${basis}`)}
          </button>
        ))}
      </div>
      <p className="ipa-rule">
        {t(analysis.crosshair.basis === 'data' ? 'scoring.ipaCrosshairData' : 'scoring.ipaCrosshairScale', {
          importance: percent(analysis.crosshair.importance),
          performance: fixed(analysis.crosshair.performance),
        })}{' '}
        {analysis.crosshair.basis === 'scale' && t('scorecards.ipa.scaleMidpoints')}
      </p>
      <QuadrantChart
        points={analysis.points.map((point) => ({ ...point, mark: String(position.get(point.id) ?? '') }))}
        crosshair={analysis.crosshair}
        quadrantNames={quadrantNames}
        axisNames={{ importance: t('scorecards.ipa.importance'), performance: t('scorecards.ipa.performance') }}
        label={t('scorecards.ipa.chartLabel', {
          counts: QUADRANTS.map((quadrant) => `${quadrantNames[quadrant]} ${analysis.counts[quadrant]}`).join('; '),
        })}
      />
      <p className="muted">{t('scoring.ipaTieRule')}</p>
      <table className="scorecard-table means-table">
        <caption>{t('scorecards.ipa.counts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecards.column.quadrant')}</th>
            <th scope="col">{t('scorecards.ipa.indicators')}</th>
          </tr>
        </thead>
        <tbody>
          {QUADRANTS.map((quadrant) => (
            <tr key={quadrant}>
              <th scope="row">
                <span aria-hidden="true" className={`quadrant-key quadrant-${quadrant}`}>
                  {QUADRANT_SYMBOL[quadrant]}
                </span>{' '}
                {quadrantNames[quadrant]}
              </th>
              <td>
                {analysis.points
                  .filter((point) => point.quadrant === quadrant)
                  .map((point) => `${position.get(point.id)}. ${nameOf(indicators.find((indicator) => indicator.id === point.id)!)}`)
                  .join('; ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** The marker shapes of the quadrant chart, repeated in its table. */
const QUADRANT_SYMBOL: Record<Quadrant, string> = { concentrate: '▲', keepUp: '●', lowPriority: '■', overkill: '◆' }
