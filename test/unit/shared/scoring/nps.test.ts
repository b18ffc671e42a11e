import { describe, expect, it } from 'vitest'
import { round2 } from '../../../../shared/journey/summary'
import { npsFromAnswers, npsFromCounts, npsGroup, roundNps } from '../../../../shared/scoring/nps'

describe('NPS (methods.md §5)', () => {
  it.each([
    // promoters, passives, detractors, NPS, margin (2 decimals), indicative
    [90, 60, 50, 20, 11.26, false],
    [10, 5, 5, 25, 36.34, true],
    [227, 150, 123, 20.8, 7.1, false],
    [0, 0, 30, -100, 0, false],
    [29, 0, 0, 100, 0, true],
  ])('%d / %d / %d → NPS %d, margin ±%d', (promoters, passives, detractors, nps, margin, indicative) => {
    const result = npsFromCounts({ promoters, passives, detractors })!
    expect(result.nps).toBeCloseTo(nps, 12)
    expect(round2(result.margin)).toBe(margin)
    expect(result.n).toBe(promoters + passives + detractors)
    expect(result.indicative).toBe(indicative)
  })

  it('computes from counts, never from rounded shares: 45.4 % − 24.6 % shows as 21', () => {
    const result = npsFromCounts({ promoters: 227, passives: 150, detractors: 123 })!
    expect(result.shares.promoters).toBeCloseTo(45.4, 12)
    expect(result.shares.detractors).toBeCloseTo(24.6, 12)
    expect(result.shares.passives).toBeCloseTo(30, 12)
    expect(roundNps(result.nps)).toBe(21)
    expect(Math.round(result.shares.promoters) - Math.round(result.shares.detractors)).toBe(20) // the wrong way
  })

  it('uses var = p + q − (p − q)² for the margin', () => {
    const result = npsFromCounts({ promoters: 90, passives: 60, detractors: 50 })!
    expect(result.margin).toBeCloseTo(1.96 * Math.sqrt((0.45 + 0.25 - 0.2 ** 2) / 200) * 100, 12)
  })

  it('has no NPS without answers, and counts only whole non-negative numbers', () => {
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })).toBeNull()
    expect(npsFromAnswers([null, null])).toBeNull()
    expect(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 0 })).toThrow(RangeError)
    expect(() => npsFromCounts({ promoters: 1.5, passives: 0, detractors: 0 })).toThrow(RangeError)
  })

  it('classifies 0–10 answers: 9–10 promoters, 7–8 passives, 0–6 detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter'])
    expect(() => npsGroup(11)).toThrow(RangeError)
    expect(() => npsGroup(8.5)).toThrow(RangeError)
  })

  it('counts raw answers, skipping blanks', () => {
    const answers = [...new Array<number>(10).fill(9), ...new Array<number>(5).fill(7), ...new Array<number>(5).fill(3), null]
    expect(npsFromAnswers(answers)).toMatchObject({ promoters: 10, passives: 5, detractors: 5, n: 20, nps: 25, indicative: true })
  })

  it('rounds for display half away from zero', () => {
    expect([20.5, -20.5, 20.4, -0.4, 0].map(roundNps)).toEqual([21, -21, 20, 0, 0])
    expect(Object.is(roundNps(-0.4), -0)).toBe(false)
  })
})
