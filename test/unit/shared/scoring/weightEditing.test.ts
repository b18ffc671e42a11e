import { describe, expect, it } from 'vitest'
import { equalWeights, normaliseTo100, rebalance, type WeightEntry } from '../../../../shared/scoring/weights'

const level = (...weights: number[]): WeightEntry[] => weights.map((weight, index) => ({ id: String.fromCharCode(97 + index), weight }))
const values = (entries: readonly WeightEntry[]) => entries.map((entry) => entry.weight)
/** The total in hundredths, so "exactly 100" is checked without floating-point noise. */
const cents = (entries: readonly number[]) => entries.reduce((sum, weight) => sum + Math.round(weight * 100), 0)

describe('equalWeights', () => {
  it.each([
    [1, [100]],
    [2, [50, 50]],
    [3, [33.34, 33.33, 33.33]],
    [4, [25, 25, 25, 25]],
    [6, [16.67, 16.67, 16.67, 16.67, 16.66, 16.66]],
    [0, []],
  ])('%d weights → %j', (n, expected) => {
    expect(equalWeights(n)).toEqual(expected)
    if (n > 0) expect(cents(equalWeights(n))).toBe(10_000)
  })

  it('sums to exactly 100.00 for every size up to 200', () => {
    for (let n = 1; n <= 200; n++) expect(cents(equalWeights(n)), `n = ${n}`).toBe(10_000)
  })

  it('refuses a negative or fractional count', () => {
    expect(() => equalWeights(-1)).toThrow(RangeError)
    expect(() => equalWeights(2.5)).toThrow(RangeError)
  })
})

describe('normaliseTo100', () => {
  it('scales the weights in proportion', () => {
    expect(normaliseTo100(level(1, 1, 2))).toEqual({ ok: true, weights: level(25, 25, 50) })
    expect(normaliseTo100(level(0.15, 0.25, 0.6))).toEqual({ ok: true, weights: level(15, 25, 60) })
  })

  it('keeps locked weights and fills the rest', () => {
    expect(normaliseTo100(level(1, 3, 50), ['c'])).toEqual({ ok: true, weights: level(12.5, 37.5, 50) })
  })

  it('rounds to two decimals that add up to exactly 100', () => {
    const result = normaliseTo100(level(1, 1, 1))
    expect(result).toEqual({ ok: true, weights: level(33.34, 33.33, 33.33) })
    if (result.ok) expect(cents(values(result.weights))).toBe(10_000)
  })

  it('splits equally when every unlocked weight is zero', () => {
    expect(normaliseTo100(level(0, 0, 40), new Set(['c']))).toEqual({ ok: true, weights: level(30, 30, 40) })
  })

  it('refuses when locked weights exceed 100, or everything is locked off 100', () => {
    expect(normaliseTo100(level(70, 40, 5), ['a', 'b'])).toEqual({ ok: false, problem: { key: 'scoring.lockedOver100', params: { locked: 110 } } })
    expect(normaliseTo100(level(50, 40), ['a', 'b'])).toEqual({ ok: false, problem: { key: 'scoring.allLocked', params: { locked: 90 } } })
    expect(normaliseTo100(level(60, 40), ['a', 'b'])).toEqual({ ok: true, weights: level(60, 40) })
  })

  it('gives zero to the unlocked ones when the locked ones already make 100', () => {
    expect(normaliseTo100(level(100, 5), ['a'])).toEqual({ ok: true, weights: level(100, 0) })
  })
})

describe('rebalance', () => {
  it('spreads the difference over the others in proportion', () => {
    expect(rebalance(level(50, 30, 20), 'a', 60)).toEqual({ weights: level(60, 24, 16), applied: 60, clamped: false })
    expect(rebalance(level(50, 30, 20), 'a', 40)).toEqual({ weights: level(40, 36, 24), applied: 40, clamped: false })
  })

  it('keeps locked weights', () => {
    expect(rebalance(level(40, 30, 30), 'a', 50, ['b'])).toEqual({ weights: level(50, 30, 20), applied: 50, clamped: false })
  })

  it('sets the changed weight even when it is locked itself', () => {
    expect(rebalance(level(40, 30, 30), 'a', 50, ['a'])).toEqual({ weights: level(50, 25, 25), applied: 50, clamped: false })
  })

  it('shares equally when the others are all zero', () => {
    expect(rebalance(level(100, 0, 0), 'a', 70)).toEqual({ weights: level(70, 15, 15), applied: 70, clamped: false })
  })

  it('never takes a weight below zero: the changed weight is clamped to what the others can give', () => {
    expect(rebalance(level(40, 30, 30), 'a', 90, ['b'])).toEqual({ weights: level(70, 30, 0), applied: 70, clamped: true })
    expect(rebalance(level(40, 60), 'a', -5)).toEqual({ weights: level(0, 100), applied: 0, clamped: true })
  })

  it('cannot move a weight when nothing else is unlocked', () => {
    expect(rebalance(level(40, 60), 'a', 50, ['b'])).toEqual({ weights: level(40, 60), applied: 40, clamped: true })
  })

  it('keeps the total of a fraction level, to four decimals', () => {
    const result = rebalance(level(0.5, 0.25, 0.25), 'a', 0.4)
    expect(values(result.weights)).toEqual([0.4, 0.3, 0.3])
    const thirds = rebalance(level(0.1, 0.3, 0.3, 0.3), 'a', 0.2)
    expect(values(thirds.weights)).toEqual([0.2, 0.2667, 0.2667, 0.2666])
  })

  it('treats an all-zero level as one to fill to 100', () => {
    expect(rebalance(level(0, 0, 0), 'a', 40)).toEqual({ weights: level(40, 30, 30), applied: 40, clamped: false })
  })

  it('keeps two-decimal totals exact when the split is uneven', () => {
    const result = rebalance(level(10, 30, 30, 30), 'a', 20)
    expect(values(result.weights)).toEqual([20, 26.67, 26.67, 26.66])
    expect(cents(values(result.weights))).toBe(10_000)
  })

  it('refuses an unknown id or a non-finite value', () => {
    expect(() => rebalance(level(50, 50), 'z', 10)).toThrow(RangeError)
    expect(() => rebalance(level(50, 50), 'a', Number.NaN)).toThrow(RangeError)
  })
})
