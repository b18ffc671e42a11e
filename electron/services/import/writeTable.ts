/** Writing a table as a file Excel and WPS open correctly, in Chinese as in English. */
import ExcelJS from 'exceljs'
import type { RawTable } from '../../../shared/import/touchpointTable'

/** Quotes a field when it holds a separator, quote, line break or edge spaces (RFC 4180). */
function csvField(text: string): string {
  return /[",;\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * CSV text for Excel: a UTF-8 BOM (without it Excel reads Chinese as the system code page) and
 * CRLF between records; line breaks inside a cell stay LF, as Excel writes them.
 */
export function tableToCsv(table: RawTable): string {
  const records = [table.headers, ...table.rows].map((cells) => cells.map(csvField).join(','))
  return `\uFEFF${records.join('\r\n')}\r\n`
}

/** Column width in Excel's character units, from the longest line (CJK characters count double). */
function columnWidth(texts: readonly string[]): number {
  const displayWidth = (line: string) => [...line].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  const widest = Math.max(...texts.flatMap((text) => text.split('\n').map(displayWidth)))
  return Math.min(60, Math.max(10, widest + 2))
}

/**
 * An .xlsx workbook of one sheet: bold, frozen header row, optional notes on header cells, and
 * wrapped cells so multi-line standards and scripts stay readable.
 */
export async function tableToXlsx(table: RawTable, options: { sheetName: string; headerNotes?: (string | null)[] }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.addRow(table.headers)
  for (const row of table.rows) sheet.addRow(row)
  sheet.getRow(1).font = { bold: true }
  table.headers.forEach((header, index) => {
    const column = sheet.getColumn(index + 1)
    column.width = columnWidth([header, ...table.rows.map((row) => row[index] ?? '')])
    column.alignment = { vertical: 'top', wrapText: true }
    const note = options.headerNotes?.[index]
    if (note) sheet.getCell(1, index + 1).note = note
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
