/**
 * The weighted satisfaction index of one audit (methods.md §2), in full precision:
 * - dimension score `D_d = Σ_i w_i s_i / Σ_i w_i` over the answered indicators of `d`;
 * - two-level index `I = Σ_d W_d D_d / Σ_d W_d` over the dimensions with answers;
 * - flat index `I = Σ_i w_i s_i / Σ_i w_i` over the answered indicators.
 * N/A is left out and the remaining weights renormalised (first within the dimension, then across
 * dimensions). Weights are ratios, so 30/70 and 0.3/0.7 give the same index. A scorecard with weight
 * problems still gets an index; the UI flags it with `isUsable`.
 */
import type { Indicator, Scale, Score, Scorecard } from '../model/scorecard'
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../model/schema'
import { isOnScale, unsafeNormalise } from './normalise'
import { effectiveWeights, indicatorsOf } from './weights'

export interface AuditResult {
  /** 0–100; null when no answered indicator carries weight (e.g. everything N/A). */
  index: number | null
  /** `D_d` for each dimension with answered indicators of positive total weight. */
  dimensions: Partial<Record<ServqualDimension, number>>
  /** Indicators with a usable (non-N/A, on-scale) score. */
  answered: number
  /** Indicators of the scorecard. */
  total: number
  /** Scores off the indicator's scale (the scale changed after scoring): left out like N/A. */
  offScale: number
}

/** The score fields the index reads. */
export type ScoreInput = Pick<Score, 'indicatorId' | 'value'>

/** A scorecard indexed for fast scoring: one slot per own indicator, weights in typed arrays. */
export interface PreparedScorecard {
  scorecard: Scorecard
  indicators: readonly Indicator[]
  slotOf: ReadonlyMap<string, number>
  scales: readonly Scale[]
  weights: Float64Array
  /** Slot → index into SERVQUAL_DIMENSIONS. */
  dimensionOf: Uint8Array
  /** `W_d` by dimension index (a blank weight is 0); unused when flat. */
  dimensionWeights: Float64Array
  effective: ReadonlyMap<string, number>
  /** Scratch: the current audit's normalised score per slot, NaN when there is none. */
  values: Float64Array
  numerators: Float64Array
  denominators: Float64Array
}

/**
 * Indexes a scorecard's own indicators (those of `indicators` with its id) once, so scoring many
 * audits allocates nothing per score.
 *
 * @example const prepared = prepareScorecard(card, allIndicators)
 */
export function prepareScorecard(scorecard: Scorecard, indicators: readonly Indicator[]): PreparedScorecard {
  const own = indicatorsOf(scorecard, indicators)
  const dimensionWeights = new Float64Array(SERVQUAL_DIMENSIONS.length)
  SERVQUAL_DIMENSIONS.forEach((dimension, index) => (dimensionWeights[index] = scorecard.dimensionWeights[dimension] ?? 0))
  return {
    scorecard,
    indicators: own,
    slotOf: new Map(own.map((indicator, slot) => [indicator.id, slot])),
    scales: own.map((indicator) => indicator.scale),
    weights: Float64Array.from(own, (indicator) => indicator.weight),
    dimensionOf: Uint8Array.from(own, (indicator) => SERVQUAL_DIMENSIONS.indexOf(indicator.dimension)),
    dimensionWeights,
    effective: effectiveWeights(scorecard, own),
    values: new Float64Array(own.length).fill(Number.NaN),
    numerators: new Float64Array(SERVQUAL_DIMENSIONS.length),
    denominators: new Float64Array(SERVQUAL_DIMENSIONS.length),
  }
}

/**
 * Empties the scratch slots before an audit's scores are written.
 *
 * @example clearSlots(prepared); writeSlot(prepared, 'wait', 9); resultFromSlots(prepared, 0)
 */
export function clearSlots(prepared: PreparedScorecard): void {
  prepared.values.fill(Number.NaN)
}

/**
 * Writes one score into the scratch slots (a later score for the same indicator replaces an
 * earlier one). Returns false when the value is off the indicator's scale (the slot is then empty).
 * Scores of indicators outside the scorecard are ignored.
 *
 * @example writeSlot(prepared, 'display', 4) // true: slot holds (4 − 1)/(5 − 1) × 100 = 75
 */
export function writeSlot(prepared: PreparedScorecard, indicatorId: string, value: number | null): boolean {
  const slot = prepared.slotOf.get(indicatorId)
  if (slot === undefined) return true
  const scale = prepared.scales[slot]!
  if (value === null || !isOnScale(value, scale)) {
    prepared.values[slot] = Number.NaN
    return value === null
  }
  prepared.values[slot] = unsafeNormalise(value, scale)
  return true
}

/**
 * The audit result from the scratch slots (see {@link writeSlot}): the §2 formulas. A dimension
 * whose answered indicators all weigh 0 has no `D_d` (0/0) and is treated as unanswered.
 *
 * @example resultFromSlots(prepared, 0).index // 76.3 after writing the worked example's scores
 */
export function resultFromSlots(prepared: PreparedScorecard, offScale: number): AuditResult {
  const { values, weights, dimensionOf, numerators, denominators } = prepared
  numerators.fill(0)
  denominators.fill(0)
  let answered = 0
  for (let slot = 0; slot < values.length; slot++) {
    const value = values[slot]!
    if (Number.isNaN(value)) continue
    answered++
    const dimension = dimensionOf[slot]!
    const weight = weights[slot]!
    numerators[dimension]! += weight * value
    denominators[dimension]! += weight
  }
  const flat = prepared.scorecard.weighting === 'flat'
  const dimensions: Partial<Record<ServqualDimension, number>> = {}
  let indexNumerator = 0
  let indexDenominator = 0
  for (let index = 0; index < SERVQUAL_DIMENSIONS.length; index++) {
    const denominator = denominators[index]!
    if (denominator <= 0) continue
    const score = numerators[index]! / denominator
    dimensions[SERVQUAL_DIMENSIONS[index]!] = score
    if (flat) {
      // Σ_i w_i s_i / Σ_i w_i over all answered indicators.
      indexNumerator += numerators[index]!
      indexDenominator += denominator
    } else {
      // Σ_d W_d D_d / Σ_d W_d over the dimensions with answers.
      const weight = prepared.dimensionWeights[index]!
      indexNumerator += weight * score
      indexDenominator += weight
    }
  }
  return {
    index: indexDenominator > 0 ? indexNumerator / indexDenominator : null,
    dimensions,
    answered,
    total: values.length,
    offScale,
  }
}

/**
 * Scores one audit. `scores` are that audit's scores (rows for other indicators are ignored; for a
 * repeated indicator the last row wins). N/A (`value: null`) and off-scale values are left out.
 * Flat scorecards report `D_d` too, weighted by the flat weights within each dimension.
 *
 * @example
 * // methods.md §2 worked example: yes, 4, 8, 5, yes, 9, 4, yes, 3, no
 * scoreAudit(card, indicators, scores)
 * // → { index: 76.3, dimensions: { tangibles: 90, reliability: 90, responsiveness: 94, assurance: 82.5, empathy: 25 }, answered: 10, total: 10, offScale: 0 }
 */
export function scoreAudit(scorecard: Scorecard, indicators: readonly Indicator[], scores: readonly ScoreInput[]): AuditResult {
  const prepared = prepareScorecard(scorecard, indicators)
  let offScale = 0
  for (const score of scores) if (!writeSlot(prepared, score.indicatorId, score.value)) offScale++
  return resultFromSlots(prepared, offScale)
}
