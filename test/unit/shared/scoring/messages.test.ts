import { describe, expect, it } from 'vitest'
import { scoringMessages } from '../../../../shared/i18n/messages/scoring'
import { SERVQUAL_DIMENSIONS } from '../../../../shared/model/schema'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('scoring messages', () => {
  const en: Record<string, string> = scoringMessages.en
  const zh: Record<string, string> = scoringMessages['zh-CN']

  it('has every key in both languages with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
    for (const key of Object.keys(en)) {
      expect(key.startsWith('scoring.'), key).toBe(true)
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!))
      expect(zh[key]!.trim(), key).not.toBe('')
    }
  })

  it('has a message per dimension for each dimension-level problem', () => {
    for (const dimension of SERVQUAL_DIMENSIONS) {
      for (const problem of ['indicatorWeightsSum', 'dimensionWeightMissing', 'dimensionWeightUnused']) {
        expect(en[`scoring.${problem}.${dimension}`], `${problem}.${dimension}`).toBeDefined()
      }
    }
  })

  it('uses the users’ own Chinese quadrant terms', () => {
    expect(zh['scoring.quadrant.concentrate']).toBe('重点改进')
    expect(zh['scoring.quadrant.keepUp']).toBe('继续保持')
    expect(zh['scoring.quadrant.lowPriority']).toBe('低优先级')
    expect(zh['scoring.quadrant.overkill']).toBe('过度投入')
  })
})
