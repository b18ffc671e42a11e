/**
 * The script exports (`export.scripts`, `mot-studio export --scripts`): the customer experience
 * process script (客户体验流程脚本) of a journey, whole, for one post, or as pocket cards.
 * - sqlite: the script package (sqlitePackage.ts), plain documented tables;
 * - docx: Word, written with `docx` (docx.ts);
 * - pdf: the book's HTML (shared/scripts/html.ts) printed by an {@link HtmlToPdf} (Electron's own
 *   Chromium in the app, the system's through playwright-core elsewhere), with the running header
 *   (journey, book title with version label, date) and page-number footer as Chromium templates;
 * - html, markdown, csv: shared/scripts renderers, as text.
 * Every file is written whole or not at all.
 */
import { basename, extname } from 'node:path'
import type { z } from 'zod'
import { translate } from '../../../../shared/i18n/translate'
import type { SCRIPT_EXPORT_METHODS } from '../../../../shared/ipc/contract'
import type { JourneyDocument, Locale } from '../../../../shared/model/schema'
import { scriptBookCsv } from '../../../../shared/scripts/csv'
import { pdfFooterTemplate, pdfHeaderTemplate, pocketCardsHtml, scriptBookHtml, type HtmlTarget } from '../../../../shared/scripts/html'
import { pocketCardsMarkdown, scriptBookMarkdown } from '../../../../shared/scripts/markdown'
import { buildScriptBook, journeyRoles, pocketCardsOf, type PocketCards, type ScriptBook } from '../../../../shared/scripts/scriptBook'
import { writeFileAtomic } from '../../atomicWrite'
import { ServiceError } from '../../errors'
import type { Workspace } from '../../workspace'
import { playwrightHtmlToPdf, type HtmlToPdf } from '../pdf/htmlToPdf'
import { pocketCardsDocx, scriptBookDocx } from './docx'
import { writeScriptPackage } from './sqlitePackage'

export const SCRIPT_EXPORT_FORMATS = ['sqlite', 'docx', 'pdf', 'html', 'markdown', 'csv'] as const
export type ScriptExportFormat = (typeof SCRIPT_EXPORT_FORMATS)[number]
/** The formats pocket cards come in (they are pages to print). */
export const POCKET_FORMATS: readonly ScriptExportFormat[] = ['docx', 'pdf', 'html', 'markdown']
/** The formats that are text (and may go to standard output from the CLI). */
export const TEXT_FORMATS: readonly ScriptExportFormat[] = ['html', 'markdown', 'csv']

/** The file name endings each format accepts (the first is the one to offer). */
export const SCRIPT_EXTENSIONS: Record<ScriptExportFormat, readonly string[]> = {
  sqlite: ['.sqlite', '.db'],
  docx: ['.docx'],
  pdf: ['.pdf'],
  html: ['.html', '.htm'],
  markdown: ['.md', '.markdown'],
  csv: ['.csv'],
}

export interface ScriptExportOptions {
  format: ScriptExportFormat
  /** The language of the labels (the document's own text is printed as written). */
  locale: Locale
  /** Only this post's touchpoints. */
  role?: string
  /** One page per moment of truth instead of the book. */
  pocket?: boolean
  /** The journey's file name, recorded in the package. */
  sourceName: string
  appVersion: string
  /** How PDFs are printed; the system's Chromium through playwright-core when not given. */
  htmlToPdf?: HtmlToPdf
  /** The date printed on every page (`YYYY-MM-DD`); today when not given. */
  date?: string
  generatedAt?: Date
}

/** The book for the options, refusing a post no touchpoint has and pocket cards without moments of truth. */
export function scriptBookFor(doc: JourneyDocument, options: Pick<ScriptExportOptions, 'locale' | 'role' | 'pocket' | 'format' | 'date'>): ScriptBook {
  if (options.pocket && !POCKET_FORMATS.includes(options.format)) throw new ServiceError('BAD_REQUEST', { key: 'scriptExport.error.pocketFormat' })
  const book = buildScriptBook(doc, { locale: options.locale, role: options.role, date: options.date })
  if (book.role !== null && book.counts.touchpoints === 0) {
    const roles = journeyRoles(doc)
    throw new ServiceError('BAD_REQUEST', {
      key: 'scriptExport.error.noRole',
      params: { role: book.role, roles: roles.length > 0 ? roles.join(options.locale === 'zh-CN' ? '、' : ', ') : translate(options.locale, 'scriptExport.error.noRoles') },
    })
  }
  if (options.pocket && book.counts.mots === 0) throw new ServiceError('BAD_REQUEST', { key: 'scriptExport.error.noMots' })
  return book
}

/** The HTML of the book or the cards (what the PDF prints, with `target: 'pdf'`). */
export function scriptHtml(book: ScriptBook, pocket: boolean, target: HtmlTarget): string {
  return pocket ? pocketCardsHtml(pocketCardsOf(book), { target }) : scriptBookHtml(book, { target })
}

/** The text formats as a string (html, markdown, csv). */
export function scriptText(book: ScriptBook, format: 'html' | 'markdown' | 'csv', pocket: boolean): string {
  switch (format) {
    case 'html':
      return scriptHtml(book, pocket, 'file')
    case 'markdown':
      return pocket ? pocketCardsMarkdown(pocketCardsOf(book)) : scriptBookMarkdown(book)
    case 'csv':
      return scriptBookCsv(book)
  }
}

/** The PDF bytes of the book or the cards, printed with the running header and footer. */
export async function scriptPdf(book: ScriptBook, pocket: boolean, htmlToPdf: HtmlToPdf = playwrightHtmlToPdf()): Promise<Uint8Array> {
  const facts: ScriptBook | PocketCards = pocket ? pocketCardsOf(book) : book
  return htmlToPdf(scriptHtml(book, pocket, 'pdf'), { headerTemplate: pdfHeaderTemplate(facts), footerTemplate: pdfFooterTemplate(book.locale) })
}

/** Writes `book` to `target` in `options.format`, whole or not at all. */
export async function writeScriptExport(target: string, book: ScriptBook, options: Pick<ScriptExportOptions, 'format' | 'pocket' | 'htmlToPdf' | 'sourceName' | 'appVersion' | 'generatedAt'>): Promise<void> {
  const pocket = options.pocket === true
  switch (options.format) {
    case 'sqlite':
      writeScriptPackage(target, book, { appVersion: options.appVersion, sourceName: options.sourceName, generatedAt: (options.generatedAt ?? new Date()).toISOString() })
      return
    case 'docx':
      writeFileAtomic(target, pocket ? await pocketCardsDocx(pocketCardsOf(book)) : await scriptBookDocx(book))
      return
    case 'pdf':
      writeFileAtomic(target, await scriptPdf(book, pocket, options.htmlToPdf))
      return
    case 'html':
    case 'markdown':
    case 'csv':
      writeFileAtomic(target, scriptText(book, options.format, pocket))
      return
  }
}

/** Builds the book and writes the export; file-system failures become ServiceErrors. */
export async function exportScripts(doc: JourneyDocument, target: string, options: ScriptExportOptions): Promise<{ fileName: string }> {
  checkExtension(target, options.format)
  const book = scriptBookFor(doc, options)
  try {
    await writeScriptExport(target, book, options)
  } catch (error) {
    if (error instanceof ServiceError) throw error
    throw new ServiceError('IO', { key: 'scriptExport.error.writeFailed', params: { detail: error instanceof Error ? error.message : String(error) } })
  }
  return { fileName: basename(target) }
}

/** Refuses a target whose name does not end as the format's files do. */
export function checkExtension(path: string, format: ScriptExportFormat): void {
  const allowed = SCRIPT_EXTENSIONS[format]
  if (!allowed.includes(extname(path).toLowerCase())) {
    throw new ServiceError('BAD_REQUEST', { key: 'scriptExport.error.wrongExtension', params: { extension: allowed.join(', ') } })
  }
}

type ScriptExportRequest = z.output<(typeof SCRIPT_EXPORT_METHODS)['export.scripts']['request']>

/**
 * The `export.scripts` handler for `ApiService`: resolves the file reference, checks the name's
 * extension and exports the open journey's script (as it is now, unsaved edits included).
 *
 * @example return { ...otherHandlers, ...scriptExportHandlers(workspace, (ref) => this.pathOf(ref), host) }
 */
export function scriptExportHandlers(
  workspace: Workspace,
  pathOf: (ref: string) => string,
  host: { version: string; htmlToPdf?: HtmlToPdf },
): { 'export.scripts': (request: ScriptExportRequest) => Promise<{ fileName: string }> } {
  return {
    'export.scripts': async ({ docId, ref, format, locale, role, pocket }) => {
      const path = pathOf(ref)
      checkExtension(path, format)
      const { doc } = workspace.reload(docId)
      const file = workspace.fileOf(docId)
      return exportScripts(doc, path, {
        format,
        locale,
        role,
        pocket,
        sourceName: file ? basename(file) : workspace.suggestedFileName(docId),
        appVersion: host.version,
        htmlToPdf: host.htmlToPdf,
      })
    },
  }
}
