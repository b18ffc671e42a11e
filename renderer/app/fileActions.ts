/**
 * File actions as small named units (Excalidraw style), shared by the toolbar, the start page,
 * keyboard shortcuts and the native menu. Each reports failures as a notice in the user's language.
 */
import type { DocSnapshot, FileKind, MethodResponse } from '../../shared/ipc/contract'
import type { JourneyDocument, Locale } from '../../shared/model/schema'
import { ApiCallError, call } from '../host/api'
import { DocumentSession } from '../state/documentSession'
import { appStore, notify, showDialog, type Message, type NoticeDetail } from './appStore'

const EXTENSIONS: Partial<Record<FileKind, string>> = { journey: '.journey', json: '.json', csv: '.csv', xlsx: '.xlsx', png: '.png', svg: '.svg', sqlite: '.sqlite', pdf: '.pdf', docx: '.docx', html: '.html', markdown: '.md' }

/** Row-level messages from the host, as notice or dialog details. */
export const asDetails = (messages: { key: string; params?: Message['params'] }[] | undefined): NoticeDetail[] | undefined =>
  messages?.map((message) => ({ message }))

export async function attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof ApiCallError) notify({ tone: 'error', message: error.error.message, details: asDetails(error.error.details) })
    else notify({ tone: 'error', message: { key: 'error.internal', params: { detail: String((error as Error)?.message ?? error) } } })
    return undefined
  }
}

/** The journey this tab shows, kept across a page reload (the host still has it open). */
const OPEN_DOC_KEY = 'mot-studio-open-doc'

function show(snapshot: DocSnapshot): void {
  appStore.get().session?.dispose()
  sessionStorage.setItem(OPEN_DOC_KEY, snapshot.docId)
  const session = new DocumentSession(snapshot, (message) => notify({ tone: 'error', message }))
  appStore.set({ session, notice: null })
  if (snapshot.dropped.length > 0) {
    notify({
      tone: 'info',
      message: { key: 'ui.open.droppedRows', params: { count: snapshot.dropped.length } },
      details: snapshot.dropped.map((row) => ({ context: `${row.table} ${row.id}`, message: row.reason })),
    })
  } else if (snapshot.migratedFrom !== null) {
    notify({ tone: 'info', message: { key: 'ui.open.migrated', params: { version: snapshot.migratedFrom } } })
  }
}

/** Asks the host for a file to open: a native dialog, or the in-app list of the served folder. */
export async function chooseOpen(kind: FileKind): Promise<string | null> {
  if (appStore.get().host?.dialogs === 'native') return call('files.chooseOpen', { kind })
  const files = await call('files.list', { kind })
  return showDialog({ kind: 'pickFile', title: { key: kind === 'journey' ? 'ui.dialog.openTitle' : 'ui.dialog.importTitle' }, files })
}

export async function chooseSave(kind: FileKind, suggestedName: string): Promise<string | null> {
  if (appStore.get().host?.dialogs === 'native') return call('files.chooseSave', { kind, suggestedName })
  const name = await showDialog({ kind: 'prompt', title: { key: 'ui.dialog.saveTitle' }, label: { key: 'ui.dialog.fileName' }, initial: suggestedName })
  if (!name) return null
  const extension = EXTENSIONS[kind] ?? ''
  const withExtension = name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`
  return call('files.chooseSave', { kind, suggestedName: withExtension })
}

export function suggestedName(extension: string): string {
  const session = appStore.get().session
  const title = session?.editor.doc.meta.title.trim() || 'journey'
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120)}${extension}`
}

/** Settles the open session before replacing or closing it: flush, then ask about unsaved work. */
async function releaseSession(): Promise<boolean> {
  const session = appStore.get().session
  if (!session) return true
  await attempt(() => session.persistence.flush())
  if (session.dirty) {
    const choice = await showDialog({
      kind: 'choice',
      title: { key: 'ui.unsaved.title' },
      body: { key: 'ui.unsaved.body', params: { title: session.editor.doc.meta.title } },
      actions: [
        { id: 'save', label: { key: 'ui.unsaved.save' }, tone: 'primary' },
        { id: 'discard', label: { key: 'ui.unsaved.discard' }, tone: 'danger' },
        { id: 'cancel', label: { key: 'ui.common.cancel' } },
      ],
    })
    if (choice === 'save') {
      if (!(await saveJourney())) return false
    } else if (choice !== 'discard') return false
  }
  const closed = await attempt(() => call('doc.close', { docId: session.docId, discard: true }))
  if (closed === undefined) return false
  session.dispose()
  sessionStorage.removeItem(OPEN_DOC_KEY)
  appStore.set({ session: null })
  await refreshStartData()
  return true
}

/** After a reload, takes up the journey this tab had open; false when there is none (any more). */
export async function resumeAfterReload(): Promise<boolean> {
  const docId = sessionStorage.getItem(OPEN_DOC_KEY)
  if (!docId) return false
  try {
    show(await call('doc.snapshot', { docId }))
    return true
  } catch {
    sessionStorage.removeItem(OPEN_DOC_KEY)
    return false
  }
}

export async function refreshStartData(): Promise<void> {
  const [recent, recoverable] = await Promise.all([
    attempt(() => call('files.recent', {})),
    attempt(() => call('recovery.list', {})),
  ])
  appStore.set({ recent: recent ?? [], recoverable: recoverable ?? [] })
}

export async function newJourney(options: { title?: string } = {}): Promise<void> {
  if (!(await releaseSession())) return
  const snapshot = await attempt(() => call('doc.create', { locale: appStore.get().locale, ...options }))
  if (snapshot) show(snapshot)
}

/** Creates an untitled journey from a prepared document (a template). */
export async function newJourneyFrom(doc: JourneyDocument): Promise<void> {
  if (!(await releaseSession())) return
  const snapshot = await attempt(() => call('doc.createFrom', { doc }))
  if (snapshot) show(snapshot)
}

export async function openRef(ref: string): Promise<void> {
  if (!(await releaseSession())) return
  const result = await attempt(() => call('doc.open', { ref }))
  if (result) showOpenResult(result)
}

export function showOpenResult(result: MethodResponse<'doc.open'>): void {
  if (result.kind === 'opened') show(result.snapshot)
  else notify({ tone: 'info', message: { key: 'ui.open.focusedOther' } })
}

export async function openJourney(): Promise<void> {
  const ref = await attempt(() => chooseOpen('journey'))
  if (ref) await openRef(ref)
}

export async function saveJourney(): Promise<boolean> {
  const session = appStore.get().session
  if (!session) return false
  if (session.fileName === null) return saveJourneyAs()
  await attempt(() => session.persistence.flush())
  const saved = await attempt(() => call('doc.save', { docId: session.docId }))
  if (!saved) return false
  session.markSaved(saved.savedRevision, saved.fileName)
  notify({ tone: 'success', message: { key: 'ui.save.done', params: { name: saved.fileName } } })
  return true
}

export async function saveJourneyAs(): Promise<boolean> {
  const session = appStore.get().session
  if (!session) return false
  const ref = await attempt(() => chooseSave('journey', suggestedName('.journey')))
  if (!ref) return false
  await attempt(() => session.persistence.flush())
  const saved = await attempt(() => call('doc.saveAs', { docId: session.docId, ref }))
  if (!saved) return false
  session.markSaved(saved.savedRevision, saved.fileName)
  notify({ tone: 'success', message: { key: 'ui.save.done', params: { name: saved.fileName } } })
  return true
}

export async function saveJourneyCopy(): Promise<void> {
  const session = appStore.get().session
  if (!session) return
  const ref = await attempt(() => chooseSave('journey', suggestedName('.journey')))
  if (!ref) return
  await attempt(() => session.persistence.flush())
  const saved = await attempt(() => call('doc.saveCopy', { docId: session.docId, ref }))
  if (saved) notify({ tone: 'success', message: { key: 'ui.save.copyDone', params: { name: saved.fileName } } })
}

export async function exportJson(): Promise<void> {
  const session = appStore.get().session
  if (!session) return
  const ref = await attempt(() => chooseSave('json', suggestedName('.json')))
  if (!ref) return
  await attempt(() => session.persistence.flush())
  const written = await attempt(() => call('export.json', { docId: session.docId, ref }))
  if (written) notify({ tone: 'success', message: { key: 'ui.export.done', params: { name: written.fileName } } })
}

export async function downloadImportTemplate(format: 'csv' | 'xlsx'): Promise<void> {
  const locale = appStore.get().locale
  const ref = await attempt(() => chooseSave(format, locale === 'zh-CN' ? `旅程导入模板.${format}` : `journey-import-template.${format}`))
  if (!ref) return
  const written = await attempt(() => call('export.importTemplate', { ref, locale, format }))
  if (written) notify({ tone: 'success', message: { key: 'ui.export.done', params: { name: written.fileName } } })
}

/**
 * The bad-rows pattern of every import: try strictly; when the host lists problem rows, show them
 * and offer to skip them; then try again skipping them. Other refusals become a notice.
 */
export async function withBadRows<T>(run: (skipBadRows: boolean) => Promise<T>): Promise<T | undefined> {
  try {
    return await run(false)
  } catch (error) {
    if (!(error instanceof ApiCallError) || error.error.code !== 'IMPORT_PROBLEMS') {
      await attempt(() => Promise.reject(error))
      return undefined
    }
    const choice = await showDialog({
      kind: 'choice',
      title: { key: 'ui.import.problemsTitle' },
      body: error.error.message,
      details: asDetails(error.error.details),
      actions: [
        { id: 'skip', label: { key: 'ui.import.skipRows' }, tone: 'primary' },
        { id: 'cancel', label: { key: 'ui.common.cancel' } },
      ],
    })
    if (choice !== 'skip') return undefined
    return attempt(() => run(true))
  }
}

/** Imports a spreadsheet or JSON file as a new untitled journey; bad rows are listed first. */
export async function importSpreadsheet(): Promise<void> {
  const ref = await attempt(() => chooseOpen('spreadsheet'))
  if (!ref || !(await releaseSession())) return
  const locale = appStore.get().locale
  const result = await withBadRows((skipBadRows) => call('import.file', { ref, locale, skipBadRows }))
  if (!result) return
  show(result.snapshot)
  if (result.skipped.length > 0) {
    notify({ tone: 'info', message: { key: 'ui.import.skipped', params: { count: result.skipped.length } }, details: asDetails(result.skipped) })
  }
}

export async function closeJourney(): Promise<void> {
  await releaseSession()
}

/** The host asked to close the window (Electron): settle the session, then let it close. */
export async function closeWindowRequested(): Promise<void> {
  if (await releaseSession()) await attempt(() => call('window.close', {}))
}

export async function restoreRecovered(docId: string): Promise<void> {
  if (!(await releaseSession())) return
  const snapshot = await attempt(() => call('recovery.restore', { docId }))
  if (snapshot) {
    show(snapshot)
    notify({ tone: 'info', message: { key: 'ui.recovery.restored' } })
  }
}

export async function discardRecovered(docId: string): Promise<void> {
  const choice = await showDialog({
    kind: 'choice',
    title: { key: 'ui.recovery.discardTitle' },
    body: { key: 'ui.recovery.discardBody' },
    actions: [
      { id: 'discard', label: { key: 'ui.recovery.discard' }, tone: 'danger' },
      { id: 'cancel', label: { key: 'ui.common.cancel' } },
    ],
  })
  if (choice !== 'discard') return
  await attempt(() => call('recovery.discard', { docId }))
  await refreshStartData()
}

export async function setLocale(locale: Locale): Promise<void> {
  appStore.set({ locale })
  document.documentElement.lang = locale
  await attempt(() => call('settings.setLocale', { locale }))
}

export function undo(): void {
  appStore.get().session?.editor.undo()
}

export function redo(): void {
  appStore.get().session?.editor.redo()
}
