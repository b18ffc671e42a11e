/** The score heat map's entries and bands, and the one number printer behind every shown score. */
import { describe, expect, it } from 'vitest'
import { HEAT_FAIR_FROM, HEAT_GOOD_FROM, heatBand, heatEntries } from '../../../../shared/scoring/heat'
import { fixed } from '../../../../shared/scoring/round'
import { bySortKey } from '../../../../shared/model/order'
import { journeyWithPath } from '../../../helpers/builders'
import { makeIndicator, makeScorecard, YES_NO } from './fixtures'

describe('heat bands', () => {
  it('are good from 85, fair from 70, poor below', () => {
    expect([HEAT_GOOD_FROM, HEAT_FAIR_FROM]).toEqual([85, 70])
    expect([100, 85, 84.99, 70, 69.99, 0].map(heatBand)).toEqual(['good', 'good', 'fair', 'fair', 'poor', 'poor'])
  })
})

describe('heatEntries', () => {
  it('scores linked touchpoints from the report, and tells "no answers yet" from "no indicator"', () => {
    const doc = journeyWithPath([{ title: 'Greeting' }, { title: 'Quote' }, { title: 'Farewell' }, { title: 'Call back' }])
    const [greeting, quote, farewell, callBack] = bySortKey(Object.values(doc.touchpoints)).map((touchpoint) => touchpoint.id)
    doc.scorecards.card = makeScorecard()
    doc.indicators.smile = makeIndicator('smile', 'empathy', 1, YES_NO, { touchpointIds: [greeting!, quote!] })
    doc.indicators.price = makeIndicator('price', 'reliability', 1, YES_NO, { touchpointIds: [farewell!] })
    // The report knows a score for an unlinked touchpoint too (a stale report): no link, no score.
    const report = { byTouchpoint: { [greeting!]: { mean: 91.25, n: 2 }, [quote!]: { mean: 64, n: 1 }, [callBack!]: { mean: 80, n: 1 } } }
    const entries = heatEntries(doc, report)
    expect(entries.get(greeting!)).toEqual({ kind: 'score', score: 91.25, indicators: 2, band: 'good' })
    expect(entries.get(quote!)).toEqual({ kind: 'score', score: 64, indicators: 1, band: 'poor' })
    expect(entries.get(farewell!)).toEqual({ kind: 'unscored' })
    expect(entries.get(callBack!)).toEqual({ kind: 'none' })
    expect(heatEntries(doc, null).get(greeting!)).toEqual({ kind: 'unscored' })
  })
})

describe('fixed', () => {
  it('rounds half away from zero for display only, without binary noise or "-0"', () => {
    expect(fixed(76.30000000000001)).toBe('76.30')
    expect(fixed(78.8, 2)).toBe('78.80')
    expect(fixed(1.005)).toBe('1.01')
    expect(fixed(82.45, 1)).toBe('82.5')
    expect(fixed(2.5, 0)).toBe('3')
    expect(fixed(-2.5, 0)).toBe('-3')
    expect(fixed(-0.004)).toBe('0.00')
    expect(fixed(-0.595, 3)).toBe('-0.595')
    expect(fixed(-0.71125, 2)).toBe('-0.71')
  })
})
