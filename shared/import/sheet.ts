/**
 * What the scorecard, audit and survey importers share: matching a header row against a column
 * spec (English or Chinese, any case, spacing, `_`/`-`, full-width forms), the non-blank data rows
 * with their sheet row numbers, problem lists in row order (capped for the listing), and the cell
 * readers for dates and ids. Same conventions as the journey import (`columns.ts`, `tableRow.ts`).
 */
import type { Message, MessageKey } from '../i18n/translate'
import { IdSchema, type Locale } from '../model/schema'
import { normalizeLabel } from './columns'
import type { RawTable } from './touchpointTable'

/** One column: the header a template writes per language, and further accepted spellings. */
export interface SheetColumn {
  header: Record<Locale, string>
  aliases?: readonly string[]
}

/** Where each known column sits and the header as the user wrote it (for messages). */
export type SheetColumns<Id extends string> = Partial<Record<Id, { index: number; header: string }>>

export type SheetHeaderMatch<Id extends string> = { ok: true; columns: SheetColumns<Id> } | { ok: false; problems: Message[] }

/**
 * A header or keyword in comparable form: {@link normalizeLabel} (no BOM, NFKC, lower case, no
 * whitespace) and without `_`, `-` and `.`, so `dimension_weight`, `Dimension weight` and
 * `DIMENSION-WEIGHT` agree.
 */
export function headerKey(text: string): string {
  return normalizeLabel(text).replace(/[_\-.]/g, '')
}

/**
 * Finds the columns of `spec` in a header row. Unknown headers are ignored; a column given twice
 * and a missing `required` column are problems (the latter named in the user's language, with the
 * other language as the alternative).
 *
 * @example matchSheetHeaders(['检查编号', 'Date'], { audit: …, date: … }, ['audit', 'date'], 'en') // { ok: true, … }
 */
export function matchSheetHeaders<Id extends string>(
  headers: readonly string[],
  spec: Readonly<Record<Id, SheetColumn>>,
  required: readonly Id[],
  locale: Locale,
): SheetHeaderMatch<Id> {
  const byKey = new Map<string, Id>()
  for (const id of Object.keys(spec) as Id[]) {
    const column = spec[id]
    for (const label of [id, column.header.en, column.header['zh-CN'], ...(column.aliases ?? [])]) byKey.set(headerKey(label), id)
  }
  const columns: SheetColumns<Id> = {}
  const problems: Message[] = []
  headers.forEach((raw, index) => {
    const header = raw.replace(/\uFEFF/g, '').trim()
    const id = byKey.get(headerKey(header))
    if (id === undefined) return
    const earlier = columns[id]
    if (earlier) {
      problems.push({ key: 'import.duplicateColumn', params: { column: header, first: earlier.header } })
      return
    }
    columns[id] = { index, header }
  })
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en'
  for (const id of required) {
    if (columns[id]) continue
    problems.push({ key: 'scorecardImport.missingColumn', params: { column: spec[id].header[locale], alternative: spec[id].header[other] } })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns }
}

/** A data row and its number in the sheet (header = row 1). */
export interface DataRow {
  cells: readonly string[]
  rowNumber: number
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '')

/** The non-blank data rows; row numbers stay the sheet's own. */
export function dataRows(table: RawTable): DataRow[] {
  const rows: DataRow[] = []
  table.rows.forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ cells, rowNumber: index + 2 })
  })
  return rows
}

/** Whether the sheet has nothing at all (no headers, no data). */
export function isEmptyTable(table: RawTable): boolean {
  return isBlank(table.headers) && table.rows.every(isBlank)
}

/** Reads cells of one row by column id; absent columns read as empty. */
export function cellReader<Id extends string>(columns: SheetColumns<Id>): (cells: readonly string[], column: Id) => string {
  return (cells, column) => {
    const at = columns[column]
    return at === undefined ? '' : (cells[at.index] ?? '')
  }
}

/** The header of a column as the user wrote it, or the column id when absent. */
export function columnLabel<Id extends string>(columns: SheetColumns<Id>, column: Id): string {
  return columns[column]?.header ?? column
}

/** The row a message is about (0 for file-level messages). */
export function rowOf(message: Message): number {
  return Number(message.params?.row ?? 0)
}

/** Messages in row order (stable: within a row, in the order found). */
export function sortByRow(messages: Message[]): Message[] {
  return messages.sort((a, b) => rowOf(a) - rowOf(b))
}

/**
 * How many problems a result lists; the rest are counted in one `scorecardImport.moreProblems`
 * message, so a sheet where every one of 100,000 rows is wrong does not become 100,000 messages.
 * Skipping still applies to every bad row, listed or not.
 */
export const MAX_LISTED_PROBLEMS = 500

/** `messages` in row order, capped at {@link MAX_LISTED_PROBLEMS} plus a count of the rest. */
export function listed(messages: Message[]): Message[] {
  const sorted = sortByRow(messages)
  if (sorted.length <= MAX_LISTED_PROBLEMS) return sorted
  return [...sorted.slice(0, MAX_LISTED_PROBLEMS), { key: 'scorecardImport.moreProblems', params: { count: sorted.length - MAX_LISTED_PROBLEMS } }]
}

/** How many problems a {@link listed} list stands for (the listed ones plus those only counted). */
export function problemCount(messages: readonly Message[]): number {
  return messages.reduce((count, message) => count + (message.key === 'scorecardImport.moreProblems' ? Number(message.params?.count ?? 0) : 1), 0)
}

/** Collects the problems of rows: `report(row, key, column, params)` and which rows are bad. */
export class RowProblems<Id extends string> {
  readonly messages: Message[] = []
  readonly badRows = new Set<number>()

  constructor(private readonly columns: SheetColumns<Id>) {}

  report(row: number, key: MessageKey, column: Id, params: Record<string, string | number> = {}): void {
    this.badRows.add(row)
    this.messages.push({ key, params: { row, column: columnLabel(this.columns, column), ...params } })
  }
}

/** The longest id a record may have (`IdSchema`): audit numbers and respondent ids are kept as written. */
const MAX_ID_LENGTH = IdSchema.maxLength ?? 64

/**
 * Whether an id written in a sheet (audit number, respondent) can be kept as written (`IdSchema`):
 * given, not too long, not a reserved name. Reports why not, with the cell's value.
 */
export function writtenIdOk(id: string, report: (key: MessageKey, params?: Record<string, string | number>) => void): boolean {
  if (id === '') report('scorecardImport.requiredEmpty')
  else if (id.length > MAX_ID_LENGTH) report('scorecardImport.idTooLong', { value: id, max: MAX_ID_LENGTH })
  else if (!IdSchema.safeParse(id).success) report('scorecardImport.idReserved', { value: id })
  else return true
  return false
}

const pad = (value: number) => String(value).padStart(2, '0')

/** `YYYY-MM-DD` when year, month and day form a real calendar date (1900–2199), else null. */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day > days ? null : `${year}-${pad(month)}-${pad(day)}`
}

/** The earliest serial read as an Excel date (1900-03-01; serials before it hit Excel's 1900 leap-year bug). */
const FIRST_EXCEL_SERIAL = 61
/** 2199-12-31. */
const LAST_EXCEL_SERIAL = 109_573
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

const DATE_PATTERNS: readonly RegExp[] = [
  // 2025-03-14, 2025/3/14, 2025.3.14, optionally followed by a time
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  // 2025年3月14日 (日 or 号 optional), optionally followed by a time
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*\d{1,2}[:时點点]\d{2}.*)?$/,
  // 20250314
  /^(\d{4})(\d{2})(\d{2})$/,
]

/**
 * Reads a date cell as `YYYY-MM-DD`: `2025-03-14`, `2025/3/14`, `2025.3.14`, `2025年3月14日`,
 * `20250314`, each optionally followed by a time of day (dropped), or an Excel serial day number
 * (what an .xlsx date cell without date formatting holds: 45730 = 2025-03-14). Full-width digits
 * are fine. Null when it is none of these or not a real date.
 *
 * @example parseDateCell('2025年3月14日') // '2025-03-14'
 * @example parseDateCell('45730') // '2025-03-14'
 * @example parseDateCell('2025-02-30') // null
 */
export function parseDateCell(text: string): string | null {
  const cleaned = text.normalize('NFKC').trim()
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(cleaned)
    if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  }
  if (/^\d{2,6}(?:\.\d+)?$/.test(cleaned)) {
    const serial = Math.floor(Number(cleaned))
    if (serial < FIRST_EXCEL_SERIAL || serial > LAST_EXCEL_SERIAL) return null
    return new Date(EXCEL_EPOCH_MS + serial * DAY_MS).toISOString().slice(0, 10)
  }
  return null
}
