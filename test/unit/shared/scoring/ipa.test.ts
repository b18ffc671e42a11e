import { describe, expect, it } from 'vitest'
import { indicatorIpaPoints, ipa, quadrantOf, type Quadrant } from '../../../../shared/scoring/ipa'

const cross = { importance: 0.2, performance: 75 }

describe('importance–performance analysis (methods.md §6)', () => {
  it.each<[number, number, Quadrant]>([
    [0.3, 60, 'concentrate'],
    [0.3, 90, 'keepUp'],
    [0.1, 60, 'lowPriority'],
    [0.1, 90, 'overkill'],
    // on the performance line: high performance
    [0.3, 75, 'keepUp'],
    [0.1, 75, 'overkill'],
    // on the importance line: the better verdict for the performance side
    [0.2, 90, 'keepUp'],
    [0.2, 60, 'lowPriority'],
    // on both lines
    [0.2, 75, 'keepUp'],
  ])('importance %d, performance %d → %s', (importance, performance, quadrant) => {
    expect(quadrantOf({ importance, performance }, cross)).toBe(quadrant)
  })

  it('centres the crosshairs on the means of the plotted points by default', () => {
    const result = ipa([
      { id: 'a', importance: 0.3, performance: 60 },
      { id: 'b', importance: 0.1, performance: 90 },
      { id: 'c', importance: 0.35, performance: 95 },
      { id: 'd', importance: 0.05, performance: 55 },
    ])!
    expect(result.crosshair.basis).toBe('data')
    expect(result.crosshair.importance).toBeCloseTo(0.2, 12)
    expect(result.crosshair.performance).toBeCloseTo(75, 12)
    expect(result.points.map((point) => point.quadrant)).toEqual(['concentrate', 'overkill', 'keepUp', 'lowPriority'])
    expect(result.counts).toEqual({ concentrate: 1, keepUp: 1, lowPriority: 1, overkill: 1 })
    expect(result.tieRule).toBe('scoring.ipaTieRule')
  })

  it('counts a point equal to the mean as on the line despite floating-point rounding', () => {
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004, so the mean is not exactly 0.1
    const result = ipa([
      { id: 'a', importance: 0.1, performance: 50 },
      { id: 'b', importance: 0.1, performance: 70 },
      { id: 'c', importance: 0.1, performance: 90 },
    ])!
    expect(result.crosshair.importance).not.toBe(0.1)
    expect(result.points.map((point) => point.quadrant)).toEqual(['lowPriority', 'keepUp', 'keepUp'])
  })

  it('uses given scale midpoints when asked', () => {
    const result = ipa([{ id: 'a', importance: 4, performance: 40 }], { basis: 'scale', importance: 3, performance: 50 })!
    expect(result.crosshair).toEqual({ basis: 'scale', importance: 3, performance: 50 })
    expect(result.points[0]!.quadrant).toBe('concentrate')
    expect(ipa([], { basis: 'scale', importance: 3, performance: 50 })!.points).toEqual([])
  })

  it('has nothing to centre on without points', () => {
    expect(ipa([])).toBeNull()
  })

  it('plots indicators by effective weight and mean score, skipping unanswered ones', () => {
    const points = indicatorIpaPoints(
      new Map([
        ['a', 0.6],
        ['b', 0.4],
      ]),
      { a: { mean: 80 } },
    )
    expect(points).toEqual([{ id: 'a', importance: 0.6, performance: 80 }])
  })
})
