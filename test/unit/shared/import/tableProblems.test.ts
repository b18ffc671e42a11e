import { describe, expect, it } from 'vitest'
import { render, type Message } from '../../../../shared/i18n/translate'
import { importTouchpointTable } from '../../../../shared/import/touchpointTable'
import { mainPath } from '../../../../shared/journey/mainPath'
import { LOCALES } from '../../../../shared/model/schema'
import { edgeList, importOk, importProblems, table } from './tableHelpers'

const HEADERS = ['Stage', 'Touchpoint', 'Lane', 'MOT', 'Importance', 'Emotion', 'Peak', 'End', 'SERVQUAL', 'Next']

/** A row of HEADERS with the given cells filled in. */
function row(cells: Partial<Record<(typeof HEADERS)[number], string>>): string[] {
  return HEADERS.map((header) => cells[header] ?? '')
}

describe('spreadsheet import: file-level problems', () => {
  it('refuses a file without data rows, or with only blank ones', () => {
    expect(importProblems(table([], []))).toEqual([{ key: 'import.empty' }])
    expect(importProblems(table(['stage', 'touchpoint']))).toEqual([{ key: 'import.empty' }])
    expect(importProblems(table(['stage', 'touchpoint'], ['', ''], [' ']))).toEqual([{ key: 'import.empty' }])
  })

  it('reports a missing required column once, in the user\u2019s language, without row messages', () => {
    const rows = [['Greeting', '5'], ['Quote', '9']]
    expect(importProblems(table(['touchpoint', 'importance'], ...rows), 'en')).toEqual([
      { key: 'import.missingColumn', params: { column: 'Stage', alternative: '阶段' } },
    ])
    expect(importProblems(table(['渠道'], ['门店']), 'zh-CN')).toEqual([
      { key: 'import.missingColumn', params: { column: '阶段', alternative: 'Stage' } },
      { key: 'import.missingColumn', params: { column: '接触点', alternative: 'Touchpoint' } },
    ])
  })

  it('refuses a column given twice, even in two languages', () => {
    expect(importProblems(table(['stage', 'touchpoint', '阶段'], ['a', 'b', 'c']))).toEqual([
      { key: 'import.duplicateColumn', params: { column: '阶段', first: 'stage' } },
    ])
  })
})

describe('spreadsheet import: cell problems', () => {
  it.each<[string, Partial<Record<string, string>>, Message]>([
    ['empty stage', { Stage: ' ' }, { key: 'import.requiredEmpty', params: { row: 2, column: 'Stage' } }],
    ['empty touchpoint', { Stage: 'S', Touchpoint: '  ' }, { key: 'import.requiredEmpty', params: { row: 2, column: 'Touchpoint' } }],
    ['importance 0', { Importance: '0' }, { key: 'import.badImportance', params: { row: 2, column: 'Importance', value: '0' } }],
    ['importance 6', { Importance: '6' }, { key: 'import.badImportance', params: { row: 2, column: 'Importance', value: '6' } }],
    ['importance 2.5', { Importance: '2.5' }, { key: 'import.badImportance', params: { row: 2, column: 'Importance', value: '2.5' } }],
    ['emotion +4', { Emotion: '+4' }, { key: 'import.badEmotion', params: { row: 2, column: 'Emotion', value: '+4' } }],
    ['emotion text', { Emotion: 'happy' }, { key: 'import.badEmotion', params: { row: 2, column: 'Emotion', value: 'happy' } }],
    ['unknown lane', { Lane: 'kitchen' }, { key: 'import.badLane', params: { row: 2, column: 'Lane', value: 'kitchen' } }],
    ['unknown MOT', { MOT: 'maybe' }, { key: 'import.badMot', params: { row: 2, column: 'MOT', value: 'maybe' } }],
    ['bad peak', { Peak: 'sort of' }, { key: 'import.badYesNo', params: { row: 2, column: 'Peak', value: 'sort of' } }],
    ['bad end', { End: 'later' }, { key: 'import.badYesNo', params: { row: 2, column: 'End', value: 'later' } }],
    ['unknown dimension', { SERVQUAL: 'empathy, speed' }, { key: 'import.badServqual', params: { row: 2, column: 'SERVQUAL', value: 'speed' } }],
    ['next unknown', { Next: 'Nowhere' }, { key: 'import.unknownNext', params: { row: 2, column: 'Next', value: 'Nowhere' } }],
    ['next is itself', { Next: 'greeting' }, { key: 'import.selfNext', params: { row: 2, column: 'Next', value: 'greeting' } }],
  ])('reports %s with row, column and value', (_case, cells, expected) => {
    const problems = importProblems(table(HEADERS, row({ Stage: 'Reception', Touchpoint: 'Greeting', ...cells })))
    expect(problems).toEqual([expected])
  })

  it('reports text longer than the document allows', () => {
    const problems = importProblems(
      table(['stage', 'touchpoint', 'channel', 'standard', 'script'], ['S', 'x'.repeat(301), 'c'.repeat(101), 'y'.repeat(2001), Array(201).fill('line').join('\n')]),
    )
    expect(problems).toEqual([
      { key: 'import.tooLong', params: { row: 2, column: 'touchpoint', max: 300 } },
      { key: 'import.tooLong', params: { row: 2, column: 'channel', max: 100 } },
      { key: 'import.tooLong', params: { row: 2, column: 'standard', max: 2000 } },
      { key: 'import.tooManyLines', params: { row: 2, column: 'script', max: 200 } },
    ])
  })

  it('reports every bad cell of every row at once, in row order, with spreadsheet row numbers past blank rows', () => {
    const problems = importProblems(
      table(
        HEADERS,
        row({ Stage: 'S', Touchpoint: 'a', Importance: '9', Emotion: '5' }),
        row({}),
        row({ Stage: 'S', Touchpoint: 'b', Lane: 'cellar' }),
      ),
    )
    expect(problems.map((problem) => [problem.key, problem.params?.row])).toEqual([
      ['import.badImportance', 2],
      ['import.badEmotion', 2],
      ['import.badLane', 4],
    ])
  })

  it('names the row where a duplicate title first appeared, ignoring case and spacing', () => {
    const problems = importProblems(table(['阶段', '接触点'], ['接待', 'Greeting'], ['接待', 'Quote'], ['成交', ' greeting ']), 'zh-CN')
    expect(problems).toEqual([{ key: 'import.duplicateTitle', params: { row: 4, column: '接触点', value: 'greeting', firstRow: 2 } }])
  })

  it('refuses a main path that goes round in a circle, blaming the row that closes it', () => {
    const problems = importProblems(table(['stage', 'touchpoint', 'next'], ['S', 'a', ''], ['S', 'b', ''], ['S', 'c', 'd'], ['S', 'd', 'b']))
    expect(problems).toEqual([{ key: 'import.mainPathLoop', params: { row: 5, column: 'next', value: 'b' } }])
  })

  it('refuses any connection back to the first row, which must stay the start of the journey', () => {
    const problems = importProblems(table(['stage', 'touchpoint', 'next'], ['', '', ''], ['S', 'Greeting', ''], ['S', 'Quote', 'Call, greeting'], ['S', 'Call', '']))
    expect(problems).toEqual([{ key: 'import.nextIsStart', params: { row: 4, column: 'next', value: 'greeting', startRow: 3 } }])
  })

  it('keeps the start when skipping drops the first row: connections into the new first row are left out', () => {
    const { doc } = importOk(table(['stage', 'touchpoint', 'next'], ['S', 'a', 'x'], ['S', 'b', ''], ['S', 'c', 'd, b'], ['S', 'd', '']), 'en', true)
    expect(edgeList(doc)).toEqual(['b → c (main)', 'c → d (main)'])
    expect(mainPath(doc).map((touchpoint) => touchpoint.title)).toEqual(['b', 'c', 'd'])
  })
})

describe('spreadsheet import: skipping bad rows', () => {
  const raw = table(
    ['stage', 'touchpoint', 'importance', 'next'],
    ['S', 'a', '', ''],
    ['S', 'b', 'high', 'd'],
    ['S', 'c', '', 'b, d'],
    ['S', 'd', '', ''],
  )

  it('imports the good rows and returns the same messages a strict import refuses with', () => {
    const strict = importProblems(raw)
    const { doc, skipped } = importOk(raw, 'en', true)
    expect(skipped).toEqual(strict)
    expect(skipped).toEqual([{ key: 'import.badImportance', params: { row: 3, column: 'importance', value: 'high' } }])
    expect(Object.values(doc.touchpoints).map((touchpoint) => touchpoint.title).sort()).toEqual(['a', 'c', 'd'])
  })

  it('creates no edges to skipped rows, whether named in "next" or implied by row order', () => {
    const { doc } = importOk(raw, 'en', true)
    expect(edgeList(doc)).toEqual(['c → d (alternative)'])
  })

  it('still refuses when every row is bad', () => {
    const result = importTouchpointTable(table(['stage', 'touchpoint'], ['', 'a'], ['S', '']), 'en', { skipBadRows: true })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.map((problem) => problem.params?.row)).toEqual([2, 3])
  })

  it('never skips past file-level problems', () => {
    const result = importTouchpointTable(table(['touchpoint'], ['a']), 'en', { skipBadRows: true })
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ key: 'import.missingColumn' })] })
  })
})

describe('spreadsheet import: messages people read', () => {
  const rowProblems = importProblems(
    table(
      ['阶段', '接触点', '泳道', '关键时刻', '重要度', '情绪', '峰值', '服务质量维度', '下一步'],
      ['接待', '迎宾', '厨房', '也许', '9', '+5', '可能', '速度', '迎宾'],
      ['接待', '迎宾', '', '', '', '', '', '', '不存在'],
      ['', '报价', '', '', '', '', '', '', '迎宾'],
    ),
    'zh-CN',
  )

  it('covers every kind of row problem in this sheet', () => {
    expect(new Set(rowProblems.map((problem) => problem.key))).toEqual(
      new Set([
        'import.badLane',
        'import.badMot',
        'import.badImportance',
        'import.badEmotion',
        'import.badYesNo',
        'import.badServqual',
        'import.selfNext',
        'import.duplicateTitle',
        'import.unknownNext',
        'import.requiredEmpty',
        'import.nextIsStart',
      ]),
    )
  })

  it.each(LOCALES)('renders every problem in %s with its row number and column, no placeholder left', (locale) => {
    for (const problem of rowProblems) {
      const text = render(locale, problem)
      expect(text).toContain(String(problem.params?.row))
      expect(text).toContain(String(problem.params?.column))
      if (problem.params?.value !== undefined) expect(text).toContain(String(problem.params.value))
      expect(text).not.toMatch(/\{\w+\}/)
    }
  })

  it('reads naturally in both languages', () => {
    const badImportance = rowProblems.find((problem) => problem.key === 'import.badImportance')!
    expect(render('zh-CN', badImportance)).toBe('第 2 行“重要度”列：“9”不是有效的重要度，请填写 1 到 5 的整数。')
    expect(render('en', badImportance)).toBe('Row 2, column "重要度": "9" is not an importance. Use a whole number from 1 to 5.')
    const missing = importProblems(table(['touchpoint'], ['a']), 'en')[0]!
    expect(render('en', missing)).toBe('The first row has no column "Stage" (or "阶段"). Every touchpoint needs it.')
  })
})
