import { describe, expect, it } from 'vitest'
import { bySortKey, keyAfterLast, keyBetween, sequentialKeys } from '../../../shared/model/order'

describe('fractional sort keys', () => {
  it('finds a key strictly between any two keys, and at both open ends', () => {
    const first = keyBetween(null, null)
    const after = keyBetween(first, null)
    const before = keyBetween(null, first)
    const middle = keyBetween(before, first)
    expect([before, middle, first, after]).toEqual([before, middle, first, after].slice().sort())
    expect(new Set([before, middle, first, after]).size).toBe(4)
  })

  it('keeps finding room after many insertions at the same place', () => {
    let low = keyBetween(null, null)
    const high = keyBetween(low, null)
    for (let index = 0; index < 200; index++) {
      const next = keyBetween(low, high)
      expect(next > low && next < high).toBe(true)
      low = next
    }
  })

  it('refuses bounds in the wrong order', () => {
    expect(() => keyBetween('b', 'a')).toThrow(/not before/)
  })

  it('makes increasing keys in bulk that still accept keys between them', () => {
    const keys = sequentialKeys(5000)
    expect(keys).toEqual(keys.slice().sort())
    expect(new Set(keys).size).toBe(5000)
    const between = keyBetween(keys[10]!, keys[11]!)
    expect(between > keys[10]! && between < keys[11]!).toBe(true)
  })

  it('sorts by key, then by id, and appends after the last', () => {
    const records = [
      { id: 'b', sortKey: 'V' },
      { id: 'a', sortKey: 'V' },
      { id: 'c', sortKey: 'G' },
    ]
    expect(bySortKey(records).map((record) => record.id)).toEqual(['c', 'a', 'b'])
    expect(keyAfterLast(records) > 'V').toBe(true)
  })
})
