import { describe, expect, it } from 'vitest'
import { distinctValues, foldText, isFilterActive, matchesFilter, NO_FILTER } from '../../../../shared/canvas/filter'
import { journeyWithPath } from '../../../helpers/builders'

const doc = journeyWithPath([
  { title: '进店问候', role: '导购', channel: '门店', isMot: true, motFamily: 'process', servqual: ['tangibles'], standards: ['3 秒内问候'] },
  { title: 'VIP birthday SMS', role: '客服', channel: '短信', isMot: true, motFamily: null, servqual: ['empathy'], scriptLines: ['祝您生日快乐'] },
  { title: 'Quote', role: '导购 ', channel: '门店', servqual: ['reliability'], risk: 'price shock' },
])
const [greeting, birthday, quote] = Object.values(doc.touchpoints).sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1))

describe('canvas filters', () => {
  it('matches everything without a filter', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false)
    expect([greeting, birthday, quote].every((touchpoint) => matchesFilter(touchpoint!, NO_FILTER))).toBe(true)
  })

  it('keeps only MOTs, one family ("not set" included), one dimension, one role or one channel', () => {
    const only = (changes: Partial<typeof NO_FILTER>) => [greeting, birthday, quote].filter((touchpoint) => matchesFilter(touchpoint!, { ...NO_FILTER, ...changes })).map((touchpoint) => touchpoint!.title)
    expect(only({ motOnly: true })).toEqual(['进店问候', 'VIP birthday SMS'])
    expect(only({ family: 'process' })).toEqual(['进店问候'])
    expect(only({ family: 'unspecified' })).toEqual(['VIP birthday SMS'])
    expect(only({ dimension: 'empathy' })).toEqual(['VIP birthday SMS'])
    expect(only({ role: '导购' })).toEqual(['进店问候', 'Quote'])
    expect(only({ channel: '短信' })).toEqual(['VIP birthday SMS'])
    expect(only({ stageId: greeting!.stageId, motOnly: true })).toEqual(['进店问候', 'VIP birthday SMS'])
  })

  it('finds text in titles, texts, standards and script lines, ignoring case and full/half width', () => {
    const find = (text: string) => [greeting, birthday, quote].filter((touchpoint) => matchesFilter(touchpoint!, { ...NO_FILTER, text })).map((touchpoint) => touchpoint!.title)
    expect(find('ｖｉｐ')).toEqual(['VIP birthday SMS'])
    expect(find('3 秒')).toEqual(['进店问候'])
    expect(find('生日快乐')).toEqual(['VIP birthday SMS'])
    expect(find('PRICE')).toEqual(['Quote'])
    expect(isFilterActive({ ...NO_FILTER, text: '  ' })).toBe(false)
    expect(foldText(' ＡＢＣ ')).toBe('abc')
  })

  it('lists each role and channel once for the menus, sorted', () => {
    expect(distinctValues(Object.values(doc.touchpoints), 'role')).toEqual(['客服', '导购'].sort((a, b) => a.localeCompare(b)))
    expect(distinctValues(Object.values(doc.touchpoints), 'channel')).toEqual(['短信', '门店'].sort((a, b) => a.localeCompare(b)))
  })
})
