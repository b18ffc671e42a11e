import { describe, expect, it } from 'vitest'
import { dictionary, localeFromSystem, translate } from '../../../shared/i18n/translate'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('messages in zh-CN and en', () => {
  const en = dictionary('en')
  const zh = dictionary('zh-CN')

  it('has every key in both languages, with the same placeholders, and no empty text', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
    for (const key of Object.keys(en)) {
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!))
      expect(en[key]!.trim(), key).not.toBe('')
      expect(zh[key]!.trim(), key).not.toBe('')
    }
  })

  it('has no leftover placeholder keys', () => {
    expect(Object.keys(en).filter((key) => key.includes('placeholderRemoveMe'))).toEqual([])
  })

  it('fills placeholders and uses the users’ own Chinese terms', () => {
    expect(translate('en', 'problem.edgeDuplicate', { from: 'A', to: 'B' })).toBe('"A" is connected to "B" more than once.')
    expect(translate('zh-CN', 'servqual.assurance')).toBe('保证性')
    expect(translate('zh-CN', 'lane.customer')).toBe('顾客行为')
  })

  it('picks zh-CN for Chinese system locales and en otherwise', () => {
    expect(localeFromSystem('zh-CN')).toBe('zh-CN')
    expect(localeFromSystem('zh_TW.UTF-8')).toBe('zh-CN')
    expect(localeFromSystem('de-DE')).toBe('en')
    expect(localeFromSystem(undefined)).toBe('en')
  })
})
