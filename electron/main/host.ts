/**
 * ApiService's Electron side: native file dialogs, and which window shows which document (one
 * window per document, so opening a file that is already open focuses its window instead).
 */
import { existsSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { app, BrowserWindow, dialog, webContents, type FileFilter } from 'electron'
import type { FileKind } from '../../shared/ipc/contract'
import { localeFromSystem, translate, type MessageKey } from '../../shared/i18n/translate'
import type { Locale } from '../../shared/model/schema'
import type { HostAdapter, HostFile } from '../services/api'
import { printToPdf } from './printToPdf'
import { destroyWindow, type WindowStateStore } from './windows'

/** Identifies the calling window: its `webContents.id`. */
export interface ElectronContext {
  webContentsId: number
}

/** The language of native UI: the user's choice, else the system's. */
export function uiLocale(settings: { locale: Locale | null }): Locale {
  return settings.locale ?? localeFromSystem(app.getLocale())
}

const EXTENSIONS: Record<FileKind, string[]> = {
  journey: ['journey'],
  spreadsheet: ['csv', 'xlsx', 'json'],
  json: ['json'],
  csv: ['csv'],
  xlsx: ['xlsx'],
  png: ['png'],
  svg: ['svg'],
  sqlite: ['sqlite', 'db'],
  pdf: ['pdf'],
  docx: ['docx'],
  html: ['html', 'htm'],
  markdown: ['md', 'markdown'],
}

export function fileFilters(kind: FileKind, locale: Locale): FileFilter[] {
  return [{ name: translate(locale, `desktop.filter.${kind}`), extensions: EXTENSIONS[kind] }]
}

type HostSettings = WindowStateStore & { locale: Locale | null }

export class ElectronHost implements HostAdapter<ElectronContext> {
  readonly kind = 'electron'
  readonly dialogs = 'native'
  /** PDF exports print with the app's own Chromium. */
  readonly htmlToPdf = printToPdf
  private readonly bound = new Map<number, string>()

  constructor(private readonly settings: HostSettings) {}

  get version(): string {
    return app.getVersion()
  }

  get systemLocale(): string {
    return app.getLocale()
  }

  private text(key: MessageKey, params?: Record<string, string>): string {
    return translate(uiLocale(this.settings), key, params)
  }

  private windowOf(context: ElectronContext): BrowserWindow | null {
    const contents = webContents.fromId(context.webContentsId)
    return contents ? BrowserWindow.fromWebContents(contents) : null
  }

  async chooseOpen(context: ElectronContext, kind: FileKind, name: string | undefined): Promise<string | null> {
    const options = {
      title: this.text(`desktop.open.${kind}`),
      properties: ['openFile' as const],
      filters: fileFilters(kind, uiLocale(this.settings)),
      ...(name ? { defaultPath: basename(name) } : {}),
    }
    const parent = this.windowOf(context)
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }

  async chooseSave(context: ElectronContext, kind: FileKind, suggestedName: string): Promise<string | null> {
    const options = {
      title: this.text(`desktop.save.${kind}`),
      defaultPath: join(app.getPath('documents'), basename(suggestedName)),
      filters: fileFilters(kind, uiLocale(this.settings)),
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    }
    const parent = this.windowOf(context)
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return null
    return this.withExtension(parent, kind, suggestedName, result.filePath)
  }

  /**
   * Linux file choosers do not add the filter's extension. Adding it ourselves names a file the
   * dialog never checked, so an existing one is only replaced after asking.
   */
  private async withExtension(parent: BrowserWindow | null, kind: FileKind, suggestedName: string, path: string): Promise<string | null> {
    const allowed = EXTENSIONS[kind]
    if (allowed.includes(extname(path).slice(1).toLowerCase())) return path
    const wanted = extname(suggestedName).slice(1).toLowerCase()
    const withExtension = `${path}.${allowed.includes(wanted) ? wanted : allowed[0]}`
    if (!existsSync(withExtension)) return withExtension
    const options = {
      type: 'question' as const,
      message: this.text('desktop.replace.message', { name: basename(withExtension) }),
      buttons: [this.text('desktop.replace.replace'), this.text('desktop.replace.cancel')],
      defaultId: 1,
      cancelId: 1,
    }
    const answer = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options)
    return answer.response === 0 ? withExtension : null
  }

  /** Electron picks files with native dialogs; there is no in-app listing. */
  listFiles(_kind: FileKind): HostFile[] {
    return []
  }

  /** The window showing `docId`, if any. */
  windowFor(docId: string): BrowserWindow | null {
    for (const [id, bound] of this.bound) {
      if (bound !== docId) continue
      const window = this.windowOf({ webContentsId: id })
      if (window && !window.isDestroyed()) return window
    }
    return null
  }

  /** Brings the window showing `docId` to the front; false if no window shows it. */
  focusDocument(docId: string): boolean {
    const window = this.windowFor(docId)
    if (!window) return false
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
    return true
  }

  focusOther(context: ElectronContext, docId: string): boolean {
    const window = this.windowFor(docId)
    if (!window || window.webContents.id === context.webContentsId) return false
    return this.focusDocument(docId)
  }

  bindDocument(context: ElectronContext, docId: string | null): void {
    if (docId === null) this.bound.delete(context.webContentsId)
    else this.bound.set(context.webContentsId, docId)
  }

  /** Called when a window is gone, so its id never matches a later lookup. */
  forget(webContentsId: number): void {
    this.bound.delete(webContentsId)
  }

  closeWindow(context: ElectronContext): void {
    const window = this.windowOf(context)
    this.bound.delete(context.webContentsId)
    if (window) destroyWindow(this.settings, window)
  }
}
