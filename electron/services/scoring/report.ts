/**
 * The score report of a working copy (the `scores.report` API, `mot-studio score`, the exports):
 * every audit index and aggregate of methods.md §2 (`scoreAll`), the weight problems of each
 * scorecard, NPS (§5) and SERVQUAL / SERVPERF (§4) from the survey responses. Full precision;
 * rounding is the presenter's business. The report is cached per working copy and revision, so a
 * dashboard asking twice costs one computation.
 */
import type { AuditSummary, ScoreReport } from '../../../shared/ipc/scorecardContract'
import type { JourneyDocument, ServqualDimension } from '../../../shared/model/schema'
import type { Audit, Score, SurveyResponse, SurveySettings } from '../../../shared/model/scorecard'
import type { Mean } from '../../../shared/scoring/aggregate'
import { npsFromAnswers } from '../../../shared/scoring/nps'
import { scoreAll } from '../../../shared/scoring/scoreAll'
import { scoreServqual } from '../../../shared/scoring/servqual'
import { weightProblems } from '../../../shared/scoring/weights'
import type { WorkingCopy } from '../document/workingCopy'
import { AuditData } from './auditData'

/** The part of the journey scoring reads. */
export type ScorecardDesign = Pick<JourneyDocument, 'scorecards' | 'indicators' | 'touchpoints'>

/** Everything a report is computed from. */
export interface ScoreInputs {
  design: Pick<JourneyDocument, 'scorecards' | 'indicators'>
  audits: readonly Audit[]
  scores: readonly Score[]
  responses: readonly SurveyResponse[]
  settings: SurveySettings
}

const FALLBACK_META = { title: '', description: '', locale: 'en', versionLabel: '1.0' } as const

/** The journey's scorecards, indicators and touchpoints as the working copy holds them now (validated). */
export function readDesign(workingCopy: WorkingCopy): ScorecardDesign {
  const { doc } = workingCopy.read(FALLBACK_META)
  return { scorecards: doc.scorecards, indicators: doc.indicators, touchpoints: doc.touchpoints }
}

/** The inputs of a report, read from the working copy. */
export function readScoreInputs(workingCopy: WorkingCopy): ScoreInputs {
  const data = AuditData.of(workingCopy)
  return {
    design: readDesign(workingCopy),
    audits: data.listAudits(),
    scores: data.listScores(),
    responses: data.listSurveyResponses(),
    settings: data.surveySettings(),
  }
}

const cache = new WeakMap<WorkingCopy, { revision: number; report: ScoreReport }>()

/**
 * The report of the working copy at its current revision (cached until the next write).
 *
 * @example scoreReport(workingCopy).byStore['Store 1'] // { mean: 77.55, n: 2 }
 */
export function scoreReport(workingCopy: WorkingCopy): ScoreReport {
  const revision = workingCopy.revision
  const cached = cache.get(workingCopy)
  if (cached && cached.revision === revision) return cached.report
  const report = buildScoreReport(readScoreInputs(workingCopy))
  cache.set(workingCopy, { revision, report })
  return report
}

/**
 * The report of `inputs`: audits keyed by id with their index and dimension scores; means per post,
 * store, month, auditor, "<scorecard id>/<dimension>", indicator and touchpoint; the monthly trend;
 * each scorecard's weight problems (empty when usable); NPS over every answered recommend
 * question; SERVQUAL over the respondents who answered any expectation or perception item.
 */
export function buildScoreReport(inputs: ScoreInputs): ScoreReport {
  const scorecards = Object.values(inputs.design.scorecards)
  const indicators = Object.values(inputs.design.indicators)
  const all = scoreAll(scorecards, indicators, inputs.audits, inputs.scores)
  return {
    // fromEntries defines own keys, so an audit numbered "__proto__" is just a key.
    audits: Object.fromEntries(Object.entries(all.audits).map(([id, result]) => [id, { index: result.index, dimensions: result.dimensions }])),
    byPost: all.byPost,
    byStore: all.byStore,
    byMonth: all.byMonth,
    byAuditor: all.byAuditor,
    byDimension: all.byDimension,
    byIndicator: all.byIndicator,
    byTouchpoint: all.byTouchpoint,
    trend: Object.entries(all.byMonth).map(([month, mean]) => ({ month, mean: mean.mean, n: mean.n })),
    weightProblems: Object.fromEntries(
      scorecards.map((scorecard) => [scorecard.id, weightProblems(scorecard, indicators).map(({ key, params }) => (params ? { key, params } : { key }))]),
    ),
    nps: npsReport(inputs.responses),
    servqual: servqualReport(inputs.responses, inputs.settings),
  }
}

function npsReport(responses: readonly SurveyResponse[]): ScoreReport['nps'] {
  const result = npsFromAnswers(responses.map((response) => response.recommend))
  if (!result) return null
  const { n, promoters, passives, detractors, nps, margin, indicative } = result
  return { n, promoters, passives, detractors, nps, margin, indicative }
}

const answeredServqual = (response: SurveyResponse) =>
  response.expectations.some((value) => value !== null) || response.perceptions.some((value) => value !== null)

function servqualReport(responses: readonly SurveyResponse[], settings: SurveySettings): ScoreReport['servqual'] {
  const answered = responses.filter(answeredServqual)
  if (answered.length === 0) return null
  const result = scoreServqual(answered, settings)
  const dimensions: Partial<Record<ServqualDimension, number>> = {}
  const servperf: Partial<Record<ServqualDimension, number>> = {}
  for (const [dimension, { gap, servperf: perceived }] of Object.entries(result.dimensions) as Array<[ServqualDimension, { gap: Mean | null; servperf: Mean | null }]>) {
    if (gap) dimensions[dimension] = gap.mean
    if (perceived) servperf[dimension] = perceived.mean
  }
  return {
    respondents: answered.length,
    items: result.items.map((item) => item.gap?.mean ?? null),
    dimensions,
    unweighted: result.unweighted?.mean ?? null,
    weighted: result.weighted?.mean ?? null,
    servperf: { dimensions: servperf, overall: result.servperf.unweighted?.mean ?? null },
    weighting: 'perRespondent',
  }
}

/**
 * The audits (all, or one scorecard's) with their index and how many of their scorecard's
 * indicators were answered, oldest first. An audit whose scorecard is gone has no index.
 */
export function auditSummaries(workingCopy: WorkingCopy, scorecardId?: string): AuditSummary[] {
  const data = AuditData.of(workingCopy)
  const audits = data.listAudits({ scorecardId })
  const { scorecards, indicators } = readDesign(workingCopy)
  const all = scoreAll(Object.values(scorecards), Object.values(indicators), audits, data.listScores({ scorecardId }))
  return audits.map((audit) => {
    const result = Object.hasOwn(all.audits, audit.id) ? all.audits[audit.id] : undefined
    return { ...audit, index: result?.index ?? null, answered: result?.answered ?? 0, total: result?.total ?? 0 }
  })
}
