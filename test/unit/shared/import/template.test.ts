import { describe, expect, it } from 'vitest'
import { importTemplateHints, importTemplateTable } from '../../../../shared/import/template'
import { mainPath } from '../../../../shared/journey/mainPath'
import { experienceCurve, peakEndWarnings } from '../../../../shared/journey/peakEnd'
import { validateJourney } from '../../../../shared/journey/validate'
import { LOCALES } from '../../../../shared/model/schema'
import { edgeList, importOk } from './tableHelpers'

describe('import template', () => {
  it('speaks the user\u2019s language in its header row', () => {
    expect(importTemplateTable('en').headers.slice(0, 3)).toEqual(['Stage', 'Touchpoint', 'Channel'])
    expect(importTemplateTable('zh-CN').headers.slice(0, 3)).toEqual(['阶段', '接触点', '渠道'])
    expect(importTemplateTable('zh-CN').rows.flat().join(' ')).not.toMatch(/Sales|Store|Greeting/)
    expect(importTemplateTable('en').rows.flat().join(' ')).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it.each(LOCALES)('imports cleanly in %s as a four-step journey with an alternative, a peak and an end', (locale) => {
    const { doc, skipped } = importOk(importTemplateTable(locale), locale)
    expect(skipped).toEqual([])
    expect(validateJourney(doc)).toEqual([])
    const path = mainPath(doc)
    expect(path).toHaveLength(4)
    expect(Object.keys(doc.stages)).toHaveLength(4)
    expect(edgeList(doc).filter((edge) => edge.endsWith('(alternative)'))).toHaveLength(1)
    expect(path.filter((touchpoint) => touchpoint.isPeak)).toHaveLength(1)
    expect(path.at(-1)?.isEnd).toBe(true)
    expect(path.every((touchpoint) => touchpoint.isMot && touchpoint.standards.length >= 2 && touchpoint.scriptLines.length >= 2)).toBe(true)
    expect(path.every((touchpoint) => touchpoint.servqual.length >= 1)).toBe(true)
    // The example should model good practice: no peak-end design warnings.
    expect(peakEndWarnings(experienceCurve(doc))).toEqual([])
  })

  it.each(LOCALES)('has one header explanation slot per column in %s', (locale) => {
    const hints = importTemplateHints(locale)
    expect(hints).toHaveLength(importTemplateTable(locale).headers.length)
    expect(hints[0]).toBeTruthy()
    expect(hints.filter((hint) => hint !== null).every((hint) => !/\{\w+\}/.test(hint!))).toBe(true)
  })
})
