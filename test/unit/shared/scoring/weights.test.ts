import { describe, expect, it } from 'vitest'
import {
  effectiveWeights,
  expectedLevelTotal,
  isUsable,
  levelSumIsValid,
  parseWeight,
  weightProblems,
} from '../../../../shared/scoring/weights'
import { makeIndicator, makeScorecard, range, workedCard, workedIndicators, YES_NO } from './fixtures'

describe('parseWeight', () => {
  it.each([
    ['30', 30],
    ['30%', 30],
    ['30 %', 30],
    ['0.3', 0.3],
    ['.5', 0.5],
    ['３０％', 30],
    ['  12.5 ', 12.5],
    ['0', 0],
    ['１２．５', 12.5],
  ])('reads %j as %d', (text, expected) => {
    expect(parseWeight(text)).toBe(expected)
  })

  it.each(['', '   ', 'abc', '-5', '30%%', '3,5', '1e3', '%', 'NaN', 'Infinity'])('refuses %j', (text) => {
    expect(parseWeight(text)).toBeNull()
  })
})

describe('level sums', () => {
  it.each([
    [100, true],
    [99.99, true],
    [100.01, true],
    [99.98, false],
    [1, true],
    [0.99995, true],
    [0.9998, false],
    [0, false],
    [50, false],
  ])('a level summing to %d is valid: %s', (sum, valid) => {
    expect(levelSumIsValid(sum)).toBe(valid)
  })

  it('expects 1 for fraction entries and 100 otherwise', () => {
    expect(expectedLevelTotal([0.3, 0.5])).toBe(1)
    expect(expectedLevelTotal([30, 50])).toBe(100)
    expect(expectedLevelTotal([0, 0])).toBe(100)
    expect(expectedLevelTotal([])).toBe(100)
  })
})

describe('weightProblems', () => {
  it('finds nothing wrong with the worked example, in percents or fractions', () => {
    expect(weightProblems(workedCard, workedIndicators)).toEqual([])
    expect(isUsable(workedCard, workedIndicators)).toBe(true)
    const fractions = makeScorecard({ dimensionWeights: { tangibles: 0.15, reliability: 0.25, responsiveness: 0.2, assurance: 0.2, empathy: 0.2 } })
    const fractionIndicators = workedIndicators.map((indicator) => ({ ...indicator, weight: indicator.weight / 100 }))
    expect(weightProblems(fractions, fractionIndicators)).toEqual([])
  })

  it('reports a scorecard without indicators (ignoring other scorecards’ indicators)', () => {
    const other = makeIndicator('x', 'tangibles', 100, YES_NO, { scorecardId: 'other' })
    expect(weightProblems(makeScorecard(), [other])).toEqual([{ key: 'scoring.noIndicators', params: { scorecard: 'Store visit' } }])
    expect(weightProblems(makeScorecard({ name: '  ' }), [])[0]!.params).toEqual({ scorecard: 'card' })
  })

  it('names the level, the sum and the expected total', () => {
    const card = makeScorecard({ dimensionWeights: { tangibles: 30, reliability: 60 } })
    const indicators = [
      makeIndicator('a', 'tangibles', 0.5, YES_NO),
      makeIndicator('b', 'tangibles', 0.4, YES_NO),
      makeIndicator('c', 'reliability', 100, range(1, 5)),
    ]
    expect(weightProblems(card, indicators)).toEqual([
      { key: 'scoring.dimensionWeightsSum', params: { scorecard: 'Store visit', sum: 90, expected: 100 } },
      { key: 'scoring.indicatorWeightsSum.tangibles', params: { scorecard: 'Store visit', sum: 0.9, expected: 1 }, dimension: 'tangibles' },
    ])
    expect(isUsable(card, indicators)).toBe(false)
  })

  it('checks flat scorecards at the indicator level only, ignoring stray dimension weights', () => {
    const card = makeScorecard({ weighting: 'flat', dimensionWeights: { empathy: 5 } })
    const good = [makeIndicator('a', 'tangibles', 30, YES_NO), makeIndicator('b', 'empathy', 70, YES_NO)]
    expect(weightProblems(card, good)).toEqual([])
    const bad = [makeIndicator('a', 'tangibles', 30, YES_NO), makeIndicator('b', 'empathy', 60, YES_NO)]
    expect(weightProblems(card, bad)).toEqual([{ key: 'scoring.flatWeightsSum', params: { scorecard: 'Store visit', sum: 90, expected: 100 } }])
  })

  it('reports a dimension with indicators but no weight, and a weight without indicators', () => {
    const card = makeScorecard({ dimensionWeights: { tangibles: 60, empathy: 40 } })
    const indicators = [makeIndicator('a', 'tangibles', 100, YES_NO), makeIndicator('b', 'reliability', 100, YES_NO)]
    expect(weightProblems(card, indicators)).toEqual([
      { key: 'scoring.dimensionWeightMissing.reliability', params: { scorecard: 'Store visit' }, dimension: 'reliability' },
      { key: 'scoring.dimensionWeightUnused.empathy', params: { scorecard: 'Store visit', weight: 40 }, dimension: 'empathy' },
    ])
  })

  it('allows an explicit zero dimension weight on an empty dimension, and on a switched-off dimension', () => {
    const card = makeScorecard({ dimensionWeights: { tangibles: 100, reliability: 0, empathy: 0 } })
    const indicators = [makeIndicator('a', 'tangibles', 100, YES_NO), makeIndicator('b', 'reliability', 100, YES_NO)]
    expect(weightProblems(card, indicators)).toEqual([])
  })

  it('reports an all-zero indicator level', () => {
    const card = makeScorecard({ dimensionWeights: { tangibles: 100 } })
    expect(weightProblems(card, [makeIndicator('a', 'tangibles', 0, YES_NO)])).toEqual([
      { key: 'scoring.indicatorWeightsSum.tangibles', params: { scorecard: 'Store visit', sum: 0, expected: 100 }, dimension: 'tangibles' },
    ])
  })

  it('accepts rounding within the tolerance and shows sums to four decimals', () => {
    const card = makeScorecard({ weighting: 'flat' })
    const thirds = [33.33, 33.33, 33.33].map((weight, index) => makeIndicator(`i${index}`, 'tangibles', weight, YES_NO))
    expect(weightProblems(card, thirds)).toEqual([])
    const fourDecimals = [0.3333, 0.3333, 0.3333].map((weight, index) => makeIndicator(`i${index}`, 'tangibles', weight, YES_NO))
    expect(weightProblems(card, fourDecimals)).toEqual([])
    const threeDecimals = [0.333, 0.333, 0.333].map((weight, index) => makeIndicator(`i${index}`, 'tangibles', weight, YES_NO))
    expect(weightProblems(card, threeDecimals)).toEqual([{ key: 'scoring.flatWeightsSum', params: { scorecard: 'Store visit', sum: 0.999, expected: 1 } }])
    const noisy = [10.00001, 20.00004, 70.00002].map((weight, index) => makeIndicator(`i${index}`, 'tangibles', weight, YES_NO))
    expect(weightProblems(card, noisy)).toEqual([])
    const off = [10.00001, 20.00004, 69.9].map((weight, index) => makeIndicator(`i${index}`, 'tangibles', weight, YES_NO))
    expect(weightProblems(card, off)[0]!.params.sum).toBe(99.9001)
  })
})

describe('effectiveWeights', () => {
  it('multiplies the dimension share by the share within the dimension', () => {
    const shares = effectiveWeights(workedCard, workedIndicators)
    expect(shares.get('appearance')).toBeCloseTo(0.15 * 0.6, 12)
    expect(shares.get('promises')).toBeCloseTo(0.125, 12)
    expect(shares.get('wait')).toBeCloseTo(0.12, 12)
    expect([...shares.values()].reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12)
  })

  it('depends only on ratios: fractions give the same shares as percents', () => {
    const fractions = makeScorecard({ dimensionWeights: { tangibles: 0.15, reliability: 0.25, responsiveness: 0.2, assurance: 0.2, empathy: 0.2 } })
    const shares = effectiveWeights(fractions, workedIndicators.map((indicator) => ({ ...indicator, weight: indicator.weight / 100 })))
    for (const [id, share] of effectiveWeights(workedCard, workedIndicators)) expect(shares.get(id)).toBeCloseTo(share, 12)
  })

  it('is w_i / Σw on a flat scorecard', () => {
    const card = makeScorecard({ weighting: 'flat' })
    const shares = effectiveWeights(card, [makeIndicator('a', 'tangibles', 1, YES_NO), makeIndicator('b', 'empathy', 3, YES_NO)])
    expect([...shares]).toEqual([
      ['a', 0.25],
      ['b', 0.75],
    ])
  })

  it('ignores weights on empty dimensions and never yields NaN', () => {
    const card = makeScorecard({ dimensionWeights: { tangibles: 50, empathy: 50 } })
    const shares = effectiveWeights(card, [makeIndicator('a', 'tangibles', 0, YES_NO), makeIndicator('b', 'reliability', 10, YES_NO)])
    expect(shares.get('a')).toBe(0)
    expect(shares.get('b')).toBe(0)
    const flat = effectiveWeights(makeScorecard({ weighting: 'flat' }), [makeIndicator('a', 'tangibles', 0, YES_NO)])
    expect(flat.get('a')).toBe(0)
  })
})
