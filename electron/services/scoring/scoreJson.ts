/**
 * The `mot-studio score --json` contract (docs/file-format.md §9): the report's headline figures,
 * rounded once on output to two decimals (half away from zero, −0 → 0), keyed by what people
 * write: posts, stores, months `YYYY-MM`, and "<scorecard name>/<dimension code>" (the scorecard's
 * id instead when its name is blank or shared with another scorecard; split such a key at its last
 * `/`, dimension codes have none).
 */
import type { ScoreReport } from '../../../shared/ipc/scorecardContract'
import { bySortKey } from '../../../shared/model/order'
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../../../shared/model/schema'
import type { Scorecard } from '../../../shared/model/scorecard'

type Dimensions = Partial<Record<ServqualDimension, number>>

export interface ScoreJson {
  /** Audit id → index 0–100, null when the audit has no answered, weighted indicator. */
  audits: Record<string, number | null>
  byPost: Record<string, number>
  byStore: Record<string, number>
  byMonth: Record<string, number>
  /** "<scorecard>/<dimension code>" → mean dimension score 0–100. */
  byDimension: Record<string, number>
  nps: { score: number; promoters: number; passives: number; detractors: number; n: number; margin: number; indicative: boolean } | null
  servqual: { unweighted: number | null; weighted: number | null; dimensions: Dimensions; servperf: { overall: number | null; dimensions: Dimensions } } | null
}

/**
 * `value` rounded to `decimals`, half away from zero, robust to binary fractions (−0.595 → −0.6,
 * not −0.59); −0 becomes 0.
 *
 * @example roundHalfAway(76.30000000000001) // 76.3
 * @example roundHalfAway(-0.595) // -0.6
 */
export function roundHalfAway(value: number, decimals = 2): number {
  const factor = 10 ** decimals
  const scaled = Number((Math.abs(value) * factor).toPrecision(12))
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor
  return rounded === 0 ? 0 : rounded
}

const roundOrNull = (value: number | null) => (value === null ? null : roundHalfAway(value))

/**
 * How each scorecard is named in keys: its trimmed name, or its id when the name is blank or used
 * by another scorecard too (so two keys never collide).
 */
export function scorecardLabels(scorecards: readonly Scorecard[]): Map<string, string> {
  const uses = new Map<string, number>()
  for (const scorecard of scorecards) uses.set(scorecard.name.trim(), (uses.get(scorecard.name.trim()) ?? 0) + 1)
  return new Map(scorecards.map((scorecard) => {
    const name = scorecard.name.trim()
    return [scorecard.id, name !== '' && uses.get(name) === 1 ? name : scorecard.id]
  }))
}

const means = (record: Record<string, { mean: number }>) =>
  Object.fromEntries(Object.entries(record).map(([key, { mean }]) => [key, roundHalfAway(mean)]))

const dimensionsOf = (values: Dimensions): Dimensions =>
  Object.fromEntries(SERVQUAL_DIMENSIONS.flatMap((dimension) => (values[dimension] === undefined ? [] : [[dimension, roundHalfAway(values[dimension])]])))

/**
 * The JSON contract of a report. `byDimension` lists scorecards in their order, dimensions in
 * SERVQUAL order.
 *
 * @example scoreJson(report, Object.values(doc.scorecards)).audits['A-0001'] // 76.3
 */
export function scoreJson(report: ScoreReport, scorecards: readonly Scorecard[]): ScoreJson {
  const labels = scorecardLabels(scorecards)
  const byDimension: Array<[string, number]> = []
  for (const scorecard of bySortKey(scorecards)) {
    for (const dimension of SERVQUAL_DIMENSIONS) {
      const key = `${scorecard.id}/${dimension}`
      if (Object.hasOwn(report.byDimension, key)) byDimension.push([`${labels.get(scorecard.id)}/${dimension}`, roundHalfAway(report.byDimension[key]!.mean)])
    }
  }
  const { nps, servqual } = report
  return {
    audits: Object.fromEntries(Object.entries(report.audits).map(([id, audit]) => [id, roundOrNull(audit.index)])),
    byPost: means(report.byPost),
    byStore: means(report.byStore),
    byMonth: means(report.byMonth),
    byDimension: Object.fromEntries(byDimension),
    nps: nps && {
      score: roundHalfAway(nps.nps),
      promoters: nps.promoters,
      passives: nps.passives,
      detractors: nps.detractors,
      n: nps.n,
      margin: roundHalfAway(nps.margin),
      indicative: nps.indicative,
    },
    servqual: servqual && {
      unweighted: roundOrNull(servqual.unweighted),
      weighted: roundOrNull(servqual.weighted),
      dimensions: dimensionsOf(servqual.dimensions),
      servperf: { overall: roundOrNull(servqual.servperf.overall), dimensions: dimensionsOf(servqual.servperf.dimensions) },
    },
  }
}
