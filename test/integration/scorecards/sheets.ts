/**
 * The sheets of the scorecard tests: methods.md §2's worked example as a scorecard sheet (tangibles
 * 15 {appearance 60 yes/no, display 40 1–5}, reliability 25 {promises 50 0–10, product info 50 1–5},
 * responsiveness 20 {greet 40 yes/no, wait 60 0–10}, assurance 20 {answers 70 1–5, polite 30
 * yes/no}, empathy 20 {needs 50 1–5, farewell 50 yes/no}), its audit (yes, 4, 8, 5, yes, 9, 4, yes,
 * 3, no → 76.30; with promises N/A → 78.80), and survey sheets for NPS and SERVQUAL (§4, §5).
 * Touchpoint titles are those of `retailJourney()`.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'

export type Sheet = { headers: string[]; rows: string[][] }

export const SCORECARD_HEADERS = {
  en: ['scorecard', 'post', 'dimension', 'dimension_weight', 'indicator', 'description', 'weight', 'scale', 'touchpoints'],
  zh: ['考核表', '岗位', '维度', '维度权重', '指标', '指标说明', '权重', '评分标准', '关联接触点'],
}

/**
 * The worked example. Blank scorecard, post and dimension cells repeat the row above (merged
 * cells); dimensions mix codes, standard and trainers' Chinese names; weights mix 30, 30 % and the
 * scales every spelling.
 */
export function workedScorecardSheet(language: 'en' | 'zh' = 'en', name = 'Store visit'): Sheet {
  return {
    headers: SCORECARD_HEADERS[language],
    rows: [
      [name, 'Sales', 'tangibles', '15', 'Appearance', 'Uniform, badge, grooming', '60', 'yes/no', '进门迎宾'],
      ['', '', '有形性', '15%', 'Display', 'Shelves full and tidy', '40', '1-5', ''],
      ['', '', 'reliability', '25', 'Promises', 'Keeps what was promised', '50', '0-10', ''],
      ['', '', '', '', 'Product info', 'Correct product information', '50%', '1到5', '导购推荐'],
      ['', '', '响应性', '20', 'Greet', 'Greets within 3 s', '40', '是/否', '进门迎宾'],
      ['', '', '反应度', '', 'Wait', 'Waiting time acceptable', '60', '0～10', '进门迎宾、排队结账'],
      ['', '', 'assurance', '20', 'Answers', 'Answers questions competently', '70', '1-5', '导购推荐'],
      ['', '', '专业度', '', 'Polite', 'Polite and professional', '30', 'Y/N', ''],
      ['', '', '移情性', '20', 'Needs', 'Asks about needs', '50', '1 - 5', '导购推荐；试穿试用'],
      ['', '', '同理度', '', 'Farewell', 'Sees the customer off', '50', '是否', '送别与会员邀请'],
    ],
  }
}

export const INDICATOR_NAMES = ['Appearance', 'Display', 'Promises', 'Product info', 'Greet', 'Wait', 'Answers', 'Polite', 'Needs', 'Farewell']
/** The worked audit: yes, 4, 8, 5, yes, 9, 4, yes, 3, no → 76.30. */
export const WORKED_ANSWERS = ['yes', '4', '8', '5', 'yes', '9', '4', 'yes', '3', 'no']
/** The same with promises N/A → 78.80 (Chinese yes/no and N/A words). */
export const WORKED_ANSWERS_NA = ['是', '4', '不适用', '5', '是', '9', '4', 'yes', '3', '否']

export const AUDIT_HEADERS = {
  en: ['audit', 'date', 'store', 'post', 'indicator', 'score'],
  zh: ['检查编号', '日期', '门店', '岗位', '指标', '得分'],
}

/** One audit's rows in the long format. */
export function auditRows(audit: string, date: string, store: string, answers: readonly string[], post = 'Sales'): string[][] {
  return INDICATOR_NAMES.map((indicator, index) => [audit, date, store, post, indicator, answers[index]!])
}

/** A-0001 (2025-03-14, Store 1) → 76.30 and A-0002 (2025/4/2, Store 2, promises N/A) → 78.80. */
export function workedAuditSheet(language: 'en' | 'zh' = 'en'): Sheet {
  return {
    headers: AUDIT_HEADERS[language],
    rows: [...auditRows('A-0001', '2025-03-14', 'Store 1', WORKED_ANSWERS), ...auditRows('A-0002', '2025/4/2', 'Store 2', WORKED_ANSWERS_NA)],
  }
}

/** The two respondents of methods.md §4 (unweighted −0.595, weighted −0.71125), with E and P answers. */
export const SERVQUAL_RESPONDENTS: Array<{ id: string; e: number[]; p: number[]; points: number[]; recommend: string }> = [
  {
    id: 'R1',
    // gaps: T (0, 0, −1, −1) → −0.5; Rel (−1 ×4, −2) → −1.2; Res (−1, −1, −1, 0) → −0.75; A (−1, 0, 0, 0) → −0.25; E (−1 ×5) → −1
    e: [5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6],
    p: [5, 5, 4, 4, 5, 5, 5, 5, 4, 5, 5, 5, 6, 5, 6, 6, 6, 5, 5, 5, 5, 5],
    points: [10, 35, 20, 20, 15],
    recommend: '9',
  },
  {
    id: 'R2',
    // gaps: T (1, 0, 0, 0) → 0.25; Rel (−1, −1, 0, 0, 0) → −0.4; Res (−2, −2, −1, −1) → −1.5; A 0; E (−1, −1, −1, 0, 0) → −0.6
    e: [5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6],
    p: [6, 5, 5, 5, 5, 5, 6, 6, 6, 4, 4, 5, 5, 6, 6, 6, 6, 5, 5, 5, 6, 6],
    points: [15, 25, 30, 15, 15],
    recommend: '3',
  },
]

export const SURVEY_HEADERS = {
  en: [
    'respondent', 'date', 'store',
    ...Array.from({ length: 22 }, (_, index) => `E${index + 1}`),
    ...Array.from({ length: 22 }, (_, index) => `P${index + 1}`),
    'importance_tangibles', 'importance_reliability', 'importance_responsiveness', 'importance_assurance', 'importance_empathy',
    'recommend',
  ],
  zh: [
    '受访者', '日期', '门店',
    ...Array.from({ length: 22 }, (_, index) => `期望${index + 1}`),
    ...Array.from({ length: 22 }, (_, index) => `感知${index + 1}`),
    '重要性_有形性', '重要性_可靠性', '重要性_响应性', '重要性_保证性', '移情性权重',
    '推荐意愿',
  ],
}

/** The two SERVQUAL respondents. */
export function servqualSheet(language: 'en' | 'zh' = 'en'): Sheet {
  return {
    headers: SURVEY_HEADERS[language],
    rows: SERVQUAL_RESPONDENTS.map((respondent) => [
      respondent.id, '2025-03-20', 'Store 1',
      ...respondent.e.map(String), ...respondent.p.map(String), ...respondent.points.map(String), respondent.recommend,
    ]),
  }
}

/** methods.md §5's second example: 90 promoters, 60 passives, 50 detractors of 200 → NPS 20, margin ±11.26. */
export function npsSheet(): Sheet {
  const answers = [...Array<string>(90).fill('10'), ...Array<string>(60).fill('7'), ...Array<string>(50).fill('4')]
  return { headers: ['respondent', 'date', 'recommend'], rows: answers.map((answer, index) => [`N${index + 1}`, '2025-03-21', answer]) }
}

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/** A sheet as CSV text (CRLF, like spreadsheet programs). */
export function csvText(sheet: Sheet): string {
  return [sheet.headers, ...sheet.rows].map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n'
}

/** Writes a sheet as UTF-8 CSV (with a BOM if asked) and returns its path. */
export function writeCsvSheet(dir: string, name: string, sheet: Sheet, options: { bom?: boolean } = {}): string {
  const path = join(dir, name)
  writeFileSync(path, (options.bom ? '\uFEFF' : '') + csvText(sheet))
  return path
}

/** Writes a sheet as XLSX; `cell` may turn a cell into another value (a Date, a number). */
export async function writeXlsxSheet(dir: string, name: string, sheet: Sheet, cell: (text: string, column: number) => unknown = (text) => text): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const worksheet = workbook.addWorksheet('Sheet1')
  worksheet.addRow(sheet.headers)
  for (const row of sheet.rows) worksheet.addRow(row.map((text, column) => cell(text, column)))
  const path = join(dir, name)
  await workbook.xlsx.writeFile(path)
  return path
}
