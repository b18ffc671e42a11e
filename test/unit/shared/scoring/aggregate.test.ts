import { describe, expect, it } from 'vitest'
import type { Audit, Indicator, Score, Scorecard } from '../../../../shared/model/scorecard'
import { SERVQUAL_DIMENSIONS } from '../../../../shared/model/schema'
import {
  aggregateIndices,
  dimensionMeans,
  groupKey,
  indicatorMeans,
  touchpointScores,
  trend,
  type ScoredAudit,
} from '../../../../shared/scoring/aggregate'
import { scoreAudit } from '../../../../shared/scoring/auditIndex'
import { scoreAll } from '../../../../shared/scoring/scoreAll'
import { effectiveWeights } from '../../../../shared/scoring/weights'
import { makeAudit, makeIndicator, makeScorecard, range, scoresFor, workedCard, workedIndicators, workedValues, YES_NO } from './fixtures'

/** Four audits of the worked scorecard across two stores, posts, auditors and months. */
const audits: Audit[] = [
  makeAudit('A1', { date: '2025-01-10', store: 'Store 1', post: 'Sales', auditor: 'Li' }),
  makeAudit('A2', { date: '2025-01-20', store: 'Store 2', post: 'Sales', auditor: 'Wang' }),
  makeAudit('A3', { date: '2025-02-03', store: 'Store 1', post: 'Service', auditor: 'Li' }),
  makeAudit('A4', { date: '2024-12-31', store: 'Store 2', post: 'Service', auditor: 'Wang' }),
]
const allNa = Object.fromEntries(Object.keys(workedValues).map((id) => [id, null]))
const valuesByAudit: Record<string, Record<string, number | null>> = {
  A1: workedValues, // 76.3
  A2: { ...workedValues, promises: null }, // 78.8
  A3: { ...workedValues, farewell: 1, wait: 10 }, // 76.3 + 0.2·50 + 0.2·6 = 87.5
  A4: allNa, // no index
}
const scores: Score[] = audits.flatMap((audit) => scoresFor(audit.id, valuesByAudit[audit.id]!))
const results: ScoredAudit[] = audits.map((audit) => ({
  audit,
  result: scoreAudit(workedCard, workedIndicators, scores.filter((score) => score.auditId === audit.id)),
}))

describe('aggregates (methods.md §2)', () => {
  it('groups by post, store, month (YYYY-MM) and auditor', () => {
    expect(groupKey(audits[0]!, 'month')).toBe('2025-01')
    expect(groupKey(audits[0]!, 'auditor')).toBe('Li')
    expect(results[2]!.result.index).toBeCloseTo(87.5, 10)
  })

  it('averages audit indices per group, leaving audits without an index out', () => {
    const byStore = aggregateIndices(results, 'store')
    expect(Object.keys(byStore)).toEqual(['Store 1', 'Store 2'])
    expect(byStore['Store 1']!.mean).toBeCloseTo((76.3 + 87.5) / 2, 10)
    expect(byStore['Store 1']!.n).toBe(2)
    expect(byStore['Store 2']).toEqual({ mean: expect.closeTo(78.8, 10), n: 1 })
    const byPost = aggregateIndices(results, 'post')
    expect(byPost.Sales!.mean).toBeCloseTo((76.3 + 78.8) / 2, 10)
    expect(byPost.Service).toEqual({ mean: expect.closeTo(87.5, 10), n: 1 })
    expect(aggregateIndices(results, 'auditor').Wang!.n).toBe(1)
    expect(Object.keys(aggregateIndices(results, 'month'))).toEqual(['2025-01', '2025-02'])
  })

  it('gives the trend by month, oldest first', () => {
    const shuffled = [results[2]!, results[0]!, results[1]!]
    expect(trend(shuffled)).toEqual([
      { month: '2025-01', mean: expect.closeTo(77.55, 10), n: 2 },
      { month: '2025-02', mean: expect.closeTo(87.5, 10), n: 1 },
    ])
    expect(trend([])).toEqual([])
  })

  it('averages D_d per scorecard and dimension over audits where d had answers', () => {
    const byDimension = dimensionMeans(results)
    expect(byDimension['card/reliability']).toEqual({ mean: expect.closeTo((90 + 100 + 90) / 3, 10), n: 3 })
    expect(byDimension['card/empathy']).toEqual({ mean: expect.closeTo((25 + 25 + 75) / 3, 10), n: 3 })
    expect(Object.keys(byDimension)).toHaveLength(5)
  })

  it('averages normalised scores per indicator where answered; the last row of a pair wins', () => {
    const byIndicator = indicatorMeans(workedIndicators, [...scores, ...scoresFor('A3', { polite: 0 })])
    expect(byIndicator.promises).toEqual({ mean: 80, n: 2 })
    expect(byIndicator.wait).toEqual({ mean: expect.closeTo((90 + 90 + 100) / 3, 10), n: 3 })
    expect(byIndicator.polite).toEqual({ mean: expect.closeTo(200 / 3, 10), n: 3 })
    expect(indicatorMeans(workedIndicators, scoresFor('A9', { display: 9, ghost: 1 }))).toEqual({})
  })

  it('weights the linked indicators’ mean scores by their effective weights per touchpoint', () => {
    const byIndicator = indicatorMeans(workedIndicators, scores)
    const byTouchpoint = touchpointScores([workedCard], workedIndicators, byIndicator)
    const shares = effectiveWeights(workedCard, workedIndicators)
    const expected = (ids: string[]) =>
      ids.reduce((sum, id) => sum + shares.get(id)! * byIndicator[id]!.mean, 0) / ids.reduce((sum, id) => sum + shares.get(id)!, 0)
    expect(byTouchpoint.welcome!.mean).toBeCloseTo(expected(['appearance', 'greet', 'wait']), 10)
    expect(byTouchpoint.welcome!.n).toBe(3)
    expect(byTouchpoint.checkout!.mean).toBeCloseTo(expected(['wait', 'farewell']), 10)
    // welcome: appearance 0.09 × 100, greet 0.08 × 100, wait 0.12 × 93.33 → 97.24…
    expect(byTouchpoint.welcome!.mean).toBeCloseTo((900 + 800 + 12 * (280 / 3)) / 29, 10)
  })

  it('leaves out unanswered and weightless indicators, and counts an indicator once per touchpoint', () => {
    const card = makeScorecard({ weighting: 'flat' })
    const indicators: Indicator[] = [
      makeIndicator('a', 'tangibles', 50, YES_NO, { touchpointIds: ['t', 't'] }),
      makeIndicator('b', 'tangibles', 50, YES_NO, { touchpointIds: ['t'] }),
      makeIndicator('z', 'tangibles', 0, YES_NO, { touchpointIds: ['t', 'u'] }),
    ]
    const byTouchpoint = touchpointScores([card], indicators, { a: { mean: 40, n: 1 }, z: { mean: 100, n: 4 } })
    expect(byTouchpoint).toEqual({ t: { mean: 40, n: 1 } })
  })
})

describe('scoreAll', () => {
  it('matches scoreAudit and the separate aggregates', () => {
    const all = scoreAll([workedCard], workedIndicators, audits, scores)
    for (const { audit, result } of results) expect(all.audits[audit.id]).toEqual(result)
    expect(all.byStore).toEqual(aggregateIndices(results, 'store'))
    expect(all.byPost).toEqual(aggregateIndices(results, 'post'))
    expect(all.byMonth).toEqual(aggregateIndices(results, 'month'))
    expect(all.byAuditor).toEqual(aggregateIndices(results, 'auditor'))
    expect(all.byDimension).toEqual(dimensionMeans(results))
    const byIndicator = indicatorMeans(workedIndicators, scores)
    expect(Object.keys(all.byIndicator).sort()).toEqual(Object.keys(byIndicator).sort())
    for (const [id, mean] of Object.entries(byIndicator)) {
      expect(all.byIndicator[id]!.n).toBe(mean.n)
      expect(all.byIndicator[id]!.mean).toBeCloseTo(mean.mean, 10)
    }
    expect(all.byTouchpoint).toEqual(touchpointScores([workedCard], workedIndicators, all.byIndicator))
  })

  it('only scores the audits given, skips audits of unknown scorecards, and lets the last row win', () => {
    const stray = makeAudit('S1', { scorecardId: 'missing' })
    const all = scoreAll([workedCard], workedIndicators, [audits[0]!, stray], [...scores, ...scoresFor('A1', { promises: null })])
    expect(Object.keys(all.audits)).toEqual(['A1'])
    expect(all.audits.A1!.index).toBeCloseTo(78.8, 10)
    expect(all.byIndicator.promises).toBeUndefined()
    expect(all.byStore).toEqual({ 'Store 1': { mean: expect.closeTo(78.8, 10), n: 1 } })
  })

  it('is empty for no audits', () => {
    const all = scoreAll([workedCard], workedIndicators, [], scores)
    expect(all).toEqual({ audits: {}, byPost: {}, byStore: {}, byMonth: {}, byAuditor: {}, byDimension: {}, byIndicator: {}, byTouchpoint: {} })
  })

  it('keeps several scorecards apart', () => {
    const flat = makeScorecard({ id: 'flat', weighting: 'flat' })
    const flatIndicators = [
      makeIndicator('f1', 'empathy', 1, range(0, 10), { scorecardId: 'flat' }),
      makeIndicator('f2', 'empathy', 3, YES_NO, { scorecardId: 'flat' }),
    ]
    const flatAudit = makeAudit('F1', { scorecardId: 'flat', store: 'Store 1' })
    const all = scoreAll([workedCard, flat], [...workedIndicators, ...flatIndicators], [audits[0]!, flatAudit], [
      ...scores,
      ...scoresFor('F1', { f1: 6, f2: 1, promises: 0 }),
    ])
    expect(all.audits.F1).toEqual({ index: 90, dimensions: { empathy: 90 }, answered: 2, total: 2, offScale: 0 })
    expect(all.audits.A1!.index).toBeCloseTo(76.3, 10)
    expect(all.byDimension['flat/empathy']).toEqual({ mean: 90, n: 1 })
    expect(all.byStore['Store 1']!.mean).toBeCloseTo((76.3 + 90) / 2, 10)
    expect(all.byIndicator.promises).toEqual({ mean: 80, n: 1 })
  })

  it('scores 10,000 audits × 10 indicators (100,000 rows) in under 500 ms', () => {
    const cards: Scorecard[] = []
    const indicators: Indicator[] = []
    for (let c = 0; c < 5; c++) {
      const id = `card${c}`
      cards.push(makeScorecard({ id, dimensionWeights: { tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 20 } }))
      for (let i = 0; i < 10; i++) {
        const dimension = SERVQUAL_DIMENSIONS[i % 5]!
        const scale = i % 3 === 0 ? YES_NO : range(0, 10)
        indicators.push(makeIndicator(`${id}-i${i}`, dimension, 50, scale, { scorecardId: id, touchpointIds: [`tp${i}`] }))
      }
    }
    const manyAudits: Audit[] = []
    const rows: Score[] = []
    for (let a = 0; a < 10_000; a++) {
      const card = `card${a % 5}`
      const id = `audit${a}`
      manyAudits.push(makeAudit(id, { scorecardId: card, store: `Store ${a % 40}`, auditor: `A${a % 25}`, date: `2025-${String((a % 12) + 1).padStart(2, '0')}-01` }))
      for (let i = 0; i < 10; i++) {
        const value = a % 17 === i ? null : i % 3 === 0 ? (a + i) % 2 : (a * 7 + i) % 11
        rows.push({ auditId: id, indicatorId: `${card}-i${i}`, value, comment: '' })
      }
    }
    rows.reverse() // rows arrive in no particular order
    scoreAll(cards, indicators, manyAudits.slice(0, 100), rows) // warm up
    const started = performance.now()
    const all = scoreAll(cards, indicators, manyAudits, rows)
    const elapsed = performance.now() - started
    expect(Object.keys(all.audits)).toHaveLength(10_000)
    expect(Object.keys(all.byStore)).toHaveLength(40)
    expect(all.audits.audit0).toEqual(scoreAudit(cards[0]!, indicators, rows.filter((row) => row.auditId === 'audit0')))
    expect(elapsed).toBeLessThan(500)
  })
})
