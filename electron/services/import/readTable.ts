/**
 * Reads a spreadsheet file into plain cell text for the pure importer: CSV in whatever encoding
 * Excel or WPS saved it (UTF-8 with or without BOM, UTF-16, or GB18030 from Chinese Windows), and
 * the first worksheet of an .xlsx workbook.
 */
import { extname } from 'node:path'
import { CsvError, parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { RawTable } from '../../../shared/import/touchpointTable'
import { ServiceError } from '../errors'
import { readImportBytes } from './readBytes'
import { declaredUnzippedBytes } from './zipSize'

/** What a workbook may unpack to: far beyond any sheet a team keeps (100,000 audit rows are ~40 MB). */
export const MAX_UNZIPPED_MB = 300

/** The spreadsheet at `path` as text cells; throws a {@link ServiceError} the user can act on. */
export async function readTable(path: string): Promise<RawTable> {
  const extension = extname(path).toLowerCase()
  if (extension !== '.csv' && extension !== '.xlsx') throw unsupportedType(path)
  const bytes = await readImportBytes(path)
  return extension === '.csv' ? parseCsv(decodeCsvBytes(bytes)) : await readWorkbook(bytes)
}

export function unsupportedType(path: string): ServiceError {
  return new ServiceError('BAD_REQUEST', { key: 'import.unsupportedType', params: { extension: extname(path) || path } })
}

/**
 * CSV bytes → text. A BOM says what it is; otherwise strict UTF-8, and if that fails, GB18030
 * (a superset of GBK/GB2312), which is what Excel on Chinese Windows writes for "CSV".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/**
 * The field separator, guessed from the header row: Excel writes `;` where the decimal mark is a
 * comma, and "Unicode text" is tab-separated. Header names never contain any of them.
 */
function sniffDelimiter(text: string): string {
  const headerLine = text.split(/\r\n|\r|\n/, 1)[0] ?? ''
  const count = (delimiter: string) => headerLine.split(delimiter).length - 1
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a))
  return best !== undefined && count(best) > 0 ? best : ','
}

/** CSV text → table. Empty lines stay as rows so row numbers match what Excel shows. */
export function parseCsv(text: string): RawTable {
  let records: string[][]
  try {
    records = parse(text, { delimiter: sniffDelimiter(text), relax_column_count: true, relax_quotes: true, bom: true })
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === 'number' ? error.lines : 1
    throw new ServiceError('IMPORT_PROBLEMS', { key: 'import.csvUnreadable', params: { line } })
  }
  const [headers = [], ...rows] = records
  return { headers, rows }
}

/** The first worksheet of an .xlsx file; row 1 is the header row. */
async function readWorkbook(bytes: Uint8Array): Promise<RawTable> {
  const unzipped = declaredUnzippedBytes(bytes)
  if (unzipped === null) throw new ServiceError('CORRUPT', { key: 'import.unreadableWorkbook' })
  if (unzipped > MAX_UNZIPPED_MB * 1024 * 1024) throw new ServiceError('TOO_LARGE', { key: 'import.workbookTooLarge', params: { mb: MAX_UNZIPPED_MB } })
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its input as an ArrayBuffer-like "Buffer"; a fresh ArrayBuffer satisfies that exactly.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  } catch {
    throw new ServiceError('CORRUPT', { key: 'import.unreadableWorkbook' })
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return { headers: [], rows: [] }
  const records: string[][] = []
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber)
    const cells: string[] = []
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value))
    records.push(cells)
  }
  // Formatting alone makes Excel count a row as used; only rows with text count.
  while (records.length > 0 && records.at(-1)!.every((cell) => cell.trim() === '')) records.pop()
  const [headers = [], ...rows] = records
  return { headers, rows }
}

/** What the user sees in a cell: rich text joined, a formula's result, a date as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('')
    }
    if ('result' in value) return cellText(value.result)
    if ('formula' in value || 'sharedFormula' in value) return ''
    if ('text' in value) return cellText(value.text)
    if ('error' in value) return String(value.error)
  }
  return ''
}
