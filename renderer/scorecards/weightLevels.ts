/**
 * A scorecard's weight levels as the editor shows them: flat (all indicators), or two-level (the
 * dimension weights, then the indicators within each dimension used), and the level-wide actions
 * (normalise to 100, equal weights, one weight changed with the unlocked others absorbing it).
 * Each action gives one `setWeights` payload, so it is one undo step.
 */
import type { ScoringMessage } from '../../shared/i18n/messages/scoring'
import type { Indicator, Scorecard } from '../../shared/model/scorecard'
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../../shared/model/schema'
import { normaliseTo100, rebalance, type WeightEntry } from '../../shared/scoring/weights'
import { dimensionLockKey } from './workspaceStore'

export type LevelId = 'flat' | 'dimensions' | `within:${ServqualDimension}`

export interface WeightLevel {
  id: LevelId
  /** Entry ids: indicator ids, or dimension codes on the dimension level. */
  entries: WeightEntry[]
  /** The lock key of each entry (indicator id, or `dim:<dimension>`). */
  lockKey: (entryId: string) => string
  dimension?: ServqualDimension
}

export interface SetWeightsPayload {
  scorecardId: string
  indicators: { id: string; weight: number }[]
  dimensions?: Scorecard['dimensionWeights']
}

const identity = (id: string) => id

/** Dimensions that have indicators, in SERVQUAL order. */
export function usedDimensions(indicators: readonly Indicator[]): ServqualDimension[] {
  return SERVQUAL_DIMENSIONS.filter((dimension) => indicators.some((indicator) => indicator.dimension === dimension))
}

/** The levels of a scorecard (its own indicators only). */
export function weightLevels(scorecard: Scorecard, indicators: readonly Indicator[]): WeightLevel[] {
  if (scorecard.weighting === 'flat') {
    return [{ id: 'flat', entries: indicators.map(({ id, weight }) => ({ id, weight })), lockKey: identity }]
  }
  const used = usedDimensions(indicators)
  return [
    {
      id: 'dimensions',
      entries: used.map((dimension) => ({ id: dimension, weight: scorecard.dimensionWeights[dimension] ?? 0 })),
      lockKey: dimensionLockKey,
    },
    ...used.map((dimension) => ({
      id: `within:${dimension}` as const,
      dimension,
      entries: indicators.filter((indicator) => indicator.dimension === dimension).map(({ id, weight }) => ({ id, weight })),
      lockKey: identity,
    })),
  ]
}

function lockedIds(level: WeightLevel, locks: ReadonlySet<string>): Set<string> {
  return new Set(level.entries.filter((entry) => locks.has(level.lockKey(entry.id))).map((entry) => entry.id))
}

/** Collects level results into one `setWeights` payload. */
function payloadOf(scorecardId: string, results: Array<{ level: WeightLevel; weights: WeightEntry[] }>): SetWeightsPayload {
  const payload: SetWeightsPayload = { scorecardId, indicators: [] }
  for (const { level, weights } of results) {
    if (level.id === 'dimensions') payload.dimensions = Object.fromEntries(weights.map((entry) => [entry.id, entry.weight]))
    else payload.indicators.push(...weights)
  }
  return payload
}

export type LevelAction = { ok: true; payload: SetWeightsPayload } | { ok: false; problem: ScoringMessage }

/** "Normalise to 100" on every level: locked weights stay, the others scale to fill 100. */
export function normaliseAll(scorecard: Scorecard, indicators: readonly Indicator[], locks: ReadonlySet<string>): LevelAction {
  const results: Array<{ level: WeightLevel; weights: WeightEntry[] }> = []
  for (const level of weightLevels(scorecard, indicators)) {
    const result = normaliseTo100(level.entries, lockedIds(level, locks))
    if (!result.ok) return result
    results.push({ level, weights: result.weights })
  }
  return { ok: true, payload: payloadOf(scorecard.id, results) }
}

/** "Equal weights" on every level: the unlocked weights share what the locked ones leave of 100. */
export function equaliseAll(scorecard: Scorecard, indicators: readonly Indicator[], locks: ReadonlySet<string>): LevelAction {
  const results: Array<{ level: WeightLevel; weights: WeightEntry[] }> = []
  for (const level of weightLevels(scorecard, indicators)) {
    const locked = lockedIds(level, locks)
    const flattened = level.entries.map((entry) => (locked.has(entry.id) ? entry : { id: entry.id, weight: 1 }))
    const result = normaliseTo100(flattened, locked)
    if (!result.ok) return result
    results.push({ level, weights: result.weights })
  }
  return { ok: true, payload: payloadOf(scorecard.id, results) }
}

/** One weight changed while the unlocked others of its level absorb the difference (`rebalance`). */
export function rebalanceOne(level: WeightLevel, scorecardId: string, entryId: string, value: number, locks: ReadonlySet<string>): SetWeightsPayload {
  const result = rebalance(level.entries, entryId, value, lockedIds(level, locks))
  return payloadOf(scorecardId, [{ level, weights: result.weights }])
}

/** Weights for one level from shares of 1 (AHP), rounded to two decimals adding up to exactly 100. */
export function levelFromShares(level: WeightLevel, scorecardId: string, shares: readonly number[]): SetWeightsPayload | null {
  const result = normaliseTo100(level.entries.map((entry, index) => ({ id: entry.id, weight: shares[index] ?? 0 })))
  return result.ok ? payloadOf(scorecardId, [{ level, weights: result.weights }]) : null
}
