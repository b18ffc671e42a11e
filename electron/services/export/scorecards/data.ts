/**
 * What every scorecard export starts from: the journey's scorecards and indicators (the design),
 * the audits, scores and survey responses of its data tables, and every number computed from them
 * with the shared scoring functions (methods.md §2–§6), so the exports print exactly what the app
 * and `mot-studio score` show.
 */
import { bySortKey } from '../../../../shared/model/order'
import type { JourneyDocument, Locale, ServqualDimension } from '../../../../shared/model/schema'
import { SERVQUAL_DIMENSIONS } from '../../../../shared/model/schema'
import type { Audit, Indicator, Score, Scorecard, SurveyResponse, SurveySettings } from '../../../../shared/model/scorecard'
import type { ScoreReport } from '../../../../shared/ipc/scorecardContract'
import { scoreAll, type ScoreAllResult } from '../../../../shared/scoring/scoreAll'
import { effectiveWeights, weightProblems, type WeightProblem } from '../../../../shared/scoring/weights'
import type { WorkingCopy } from '../../document/workingCopy'
import { AuditData } from '../../scoring/auditData'
import { buildScoreReport } from '../../scoring/report'

/** The rows of the file's data tables (audits and surveys live there, not in the document). */
export interface ScorecardTables {
  audits: Audit[]
  scores: Score[]
  surveys: SurveyResponse[]
  surveySettings: SurveySettings
}

/** One scorecard as the exports lay it out. */
export interface ExportCard {
  scorecard: Scorecard
  /** Grouped by dimension in SERVQUAL order, then by sort key (contiguous per dimension). */
  indicators: Indicator[]
  /** The dimensions that have indicators, in SERVQUAL order. */
  dimensions: ServqualDimension[]
  /** Indicator id → effective weight (share of the whole scorecard, 0–1). */
  effective: Map<string, number>
  problems: WeightProblem[]
  /** This scorecard's audits, oldest first. */
  audits: Audit[]
}

export interface ScorecardExportModel {
  /** The journey's file name (or title while untitled). */
  sourceName: string
  journeyTitle: string
  locale: Locale
  appVersion: string
  /** ISO timestamp of the export. */
  generatedAt: string
  cards: ExportCard[]
  /** Every audit of a known scorecard, oldest first (date, then id). */
  audits: Audit[]
  /** Audit id → indicator id → its score row (value null = N/A); absent = not scored. */
  scores: Map<string, Map<string, Score>>
  surveys: SurveyResponse[]
  /** The numbers of the app's score report. */
  report: ScoreReport
  all: ScoreAllResult
  touchpointTitles: Map<string, string>
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Audits oldest first; same date by id. */
export function sortAudits(audits: readonly Audit[]): Audit[] {
  return [...audits].sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))
}

/** The rows of the working copy's data tables, through the shared reader (`AuditData`). */
export function readScorecardTables(workingCopy: WorkingCopy): ScorecardTables {
  const data = AuditData.of(workingCopy)
  return { audits: data.listAudits(), scores: data.listScores(), surveys: data.listSurveyResponses(), surveySettings: data.surveySettings() }
}

/**
 * The app's score report (`buildScoreReport`, the same as `scores.report` and `mot-studio score`)
 * plus the per-audit details of `scoreAll` (answered / total) the package lists.
 */
export function computeReport(doc: JourneyDocument, tables: ScorecardTables): { report: ScoreReport; all: ScoreAllResult } {
  const report = buildScoreReport({ design: doc, audits: tables.audits, scores: tables.scores, responses: tables.surveys, settings: tables.surveySettings })
  const all = scoreAll(Object.values(doc.scorecards), Object.values(doc.indicators), tables.audits, tables.scores)
  return { report, all }
}

/** Indicators grouped by dimension (SERVQUAL order), then by sort key and id. */
export function orderIndicators(indicators: readonly Indicator[]): Indicator[] {
  return SERVQUAL_DIMENSIONS.flatMap((dimension) => bySortKey(indicators.filter((indicator) => indicator.dimension === dimension)))
}

export interface ModelOptions {
  sourceName: string
  locale: Locale
  appVersion: string
  generatedAt?: Date
}

/** Lays out the scorecards for export and computes every number once. */
export function buildExportModel(doc: JourneyDocument, tables: ScorecardTables, options: ModelOptions): ScorecardExportModel {
  const indicators = Object.values(doc.indicators)
  const known = new Set(Object.keys(doc.scorecards))
  const audits = sortAudits(tables.audits.filter((audit) => known.has(audit.scorecardId)))
  const cards: ExportCard[] = bySortKey(Object.values(doc.scorecards)).map((scorecard) => {
    const own = orderIndicators(indicators.filter((indicator) => indicator.scorecardId === scorecard.id))
    return {
      scorecard,
      indicators: own,
      dimensions: SERVQUAL_DIMENSIONS.filter((dimension) => own.some((indicator) => indicator.dimension === dimension)),
      effective: effectiveWeights(scorecard, own),
      problems: weightProblems(scorecard, own),
      audits: audits.filter((audit) => audit.scorecardId === scorecard.id),
    }
  })
  const auditIds = new Set(audits.map((audit) => audit.id))
  const scores = new Map<string, Map<string, Score>>()
  for (const score of tables.scores) {
    if (!auditIds.has(score.auditId)) continue
    let byIndicator = scores.get(score.auditId)
    if (!byIndicator) scores.set(score.auditId, (byIndicator = new Map()))
    byIndicator.set(score.indicatorId, score)
  }
  const { report, all } = computeReport(doc, { ...tables, audits })
  return {
    sourceName: options.sourceName,
    journeyTitle: doc.meta.title,
    locale: options.locale,
    appVersion: options.appVersion,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    cards,
    audits,
    scores,
    surveys: tables.surveys,
    report,
    all,
    touchpointTitles: new Map(Object.values(doc.touchpoints).map((touchpoint) => [touchpoint.id, touchpoint.title])),
  }
}
