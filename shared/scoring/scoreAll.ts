/**
 * Every audit index and every aggregate of methods.md §2 in one pass, for the dashboard and the
 * exports. Built for size (the benchmark: ~10,000 audits × 10 indicators = 100,000 score rows in
 * well under 500 ms): scorecards are indexed once (`prepareScorecard`), the score rows are bucketed
 * by audit with a counting sort into typed arrays, and the inner loop allocates nothing per row.
 */
import type { Audit, Indicator, Score, Scorecard } from '../model/scorecard'
import { aggregateIndices, dimensionMeans, touchpointScores, type Mean, type ScoredAudit } from './aggregate'
import { clearSlots, prepareScorecard, resultFromSlots, writeSlot, type AuditResult, type PreparedScorecard } from './auditIndex'

export interface ScoreAllResult {
  /** Per audit id; audits whose scorecard is not among `scorecards` are absent. */
  audits: Record<string, AuditResult>
  byPost: Record<string, Mean>
  byStore: Record<string, Mean>
  /** Keys `YYYY-MM`, oldest first. */
  byMonth: Record<string, Mean>
  byAuditor: Record<string, Mean>
  /** Keys `"<scorecardId>/<dimension>"`. */
  byDimension: Record<string, Mean>
  /** Mean normalised score per indicator id, where answered. */
  byIndicator: Record<string, Mean>
  /** Effective-weight-weighted mean of the linked indicators' means; `n` = indicators. */
  byTouchpoint: Record<string, Mean>
}

/** Per-indicator running sums of one scorecard, by slot. */
interface SlotSums {
  sums: Float64Array
  counts: Float64Array
}

/**
 * Scores `audits` with their `scores` (rows of other audits are ignored, so a filtered audit list
 * gives filtered aggregates) and aggregates them: the same numbers as `scoreAudit` per audit and
 * `aggregateIndices`, `dimensionMeans`, `indicatorMeans`, `touchpointScores` over the results. For
 * a repeated (audit, indicator) pair the last row wins.
 *
 * @example
 * const all = scoreAll(scorecards, indicators, audits, scores)
 * all.audits['A-0001'].index // 76.3
 * all.byStore['Store 1'] // { mean: 77.55, n: 2 }
 */
export function scoreAll(
  scorecards: readonly Scorecard[],
  indicators: readonly Indicator[],
  audits: readonly Audit[],
  scores: readonly Score[],
): ScoreAllResult {
  const byScorecard = new Map<string, Indicator[]>()
  for (const indicator of indicators) {
    const group = byScorecard.get(indicator.scorecardId)
    if (group) group.push(indicator)
    else byScorecard.set(indicator.scorecardId, [indicator])
  }
  const prepared = new Map<string, PreparedScorecard>()
  const slotSums = new Map<PreparedScorecard, SlotSums>()
  for (const scorecard of scorecards) {
    const card = prepareScorecard(scorecard, byScorecard.get(scorecard.id) ?? [])
    prepared.set(scorecard.id, card)
    slotSums.set(card, { sums: new Float64Array(card.indicators.length), counts: new Float64Array(card.indicators.length) })
  }

  // The audits to score, by ordinal (a repeated audit id: the later record replaces the earlier).
  const kept: Audit[] = []
  const cards: PreparedScorecard[] = []
  const ordinalOf = new Map<string, number>()
  for (const audit of audits) {
    const card = prepared.get(audit.scorecardId)
    if (!card) continue
    const ordinal = ordinalOf.get(audit.id) ?? kept.length
    ordinalOf.set(audit.id, ordinal)
    kept[ordinal] = audit
    cards[ordinal] = card
  }

  // Counting sort of the score rows by audit: rows of audit a are order[start[a] … start[a + 1]).
  const count = kept.length
  const start = new Int32Array(count + 1)
  const owner = new Int32Array(scores.length)
  for (let row = 0; row < scores.length; row++) {
    const ordinal = ordinalOf.get(scores[row]!.auditId) ?? -1
    owner[row] = ordinal
    if (ordinal >= 0) start[ordinal + 1]!++
  }
  for (let ordinal = 0; ordinal < count; ordinal++) start[ordinal + 1]! += start[ordinal]!
  const order = new Int32Array(start[count]!)
  const cursor = start.slice(0, count)
  for (let row = 0; row < scores.length; row++) {
    const ordinal = owner[row]!
    if (ordinal >= 0) order[cursor[ordinal]!++] = row
  }

  const results: ScoredAudit[] = new Array<ScoredAudit>(count)
  const auditResults: Array<[string, AuditResult]> = new Array<[string, AuditResult]>(count)
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const card = cards[ordinal]!
    const audit = kept[ordinal]!
    clearSlots(card)
    let offScale = 0
    for (let at = start[ordinal]!; at < start[ordinal + 1]!; at++) {
      const score = scores[order[at]!]!
      if (!writeSlot(card, score.indicatorId, score.value)) offScale++
    }
    const result = resultFromSlots(card, offScale)
    results[ordinal] = { audit, result }
    auditResults[ordinal] = [audit.id, result]
    const { sums, counts } = slotSums.get(card)!
    for (let slot = 0; slot < card.values.length; slot++) {
      const value = card.values[slot]!
      if (Number.isNaN(value)) continue
      sums[slot]! += value
      counts[slot]!++
    }
  }

  const byIndicator: Array<[string, Mean]> = []
  for (const [card, { sums, counts }] of slotSums) {
    card.indicators.forEach((indicator, slot) => {
      const n = counts[slot]!
      if (n > 0) byIndicator.push([indicator.id, { mean: sums[slot]! / n, n }])
    })
  }
  byIndicator.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const indicatorRecord = Object.fromEntries(byIndicator)
  return {
    audits: Object.fromEntries(auditResults),
    byPost: aggregateIndices(results, 'post'),
    byStore: aggregateIndices(results, 'store'),
    byMonth: aggregateIndices(results, 'month'),
    byAuditor: aggregateIndices(results, 'auditor'),
    byDimension: dimensionMeans(results),
    byIndicator: indicatorRecord,
    byTouchpoint: touchpointScores(scorecards, indicators, indicatorRecord),
  }
}
