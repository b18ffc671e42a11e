/**
 * Importing a journey from a file the user picked (spreadsheet or JSON interchange), and writing
 * the spreadsheet template. Refusals are {@link ServiceError}s; row problems travel as details.
 */
import { basename, extname } from 'node:path'
import { translate, type Message } from '../../../shared/i18n/translate'
import { importTemplateHints, importTemplateTable } from '../../../shared/import/template'
import { importTouchpointTable } from '../../../shared/import/touchpointTable'
import { parseJourneyJson } from '../../../shared/interchange/journeyJson'
import type { JourneyDocument, Locale } from '../../../shared/model/schema'
import { writeFileAtomic } from '../atomicWrite'
import { ServiceError } from '../errors'
import { decodeUtf8, readImportBytes } from './readBytes'
import { readTable } from './readTable'
import { tableToCsv, tableToXlsx } from './writeTable'

function importProblems(problems: Message[]): ServiceError {
  return new ServiceError('IMPORT_PROBLEMS', { key: 'import.problems', params: { count: problems.length } }, problems)
}

/**
 * Reads a `.csv`, `.xlsx` or `.json` journey. Spreadsheets take their title from the file name;
 * with `skipBadRows` their bad rows are left out and returned as `skipped`. JSON is all or nothing.
 * @throws ServiceError `IMPORT_PROBLEMS` with every problem as details; file errors as their codes.
 */
export async function importJourneyFile(
  path: string,
  locale: Locale,
  options: { skipBadRows: boolean },
): Promise<{ doc: JourneyDocument; skipped: Message[] }> {
  if (extname(path).toLowerCase() === '.json') {
    const parsed = parseJourneyJson(decodeUtf8(await readImportBytes(path)))
    if (!parsed.ok) throw importProblems(parsed.problems)
    return { doc: parsed.doc, skipped: [] }
  }
  const table = await readTable(path)
  const title = basename(path, extname(path))
  const result = importTouchpointTable(table, locale, { skipBadRows: options.skipBadRows, title })
  if (!result.ok) throw importProblems(result.problems)
  return { doc: result.doc, skipped: result.skipped }
}

/**
 * Writes the import template in the user's language: headers and example rows that import as
 * they are. CSV gets a BOM and CRLF for Excel; xlsx gets explanations on the header cells.
 */
export async function writeImportTemplate(path: string, locale: Locale, format: 'csv' | 'xlsx'): Promise<void> {
  const table = importTemplateTable(locale)
  const data =
    format === 'csv'
      ? tableToCsv(table)
      : await tableToXlsx(table, { sheetName: translate(locale, 'import.templateSheet'), headerNotes: importTemplateHints(locale) })
  writeFileAtomic(path, data)
}
