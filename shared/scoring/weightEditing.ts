/**
 * The weight editor's buttons (methods.md §2: a level must add up to 100 %): "normalise to 100",
 * "rebalance the others when I change one" and "equal weights". Results are entered weights, not
 * displayed figures, so they are rounded to two decimals (four on a level entered as fractions)
 * by the largest-remainder method: the rounded values add up exactly to the level's total.
 */
import type { ScoringMessage } from '../i18n/messages/scoring'

/** How far a percent level may be from 100 (as the spec says: ±0.01). */
export const PERCENT_TOLERANCE = 0.01
/** How far a fraction level may be from 1 (the same 0.01 % expressed as a fraction). */
export const FRACTION_TOLERANCE = 0.0001
/** Absorbs binary floating-point noise such as 100 − 99.99 = 0.010000000000005. */
export const FLOAT_SLACK = 1e-9

/** One weight of a level: an indicator id, or a dimension code for the dimension level. */
export interface WeightEntry {
  id: string
  weight: number
}

export type NormaliseResult = { ok: true; weights: WeightEntry[] } | { ok: false; problem: ScoringMessage }

export interface RebalanceResult {
  weights: WeightEntry[]
  /** The value the changed weight actually got. */
  applied: number
  /** Whether `applied` differs from the value asked for (the others could not give more, or it was negative). */
  clamped: boolean
}

/**
 * Splits `totalUnits` whole units in proportion to `shares` (non-negative) by the largest-remainder
 * method; ties go to the earlier entry. All-zero shares split equally.
 */
function apportion(shares: readonly number[], totalUnits: number): number[] {
  const sum = shares.reduce((total, share) => total + share, 0)
  const weightsOf = sum > 0 ? shares : shares.map(() => 1)
  const weightSum = sum > 0 ? sum : shares.length
  const raw = weightsOf.map((share) => (share / weightSum) * totalUnits)
  const units = raw.map((value) => Math.floor(value + FLOAT_SLACK))
  let left = totalUnits - units.reduce((total, value) => total + value, 0)
  const order = raw.map((value, index) => ({ index, remainder: value - (units[index] ?? 0) }))
  order.sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of order) {
    if (left <= 0) break
    units[index] = (units[index] ?? 0) + 1
    left -= 1
  }
  return units
}

const asSet = (ids: ReadonlySet<string> | readonly string[]) => (ids instanceof Set ? ids : new Set(ids))

/**
 * `n` equal weights adding up to exactly 100.00: two decimals, the extra hundredths going to the
 * first entries. Throws a RangeError unless `n` is a whole number ≥ 0.
 *
 * @example equalWeights(3) // [33.34, 33.33, 33.33]
 * @example equalWeights(4) // [25, 25, 25, 25]
 */
export function equalWeights(n: number): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`equalWeights needs a whole number of weights, not ${n}`)
  return apportion(new Array<number>(n).fill(1), 10_000).map((units) => units / 100)
}

/**
 * The "normalise to 100" button: keeps the locked weights and scales the unlocked ones in
 * proportion so the level adds up to 100 (equal shares when the unlocked ones are all 0), rounded
 * to two decimals summing exactly to `100 − locked`. Refused when the locked weights already exceed
 * 100 (`scoring.lockedOver100`), or when every weight is locked and they do not add up to 100
 * (`scoring.allLocked`).
 *
 * @example
 * normaliseTo100([{ id: 'a', weight: 1 }, { id: 'b', weight: 3 }, { id: 'c', weight: 50 }], ['c'])
 * // → { ok: true, weights: [{ id: 'a', weight: 12.5 }, { id: 'b', weight: 37.5 }, { id: 'c', weight: 50 }] }
 */
export function normaliseTo100(entries: readonly WeightEntry[], lockedIds: ReadonlySet<string> | readonly string[] = []): NormaliseResult {
  const locked = asSet(lockedIds)
  const lockedSum = entries.reduce((total, entry) => total + (locked.has(entry.id) ? entry.weight : 0), 0)
  const shownLocked = Math.round(lockedSum * 10_000) / 10_000
  if (lockedSum > 100 + PERCENT_TOLERANCE + FLOAT_SLACK) {
    return { ok: false, problem: { key: 'scoring.lockedOver100', params: { locked: shownLocked } } }
  }
  const free = entries.filter((entry) => !locked.has(entry.id))
  if (free.length === 0) {
    if (Math.abs(lockedSum - 100) <= PERCENT_TOLERANCE + FLOAT_SLACK) return { ok: true, weights: entries.map((entry) => ({ ...entry })) }
    return { ok: false, problem: { key: 'scoring.allLocked', params: { locked: shownLocked } } }
  }
  const units = apportion(
    free.map((entry) => entry.weight),
    Math.max(0, Math.round((100 - lockedSum) * 100)),
  )
  const scaled = new Map(free.map((entry, index) => [entry.id, (units[index] ?? 0) / 100]))
  return { ok: true, weights: entries.map((entry) => ({ id: entry.id, weight: scaled.get(entry.id) ?? entry.weight })) }
}

/**
 * Sets one weight and lets the unlocked others absorb the difference in proportion to their
 * current values (equally when they are all 0), so the level keeps its total (100 when the level
 * is still all zeros). No weight goes below 0: the changed weight is clamped to
 * `[0, total − locked others]`, and to its current value when no other weight is unlocked. The
 * others are rounded to two decimals (four on a fraction level, total ≤ 1) summing exactly to what
 * is left. The changed weight is set even if it is in `lockedIds` (locks hold the others). Throws a
 * RangeError when `changedId` is not in the level or `newValue` is not finite.
 *
 * @example
 * rebalance([{ id: 'a', weight: 50 }, { id: 'b', weight: 30 }, { id: 'c', weight: 20 }], 'a', 60, [])
 * // → weights a 60, b 24, c 16; applied 60, clamped false
 */
export function rebalance(
  entries: readonly WeightEntry[],
  changedId: string,
  newValue: number,
  lockedIds: ReadonlySet<string> | readonly string[] = [],
): RebalanceResult {
  const changed = entries.find((entry) => entry.id === changedId)
  if (!changed) throw new RangeError(`rebalance: no weight ${changedId} in this level`)
  if (!Number.isFinite(newValue)) throw new RangeError(`rebalance: ${newValue} is not a weight`)
  const locked = asSet(lockedIds)
  const current = entries.reduce((total, entry) => total + entry.weight, 0)
  const total = current > 0 ? current : 100
  const others = entries.filter((entry) => entry.id !== changedId && !locked.has(entry.id))
  const lockedSum = entries.reduce((sum, entry) => sum + (entry.id !== changedId && locked.has(entry.id) ? entry.weight : 0), 0)
  const ceiling = others.length > 0 ? Math.max(0, total - lockedSum) : changed.weight
  const floor = others.length > 0 ? 0 : changed.weight
  const applied = Math.min(ceiling, Math.max(floor, newValue))
  const unit = total > 1 + FRACTION_TOLERANCE ? 0.01 : 0.0001
  const units = apportion(
    others.map((entry) => entry.weight),
    Math.max(0, Math.round((total - lockedSum - applied) / unit)),
  )
  const scale = Math.round(1 / unit)
  const next = new Map(others.map((entry, index) => [entry.id, (units[index] ?? 0) / scale]))
  next.set(changedId, applied)
  return {
    weights: entries.map((entry) => ({ id: entry.id, weight: next.get(entry.id) ?? entry.weight })),
    applied,
    clamped: applied !== newValue,
  }
}
