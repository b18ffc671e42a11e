/** The survey sheet: one row per respondent; SERVQUAL items, importance points, recommend 0–10; problems with row and column. */
import { describe, expect, it } from 'vitest'
import type { Message } from '../../../../shared/i18n/translate'
import { importSurveyTable } from '../../../../shared/import/surveyTable'
import type { RawTable } from '../../../../shared/import/touchpointTable'
import { npsFromAnswers } from '../../../../shared/scoring/nps'
import { scoreServqual } from '../../../../shared/scoring/servqual'
import { npsSheet, SERVQUAL_RESPONDENTS, servqualSheet } from '../../../integration/scorecards/sheets'

function imported(table: RawTable, skipBadRows = false) {
  const result = importSurveyTable(table, 'en', { skipBadRows })
  if (!result.ok) expect.fail(`import refused: ${JSON.stringify(result.problems)}`)
  return result
}
function problems(table: RawTable, locale: 'en' | 'zh-CN' = 'en'): Message[] {
  const result = importSurveyTable(table, locale, { skipBadRows: false })
  if (result.ok) expect.fail('import accepted a sheet with problems')
  return result.problems
}

const HEADERS = ['respondent', 'date', 'store', 'E1', 'P1', 'importance_tangibles', 'importance_reliability', 'importance_responsiveness', 'importance_assurance', 'importance_empathy', 'recommend']
function row(cells: Partial<Record<(typeof HEADERS)[number], string>>): string[] {
  return HEADERS.map((header) => cells[header] ?? '')
}
const good = { respondent: 'R1', date: '2025-03-20', E1: '6', P1: '5' }

describe('survey import: the worked examples of methods.md §4 and §5', () => {
  it.each(['en', 'zh'] as const)('reads the two SERVQUAL respondents with %s headers: unweighted −0.595, weighted −0.71125', (language) => {
    const { responses, skipped } = imported(servqualSheet(language))
    expect(skipped).toEqual([])
    expect(responses.map((response) => response.id)).toEqual(['R1', 'R2'])
    expect(responses[0]).toEqual({
      id: 'R1',
      date: '2025-03-20',
      store: 'Store 1',
      expectations: SERVQUAL_RESPONDENTS[0]!.e,
      perceptions: SERVQUAL_RESPONDENTS[0]!.p,
      importance: { tangibles: 10, reliability: 35, responsiveness: 20, assurance: 20, empathy: 15 },
      recommend: 9,
    })
    const result = scoreServqual(responses)
    expect(result.unweighted!.mean).toBeCloseTo(-0.595, 10)
    expect(result.weighted!.mean).toBeCloseTo(-0.71125, 10)
  })

  it('reads a recommend-only sheet: 90/60/50 of 200 → NPS 20 ± 11.26', () => {
    const { responses } = imported(npsSheet())
    expect(responses).toHaveLength(200)
    expect(responses[0]).toEqual({ id: 'N1', date: '2025-03-21', store: '', expectations: Array(22).fill(null), perceptions: Array(22).fill(null), importance: null, recommend: 10 })
    const nps = npsFromAnswers(responses.map((response) => response.recommend))!
    expect(nps.nps).toBe(20)
    expect(nps.margin).toBeCloseTo(11.26, 2)
  })

  it('accepts the other header spellings, blank answers and partial item sets', () => {
    const { responses } = imported({
      headers: ['受访者编号', '填写日期', 'E01', 'perception1', '期望22', '感知22', '有形度权重', '信赖度权重', '反应度权重', '专业度权重', '同理度权重', 'NPS'],
      rows: [['r-1', '2025/3/20', '７', '', '5', '4', '20', '20', '20', '20', '20%', '']],
    })
    expect(responses[0]!.expectations[0]).toBe(7)
    expect(responses[0]!.perceptions[0]).toBeNull()
    expect(responses[0]!.expectations[21]).toBe(5)
    expect(responses[0]!.perceptions[21]).toBe(4)
    expect(responses[0]!.importance).toEqual({ tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 20 })
    expect(responses[0]!.recommend).toBeNull()
  })

  it('takes blank importance points as 0 when others are given, and 100 ± 0.5 as a full allocation', () => {
    const { responses } = imported({
      headers: HEADERS,
      rows: [row({ ...good, importance_tangibles: '60', importance_empathy: '40.4' }), row({ ...good, respondent: 'R2' })],
    })
    expect(responses[0]!.importance).toEqual({ tangibles: 60, empathy: 40.4 })
    expect(responses[1]!.importance).toBeNull()
  })
})

describe('survey import: problems, each with its row and column', () => {
  it('refuses a sheet without answer columns, an empty sheet, and missing required columns', () => {
    expect(problems({ headers: ['respondent', 'date', 'store'], rows: [['R', '2025-01-01', 'S']] })).toEqual([{ key: 'scorecardImport.surveyNoData' }])
    expect(problems({ headers: HEADERS, rows: [] })).toEqual([{ key: 'scorecardImport.empty' }])
    expect(problems({ headers: ['推荐意愿'], rows: [['9']] }, 'zh-CN')).toEqual([
      { key: 'scorecardImport.missingColumn', params: { column: '受访者', alternative: 'respondent' } },
      { key: 'scorecardImport.missingColumn', params: { column: '日期', alternative: 'date' } },
    ])
  })

  it.each<[string, Partial<Record<string, string>>, Message[]]>([
    ['empty respondent', { respondent: '' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'respondent' } }]],
    ['long respondent', { respondent: 'R'.repeat(65) }, [{ key: 'scorecardImport.idTooLong', params: { row: 2, column: 'respondent', value: 'R'.repeat(65), max: 64 } }]],
    ['reserved respondent', { respondent: '__proto__' }, [{ key: 'scorecardImport.idReserved', params: { row: 2, column: 'respondent', value: '__proto__' } }]],
    ['empty date', { date: '' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'date' } }]],
    ['bad date', { date: 'March' }, [{ key: 'scorecardImport.badDate', params: { row: 2, column: 'date', value: 'March' } }]],
    ['answer 8', { E1: '8' }, [{ key: 'scorecardImport.badAnswer', params: { row: 2, column: 'E1', value: '8' } }]],
    ['answer 0', { P1: '0' }, [{ key: 'scorecardImport.badAnswer', params: { row: 2, column: 'P1', value: '0' } }]],
    ['answer 4.5', { P1: '4.5' }, [{ key: 'scorecardImport.badAnswer', params: { row: 2, column: 'P1', value: '4.5' } }]],
    ['recommend 11', { recommend: '11' }, [{ key: 'scorecardImport.badRecommend', params: { row: 2, column: 'recommend', value: '11' } }]],
    ['recommend text', { recommend: 'yes' }, [{ key: 'scorecardImport.badRecommend', params: { row: 2, column: 'recommend', value: 'yes' } }]],
    ['negative points', { importance_tangibles: '-10' }, [{ key: 'scorecardImport.badImportance', params: { row: 2, column: 'importance_tangibles', value: '-10' } }]],
    ['points over 100', { importance_empathy: '120' }, [{ key: 'scorecardImport.badImportance', params: { row: 2, column: 'importance_empathy', value: '120' } }]],
    [
      'points not adding up to 100',
      { importance_tangibles: '30', importance_reliability: '30', importance_responsiveness: '30', importance_assurance: '10', importance_empathy: '0.6' },
      [{ key: 'scorecardImport.importanceSum', params: { row: 2, column: 'importance_tangibles', sum: 100.6 } }],
    ],
    ['a long store name', { store: 's'.repeat(201) }, [{ key: 'import.tooLong', params: { row: 2, column: 'store', max: 200 } }]],
  ])('%s', (_name, cells, expected) => {
    expect(problems({ headers: HEADERS, rows: [row({ ...good, ...cells })] })).toEqual(expected)
  })

  it('refuses a respondent listed twice, and leaves bad rows out when asked', () => {
    const table = { headers: HEADERS, rows: [row(good), row({ ...good, E1: '9' }), row({ ...good, respondent: 'R2' })] }
    const expected = [
      { key: 'scorecardImport.duplicateRespondent', params: { row: 3, column: 'respondent', value: 'R1', firstRow: 2 } },
      { key: 'scorecardImport.badAnswer', params: { row: 3, column: 'E1', value: '9' } },
    ]
    expect(problems(table)).toEqual(expected)
    const result = imported(table, true)
    expect(result.responses.map((response) => response.id)).toEqual(['R1', 'R2'])
    expect(result.skipped).toEqual(expected)
  })
})
