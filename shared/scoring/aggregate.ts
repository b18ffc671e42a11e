/**
 * Aggregates of audit results (methods.md §2, "Aggregates"): the index per post, store, month and
 * auditor is the arithmetic mean of the audit indices in the group (audits without an index are
 * left out); per dimension the mean of `D_d` over audits where `d` had answers; per indicator the
 * mean of its normalised scores where answered; per touchpoint the effective-weight-weighted mean
 * of the linked indicators' scores. `scoreAll` (in `scoreAll.ts`) does everything in one pass.
 */
import type { Audit, Indicator, Score, Scorecard } from '../model/scorecard'
import type { ServqualDimension } from '../model/schema'
import type { AuditResult } from './auditIndex'
import { isOnScale, unsafeNormalise } from './normalise'
import { effectiveWeights } from './weights'

/** An audit with its result from `scoreAudit`. */
export interface ScoredAudit {
  audit: Audit
  result: AuditResult
}

/** A mean and how many values went into it. */
export interface Mean {
  mean: number
  n: number
}

export type GroupBy = 'post' | 'store' | 'month' | 'auditor'

/**
 * The group an audit falls in: its post, store or auditor as written (empty stays `''`), or the
 * month `YYYY-MM` of its date.
 *
 * @example groupKey({ ...audit, date: '2025-03-14' }, 'month') // '2025-03'
 */
export function groupKey(audit: Audit, groupBy: GroupBy): string {
  return groupBy === 'month' ? audit.date.slice(0, 7) : audit[groupBy]
}

/**
 * Running `Σ x / n` per key; keys come out sorted so tables and charts are stable.
 *
 * @example
 * const means = new MeanAccumulator()
 * means.add('Store 1', 80); means.add('Store 1', 70)
 * means.toRecord() // { 'Store 1': { mean: 75, n: 2 } }
 */
export class MeanAccumulator {
  private readonly sums = new Map<string, { sum: number; n: number }>()

  add(key: string, value: number): void {
    const entry = this.sums.get(key)
    if (entry) {
      entry.sum += value
      entry.n++
    } else this.sums.set(key, { sum: value, n: 1 })
  }

  /** `Object.fromEntries` defines own keys, so a store called "__proto__" is just a key. */
  toRecord(): Record<string, Mean> {
    const keys = [...this.sums.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(keys.map((key) => [key, this.mean(key)]))
  }

  private mean(key: string): Mean {
    const { sum, n } = this.sums.get(key)!
    return { mean: sum / n, n }
  }
}

/**
 * Mean audit index per group: `mean = Σ I_a / n` over the group's audits that have an index.
 *
 * @example
 * aggregateIndices([{ audit: a1, result: { index: 80, … } }, { audit: a2, result: { index: 70, … } }], 'store')
 * // → { 'Store 1': { mean: 75, n: 2 } }
 */
export function aggregateIndices(results: readonly ScoredAudit[], groupBy: GroupBy): Record<string, Mean> {
  const accumulator = new MeanAccumulator()
  for (const { audit, result } of results) if (result.index !== null) accumulator.add(groupKey(audit, groupBy), result.index)
  return accumulator.toRecord()
}

/**
 * Mean `D_d` per scorecard and dimension over the audits where `d` had answers, keyed
 * `"<scorecardId>/<dimension>"` (dimensions of different scorecards are different questions).
 *
 * @example dimensionMeans(results)['card-1/reliability'] // { mean: 95, n: 2 }
 */
export function dimensionMeans(results: readonly ScoredAudit[]): Record<string, Mean> {
  const accumulator = new MeanAccumulator()
  for (const { audit, result } of results) {
    for (const [dimension, score] of Object.entries(result.dimensions) as [ServqualDimension, number][]) {
      accumulator.add(`${audit.scorecardId}/${dimension}`, score)
    }
  }
  return accumulator.toRecord()
}

/**
 * Mean normalised score (0–100) per indicator where answered: N/A, off-scale values and scores of
 * unknown indicators are left out; for a repeated (audit, indicator) pair the last row counts.
 *
 * @example indicatorMeans(indicators, scores)['wait'] // { mean: 85, n: 2 } for scores 9 and 8 on 0–10
 */
export function indicatorMeans(indicators: readonly Indicator[], scores: readonly Score[]): Record<string, Mean> {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]))
  const latest = new Map<string, Score>()
  for (const score of scores) latest.set(`${score.auditId}\u0000${score.indicatorId}`, score)
  const accumulator = new MeanAccumulator()
  for (const score of latest.values()) {
    const indicator = byId.get(score.indicatorId)
    if (!indicator || score.value === null || !isOnScale(score.value, indicator.scale)) continue
    accumulator.add(indicator.id, unsafeNormalise(score.value, indicator.scale))
  }
  return accumulator.toRecord()
}

/**
 * Score per touchpoint: the effective-weight-weighted mean of the mean scores of the indicators
 * linked to it, `T = Σ_i e_i m_i / Σ_i e_i`, where `e_i` is the indicator's effective weight in its
 * own scorecard and `m_i` its mean normalised score (from {@link indicatorMeans}). Each indicator
 * counts once, however often it was audited; indicators without answers are left out (like N/A).
 * `n` = indicators that contributed. Touchpoints whose linked indicators have no answers or carry
 * no weight are absent.
 *
 * @example
 * // greet (e = 0.08, mean 100) and wait (e = 0.12, mean 90) both check "Welcome"
 * touchpointScores(scorecards, indicators, byIndicator)['welcome'] // { mean: 94, n: 2 }
 */
export function touchpointScores(
  scorecards: readonly Scorecard[],
  indicators: readonly Indicator[],
  byIndicator: Readonly<Record<string, Mean>>,
): Record<string, Mean> {
  const effective = new Map<string, number>()
  for (const scorecard of scorecards) for (const [id, share] of effectiveWeights(scorecard, indicators)) effective.set(id, share)
  const sums = new Map<string, { numerator: number; denominator: number; n: number }>()
  for (const indicator of indicators) {
    const share = effective.get(indicator.id)
    const mean = Object.hasOwn(byIndicator, indicator.id) ? byIndicator[indicator.id] : undefined
    if (share === undefined || share <= 0 || !mean) continue
    for (const touchpointId of new Set(indicator.touchpointIds)) {
      const entry = sums.get(touchpointId) ?? { numerator: 0, denominator: 0, n: 0 }
      entry.numerator += share * mean.mean
      entry.denominator += share
      entry.n++
      sums.set(touchpointId, entry)
    }
  }
  const keys = [...sums.keys()].sort()
  return Object.fromEntries(keys.map((key) => [key, touchpointMean(sums.get(key)!)]))
}

const touchpointMean = ({ numerator, denominator, n }: { numerator: number; denominator: number; n: number }): Mean => ({
  mean: numerator / denominator,
  n,
})

/**
 * The index over time: mean audit index per month `YYYY-MM`, oldest first.
 *
 * @example trend(results) // [{ month: '2025-01', mean: 72.5, n: 4 }, { month: '2025-02', mean: 78, n: 3 }]
 */
export function trend(results: readonly ScoredAudit[]): Array<{ month: string } & Mean> {
  return Object.entries(aggregateIndices(results, 'month')).map(([month, mean]) => ({ month, ...mean }))
}
