/**
 * Importing scorecards, audits and surveys from a CSV or XLSX file into a working copy: the file
 * is read like the journey import (`readTable`: UTF-8 with or without BOM, UTF-16, GB18030; the
 * first worksheet), checked by the pure importers in `shared/import/`, and — all or nothing —
 * written. Used by the API handlers and the CLI alike. A sheet with problems is refused with
 * `IMPORT_PROBLEMS` and every problem (row and column) as details, and nothing is written.
 */
import { basename, extname } from 'node:path'
import type { Message } from '../../../shared/i18n/translate'
import { importAuditTable } from '../../../shared/import/auditTable'
import { importScorecardTable } from '../../../shared/import/scorecardTable'
import { problemCount } from '../../../shared/import/sheet'
import { importSurveyTable } from '../../../shared/import/surveyTable'
import type { RawTable } from '../../../shared/import/touchpointTable'
import type { Locale } from '../../../shared/model/schema'
import type { Indicator, Scorecard } from '../../../shared/model/scorecard'
import type { WorkingCopy } from '../document/workingCopy'
import { ServiceError } from '../errors'
import { readTable } from '../import/readTable'
import { AuditData, type ReplaceResult } from './auditData'
import { readDesign } from './report'

export interface ImportOptions {
  locale: Locale
  /** Import the clean rows (audits) and list the problems instead of refusing the file. */
  skipBadRows: boolean
}

/** What a data import did (the `import.audits` / `import.surveys` response). */
export interface DataImportResult extends ReplaceResult {
  skipped: Message[]
}

/** The refusal of a sheet with problems: `IMPORT_PROBLEMS`, every problem as a detail. */
export function importProblems(problems: Message[]): ServiceError {
  return new ServiceError('IMPORT_PROBLEMS', { key: 'import.problems', params: { count: problemCount(problems) } }, problems)
}

/** A `.csv` or `.xlsx` file as text cells; other types are refused before reading. */
export async function readDataSheet(path: string): Promise<RawTable> {
  const extension = extname(path).toLowerCase()
  if (extension !== '.csv' && extension !== '.xlsx') {
    throw new ServiceError('BAD_REQUEST', { key: 'scorecardImport.unsupportedType', params: { extension: extension || basename(path) } })
  }
  return readTable(path)
}

/**
 * Reads the scorecards of a sheet, with touchpoints resolved against the working copy's journey.
 * Writes nothing: the app adds them with commands (undoable); the CLI merges them by name. A sheet
 * without a `scorecard` column makes one scorecard named after the file.
 */
export async function readScorecardsFile(
  workingCopy: WorkingCopy,
  path: string,
  options: ImportOptions,
): Promise<{ scorecards: Scorecard[]; indicators: Indicator[]; skipped: Message[] }> {
  const table = await readDataSheet(path)
  const result = importScorecardTable(table, readDesign(workingCopy), options.locale, {
    skipBadRows: options.skipBadRows,
    name: basename(path, extname(path)),
  })
  if (!result.ok) throw importProblems(result.problems)
  return { scorecards: result.scorecards, indicators: result.indicators, skipped: result.skipped }
}

/**
 * Imports audits into the working copy (one transaction); an audit number already in the file is
 * replaced. With `skipBadRows`, audits with a bad row are left out whole and listed.
 */
export async function importAuditsFile(workingCopy: WorkingCopy, path: string, options: ImportOptions): Promise<DataImportResult & { scores: number }> {
  const table = await readDataSheet(path)
  const result = importAuditTable(table, readDesign(workingCopy), options.locale, { skipBadRows: options.skipBadRows })
  if (!result.ok) throw importProblems(result.problems)
  const written = AuditData.of(workingCopy).replaceAudits(result.audits, result.scores)
  return { ...written, scores: result.scores.length, skipped: result.skipped }
}

/** Imports survey responses into the working copy (one transaction); a respondent already in the file is replaced. */
export async function importSurveysFile(workingCopy: WorkingCopy, path: string, options: ImportOptions): Promise<DataImportResult> {
  const table = await readDataSheet(path)
  const result = importSurveyTable(table, options.locale, { skipBadRows: options.skipBadRows })
  if (!result.ok) throw importProblems(result.problems)
  const written = AuditData.of(workingCopy).replaceSurveyResponses(result.responses)
  return { ...written, skipped: result.skipped }
}
