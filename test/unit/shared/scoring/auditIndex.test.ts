import { describe, expect, it } from 'vitest'
import { round2 } from '../../../../shared/journey/summary'
import { scoreAudit } from '../../../../shared/scoring/auditIndex'
import { makeIndicator, makeScorecard, range, scoresFor, workedCard, workedIndicators, workedValues, YES_NO } from './fixtures'

const worked = (overrides: Record<string, number | null> = {}) => scoreAudit(workedCard, workedIndicators, scoresFor('A1', { ...workedValues, ...overrides }))

describe('audit index (methods.md §2)', () => {
  it('reproduces the worked example: dimensions 90, 90, 94, 82.5, 25 and index 76.30', () => {
    const result = worked()
    expect(result.dimensions.tangibles).toBeCloseTo(90, 10)
    expect(result.dimensions.reliability).toBeCloseTo(90, 10)
    expect(result.dimensions.responsiveness).toBeCloseTo(94, 10)
    expect(result.dimensions.assurance).toBeCloseTo(82.5, 10)
    expect(result.dimensions.empathy).toBeCloseTo(25, 10)
    expect(result.index).toBeCloseTo(76.3, 10)
    expect(round2(result.index!)).toBe(76.3)
    expect(result).toMatchObject({ answered: 10, total: 10, offScale: 0 })
  })

  it('leaves N/A out: with "promises" N/A, reliability is 100 and the index 78.80', () => {
    const result = worked({ promises: null })
    expect(result.dimensions.reliability).toBeCloseTo(100, 10)
    expect(result.index).toBeCloseTo(78.8, 10)
    expect(result).toMatchObject({ answered: 9, total: 10 })
  })

  it('renormalises across dimensions when a whole dimension is N/A', () => {
    const result = worked({ needs: null, farewell: null })
    expect(result.dimensions.empathy).toBeUndefined()
    // (0.15·90 + 0.25·90 + 0.20·94 + 0.20·82.5) / 0.80
    expect(result.index).toBeCloseTo((13.5 + 22.5 + 18.8 + 16.5) / 0.8, 10)
  })

  it('treats a missing score row like N/A', () => {
    const { promises: _left, ...rest } = workedValues
    expect(scoreAudit(workedCard, workedIndicators, scoresFor('A1', rest)).index).toBeCloseTo(78.8, 10)
  })

  it('has no index when everything is N/A or nothing was scored', () => {
    const allNa = Object.fromEntries(Object.keys(workedValues).map((id) => [id, null]))
    expect(scoreAudit(workedCard, workedIndicators, scoresFor('A1', allNa))).toEqual({
      index: null,
      dimensions: {},
      answered: 0,
      total: 10,
      offScale: 0,
    })
    expect(scoreAudit(workedCard, workedIndicators, []).index).toBeNull()
  })

  it('gives the same index for weights entered as fractions', () => {
    const card = makeScorecard({ dimensionWeights: { tangibles: 0.15, reliability: 0.25, responsiveness: 0.2, assurance: 0.2, empathy: 0.2 } })
    const indicators = workedIndicators.map((indicator) => ({ ...indicator, weight: indicator.weight / 100 }))
    const result = scoreAudit(card, indicators, scoresFor('A1', workedValues))
    expect(result.index).toBeCloseTo(76.3, 10)
    expect(scoreAudit(card, indicators, scoresFor('A1', { ...workedValues, promises: null })).index).toBeCloseTo(78.8, 10)
  })

  it('scores a single indicator', () => {
    const card = makeScorecard({ dimensionWeights: { assurance: 100 } })
    const result = scoreAudit(card, [makeIndicator('only', 'assurance', 100, range(0, 10))], scoresFor('A1', { only: 7 }))
    expect(result).toEqual({ index: 70, dimensions: { assurance: 70 }, answered: 1, total: 1, offScale: 0 })
  })

  it('lets a zero-weight indicator contribute nothing', () => {
    const card = makeScorecard({ dimensionWeights: { tangibles: 100 } })
    const indicators = [makeIndicator('a', 'tangibles', 100, YES_NO), makeIndicator('b', 'tangibles', 0, YES_NO)]
    expect(scoreAudit(card, indicators, scoresFor('A1', { a: 1, b: 0 })).index).toBe(100)
    expect(scoreAudit(card, indicators, scoresFor('A1', { a: 0, b: 1 })).index).toBe(0)
  })

  it('treats a dimension whose answered indicators all weigh 0 as unanswered', () => {
    const card = makeScorecard({ dimensionWeights: { tangibles: 50, empathy: 50 } })
    const indicators = [
      makeIndicator('a', 'tangibles', 100, YES_NO),
      makeIndicator('b', 'empathy', 0, YES_NO),
      makeIndicator('c', 'empathy', 100, YES_NO),
    ]
    const result = scoreAudit(card, indicators, scoresFor('A1', { a: 1, b: 0, c: null }))
    expect(result).toEqual({ index: 100, dimensions: { tangibles: 100 }, answered: 2, total: 3, offScale: 0 })
    const onlyZero = scoreAudit(card, indicators, scoresFor('A1', { a: null, b: 1, c: null }))
    expect(onlyZero.index).toBeNull()
    expect(onlyZero.answered).toBe(1)
  })

  it('lets a switched-off dimension (weight 0) show its score without counting in the index', () => {
    const card = makeScorecard({ dimensionWeights: { tangibles: 100, empathy: 0 } })
    const indicators = [makeIndicator('a', 'tangibles', 100, YES_NO), makeIndicator('b', 'empathy', 100, YES_NO)]
    const result = scoreAudit(card, indicators, scoresFor('A1', { a: 1, b: 0 }))
    expect(result).toMatchObject({ index: 100, dimensions: { tangibles: 100, empathy: 0 } })
    expect(scoreAudit(card, indicators, scoresFor('A1', { a: null, b: 1 })).index).toBeNull()
  })

  it('computes a flat index as Σ w_i s_i / Σ w_i over answered indicators, with dimension scores too', () => {
    const card = makeScorecard({ weighting: 'flat', dimensionWeights: { tangibles: 99 } })
    const indicators = [
      makeIndicator('a', 'tangibles', 20, YES_NO),
      makeIndicator('b', 'tangibles', 30, range(1, 5)),
      makeIndicator('c', 'empathy', 50, range(0, 10)),
    ]
    const result = scoreAudit(card, indicators, scoresFor('A1', { a: 1, b: 3, c: 6 }))
    expect(result.index).toBeCloseTo((20 * 100 + 30 * 50 + 50 * 60) / 100, 10)
    expect(result.dimensions.tangibles).toBeCloseTo((20 * 100 + 30 * 50) / 50, 10)
    expect(result.dimensions.empathy).toBeCloseTo(60, 10)
    expect(scoreAudit(card, indicators, scoresFor('A1', { a: 1, b: 3, c: null })).index).toBeCloseTo(3500 / 50, 10)
  })

  it('differs from a flat score with effective weights once something is N/A (renormalised within the dimension first)', () => {
    const flat = makeScorecard({ weighting: 'flat' })
    const effective = workedIndicators.map((indicator) => ({
      ...indicator,
      weight: (workedCard.dimensionWeights[indicator.dimension]! * indicator.weight) / 100,
    }))
    const values = { ...workedValues, promises: null }
    expect(scoreAudit(flat, effective, scoresFor('A1', workedValues)).index).toBeCloseTo(76.3, 10)
    expect(scoreAudit(flat, effective, scoresFor('A1', values)).index).not.toBeCloseTo(78.8, 2)
  })

  it('leaves off-scale scores out and counts them; ignores rows of other indicators; the last row wins', () => {
    const result = scoreAudit(workedCard, workedIndicators, [
      ...scoresFor('A1', { ...workedValues, display: 7 }),
      ...scoresFor('A1', { elsewhere: 3 }),
    ])
    expect(result.offScale).toBe(1)
    expect(result.dimensions.tangibles).toBe(100)
    expect(result.answered).toBe(9)
    const corrected = scoreAudit(workedCard, workedIndicators, [...scoresFor('A1', workedValues), ...scoresFor('A1', { promises: null })])
    expect(corrected.index).toBeCloseTo(78.8, 10)
  })

  it('scores only the scorecard’s own indicators', () => {
    const stranger = makeIndicator('stranger', 'tangibles', 100, YES_NO, { scorecardId: 'other' })
    const result = scoreAudit(workedCard, [...workedIndicators, stranger], scoresFor('A1', { ...workedValues, stranger: 0 }))
    expect(result.total).toBe(10)
    expect(result.index).toBeCloseTo(76.3, 10)
  })
})
