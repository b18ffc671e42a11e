import { describe, expect, it } from 'vitest'
import type { SurveyResponse } from '../../../../shared/model/scorecard'
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../../../../shared/model/schema'
import { dimensionOfItem, scoreServqual, SERVQUAL_ITEMS, unweightedScore, weightedScoreFromGaps } from '../../../../shared/scoring/servqual'

type Points = Partial<Record<ServqualDimension, number>>

/** A respondent whose expectation is 6 everywhere and whose perception is 6 + the item gap. */
function respondent(id: string, itemGaps: Record<ServqualDimension, number[]>, importance: Points | null): SurveyResponse {
  const gaps = SERVQUAL_DIMENSIONS.flatMap((dimension) => itemGaps[dimension])
  expect(gaps).toHaveLength(22)
  return {
    id,
    date: '2025-03-01',
    store: 'Store 1',
    expectations: gaps.map(() => 6),
    perceptions: gaps.map((gap) => 6 + gap),
    importance,
    recommend: null,
  }
}

// Item gaps chosen so the dimension gaps are exactly those of methods.md §4.
const first = respondent(
  'r1',
  { tangibles: [-1, 0, -1, 0], reliability: [-2, -1, -1, -1, -1], responsiveness: [-1, -1, -1, 0], assurance: [-1, 0, 0, 0], empathy: [-1, -1, -1, -1, -1] },
  { tangibles: 10, reliability: 35, responsiveness: 20, assurance: 20, empathy: 15 },
)
const second = respondent(
  'r2',
  { tangibles: [1, 0, 0, 0], reliability: [-1, -1, 0, 0, 0], responsiveness: [-2, -2, -1, -1], assurance: [0, 0, 0, 0], empathy: [-1, -1, -1, 0, 0] },
  { tangibles: 15, reliability: 25, responsiveness: 30, assurance: 15, empathy: 15 },
)

describe('SERVQUAL (methods.md §4)', () => {
  it('maps the 22 items to the five dimensions', () => {
    expect(SERVQUAL_DIMENSIONS.flatMap((dimension) => SERVQUAL_ITEMS[dimension])).toEqual(Array.from({ length: 22 }, (_, i) => i + 1))
    expect([1, 4, 5, 9, 10, 13, 14, 17, 18, 22].map(dimensionOfItem)).toEqual([
      'tangibles', 'tangibles', 'reliability', 'reliability', 'responsiveness', 'responsiveness', 'assurance', 'assurance', 'empathy', 'empathy',
    ])
    expect(() => dimensionOfItem(23)).toThrow(RangeError)
  })

  it('reproduces the worked example at the dimension-gap level', () => {
    const gaps1 = { tangibles: -0.5, reliability: -1.2, responsiveness: -0.75, assurance: -0.25, empathy: -1 }
    const gaps2 = { tangibles: 0.25, reliability: -0.4, responsiveness: -1.5, assurance: 0, empathy: -0.6 }
    expect(unweightedScore(gaps1)).toBeCloseTo(-0.74, 12)
    expect(unweightedScore(gaps2)).toBeCloseTo(-0.45, 12)
    expect(weightedScoreFromGaps(gaps1, first.importance!)).toBeCloseTo(-0.82, 12)
    expect(weightedScoreFromGaps(gaps2, second.importance!)).toBeCloseTo(-0.6025, 12)
  })

  it('reproduces the worked example from item answers: −0.595 unweighted, −0.71125 weighted', () => {
    const result = scoreServqual([first, second])
    expect(result.weighting).toBe('perRespondent')
    const [r1, r2] = result.respondents
    expect(r1!.gaps).toEqual({ tangibles: -0.5, reliability: -1.2, responsiveness: -0.75, assurance: -0.25, empathy: -1 })
    expect(r2!.gaps).toEqual({ tangibles: 0.25, reliability: -0.4, responsiveness: -1.5, assurance: 0, empathy: -0.6 })
    expect(r1!.unweighted).toBeCloseTo(-0.74, 12)
    expect(r2!.unweighted).toBeCloseTo(-0.45, 12)
    expect(r1!.weighted).toBeCloseTo(-0.82, 12)
    expect(r2!.weighted).toBeCloseTo(-0.6025, 12)
    expect(result.unweighted).toEqual({ mean: expect.closeTo(-0.595, 12), n: 2 })
    expect(result.weighted).toEqual({ mean: expect.closeTo(-0.71125, 12), n: 2 })
    expect(result.dimensions.reliability.gap).toEqual({ mean: expect.closeTo(-0.8, 12), n: 2 })
  })

  it('differs from the "mean weights × mean gaps" shortcut', () => {
    const result = scoreServqual([first, second])
    const shortcut = SERVQUAL_DIMENSIONS.reduce((sum, d) => sum + (result.meanAllocation![d] / 100) * result.dimensions[d].gap!.mean, 0)
    expect(shortcut).not.toBeCloseTo(result.weighted!.mean, 4)
  })

  it('computes SERVPERF from perceptions only', () => {
    const result = scoreServqual([first, second])
    expect(result.respondents[0]!.perceptions.tangibles).toBeCloseTo(5.5, 12)
    expect(result.respondents[0]!.servperfUnweighted).toBeCloseTo(6 - 0.74, 12)
    expect(result.respondents[0]!.servperfWeighted).toBeCloseTo(6 - 0.82, 12)
    expect(result.servperf.unweighted!.mean).toBeCloseTo(6 - 0.595, 12)
    expect(result.servperf.weighted!.mean).toBeCloseTo(6 - 0.71125, 12)
    expect(result.dimensions.tangibles.servperf!.mean).toBeCloseTo(6 - 0.125, 12)
  })

  it('gives per-item mean gaps, expectations and perceptions', () => {
    const result = scoreServqual([first, second])
    expect(result.items).toHaveLength(22)
    expect(result.items[0]).toEqual({ item: 1, dimension: 'tangibles', gap: { mean: 0, n: 2 }, expectation: { mean: 6, n: 2 }, perception: { mean: 6, n: 2 } })
    expect(result.items[4]!.gap).toEqual({ mean: -1.5, n: 2 })
  })

  it('gives a respondent without an allocation the sample’s mean allocation', () => {
    const third: SurveyResponse = { ...first, id: 'r3', importance: null }
    const result = scoreServqual([first, second, third])
    expect(result.meanAllocation).toEqual({ tangibles: 12.5, reliability: 30, responsiveness: 25, assurance: 17.5, empathy: 15 })
    expect(result.respondents[2]!.allocation).toBe('sampleMean')
    expect(result.respondents[2]!.weighted).toBeCloseTo((12.5 * -0.5 + 30 * -1.2 + 25 * -0.75 + 17.5 * -0.25 + 15 * -1) / 100, 12)
    expect(result.respondents[0]!.allocation).toBe('own')
  })

  it('has no weighted score when nobody allocated points', () => {
    const result = scoreServqual([{ ...first, importance: null }, { ...second, importance: {} }])
    expect(result.meanAllocation).toBeNull()
    expect(result.weighted).toBeNull()
    expect(result.respondents.map((r) => r.allocation)).toEqual([null, null])
    expect(result.unweighted!.mean).toBeCloseTo(-0.595, 12)
  })

  it('treats points as ratios when they do not total 100', () => {
    expect(weightedScoreFromGaps({ tangibles: -1, empathy: 1 }, { tangibles: 1, empathy: 3 })).toBeCloseTo(0.5, 12)
    expect(weightedScoreFromGaps({ tangibles: -1 }, { empathy: 100 })).toBeNull()
  })

  it('reverse-scores listed items (8 − x) in both E and P', () => {
    const answers: SurveyResponse = { ...first, expectations: first.expectations.map(() => 6), perceptions: first.perceptions.map(() => 6) }
    answers.expectations[0] = 2 // reversed → 6
    answers.perceptions[0] = 5 // reversed → 3: gap 3 − 6 = −3
    const plain = scoreServqual([answers])
    const reversed = scoreServqual([answers], { reverseScoredItems: [1] })
    expect(plain.items[0]!.gap!.mean).toBe(3)
    expect(reversed.items[0]!.gap!.mean).toBe(-3)
    expect(reversed.items[0]!.perception!.mean).toBe(3)
    expect(reversed.respondents[0]!.gaps.tangibles).toBe(-0.75)
  })

  it('skips items where E or P is missing, and dimensions a respondent did not answer', () => {
    const partial: SurveyResponse = {
      ...second,
      id: 'r4',
      expectations: second.expectations.map((value, index) => (index < 4 ? null : value)),
      perceptions: second.perceptions.map((value, index) => (index === 4 ? null : value)),
    }
    const result = scoreServqual([first, partial])
    const r4 = result.respondents[1]!
    expect(r4.gaps.tangibles).toBeUndefined()
    expect(r4.perceptions.tangibles).toBeCloseTo(6.25, 12) // SERVPERF still has the perceptions
    expect(r4.gaps.reliability).toBeCloseTo(-0.25, 12) // items 6–9: −1, 0, 0, 0
    expect(result.dimensions.tangibles.gap).toEqual({ mean: -0.5, n: 1 })
    expect(r4.unweighted).toBeCloseTo((-0.25 - 1.5 + 0 - 0.6) / 4, 12)
    expect(r4.weighted).toBeCloseTo((25 * -0.25 + 30 * -1.5 + 0 + 15 * -0.6) / 85, 12)
    expect(result.items[0]!.gap).toEqual({ mean: -1, n: 1 })
  })

  it('has null sample scores for an empty sample', () => {
    const result = scoreServqual([])
    expect(result).toMatchObject({ unweighted: null, weighted: null, meanAllocation: null, respondents: [] })
    expect(result.dimensions.empathy).toEqual({ gap: null, servperf: null })
  })
})
