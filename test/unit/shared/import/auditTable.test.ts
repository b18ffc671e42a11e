/** The audit sheet (long format): rows → audits and scores against the journey's scorecards; every problem with its row and column. */
import { describe, expect, it } from 'vitest'
import type { Message } from '../../../../shared/i18n/translate'
import { importAuditTable, type ScorecardDesign } from '../../../../shared/import/auditTable'
import { importScorecardTable } from '../../../../shared/import/scorecardTable'
import { MAX_LISTED_PROBLEMS, problemCount } from '../../../../shared/import/sheet'
import type { RawTable } from '../../../../shared/import/touchpointTable'
import { scoreAll } from '../../../../shared/scoring/scoreAll'
import { retailJourney } from '../../../helpers/retailJourney'
import { auditRows, INDICATOR_NAMES, WORKED_ANSWERS, WORKED_ANSWERS_NA, workedAuditSheet, workedScorecardSheet } from '../../../integration/scorecards/sheets'

/** The worked-example scorecard "Store visit" (post Sales) and a flat "Cashier check" (post Cashier) that also has "Greet". */
function design(): ScorecardDesign {
  const sheet = workedScorecardSheet()
  sheet.rows.push(['Cashier check', 'Cashier', 'responsiveness', '', 'Greet', '', '50', 'yes/no', ''], ['', '', 'reliability', '', 'Change', '', '50', '1-5', ''])
  const result = importScorecardTable(sheet, retailJourney(), 'en', { skipBadRows: false })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return {
    scorecards: Object.fromEntries(result.scorecards.map((card) => [card.id, card])),
    indicators: Object.fromEntries(result.indicators.map((indicator) => [indicator.id, indicator])),
  }
}
const doc = design()
const storeVisit = Object.values(doc.scorecards).find((card) => card.name === 'Store visit')!
const cashier = Object.values(doc.scorecards).find((card) => card.name === 'Cashier check')!
const indicatorNamed = (name: string, scorecardId = storeVisit.id) =>
  Object.values(doc.indicators).find((indicator) => indicator.name === name && indicator.scorecardId === scorecardId)!

function imported(table: RawTable, skipBadRows = false) {
  const result = importAuditTable(table, doc, 'en', { skipBadRows })
  if (!result.ok) expect.fail(`import refused: ${JSON.stringify(result.problems)}`)
  return result
}
function problems(table: RawTable, locale: 'en' | 'zh-CN' = 'en'): Message[] {
  const result = importAuditTable(table, doc, locale, { skipBadRows: false })
  if (result.ok) expect.fail('import accepted a sheet with problems')
  return result.problems
}

const EN = ['audit', 'date', 'store', 'post', 'indicator', 'score', 'auditor', 'scorecard', 'comment', 'source']
function row(cells: Partial<Record<(typeof EN)[number], string>>): string[] {
  return EN.map((header) => cells[header] ?? '')
}
const good = { audit: 'A-1', date: '2025-03-14', store: 'Store 1', indicator: 'Display', score: '4' }

describe('audit import: the worked example', () => {
  it.each(['en', 'zh'] as const)('reads two audits with %s headers; their indices are 76.30 and 78.80', (language) => {
    const { audits, scores, skipped } = imported(workedAuditSheet(language))
    expect(skipped).toEqual([])
    expect(audits).toEqual([
      { id: 'A-0001', scorecardId: storeVisit.id, date: '2025-03-14', store: 'Store 1', post: 'Sales', auditor: '', source: 'audit', comment: '' },
      { id: 'A-0002', scorecardId: storeVisit.id, date: '2025-04-02', store: 'Store 2', post: 'Sales', auditor: '', source: 'audit', comment: '' },
    ])
    expect(scores).toHaveLength(20)
    expect(scores.slice(0, 10).map((score) => score.value)).toEqual([1, 4, 8, 5, 1, 9, 4, 1, 3, 0])
    expect(scores.slice(10).map((score) => score.value)).toEqual([1, 4, null, 5, 1, 9, 4, 1, 3, 0])
    expect(scores[0]).toEqual({ auditId: 'A-0001', indicatorId: indicatorNamed('Appearance').id, value: 1, comment: '' })
    const all = scoreAll(Object.values(doc.scorecards), Object.values(doc.indicators), audits, scores)
    expect(all.audits['A-0001']!.index).toBeCloseTo(76.3, 10)
    expect(all.audits['A-0002']!.index).toBeCloseTo(78.8, 10)
  })

  it('reads auditor, source, comment and the scorecard column; the post defaults to the scorecard’s', () => {
    const { audits, scores } = imported({
      headers: ['检查编号', '日期', '门店', '指标', '得分', '检查人', '考核表', '备注', '来源'],
      rows: [
        ['M-7', '2025年3月14日', '南京路店', 'Greet', '否', '王芳', 'cashier check', '没有打招呼', '神秘顾客'],
        ['M-7', '2025/3/14', '南京路店', 'Change', '5分', '王芳', 'Cashier check', '', 'mystery shopper'],
      ],
    })
    expect(audits).toEqual([{ id: 'M-7', scorecardId: cashier.id, date: '2025-03-14', store: '南京路店', post: 'Cashier', auditor: '王芳', source: 'mysteryShopper', comment: '' }])
    expect(scores).toEqual([
      { auditId: 'M-7', indicatorId: indicatorNamed('Greet', cashier.id).id, value: 0, comment: '没有打招呼' },
      { auditId: 'M-7', indicatorId: indicatorNamed('Change', cashier.id).id, value: 5, comment: '' },
    ])
  })

  it('tells repeated indicator names apart by the post when there is no scorecard column', () => {
    const { audits } = imported({ headers: EN, rows: [row({ ...good, indicator: 'Greet', score: 'yes', post: 'Cashier' })] })
    expect(audits[0]!.scorecardId).toBe(cashier.id)
  })

  it('accepts blank cells on later rows of an audit (merged cells) and every source word', () => {
    const rows = auditRows('A-9', '2025-03-14', 'Store 1', WORKED_ANSWERS).map((cells, index) => (index === 0 ? cells : [cells[0]!, '', '', '', cells[4]!, cells[5]!]))
    expect(imported({ headers: ['audit', 'date', 'store', 'post', 'indicator', 'score'], rows }).audits).toMatchObject([{ id: 'A-9', date: '2025-03-14', store: 'Store 1', post: 'Sales' }])
    for (const [word, source] of [['问卷', 'survey'], ['Survey', 'survey'], ['检查', 'audit'], ['暗访', 'mysteryShopper'], ['', 'audit']] as const) {
      expect(imported({ headers: EN, rows: [row({ ...good, source: word })] }).audits[0]!.source).toBe(source)
    }
  })

  it('reads dates as written in spreadsheets, and Excel serial numbers', () => {
    for (const [date, iso] of [['2025-3-4', '2025-03-04'], ['2025.03.04', '2025-03-04'], ['2025年3月4日', '2025-03-04'], ['45720', '2025-03-04'], ['2025-03-04 09:30', '2025-03-04'], ['２０２５/３/４', '2025-03-04']]) {
      expect(imported({ headers: EN, rows: [row({ ...good, date })] }).audits[0]!.date, date).toBe(iso)
    }
  })
})

describe('audit import: problems, each with its row and column', () => {
  it('refuses an empty sheet and names missing columns in the user’s language', () => {
    expect(problems({ headers: [], rows: [] })).toEqual([{ key: 'scorecardImport.empty' }])
    expect(problems({ headers: ['检查编号', '指标'], rows: [['A', 'B']] }, 'zh-CN')).toEqual([
      { key: 'scorecardImport.missingColumn', params: { column: '日期', alternative: 'date' } },
      { key: 'scorecardImport.missingColumn', params: { column: '得分', alternative: 'score' } },
    ])
  })

  it.each<[string, Partial<Record<string, string>>, Message[]]>([
    ['empty audit number', { audit: '' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'audit' } }]],
    ['long audit number', { audit: 'A'.repeat(65) }, [{ key: 'scorecardImport.idTooLong', params: { row: 2, column: 'audit', value: 'A'.repeat(65), max: 64 } }]],
    ['reserved audit number', { audit: 'constructor' }, [{ key: 'scorecardImport.idReserved', params: { row: 2, column: 'audit', value: 'constructor' } }]],
    ['empty date', { date: '' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'date' } }]],
    ['bad date', { date: '14/03/2025' }, [{ key: 'scorecardImport.badDate', params: { row: 2, column: 'date', value: '14/03/2025' } }]],
    ['impossible date', { date: '2025-02-30' }, [{ key: 'scorecardImport.badDate', params: { row: 2, column: 'date', value: '2025-02-30' } }]],
    ['empty indicator', { indicator: '' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'indicator' } }]],
    ['unknown indicator', { indicator: 'Parking' }, [{ key: 'scorecardImport.unknownIndicator', params: { row: 2, column: 'indicator', value: 'Parking' } }]],
    ['ambiguous indicator', { indicator: 'greet', score: 'yes' }, [{ key: 'scorecardImport.ambiguousIndicator', params: { row: 2, column: 'indicator', value: 'greet', scorecards: 'Store visit, Cashier check' } }]],
    ['unknown scorecard', { scorecard: 'Hotel' }, [{ key: 'scorecardImport.unknownScorecard', params: { row: 2, column: 'scorecard', value: 'Hotel' } }]],
    ['indicator not in the scorecard', { scorecard: 'Cashier check' }, [{ key: 'scorecardImport.unknownIndicatorIn', params: { row: 2, column: 'indicator', value: 'Display', scorecard: 'Cashier check' } }]],
    ['score off the scale', { score: '6' }, [{ key: 'scorecardImport.scoreOutOfRange', params: { row: 2, column: 'score', value: '6', indicator: 'Display', min: 1, max: 5 } }]],
    ['score not a number', { score: 'good' }, [{ key: 'scorecardImport.scoreNotNumber', params: { row: 2, column: 'score', value: 'good', indicator: 'Display', min: 1, max: 5 } }]],
    ['score not yes/no', { indicator: 'Appearance', score: 'maybe' }, [{ key: 'scorecardImport.scoreNotYesNo', params: { row: 2, column: 'score', value: 'maybe', indicator: 'Appearance', min: 0, max: 1 } }]],
    ['unknown source', { source: 'phone' }, [{ key: 'scorecardImport.badSource', params: { row: 2, column: 'source', value: 'phone' } }]],
    ['long comment', { comment: 'c'.repeat(2001) }, [{ key: 'import.tooLong', params: { row: 2, column: 'comment', max: 2000 } }]],
  ])('%s', (_name, cells, expected) => {
    expect(problems({ headers: EN, rows: [row({ ...good, ...cells })] })).toEqual(expected)
  })

  it('refuses a scorecard name several scorecards share', () => {
    const twins: ScorecardDesign = { scorecards: { ...doc.scorecards, twin: { ...storeVisit, id: 'twin' } }, indicators: doc.indicators }
    const result = importAuditTable({ headers: EN, rows: [row({ ...good, scorecard: 'Store visit' })] }, twins, 'en', { skipBadRows: false })
    expect(result).toEqual({ ok: false, problems: [{ key: 'scorecardImport.ambiguousScorecard', params: { row: 2, column: 'scorecard', value: 'Store visit' } }] })
  })

  it('requires all rows of an audit to agree, and each indicator scored once per audit', () => {
    expect(
      problems({
        headers: EN,
        rows: [
          row({ ...good, auditor: 'Li', source: 'audit' }),
          row({ ...good, indicator: 'Promises', score: '8', date: '2025-03-15', store: 'Store 2', post: 'Cashier', auditor: 'Wang', source: 'survey' }),
          row({ ...good, indicator: 'display', score: '3' }),
          row({ ...good, indicator: 'Change', score: '3' }),
        ],
      }),
    ).toEqual([
      { key: 'scorecardImport.auditConflict', params: { row: 3, column: 'date', audit: 'A-1', value: '2025-03-15', first: '2025-03-14', firstRow: 2 } },
      { key: 'scorecardImport.auditConflict', params: { row: 3, column: 'store', audit: 'A-1', value: 'Store 2', first: 'Store 1', firstRow: 2 } },
      { key: 'scorecardImport.auditConflict', params: { row: 3, column: 'auditor', audit: 'A-1', value: 'Wang', first: 'Li', firstRow: 2 } },
      { key: 'scorecardImport.auditConflict', params: { row: 3, column: 'source', audit: 'A-1', value: 'survey', first: 'audit', firstRow: 2 } },
      { key: 'scorecardImport.duplicateScore', params: { row: 4, column: 'indicator', audit: 'A-1', value: 'display', firstRow: 2 } },
      { key: 'scorecardImport.auditOtherScorecard', params: { row: 5, column: 'indicator', audit: 'A-1', scorecard: 'Cashier check', first: 'Store visit', firstRow: 2 } },
    ])
  })

  it('with skipBadRows leaves out every audit that has a bad row, whole, and says so', () => {
    const rows = [...auditRows('A-1', '2025-03-14', 'Store 1', WORKED_ANSWERS), ...auditRows('A-2', '2025-03-15', 'Store 1', WORKED_ANSWERS_NA)]
    rows[13]![5] = '11'
    rows.push(['', '2025-03-16', 'Store 1', 'Sales', 'Display', '3'])
    const table = { headers: ['audit', 'date', 'store', 'post', 'indicator', 'score'], rows }
    const outOfRange = { key: 'scorecardImport.scoreOutOfRange', params: { row: 15, column: 'score', value: '11', indicator: 'Product info', min: 1, max: 5 } }
    const noNumber = { key: 'scorecardImport.requiredEmpty', params: { row: 22, column: 'audit' } }
    expect(problems(table)).toEqual([outOfRange, noNumber])
    const result = imported(table, true)
    expect(result.audits.map((audit) => audit.id)).toEqual(['A-1'])
    expect(result.scores).toHaveLength(INDICATOR_NAMES.length)
    expect(result.skipped).toEqual([{ key: 'scorecardImport.auditSkipped', params: { row: 12, column: 'audit', audit: 'A-2', rows: 10 } }, outOfRange, noNumber])
  })

  it(`lists at most ${MAX_LISTED_PROBLEMS} problems and counts the rest`, () => {
    const rows = Array.from({ length: 1200 }, (_, index) => row({ ...good, audit: `A-${index}`, indicator: 'Parking' }))
    const listed = problems({ headers: EN, rows })
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS + 1)
    expect(listed.at(-1)).toEqual({ key: 'scorecardImport.moreProblems', params: { count: 1200 - MAX_LISTED_PROBLEMS } })
    expect(problemCount(listed)).toBe(1200)
  })
})
