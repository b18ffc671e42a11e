/**
 * The scorecard exports (`export.scorecards`, `mot-studio export --scorecards`): one entry point
 * that builds the export model from an open working copy and writes the chosen format atomically.
 * - sqlite: the scorecard package (sqlitePackage.ts), for BI tools and the sqlite3 shell;
 * - xlsx: the workbook with formulas that reproduce the index (xlsx.ts);
 * - csv: one long-format file (csv.ts);
 * - pdf: the blank assessment form or the result report (shared/export/scorecardHtml.ts), printed
 *   by an {@link HtmlToPdf} (Electron's own Chromium in the app, the system's elsewhere).
 */
import { basename, extname } from 'node:path'
import type { z } from 'zod'
import { assessmentFormHtml, scoreReportHtml, type ScorecardHtmlInput } from '../../../../shared/export/scorecardHtml'
import { translate } from '../../../../shared/i18n/translate'
import type { JourneyDocument, Locale } from '../../../../shared/model/schema'
import { writeFileAtomic } from '../../atomicWrite'
import { ServiceError } from '../../errors'
import type { WorkingCopy } from '../../document/workingCopy'
import type { Workspace } from '../../workspace'
import type { SCORECARD_METHODS } from '../../../../shared/ipc/scorecardContract'
import { playwrightHtmlToPdf, type HtmlToPdf } from '../pdf/htmlToPdf'
import { scorecardCsv } from './csv'
import { buildExportModel, readScorecardTables, type ScorecardExportModel } from './data'
import { writeScorecardPackage } from './sqlitePackage'
import { scorecardWorkbook } from './xlsx'

export const SCORECARD_EXPORT_FORMATS = ['sqlite', 'xlsx', 'csv', 'pdf'] as const
export type ScorecardExportFormat = (typeof SCORECARD_EXPORT_FORMATS)[number]
export const PDF_KINDS = ['form', 'report'] as const
export type PdfKind = (typeof PDF_KINDS)[number]

/** The file name endings each format accepts (the first is the one to offer). */
export const SCORECARD_EXTENSIONS: Record<ScorecardExportFormat, readonly string[]> = {
  sqlite: ['.sqlite', '.db'],
  xlsx: ['.xlsx'],
  csv: ['.csv'],
  pdf: ['.pdf'],
}

export interface ScorecardExportOptions {
  format: ScorecardExportFormat
  /** PDF only; the report when not given. */
  pdfKind?: PdfKind
  locale: Locale
  /** The journey's file name, recorded in the package and printed on the report. */
  sourceName: string
  appVersion: string
  /** How PDFs are printed; the system's Chromium through playwright-core when not given. */
  htmlToPdf?: HtmlToPdf
  generatedAt?: Date
}

/** The export model of an open working copy: its document plus the rows of its data tables. */
export function exportModelOf(workingCopy: WorkingCopy, doc: JourneyDocument, options: Pick<ScorecardExportOptions, 'locale' | 'sourceName' | 'appVersion' | 'generatedAt'>): ScorecardExportModel {
  return buildExportModel(doc, readScorecardTables(workingCopy), options)
}

/** What the HTML builders need from the model (problems rendered in the user's language). */
export function htmlInputOf(model: ScorecardExportModel): ScorecardHtmlInput {
  return {
    locale: model.locale,
    journeyTitle: model.journeyTitle,
    sourceName: model.sourceName,
    appVersion: model.appVersion,
    generatedAt: model.generatedAt,
    report: model.report,
    cards: model.cards.map((card) => ({
      scorecard: card.scorecard,
      indicators: card.indicators,
      effective: card.effective,
      problems: card.problems.map((problem) => translate(model.locale, problem.key, problem.params)),
      audits: card.audits,
    })),
  }
}

/** The HTML of a PDF export (also what the tests check for escaping). */
export function scorecardPdfHtml(model: ScorecardExportModel, kind: PdfKind): string {
  const input = htmlInputOf(model)
  return kind === 'form' ? assessmentFormHtml(input) : scoreReportHtml(input)
}

/** Writes `model` to `target` in `options.format`, whole or not at all. */
export async function writeScorecardExport(target: string, model: ScorecardExportModel, options: Pick<ScorecardExportOptions, 'format' | 'pdfKind' | 'htmlToPdf'>): Promise<void> {
  switch (options.format) {
    case 'sqlite':
      writeScorecardPackage(target, model)
      return
    case 'xlsx':
      writeFileAtomic(target, await scorecardWorkbook(model))
      return
    case 'csv':
      writeFileAtomic(target, scorecardCsv(model))
      return
    case 'pdf': {
      const print = options.htmlToPdf ?? playwrightHtmlToPdf()
      writeFileAtomic(target, await print(scorecardPdfHtml(model, options.pdfKind ?? 'report')))
      return
    }
  }
}

/** Builds the model from an open working copy and writes the export; file-system failures become ServiceErrors. */
export async function exportScorecards(workingCopy: WorkingCopy, doc: JourneyDocument, target: string, options: ScorecardExportOptions): Promise<{ fileName: string }> {
  const model = exportModelOf(workingCopy, doc, options)
  try {
    await writeScorecardExport(target, model, options)
  } catch (error) {
    if (error instanceof ServiceError) throw error
    throw new ServiceError('IO', { key: 'scorecardExport.error.writeFailed', params: { detail: error instanceof Error ? error.message : String(error) } })
  }
  return { fileName: basename(target) }
}

/**
 * The `export.scorecards` handler for `ApiService` (shared/ipc/scorecardContract.ts): resolves the
 * file reference, checks the name's extension, and exports the open journey's scorecards. A PDF
 * without `pdfKind` is the result report.
 *
 * @example return { ...otherHandlers, ...scorecardExportHandlers(workspace, (ref) => this.pathOf(ref), host) }
 */
export function scorecardExportHandlers(
  workspace: Workspace,
  pathOf: (ref: string) => string,
  host: { version: string; htmlToPdf?: HtmlToPdf },
): { 'export.scorecards': (request: ScorecardExportRequest) => Promise<{ fileName: string }> } {
  return {
    'export.scorecards': async ({ docId, ref, format, pdfKind, locale }) => {
      const path = pathOf(ref)
      checkExtension(path, format)
      const { doc } = workspace.reload(docId)
      const file = workspace.fileOf(docId)
      return exportScorecards(workspace.workingCopyOf(docId), doc, path, {
        format,
        pdfKind,
        locale,
        sourceName: file ? basename(file) : workspace.suggestedFileName(docId),
        appVersion: host.version,
        htmlToPdf: host.htmlToPdf,
      })
    },
  }
}

type ScorecardExportRequest = z.output<(typeof SCORECARD_METHODS)['export.scorecards']['request']>

/** Refuses a target whose name does not end as the format's files do (as `export.image` does). */
export function checkExtension(path: string, format: ScorecardExportFormat): void {
  const allowed = SCORECARD_EXTENSIONS[format]
  if (!allowed.includes(extname(path).toLowerCase())) {
    throw new ServiceError('BAD_REQUEST', { key: 'scorecardExport.error.wrongExtension', params: { extension: allowed.join(', ') } })
  }
}
