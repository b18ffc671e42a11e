/**
 * "Results" of the selected scorecard (methods.md §2–6), from the host's score report and audit list:
 * the weighted satisfaction index overall and per store, post, month and auditor (means of audit
 * indices), the trend, dimension and indicator means, touchpoint scores, the importance–performance
 * chart with its crosshair rule, and the survey results of the journey (NPS with shares, margin and
 * n; SERVQUAL gaps weighted per respondent). Every chart has a table with the same numbers.
 */
import { useEffect, useMemo, useState } from 'react'
import type { AuditSummary, ScoreReport } from '../../shared/ipc/scorecardContract'
import { touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { SERVQUAL_DIMENSIONS, type JourneyDocument } from '../../shared/model/schema'
import type { Indicator, Scorecard } from '../../shared/model/scorecard'
import { MeanAccumulator, touchpointScores, type GroupBy, type Mean } from '../../shared/scoring/aggregate'
import { indicatorIpaPoints, ipa, QUADRANTS, type Quadrant } from '../../shared/scoring/ipa'
import { roundNps } from '../../shared/scoring/nps'
import { effectiveWeights } from '../../shared/scoring/weights'
import { useT, type Translate } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { BarChart, LineChart, QuadrantChart } from './charts'
import { fixed, indicatorLabel, percent } from './format'
import { importData, refreshAudits, refreshReport } from './scorecardActions'
import { useScorecardView } from './workspaceStore'

const REFRESH_MS = 400

interface Row {
  key: string
  label: string
  mean: number
  n: number
}

/** Mean audit index per group, from the audits the host listed (audits without an index are left out). */
function groupMeans(audits: readonly AuditSummary[], groupBy: GroupBy): Record<string, Mean> {
  const accumulator = new MeanAccumulator()
  for (const audit of audits) {
    if (audit.index === null) continue
    accumulator.add(groupBy === 'month' ? audit.date.slice(0, 7) : audit[groupBy], audit.index)
  }
  return accumulator.toRecord()
}

export function ResultsTab(props: { session: DocumentSession; scorecard: Scorecard; indicators: Indicator[]; problems: string[] }) {
  const { session, scorecard, indicators, problems } = props
  const t = useT()
  const doc = session.editor.doc
  const report = useScorecardView((state) => state.report)
  const loading = useScorecardView((state) => state.loadingReport)
  const audits = useScorecardView((state) => state.audits[scorecard.id])
  const dataVersion = useScorecardView((state) => state.dataVersion)
  useEffect(() => {
    const timer = setTimeout(() => {
      void refreshReport(session)
      void refreshAudits(session, scorecard.id)
    }, REFRESH_MS)
    return () => clearTimeout(timer)
  }, [session, scorecard.id, dataVersion, doc.scorecards, doc.indicators])

  const refresh = () => {
    void refreshReport(session)
    void refreshAudits(session, scorecard.id)
  }

  return (
    <div className="scorecard-results">
      <div className="scorecard-actions">
        <button type="button" onClick={refresh} disabled={loading}>
          {t('scorecards.results.refresh')}
        </button>
        <span role="status" className="muted">
          {loading ? t('scorecards.loading') : ''}
        </span>
      </div>
      {problems.length > 0 ? (
        <div className="usable-bad" role="note">
          <p>{t('scorecards.results.unusable')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ScorecardResults t={t} doc={doc} scorecard={scorecard} indicators={indicators} report={report} audits={audits ?? []} />
      )}
      <SurveyResults t={t} session={session} report={report} />
    </div>
  )
}

function MeansTable(props: { caption: string; groupHeader: string; valueHeader?: string; countHeader?: string; rows: Row[]; t: Translate }) {
  const { caption, groupHeader, valueHeader, countHeader, rows, t } = props
  return (
    <table className="scorecard-table means-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeader}</th>
          <th scope="col">{valueHeader ?? t('scorecards.column.index')}</th>
          <th scope="col">{countHeader ?? 'n'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="number">{fixed(row.mean)}</td>
            <td className="number">{row.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ScorecardResults(props: { t: Translate; doc: JourneyDocument; scorecard: Scorecard; indicators: Indicator[]; report: ScoreReport | null; audits: AuditSummary[] }) {
  const { t, doc, scorecard, indicators, report, audits } = props
  const [crosshairBasis, setCrosshairBasis] = useState<'data' | 'scale'>('data')
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
      )}
    </>
  )
}

/** The marker shapes of the quadrant chart, repeated in its table. */
const QUADRANT_SYMBOL: Record<Quadrant, string> = { concentrate: '▲', keepUp: '●', lowPriority: '■', overkill: '◆' }

function SurveyResults({ t, session, report }: { t: Translate; session: DocumentSession; report: ScoreReport | null }) {
  const nps = report?.nps ?? null
  const servqual = report?.servqual ?? null
  return (
    <section className="results-section" aria-label={t('scorecards.survey.title')}>
      <h3>{t('scorecards.survey.title')}</h3>
      <div className="scorecard-actions">
        <button type="button" onClick={() => void importData(session, 'surveys')}>
          {t('scorecards.import.surveys')}
        </button>
      </div>
      {!nps && !servqual && <p className="muted">{t('scorecards.survey.none')}</p>}
      {nps && <NpsBlock t={t} nps={nps} />}
      {servqual && <ServqualBlock t={t} servqual={servqual} />}
    </section>
  )
}

function NpsBlock({ t, nps }: { t: Translate; nps: NonNullable<ScoreReport['nps']> }) {
  // Shares from the counts, never rounded before use.
  const share = (count: number) => (nps.n > 0 ? (100 * count) / nps.n : 0)
  const groups = [
    { key: 'promoters', count: nps.promoters },
    { key: 'passives', count: nps.passives },
    { key: 'detractors', count: nps.detractors },
  ] as const
  return (
    <div className="nps-block" role="group" aria-label={t('scorecards.nps.title')}>
      <h4>{t('scorecards.nps.title')}</h4>
      <dl className="nps-figures">
        <div>
          <dt>{t('scorecards.nps.score')}</dt>
          <dd aria-label={t('scorecards.nps.scoreLabel')}>{roundNps(nps.nps)}</dd>
        </div>
        <div>
          <dt>{t('scorecards.nps.margin')}</dt>
          <dd aria-label={t('scorecards.nps.marginLabel')}>± {fixed(nps.margin)}</dd>
        </div>
        <div>
          <dt>n</dt>
          <dd aria-label={t('scorecards.nps.nLabel')}>{nps.n}</dd>
        </div>
      </dl>
      {nps.indicative && <p className="usable-bad">{t('scoring.npsIndicative', { n: nps.n })}</p>}
      <div className="nps-bar" role="img" aria-label={t('scorecards.nps.barLabel', { promoters: fixed(share(nps.promoters), 1), passives: fixed(share(nps.passives), 1), detractors: fixed(share(nps.detractors), 1) })}>
        {groups.map((group) =>
          group.count > 0 ? (
            <span key={group.key} className={`nps-segment nps-${group.key}`} style={{ flexGrow: group.count }}>
              {fixed(share(group.count), 1)} %
            </span>
          ) : null,
        )}
      </div>
      <table className="scorecard-table means-table">
        <caption>{t('scorecards.nps.shares')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecards.nps.group')}</th>
            <th scope="col">{t('scorecards.nps.count')}</th>
            <th scope="col">{t('scorecards.nps.share')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{t(`scorecards.nps.${group.key}`)}</th>
              <td className="number">{group.count}</td>
              <td className="number">{fixed(share(group.count), 1)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ServqualBlock({ t, servqual }: { t: Translate; servqual: NonNullable<ScoreReport['servqual']> }) {
  const rows = SERVQUAL_DIMENSIONS.flatMap((dimension) => {
    const gap = servqual.dimensions[dimension]
    return gap === undefined ? [] : [{ dimension, gap, perception: servqual.servperf.dimensions[dimension] }]
  })
  const extent = Math.max(1, ...rows.map((row) => Math.ceil(Math.abs(row.gap))))
  const shown = (value: number | null | undefined) => (value === null || value === undefined ? '—' : fixed(value))
  return (
    <div className="servqual-block" role="group" aria-label={t('scorecards.servqual.title')}>
      <h4>{t('scorecards.servqual.title')}</h4>
      <p className="muted">
        {t('scorecards.servqual.respondents', { n: servqual.respondents })} {t('scoring.servqualPerRespondent')}
      </p>
      <dl className="nps-figures">
        <div>
          <dt>{t('scorecards.servqual.unweighted')}</dt>
          <dd aria-label={t('scorecards.servqual.unweighted')}>{shown(servqual.unweighted)}</dd>
        </div>
        <div>
          <dt>{t('scorecards.servqual.weighted')}</dt>
          <dd aria-label={t('scorecards.servqual.weighted')}>{shown(servqual.weighted)}</dd>
        </div>
        <div>
          <dt>{t('scorecards.servqual.servperf')}</dt>
          <dd aria-label={t('scorecards.servqual.servperf')}>{shown(servqual.servperf.overall)}</dd>
        </div>
      </dl>
      {rows.length > 0 && (
        <>
          <BarChart
            bars={rows.map((row) => ({ key: row.dimension, label: t(`servqual.${row.dimension}`), value: row.gap }))}
            min={-extent}
            max={extent}
            label={t('scorecards.servqual.chartLabel', { bars: rows.map((row) => `${t(`servqual.${row.dimension}`)}: ${fixed(row.gap)}`).join('; ') })}
          />
          <table className="scorecard-table means-table">
            <caption>{t('scorecards.servqual.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scorecards.column.dimension')}</th>
                <th scope="col">{t('scorecards.servqual.gap')}</th>
                <th scope="col">{t('scorecards.servqual.perception')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.dimension}>
                  <th scope="row">{t(`servqual.${row.dimension}`)}</th>
                  <td className="number">{fixed(row.gap)}</td>
                  <td className="number">{shown(row.perception)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  )
}
