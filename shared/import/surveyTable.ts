/**
 * Customer survey import (docs/file-format.md §8): one row per respondent, with the 22 SERVQUAL
 * expectation and perception items (`E1…E22`, `P1…P22` / `期望1…期望22`, `感知1…感知22`, answers
 * 1–7), the 100 importance points over the five dimensions (`importance_tangibles` … /
 * `重要性_有形性` … or `有形性权重` …) and the 0–10 recommend question (`recommend` / `推荐意愿`).
 * Any subset of these columns may be present; blank = not answered.
 */
import type { Message, MessageKey } from '../i18n/translate'
import { LOCALES, SERVQUAL_DIMENSIONS, type Locale, type ServqualDimension } from '../model/schema'
import { SERVQUAL_ITEM_COUNT, SurveyResponseSchema, type SurveyResponse } from '../model/scorecard'
import { translate } from '../i18n/translate'
import { parseWeight } from '../scoring/weights'
import { cellReader, dataRows, isEmptyTable, listed, matchSheetHeaders, parseDateCell, RowProblems, writtenIdOk, type SheetColumn } from './sheet'
import type { RawTable } from './touchpointTable'

const ITEMS = Array.from({ length: SERVQUAL_ITEM_COUNT }, (_, index) => index + 1)

type ItemColumn = `E${number}` | `P${number}`
type ImportanceColumn = `importance_${ServqualDimension}`
export type SurveyColumnId = 'respondent' | 'date' | 'store' | 'recommend' | ItemColumn | ImportanceColumn

/** How each dimension may be written inside a header (codes, standard and trainers' Chinese, the app's names). */
const DIMENSION_WORDS: Record<ServqualDimension, readonly string[]> = {
  tangibles: ['tangibles', 'tangible', '有形性', '有形度'],
  reliability: ['reliability', '可靠性', '信赖度'],
  responsiveness: ['responsiveness', '响应性', '反应度'],
  assurance: ['assurance', '保证性', '专业度'],
  empathy: ['empathy', '移情性', '同理度'],
}
const dimensionWords = (dimension: ServqualDimension) => [
  ...new Set([...DIMENSION_WORDS[dimension], ...LOCALES.map((locale) => translate(locale, `servqual.${dimension}`))]),
]

function itemColumn(prefix: 'E' | 'P', item: number): SheetColumn {
  const [en, zh] = prefix === 'E' ? ['expectation', '期望'] : ['perception', '感知']
  const padded = String(item).padStart(2, '0')
  return { header: { en: `${prefix}${item}`, 'zh-CN': `${zh}${item}` }, aliases: [`${prefix}${padded}`, `${en}${item}`, `${en}${padded}`, `${zh}${padded}`] }
}

function importanceColumn(dimension: ServqualDimension): SheetColumn {
  const words = dimensionWords(dimension)
  const zh = DIMENSION_WORDS[dimension][2]!
  return {
    header: { en: `importance_${dimension}`, 'zh-CN': `重要性_${zh}` },
    aliases: words.flatMap((word) => [`importance_${word}`, `${word}_importance`, `重要性_${word}`, `${word}重要性`, `${word}权重`, `权重_${word}`]),
  }
}

/** Every column of the survey sheet, English / Chinese, with further accepted spellings. */
export const SURVEY_COLUMNS: Readonly<Record<SurveyColumnId, SheetColumn>> = {
  respondent: { header: { en: 'respondent', 'zh-CN': '受访者' }, aliases: ['respondent id', 'response id', 'id', '编号', '受访者编号', '问卷编号'] },
  date: { header: { en: 'date', 'zh-CN': '日期' }, aliases: ['survey date', '填写日期', '调查日期'] },
  store: { header: { en: 'store', 'zh-CN': '门店' }, aliases: ['门店名称', '网点'] },
  recommend: { header: { en: 'recommend', 'zh-CN': '推荐意愿' }, aliases: ['nps', 'likelihood to recommend', '推荐度', '推荐可能性'] },
  ...(Object.fromEntries(ITEMS.flatMap((item) => [[`E${item}`, itemColumn('E', item)], [`P${item}`, itemColumn('P', item)]])) as Record<ItemColumn, SheetColumn>),
  ...(Object.fromEntries(SERVQUAL_DIMENSIONS.map((dimension) => [`importance_${dimension}`, importanceColumn(dimension)])) as Record<ImportanceColumn, SheetColumn>),
}

const REQUIRED: readonly SurveyColumnId[] = ['respondent', 'date']

/** An allocation must total 100 points, within this. */
export const IMPORTANCE_TOLERANCE = 0.5

const STORE_LIMIT = SurveyResponseSchema.shape.store.maxLength ?? 200

export interface SurveyImportOptions {
  /** Import the good rows and list the bad ones instead of refusing the whole file. */
  skipBadRows: boolean
}

export type SurveyImportResult = { ok: true; responses: SurveyResponse[]; skipped: Message[] } | { ok: false; problems: Message[] }

/** A whole number in `[min, max]` as typed (full-width digits, `5.0`, `5分` are fine); null otherwise. */
function readWhole(text: string, min: number, max: number): number | null {
  const match = /^([+-]?\d+)(?:\.0+)?\s*分?$/.exec(text.normalize('NFKC').trim())
  if (!match) return null
  const value = Number(match[1])
  return value >= min && value <= max ? value || 0 : null
}

/**
 * Reads a survey sheet into responses. Problems: a missing respondent id or date, a respondent
 * listed twice, an answer outside 1–7, a recommend answer outside 0–10, importance points that are
 * not numbers 0–100 or, when any are given, do not add up to 100 (±0.5; blank points count as 0).
 * With `skipBadRows` the rows that have one are left out.
 *
 * @example
 * importSurveyTable(table, 'zh-CN', { skipBadRows: false })
 * // → { ok: true, responses: [{ id: 'R1', date: '2025-03-14', expectations: [6, 7, …], perceptions: [5, …], importance: { tangibles: 10, … }, recommend: 9 }], skipped: [] }
 */
export function importSurveyTable(table: RawTable, locale: Locale, options: SurveyImportOptions): SurveyImportResult {
  if (isEmptyTable(table)) return { ok: false, problems: [{ key: 'scorecardImport.empty' }] }
  const header = matchSheetHeaders(table.headers, SURVEY_COLUMNS, REQUIRED, locale)
  if (!header.ok) return { ok: false, problems: header.problems }
  const { columns } = header
  const itemColumns = ITEMS.flatMap((item) => [`E${item}`, `P${item}`] as const)
  const importanceColumns = SERVQUAL_DIMENSIONS.map((dimension) => `importance_${dimension}` as const)
  if (!columns.recommend && ![...itemColumns, ...importanceColumns].some((column) => columns[column])) {
    return { ok: false, problems: [{ key: 'scorecardImport.surveyNoData' }] }
  }
  const rows = dataRows(table)
  if (rows.length === 0) return { ok: false, problems: [{ key: 'scorecardImport.empty' }] }
  const cell = cellReader(columns)
  const problems = new RowProblems(columns)
  const firstRowOf = new Map<string, number>()
  const read: Array<{ rowNumber: number; response: SurveyResponse }> = []

  for (const { cells, rowNumber } of rows) {
    const report = (key: MessageKey, column: SurveyColumnId, params: Record<string, string | number> = {}) => problems.report(rowNumber, key, column, params)
    const id = cell(cells, 'respondent').trim()
    if (writtenIdOk(id, (key, params) => report(key, 'respondent', params))) {
      const firstRow = firstRowOf.get(id)
      if (firstRow !== undefined) report('scorecardImport.duplicateRespondent', 'respondent', { value: id, firstRow })
      else firstRowOf.set(id, rowNumber)
    }
    const dateText = cell(cells, 'date').trim()
    const date = dateText === '' ? null : parseDateCell(dateText)
    if (dateText === '') report('scorecardImport.requiredEmpty', 'date')
    else if (date === null) report('scorecardImport.badDate', 'date', { value: dateText })
    const store = cell(cells, 'store').trim()
    if (store.length > STORE_LIMIT) report('import.tooLong', 'store', { max: STORE_LIMIT })

    const answer = (column: ItemColumn): number | null => {
      const text = cell(cells, column).trim()
      if (text === '') return null
      const value = readWhole(text, 1, 7)
      if (value === null) report('scorecardImport.badAnswer', column, { value: text })
      return value
    }
    const expectations = ITEMS.map((item) => answer(`E${item}`))
    const perceptions = ITEMS.map((item) => answer(`P${item}`))

    const recommendText = cell(cells, 'recommend').trim()
    const recommend = recommendText === '' ? null : readWhole(recommendText, 0, 10)
    if (recommendText !== '' && recommend === null) report('scorecardImport.badRecommend', 'recommend', { value: recommendText })

    let importance: SurveyResponse['importance'] = null
    const points: Partial<Record<ServqualDimension, number>> = {}
    let given = false
    let valid = true
    for (const dimension of SERVQUAL_DIMENSIONS) {
      const column = `importance_${dimension}` as const
      const text = cell(cells, column).trim()
      if (text === '') continue
      given = true
      const value = parseWeight(text)
      if (value === null || value > 100) {
        valid = false
        report('scorecardImport.badImportance', column, { value: text })
      } else points[dimension] = value
    }
    if (given && valid) {
      const sum = SERVQUAL_DIMENSIONS.reduce((total, dimension) => total + (points[dimension] ?? 0), 0)
      if (Math.abs(sum - 100) > IMPORTANCE_TOLERANCE + 1e-9) {
        const first = importanceColumns.find((column) => columns[column])!
        report('scorecardImport.importanceSum', first, { sum: Math.round(sum * 100) / 100 })
      } else importance = points
    }

    read.push({ rowNumber, response: { id, date: date ?? '', store, expectations, perceptions, importance, recommend } })
  }

  const messages = listed(problems.messages)
  if (messages.length > 0 && !options.skipBadRows) return { ok: false, problems: messages }
  const responses = read.filter(({ rowNumber }) => !problems.badRows.has(rowNumber)).map(({ response }) => response)
  if (responses.length === 0) return { ok: false, problems: messages }
  return { ok: true, responses, skipped: messages }
}
