/**
 * SERVQUAL gap scores and SERVPERF (methods.md §4; Parasuraman, Zeithaml & Berry 1988/1991; Cronin
 * & Taylor 1992). 22 items on 1–7 scales: tangibles 1–4, reliability 5–9, responsiveness 10–13,
 * assurance 14–17, empathy 18–22. Item gap `G = P − E`; a respondent's dimension gap is the mean of
 * its item gaps; sample figures are means over respondents. Weighted scores use each respondent's
 * own importance points ("per respondent", which the UI must state), not mean weights × mean gaps.
 */
import type { SurveyResponse, SurveySettings } from '../model/scorecard'
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../model/schema'
import type { Mean } from './aggregate'

/** The 1-based items of each dimension. */
export const SERVQUAL_ITEMS: Readonly<Record<ServqualDimension, readonly number[]>> = {
  tangibles: [1, 2, 3, 4],
  reliability: [5, 6, 7, 8, 9],
  responsiveness: [10, 11, 12, 13],
  assurance: [14, 15, 16, 17],
  empathy: [18, 19, 20, 21, 22],
}

/** The weighting the weighted scores use, for the UI to state (`scoring.servqualPerRespondent`). */
export const SERVQUAL_WEIGHTING = 'perRespondent'

export type DimensionValues = Partial<Record<ServqualDimension, number>>

export interface RespondentScores {
  id: string
  /** Mean item gap per dimension the respondent answered (both E and P for some item). */
  gaps: DimensionValues
  /** Mean perception per dimension (SERVPERF). */
  perceptions: DimensionValues
  unweighted: number | null
  weighted: number | null
  servperfUnweighted: number | null
  servperfWeighted: number | null
  /** Whose importance points weighted this respondent: their own, the sample's mean, or none. */
  allocation: 'own' | 'sampleMean' | null
}

export interface ServqualResult {
  weighting: typeof SERVQUAL_WEIGHTING
  respondents: RespondentScores[]
  /** Per item (1–22): mean gap over respondents with both answers, and the mean E and P. */
  items: Array<{ item: number; dimension: ServqualDimension; gap: Mean | null; expectation: Mean | null; perception: Mean | null }>
  /** Per dimension: mean respondent gap and mean respondent perception (SERVPERF). */
  dimensions: Record<ServqualDimension, { gap: Mean | null; servperf: Mean | null }>
  unweighted: Mean | null
  weighted: Mean | null
  servperf: { unweighted: Mean | null; weighted: Mean | null }
  /** Mean importance points (out of 100) of the respondents who gave an allocation; null if nobody did. */
  meanAllocation: Record<ServqualDimension, number> | null
}

/**
 * The dimension an item (1–22) belongs to. Throws a RangeError outside 1–22.
 *
 * @example dimensionOfItem(9) // 'reliability'
 */
export function dimensionOfItem(item: number): ServqualDimension {
  const found = SERVQUAL_DIMENSIONS.find((dimension) => SERVQUAL_ITEMS[dimension].includes(item))
  if (!found) throw new RangeError(`SERVQUAL has no item ${item}`)
  return found
}

/** Mean of the values, with n; null when there are none. */
function meanOf(values: readonly number[]): Mean | null {
  return values.length === 0 ? null : { mean: values.reduce((sum, value) => sum + value, 0) / values.length, n: values.length }
}

/**
 * A respondent's weighted score from dimension values and importance points:
 * `Σ_d p_d g_d / Σ_d p_d` over the dimensions with a value, which is `Σ_d (p_d/100) × g_d` when the
 * points total 100 and all five dimensions are answered (points are ratios, like scorecard
 * weights). Null when the dimensions with a value have no points.
 *
 * @example
 * weightedScoreFromGaps(
 *   { tangibles: -0.5, reliability: -1.2, responsiveness: -0.75, assurance: -0.25, empathy: -1 },
 *   { tangibles: 10, reliability: 35, responsiveness: 20, assurance: 20, empathy: 15 },
 * ) // -0.82
 */
export function weightedScoreFromGaps(gaps: DimensionValues, points: DimensionValues): number | null {
  let numerator = 0
  let denominator = 0
  for (const dimension of SERVQUAL_DIMENSIONS) {
    const gap = gaps[dimension]
    const point = points[dimension] ?? 0
    if (gap === undefined) continue
    numerator += point * gap
    denominator += point
  }
  return denominator > 0 ? numerator / denominator : null
}

/**
 * A respondent's unweighted score: the mean of their dimension values (all five when they
 * answered every dimension; the answered ones otherwise). Null when none.
 *
 * @example unweightedScore({ tangibles: 0.25, reliability: -0.4, responsiveness: -1.5, assurance: 0, empathy: -0.6 }) // -0.45
 */
export function unweightedScore(values: DimensionValues): number | null {
  return meanOf(Object.values(values))?.mean ?? null
}

/** The respondent's allocation scaled to 100 points, or null when they gave none (or all zeros). */
function ownAllocation(response: SurveyResponse): Record<ServqualDimension, number> | null {
  const points = response.importance
  if (!points) return null
  const total = SERVQUAL_DIMENSIONS.reduce((sum, dimension) => sum + (points[dimension] ?? 0), 0)
  if (total <= 0) return null
  return Object.fromEntries(SERVQUAL_DIMENSIONS.map((dimension) => [dimension, ((points[dimension] ?? 0) / total) * 100])) as Record<ServqualDimension, number>
}

/** E and P of one item after reverse scoring (`8 − x`) where the settings say so. */
function itemAnswers(response: SurveyResponse, item: number, reversed: ReadonlySet<number>): [number | null, number | null] {
  const flip = (value: number | null | undefined) => (value == null ? null : reversed.has(item) ? 8 - value : value)
  return [flip(response.expectations[item - 1]), flip(response.perceptions[item - 1])]
}

/**
 * SERVQUAL and SERVPERF for a sample. Items listed in `settings.reverseScoredItems` (1988 wording)
 * are reverse-scored (`8 − x`) in both E and P; items with E or P missing are skipped for the gap.
 * A respondent without an allocation takes the sample's mean allocation; if nobody gave one, the
 * weighted scores are null. Sample dimension gaps average over the respondents who answered that
 * dimension; sample scores average the respondents' scores.
 *
 * @example
 * const result = scoreServqual([respondent1, respondent2], { reverseScoredItems: [] })
 * result.unweighted // { mean: -0.595, n: 2 }; result.weighted // { mean: -0.71125, n: 2 }
 */
export function scoreServqual(responses: readonly SurveyResponse[], settings: SurveySettings = { reverseScoredItems: [] }): ServqualResult {
  const reversed = new Set(settings.reverseScoredItems)
  const itemGaps: number[][] = Array.from({ length: 22 }, () => [])
  const itemE: number[][] = Array.from({ length: 22 }, () => [])
  const itemP: number[][] = Array.from({ length: 22 }, () => [])
  const partial = responses.map((response) => {
    const gaps: DimensionValues = {}
    const perceptions: DimensionValues = {}
    for (const dimension of SERVQUAL_DIMENSIONS) {
      const dimensionGaps: number[] = []
      const dimensionP: number[] = []
      for (const item of SERVQUAL_ITEMS[dimension]) {
        const [expectation, perception] = itemAnswers(response, item, reversed)
        if (expectation !== null) itemE[item - 1]!.push(expectation)
        if (perception !== null) {
          itemP[item - 1]!.push(perception)
          dimensionP.push(perception)
        }
        if (expectation === null || perception === null) continue
        itemGaps[item - 1]!.push(perception - expectation)
        dimensionGaps.push(perception - expectation)
      }
      const gap = meanOf(dimensionGaps)
      const perceived = meanOf(dimensionP)
      if (gap) gaps[dimension] = gap.mean
      if (perceived) perceptions[dimension] = perceived.mean
    }
    return { response, gaps, perceptions, own: ownAllocation(response) }
  })
  const allocations = partial.flatMap((entry) => (entry.own ? [entry.own] : []))
  const meanAllocation =
    allocations.length === 0
      ? null
      : (Object.fromEntries(SERVQUAL_DIMENSIONS.map((d) => [d, meanOf(allocations.map((a) => a[d]))!.mean])) as Record<ServqualDimension, number>)
  const respondents: RespondentScores[] = partial.map(({ response, gaps, perceptions, own }) => {
    const points = own ?? meanAllocation
    return {
      id: response.id,
      gaps,
      perceptions,
      unweighted: unweightedScore(gaps),
      weighted: points ? weightedScoreFromGaps(gaps, points) : null,
      servperfUnweighted: unweightedScore(perceptions),
      servperfWeighted: points ? weightedScoreFromGaps(perceptions, points) : null,
      allocation: own ? 'own' : meanAllocation ? 'sampleMean' : null,
    }
  })
  const sampleMean = (pick: (respondent: RespondentScores) => number | null | undefined) =>
    meanOf(respondents.flatMap((respondent) => {
      const value = pick(respondent)
      return value == null ? [] : [value]
    }))
  return {
    weighting: SERVQUAL_WEIGHTING,
    respondents,
    items: itemGaps.map((gaps, index) => ({
      item: index + 1,
      dimension: dimensionOfItem(index + 1),
      gap: meanOf(gaps),
      expectation: meanOf(itemE[index]!),
      perception: meanOf(itemP[index]!),
    })),
    dimensions: Object.fromEntries(
      SERVQUAL_DIMENSIONS.map((d) => [d, { gap: sampleMean((r) => r.gaps[d]), servperf: sampleMean((r) => r.perceptions[d]) }]),
    ) as ServqualResult['dimensions'],
    unweighted: sampleMean((r) => r.unweighted),
    weighted: sampleMean((r) => r.weighted),
    servperf: { unweighted: sampleMean((r) => r.servperfUnweighted), weighted: sampleMean((r) => r.servperfWeighted) },
    meanAllocation,
  }
}
