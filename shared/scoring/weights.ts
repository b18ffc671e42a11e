/**
 * Scorecard weights as the team entered them (methods.md §2): 30, 30 % and 0.3 are all allowed and
 * only ratios matter, but each level must add up to 100 % (100 ± 0.01, or 1 ± 0.0001) before the
 * scorecard is usable. The editing helpers (normalise to 100, rebalance, equal
 * weights) live in `weightEditing.ts` and are re-exported here.
 */
import type { ScoringMessage, ScoringMessageKey } from '../i18n/messages/scoring'
import type { Indicator, Scorecard } from '../model/scorecard'
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../model/schema'
import { FLOAT_SLACK, FRACTION_TOLERANCE, PERCENT_TOLERANCE } from './weightEditing'

export { equalWeights, normaliseTo100, rebalance, FRACTION_TOLERANCE, PERCENT_TOLERANCE } from './weightEditing'
export type { NormaliseResult, RebalanceResult, WeightEntry } from './weightEditing'

/** A weight problem; `dimension` names the SERVQUAL dimension it is about, when there is one. */
export interface WeightProblem extends ScoringMessage {
  dimension?: ServqualDimension
}

/**
 * Reads a weight typed in an import cell: `"30"`, `"30%"`, `"30 %"`, `"0.3"` and full-width
 * `"３０％"` (NFKC-normalised). A trailing `%` only marks the unit: `"30%"` reads as 30, like `"30"`,
 * so a level entered in percent adds up to 100. Negative, empty or other text → `null`.
 *
 * @example parseWeight('３０％') // 30
 * @example parseWeight('0.3') // 0.3
 * @example parseWeight('-5') // null
 */
export function parseWeight(text: string): number | null {
  const cleaned = text.normalize('NFKC').replace(/\s+/g, '')
  const match = /^(\d+(?:\.\d*)?|\.\d+)%?$/.exec(cleaned)
  if (!match) return null
  const value = Number(match[1])
  return Number.isFinite(value) ? value : null
}

/**
 * Whether an entered level adds up to 100 %: `|Σ − 100| ≤ 0.01` or `|Σ − 1| ≤ 0.0001`.
 *
 * @example levelSumIsValid(99.995) // true
 * @example levelSumIsValid(0.9) // false
 */
export function levelSumIsValid(sum: number): boolean {
  return Math.abs(sum - 100) <= PERCENT_TOLERANCE + FLOAT_SLACK || Math.abs(sum - 1) <= FRACTION_TOLERANCE + FLOAT_SLACK
}

/**
 * What a level must add up to, for the message: 1 when every weight is at most 1 and some weight is
 * positive (entered as fractions), else 100.
 *
 * @example expectedLevelTotal([0.3, 0.3]) // 1
 * @example expectedLevelTotal([30, 30]) // 100
 */
export function expectedLevelTotal(weights: readonly number[]): 1 | 100 {
  return weights.some((weight) => weight > 0) && weights.every((weight) => weight <= 1) ? 1 : 100
}

/** A sum as shown in a message: four decimals at most, enough for fraction levels. */
const shownSum = (sum: number) => Math.round(sum * 10_000) / 10_000 || 0

const sumOf = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

/**
 * The indicators of `scorecard` among `indicators` (callers may pass every indicator they have).
 *
 * @example indicatorsOf(card, allIndicators).length // 10
 */
export function indicatorsOf(scorecard: Scorecard, indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((indicator) => indicator.scorecardId === scorecard.id)
}

/** The scorecard's own indicators grouped by dimension, in SERVQUAL order of first appearance. */
function byDimension(own: readonly Indicator[]): Map<ServqualDimension, Indicator[]> {
  const groups = new Map<ServqualDimension, Indicator[]>()
  for (const indicator of own) {
    const group = groups.get(indicator.dimension)
    if (group) group.push(indicator)
    else groups.set(indicator.dimension, [indicator])
  }
  return groups
}

/**
 * Everything that makes a scorecard's weights unusable, as messages (only the scorecard's own
 * indicators among `indicators` count). Checked: no indicators; flat: the indicator weights add up
 * to 100 %; two-level: the entered dimension weights add up to 100 %, each dimension with
 * indicators has a dimension weight (blank is missing; an explicit 0 switches the dimension off and
 * is allowed, like a zero-weight indicator), no positive weight sits on a dimension without
 * indicators, and the indicator weights within each dimension add up to 100 %.
 *
 * @example
 * weightProblems({ ...card, weighting: 'flat' }, [{ ...a, weight: 30 }, { ...b, weight: 60 }])
 * // → [{ key: 'scoring.flatWeightsSum', params: { scorecard: 'Store visit', sum: 90, expected: 100 } }]
 */
export function weightProblems(scorecard: Scorecard, indicators: readonly Indicator[]): WeightProblem[] {
  const own = indicatorsOf(scorecard, indicators)
  const name = scorecard.name.trim() || scorecard.id
  const problems: WeightProblem[] = []
  const checkSum = (key: ScoringMessageKey, weights: readonly number[], dimension?: ServqualDimension) => {
    const sum = sumOf(weights)
    if (levelSumIsValid(sum)) return
    const params = { scorecard: name, sum: shownSum(sum), expected: expectedLevelTotal(weights) }
    problems.push(dimension ? { key, params, dimension } : { key, params })
  }
  if (own.length === 0) return [{ key: 'scoring.noIndicators', params: { scorecard: name } }]
  if (scorecard.weighting === 'flat') {
    checkSum('scoring.flatWeightsSum', own.map((indicator) => indicator.weight))
    return problems
  }
  const groups = byDimension(own)
  const entered: number[] = []
  for (const dimension of SERVQUAL_DIMENSIONS) {
    const weight = scorecard.dimensionWeights[dimension]
    if (weight !== undefined) entered.push(weight)
    if (groups.has(dimension) && weight === undefined) {
      problems.push({ key: `scoring.dimensionWeightMissing.${dimension}`, params: { scorecard: name }, dimension })
    }
    if (!groups.has(dimension) && weight !== undefined && weight > 0) {
      problems.push({ key: `scoring.dimensionWeightUnused.${dimension}`, params: { scorecard: name, weight }, dimension })
    }
  }
  if (entered.length > 0) checkSum('scoring.dimensionWeightsSum', entered)
  for (const dimension of SERVQUAL_DIMENSIONS) {
    const group = groups.get(dimension)
    if (group) checkSum(`scoring.indicatorWeightsSum.${dimension}`, group.map((indicator) => indicator.weight), dimension)
  }
  return problems
}

/**
 * A scorecard is usable when {@link weightProblems} finds nothing.
 *
 * @example isUsable(card, indicators) // true when every level adds up to 100 %
 */
export function isUsable(scorecard: Scorecard, indicators: readonly Indicator[]): boolean {
  return weightProblems(scorecard, indicators).length === 0
}

/**
 * Each indicator's share of the whole scorecard, normalised by the sums (only ratios matter):
 * two-level `(W_d / ΣW) × (w_i / Σ_{j∈d} w_j)`, flat `w_i / Σw`. ΣW runs over the dimensions that
 * have indicators (a stray weight on an empty dimension is a problem, not a share); a blank
 * dimension weight counts as 0. A zero denominator gives 0 shares, so the map never holds NaN.
 * For a usable scorecard the shares add up to 1.
 *
 * @example
 * // reliability 25 of 100, promises 50 of 100 within it → 0.125
 * effectiveWeights(card, indicators).get('promises') // 0.125
 */
export function effectiveWeights(scorecard: Scorecard, indicators: readonly Indicator[]): Map<string, number> {
  const own = indicatorsOf(scorecard, indicators)
  const shares = new Map<string, number>()
  if (scorecard.weighting === 'flat') {
    const total = sumOf(own.map((indicator) => indicator.weight))
    for (const indicator of own) shares.set(indicator.id, total > 0 ? indicator.weight / total : 0)
    return shares
  }
  const groups = byDimension(own)
  const dimensionTotal = sumOf([...groups.keys()].map((dimension) => scorecard.dimensionWeights[dimension] ?? 0))
  for (const [dimension, group] of groups) {
    const dimensionShare = dimensionTotal > 0 ? (scorecard.dimensionWeights[dimension] ?? 0) / dimensionTotal : 0
    const groupTotal = sumOf(group.map((indicator) => indicator.weight))
    for (const indicator of group) shares.set(indicator.id, groupTotal > 0 ? (dimensionShare * indicator.weight) / groupTotal : 0)
  }
  return shares
}
