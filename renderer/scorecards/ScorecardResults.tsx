/** The weighted satisfaction index of one scorecard: overall, per group, trend, dimensions, indicators, touchpoints, IPA. */
import { useMemo, useState } from 'react'
import type { AuditSummary, ScoreReport } from '../../shared/ipc/scorecardContract'
import { touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { SERVQUAL_DIMENSIONS, type JourneyDocument } from '../../shared/model/schema'
import type { Indicator, Scorecard } from '../../shared/model/scorecard'
import { MeanAccumulator, touchpointScores, type GroupBy, type Mean } from '../../shared/scoring/aggregate'
import { indicatorIpaPoints, ipa, QUADRANTS, type Quadrant } from '../../shared/scoring/ipa'
import { effectiveWeights } from '../../shared/scoring/weights'
import type { Translate } from '../i18n/useT'
import { BarChart, LineChart } from './charts'
import { fixed, indicatorLabel, percent } from './format'
import { IpaSection, type CrosshairBasis } from './IpaSection'
import { MeansTable, type Row } from './MeansTable'

/** Mean audit index per group, from the audits the host listed (audits without an index are left out). */
function groupMeans(audits: readonly AuditSummary[], groupBy: GroupBy): Record<string, Mean> {
  const accumulator = new MeanAccumulator()
  for (const audit of audits) {
    if (audit.index === null) continue
    accumulator.add(groupBy === 'month' ? audit.date.slice(0, 7) : audit[groupBy], audit.index)
  }
  return accumulator.toRecord()
}

export function ScorecardResults(props: { t: Translate; doc: JourneyDocument; scorecard: Scorecard; indicators: Indicator[]; report: ScoreReport | null; audits: AuditSummary[] }) {
  const { t, doc, scorecard, indicators, report, audits } = props
  const [crosshairBasis, setCrosshairBasis] = useState<CrosshairBasis>('data')
  const blank = t('scorecards.results.blank')
  const rowsOf = (means: Record<string, Mean>): Row[] => Object.entries(means).map(([key, mean]) => ({ key, label: key.trim() || blank, ...mean }))
  const overall = useMemo(() => {
    const indices = audits.flatMap((audit) => (audit.index === null ? [] : [audit.index]))
    return indices.length === 0 ? null : { mean: indices.reduce((sum, value) => sum + value, 0) / indices.length, n: indices.length }
  }, [audits])
  const byStore = useMemo(() => rowsOf(groupMeans(audits, 'store')), [audits, blank])
  const byPost = useMemo(() => rowsOf(groupMeans(audits, 'post')), [audits, blank])
  const byMonth = useMemo(() => rowsOf(groupMeans(audits, 'month')), [audits, blank])
  const byAuditor = useMemo(() => rowsOf(groupMeans(audits, 'auditor')), [audits, blank])
  const effective = useMemo(() => effectiveWeights(scorecard, indicators), [scorecard, indicators])
  const byIndicator = report?.byIndicator ?? {}
  const position = new Map(indicators.map((indicator, index) => [indicator.id, index + 1]))
  const nameOf = (indicator: Indicator) => indicatorLabel(t, indicator.name, position.get(indicator.id) ?? 0)

  const dimensionRows: Row[] = SERVQUAL_DIMENSIONS.flatMap((dimension) => {
    const mean = report?.byDimension[`${scorecard.id}/${dimension}`]
    return mean ? [{ key: dimension, label: t(`servqual.${dimension}`), ...mean }] : []
  })
  const touchpointRows: Row[] = useMemo(() => {
    const scores = touchpointScores([scorecard], indicators, byIndicator)
    return touchpointsInDocumentOrder(doc).flatMap((touchpoint) => {
      const mean = scores[touchpoint.id]
      return mean ? [{ key: touchpoint.id, label: touchpoint.title.trim() || t('editor.touchpoint.untitled'), ...mean }] : []
    })
  }, [doc, scorecard, indicators, byIndicator, t])

  const points = indicatorIpaPoints(effective, byIndicator)
  const scaleCrosshair = { basis: 'scale' as const, importance: indicators.length > 0 ? 1 / indicators.length : 0, performance: 50 }
  const analysis = ipa(points, crosshairBasis === 'data' ? { basis: 'data' } : scaleCrosshair)
  const quadrantOf = new Map(analysis?.points.map((point) => [point.id, point.quadrant]) ?? [])
  const quadrantNames = Object.fromEntries(QUADRANTS.map((quadrant) => [quadrant, t(`scoring.quadrant.${quadrant}`)])) as Record<Quadrant, string>

  if (audits.length === 0 && !report) return <p className="muted">{t('scorecards.loading')}</p>

  return (
    <>
      <section className="results-section" aria-label={t('scorecards.results.index')}>
        <h3>{t('scorecards.results.index')}</h3>
        <p className="results-headline" aria-label={t('scorecards.results.overallLabel')}>
          {overall ? t('scorecards.results.overall', { index: fixed(overall.mean), n: overall.n }) : t('scorecards.results.noAudits')}
        </p>
        {overall && (
          <div className="results-grid">
            <MeansTable t={t} caption={t('scorecards.results.byStore')} groupHeader={t('scorecards.column.store')} rows={byStore} />
            <MeansTable t={t} caption={t('scorecards.results.byPost')} groupHeader={t('scorecards.column.post')} rows={byPost} />
            <MeansTable t={t} caption={t('scorecards.results.byMonth')} groupHeader={t('scorecards.column.month')} rows={byMonth} />
            <MeansTable t={t} caption={t('scorecards.results.byAuditor')} groupHeader={t('scorecards.column.auditor')} rows={byAuditor} />
          </div>
        )}
      </section>

      {byMonth.length > 0 && (
        <section className="results-section" aria-label={t('scorecards.results.trend')}>
          <h3>{t('scorecards.results.trend')}</h3>
          <LineChart
            points={byMonth.map((row) => ({ label: row.label, value: row.mean }))}
            label={t('scorecards.results.trendChart', { points: byMonth.map((row) => `${row.label}: ${fixed(row.mean)}`).join('; ') })}
          />
          <p className="muted">{t('scorecards.results.trendTable')}</p>
        </section>
      )}

      {dimensionRows.length > 0 && (
        <section className="results-section" aria-label={t('scorecards.results.dimensions')}>
          <h3>{t('scorecards.results.dimensions')}</h3>
          <BarChart
            bars={dimensionRows.map((row) => ({ key: row.key, label: row.label, value: row.mean }))}
            label={t('scorecards.results.dimensionChart', { bars: dimensionRows.map((row) => `${row.label}: ${fixed(row.mean)}`).join('; ') })}
          />
          <MeansTable t={t} caption={t('scorecards.results.byDimension')} groupHeader={t('scorecards.column.dimension')} valueHeader={t('scorecards.column.mean')} rows={dimensionRows} />
        </section>
      )}

      {indicators.length > 0 && Object.keys(byIndicator).length > 0 && (
        <section className="results-section" aria-label={t('scorecards.results.indicators')}>
          <h3>{t('scorecards.results.indicators')}</h3>
          <div className="scorecard-table-wrap">
            <table className="scorecard-table">
              <caption>{t('scorecards.results.byIndicator')}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('scorecards.column.name')}</th>
                  <th scope="col">{t('scorecards.column.dimension')}</th>
                  <th scope="col">{t('scorecards.column.effective')}</th>
                  <th scope="col">{t('scorecards.column.mean')}</th>
                  <th scope="col">n</th>
                  <th scope="col">{t('scorecards.column.quadrant')}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator) => {
                  const mean = Object.hasOwn(byIndicator, indicator.id) ? byIndicator[indicator.id] : undefined
                  const quadrant = quadrantOf.get(indicator.id)
                  return (
                    <tr key={indicator.id}>
                      <td>{position.get(indicator.id)}</td>
                      <th scope="row">{nameOf(indicator)}</th>
                      <td>{t(`servqual.${indicator.dimension}`)}</td>
                      <td className="number">{percent(effective.get(indicator.id) ?? 0)}</td>
                      <td className="number">{mean ? fixed(mean.mean) : t('scorecards.noIndex')}</td>
                      <td className="number">{mean?.n ?? 0}</td>
                      <td>{quadrant ? quadrantNames[quadrant] : '—'}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {touchpointRows.length > 0 && (
        <section className="results-section" aria-label={t('scorecards.results.touchpoints')}>
          <h3>{t('scorecards.results.touchpoints')}</h3>
          <p className="muted">{t('scorecards.results.touchpointRule')}</p>
          <MeansTable
            caption={t('scorecards.results.byTouchpoint')}
            groupHeader={t('scorecards.column.touchpoint')}
            valueHeader={t('scorecards.column.score')}
            countHeader={t('scorecards.column.indicatorCount')}
            rows={touchpointRows}
            t={t}
          />
        </section>
      )}

      {analysis && analysis.points.length > 0 && (
        <IpaSection
          t={t}
          analysis={analysis}
          crosshairBasis={crosshairBasis}
          onCrosshairBasis={setCrosshairBasis}
          indicators={indicators}
          position={position}
          quadrantNames={quadrantNames}
          nameOf={nameOf}
        />
      )}
    </>
  )
}
