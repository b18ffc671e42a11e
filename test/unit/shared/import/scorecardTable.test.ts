/** The scorecard sheet: one row per indicator, grouped into scorecards; every problem with its row and column. */
import { describe, expect, it } from 'vitest'
import type { Message } from '../../../../shared/i18n/translate'
import { importScorecardTable, MAX_INDICATORS_PER_SCORECARD } from '../../../../shared/import/scorecardTable'
import type { RawTable } from '../../../../shared/import/touchpointTable'
import type { JourneyDocument } from '../../../../shared/model/schema'
import { scoreAudit } from '../../../../shared/scoring/auditIndex'
import { weightProblems } from '../../../../shared/scoring/weights'
import { retailJourney } from '../../../helpers/retailJourney'
import { workedScorecardSheet } from '../../../integration/scorecards/sheets'

const journey = retailJourney()
const EN = ['scorecard', 'post', 'dimension', 'dimension_weight', 'indicator', 'description', 'weight', 'scale', 'touchpoints']

function imported(table: RawTable, options: { skipBadRows?: boolean; name?: string; doc?: Pick<JourneyDocument, 'touchpoints'> } = {}) {
  const result = importScorecardTable(table, options.doc ?? journey, 'en', { skipBadRows: options.skipBadRows ?? false, name: options.name })
  if (!result.ok) expect.fail(`import refused: ${JSON.stringify(result.problems)}`)
  return result
}

function problems(table: RawTable, locale: 'en' | 'zh-CN' = 'en', doc: Pick<JourneyDocument, 'touchpoints'> = journey): Message[] {
  const result = importScorecardTable(table, doc, locale, { skipBadRows: false })
  if (result.ok) expect.fail('import accepted a sheet with problems')
  return result.problems
}

/** A row of EN with the given cells. */
function row(cells: Partial<Record<(typeof EN)[number], string>>): string[] {
  return EN.map((header) => cells[header] ?? '')
}
const good = { scorecard: 'Visit', dimension: 'tangibles', indicator: 'Clean', weight: '100', scale: '1-5' }

describe('scorecard import: the worked example of methods.md §2', () => {
  it.each(['en', 'zh'] as const)('reads the two-level scorecard with %s headers, merged cells and every spelling', (language) => {
    const { scorecards, indicators, skipped } = imported(workedScorecardSheet(language))
    expect(skipped).toEqual([])
    expect(scorecards).toHaveLength(1)
    const [card] = scorecards
    expect(card).toMatchObject({
      name: 'Store visit',
      post: 'Sales',
      weighting: 'twoLevel',
      dimensionWeights: { tangibles: 15, reliability: 25, responsiveness: 20, assurance: 20, empathy: 20 },
      description: '',
    })
    expect(card!.id).toMatch(/^sc_/)
    expect(indicators.map((indicator) => [indicator.name, indicator.dimension, indicator.weight])).toEqual([
      ['Appearance', 'tangibles', 60],
      ['Display', 'tangibles', 40],
      ['Promises', 'reliability', 50],
      ['Product info', 'reliability', 50],
      ['Greet', 'responsiveness', 40],
      ['Wait', 'responsiveness', 60],
      ['Answers', 'assurance', 70],
      ['Polite', 'assurance', 30],
      ['Needs', 'empathy', 50],
      ['Farewell', 'empathy', 50],
    ])
    expect(indicators.map((indicator) => indicator.scale)).toEqual([
      { kind: 'yesNo' }, { kind: 'range', min: 1, max: 5 }, { kind: 'range', min: 0, max: 10 }, { kind: 'range', min: 1, max: 5 }, { kind: 'yesNo' },
      { kind: 'range', min: 0, max: 10 }, { kind: 'range', min: 1, max: 5 }, { kind: 'yesNo' }, { kind: 'range', min: 1, max: 5 }, { kind: 'yesNo' },
    ])
    expect(indicators.map((indicator) => indicator.touchpointIds)).toEqual([
      ['tp_greet'], [], [], ['tp_advise'], ['tp_greet'], ['tp_greet', 'tp_pay'], ['tp_advise'], [], ['tp_advise', 'tp_try'], ['tp_farewell'],
    ])
    expect(indicators.every((indicator) => indicator.scorecardId === card!.id && indicator.id.startsWith('in_'))).toBe(true)
    expect(indicators.map((indicator) => indicator.sortKey)).toEqual([...indicators.map((indicator) => indicator.sortKey)].sort())
    expect(indicators[0]!.description).toBe('Uniform, badge, grooming')
    expect(weightProblems(card!, indicators)).toEqual([])
    // yes, 4, 8, 5, yes, 9, 4, yes, 3, no → 76.30
    const values = [1, 4, 8, 5, 1, 9, 4, 1, 3, 0]
    const result = scoreAudit(card!, indicators, indicators.map((indicator, index) => ({ indicatorId: indicator.id, value: values[index]! })))
    expect(result.index).toBeCloseTo(76.3, 10)
  })

  it('makes a flat scorecard when no row gives a dimension weight; weights may be fractions', () => {
    const { scorecards, indicators } = imported({
      headers: ['考核表', '维度', '指标', '权重', '评分标准'],
      rows: [
        ['收银考核', '响应性', '唱收唱付', '0.3', '是/否'],
        ['收银考核', '可靠性', '找零准确', '0.7', '1-5'],
      ],
    })
    expect(scorecards).toMatchObject([{ name: '收银考核', post: '', weighting: 'flat', dimensionWeights: {} }])
    expect(indicators.map((indicator) => indicator.weight)).toEqual([0.3, 0.7])
    expect(weightProblems(scorecards[0]!, indicators)).toEqual([])
  })

  it('groups rows into scorecards by name (case and spacing ignored), in order of first appearance', () => {
    const { scorecards, indicators } = imported({
      headers: EN,
      rows: [
        row({ ...good, scorecard: 'Cashier', post: 'Cashier', indicator: 'Change' }),
        row({ ...good, scorecard: 'Sales', post: 'Sales', indicator: 'Greet', dimension: 'responsiveness' }),
        row({ ...good, scorecard: ' cashier ', indicator: 'Receipt', dimension: 'reliability' }),
      ],
    })
    expect(scorecards.map((card) => [card.name, card.post])).toEqual([['Cashier', 'Cashier'], ['Sales', 'Sales']])
    expect(indicators.map((indicator) => [indicator.name, scorecards.find((card) => card.id === indicator.scorecardId)!.name])).toEqual([
      ['Change', 'Cashier'],
      ['Receipt', 'Cashier'],
      ['Greet', 'Sales'],
    ])
    // A blank dimension repeats the row above only within the same scorecard.
    expect(
      problems({ headers: EN, rows: [row({ ...good, scorecard: 'Cashier' }), row({ ...good, scorecard: 'Sales', dimension: '' })] }),
    ).toEqual([{ key: 'scorecardImport.requiredEmpty', params: { row: 3, column: 'dimension' } }])
  })

  it('names a sheet without a scorecard column after the file, and refuses when there is no name', () => {
    const sheet = { headers: ['indicator', 'dimension', 'weight', 'scale'], rows: [['Clean', 'tangibles', '100', '0-10']] }
    expect(imported(sheet, { name: 'cashier-card' }).scorecards.map((card) => card.name)).toEqual(['cashier-card'])
    expect(importScorecardTable(sheet, journey, 'en', { skipBadRows: false })).toEqual({ ok: false, problems: [{ key: 'scorecardImport.noScorecardName' }] })
  })
})

describe('scorecard import: problems, each with its row and column', () => {
  it('refuses an empty sheet and names missing columns in the user’s language', () => {
    expect(problems({ headers: [], rows: [] })).toEqual([{ key: 'scorecardImport.empty' }])
    expect(problems({ headers: EN, rows: [['', ' ']] })).toEqual([{ key: 'scorecardImport.empty' }])
    expect(problems({ headers: ['指标', '权重'], rows: [['a', '1']] }, 'zh-CN')).toEqual([
      { key: 'scorecardImport.missingColumn', params: { column: '维度', alternative: 'dimension' } },
      { key: 'scorecardImport.missingColumn', params: { column: '评分标准', alternative: 'scale' } },
    ])
    expect(problems({ headers: [...EN, '指标'], rows: [row(good)] })).toEqual([{ key: 'import.duplicateColumn', params: { column: '指标', first: 'indicator' } }])
  })

  it.each<[string, Partial<Record<string, string>>, Message[]]>([
    ['empty scorecard', { scorecard: ' ' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'scorecard' } }]],
    ['empty dimension', { dimension: '' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'dimension' } }]],
    ['empty indicator', { indicator: '' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'indicator' } }]],
    ['empty weight', { weight: '' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'weight' } }]],
    ['empty scale', { scale: '' }, [{ key: 'scorecardImport.requiredEmpty', params: { row: 2, column: 'scale' } }]],
    ['unknown dimension', { dimension: 'quality' }, [{ key: 'scorecardImport.badDimension', params: { row: 2, column: 'dimension', value: 'quality' } }]],
    ['two dimensions', { dimension: '有形性、移情性' }, [{ key: 'scorecardImport.badDimension', params: { row: 2, column: 'dimension', value: '有形性、移情性' } }]],
    ['negative weight', { weight: '-5' }, [{ key: 'scorecardImport.badWeight', params: { row: 2, column: 'weight', value: '-5' } }]],
    ['text weight', { weight: 'high' }, [{ key: 'scorecardImport.badWeight', params: { row: 2, column: 'weight', value: 'high' } }]],
    ['bad dimension weight', { dimension_weight: '15 points' }, [{ key: 'scorecardImport.badWeight', params: { row: 2, column: 'dimension_weight', value: '15 points' } }]],
    ['reversed scale', { scale: '5-1' }, [{ key: 'scorecardImport.badScale', params: { row: 2, column: 'scale', value: '5-1' } }]],
    ['text scale', { scale: 'good/bad' }, [{ key: 'scorecardImport.badScale', params: { row: 2, column: 'scale', value: 'good/bad' } }]],
    ['unknown touchpoint', { touchpoints: '进门迎宾, Parking' }, [{ key: 'scorecardImport.unknownTouchpoint', params: { row: 2, column: 'touchpoints', value: 'Parking' } }]],
    ['long indicator', { indicator: 'x'.repeat(301) }, [{ key: 'import.tooLong', params: { row: 2, column: 'indicator', max: 300 } }]],
    ['long post', { post: 'p'.repeat(101) }, [{ key: 'import.tooLong', params: { row: 2, column: 'post', max: 100 } }]],
  ])('%s', (_name, cells, expected) => {
    expect(problems({ headers: EN, rows: [row({ ...good, ...cells })] })).toEqual(expected)
  })

  it('refuses a touchpoint title that several touchpoints share', () => {
    const doc = retailJourney()
    doc.touchpoints.tp_try = { ...doc.touchpoints.tp_try!, title: '进门迎宾' }
    expect(problems({ headers: EN, rows: [row({ ...good, touchpoints: '进门迎宾' })] }, 'en', doc)).toEqual([
      { key: 'scorecardImport.ambiguousTouchpoint', params: { row: 2, column: 'touchpoints', value: '进门迎宾' } },
    ])
  })

  it('checks rows against their scorecard: one post, one weight per dimension, each indicator once', () => {
    expect(
      problems({
        headers: EN,
        rows: [
          row({ ...good, post: 'Sales', dimension_weight: '40%' }),
          row({ ...good, post: 'sales', indicator: 'Tidy', dimension_weight: '40' }),
          row({ ...good, post: 'Cashier', indicator: 'Bright', dimension_weight: '0.4' }),
          row({ ...good, indicator: 'CLEAN' }),
        ],
      }),
    ).toEqual([
      { key: 'scorecardImport.postConflict', params: { row: 4, column: 'post', scorecard: 'Visit', first: 'Sales', firstRow: 2 } },
      { key: 'scorecardImport.dimensionWeightConflict', params: { row: 4, column: 'dimension_weight', value: '0.4', first: '40%', firstRow: 2, scorecard: 'Visit' } },
      { key: 'scorecardImport.duplicateIndicator', params: { row: 5, column: 'indicator', value: 'CLEAN', scorecard: 'Visit', firstRow: 2 } },
    ])
  })

  it(`refuses more than ${MAX_INDICATORS_PER_SCORECARD} indicators in one scorecard`, () => {
    const rows = Array.from({ length: MAX_INDICATORS_PER_SCORECARD + 1 }, (_, index) => row({ ...good, indicator: `I${index}`, weight: '1' }))
    expect(problems({ headers: EN, rows })).toEqual([
      { key: 'scorecardImport.tooManyIndicators', params: { row: MAX_INDICATORS_PER_SCORECARD + 2, column: 'indicator', scorecard: 'Visit', max: MAX_INDICATORS_PER_SCORECARD } },
    ])
  })

  it('lists problems in row order with the header as written, and leaves bad rows out when asked', () => {
    const sheet = {
      headers: ['Scorecard', 'Dimension', 'Indicator', 'WEIGHT', 'Scale'],
      rows: [
        ['Visit', 'tangibles', 'Clean', '50', '1-5'],
        ['Visit', 'tangibles', 'Tidy', 'lots', 'maybe'],
        ['Visit', 'empathy', 'Smile', '50', 'yes/no'],
      ],
    }
    const expected = [
      { key: 'scorecardImport.badWeight', params: { row: 3, column: 'WEIGHT', value: 'lots' } },
      { key: 'scorecardImport.badScale', params: { row: 3, column: 'Scale', value: 'maybe' } },
    ]
    expect(problems(sheet)).toEqual(expected)
    const result = imported(sheet, { skipBadRows: true })
    expect(result.skipped).toEqual(expected)
    expect(result.indicators.map((indicator) => indicator.name)).toEqual(['Clean', 'Smile'])
    // Nothing left to import: refused even when skipping.
    expect(importScorecardTable({ headers: sheet.headers, rows: [sheet.rows[1]!] }, journey, 'en', { skipBadRows: true })).toEqual({ ok: false, problems: expected.map((problem) => ({ ...problem, params: { ...problem.params, row: 2 } })) })
  })

  it('a scorecard name that is too long is reported on every row under it, so skipping never keeps the scorecard', () => {
    const long = 'S'.repeat(201)
    const sheet = { headers: EN, rows: [row({ scorecard: long, dimension: 'empathy', indicator: 'Smile', weight: '50', scale: 'yes/no' }), row({ dimension: 'empathy', indicator: 'Greet', weight: '50', scale: 'yes/no' }), row({ scorecard: 'Visit', dimension: 'empathy', indicator: 'Smile', weight: '100', scale: 'yes/no' })] }
    const tooLong = (rowNumber: number) => ({ key: 'import.tooLong', params: { row: rowNumber, column: 'scorecard', max: 200 } })
    expect(problems(sheet)).toEqual([tooLong(2), tooLong(3)])
    const result = imported(sheet, { skipBadRows: true })
    expect(result.skipped).toEqual([tooLong(2), tooLong(3)])
    expect(result.scorecards.map((card) => card.name)).toEqual(['Visit'])
  })
})
