/**
 * The API's implementation, shared by every host: Electron's IPC and the browser host's HTTP both
 * call `handle(method, request)`. This is the trust boundary: every request is parsed with its zod
 * schema here, every failure becomes a typed `{ ok: false, error }`, and file paths never cross it
 * (the renderer holds opaque references minted here).
 */
import { basename, extname } from 'node:path'
import { pngChunks } from '../../shared/export/png'
import { stringifyJourney } from '../../shared/interchange/journeyJson'
import {
  METHODS,
  type ApiError,
  type ApiResult,
  type FileEntry,
  type FileKind,
  type MethodName,
  type MethodResponse,
} from '../../shared/ipc/contract'
import { newId } from '../../shared/model/ids'
import { createJourney } from '../../shared/model/factory'
import { writeFileAtomic } from './atomicWrite'
import { ServiceError } from './errors'
import { importJourneyFile, writeImportTemplate } from './import/importFile'
import { scorecardHandlers } from './scoring/handlers'
import { scorecardExportHandlers } from './export/scorecards'
import { scriptExportHandlers } from './export/scripts'
import type { HtmlToPdf } from './export/pdf/htmlToPdf'
import type { Workspace } from './workspace'

export interface HostFile {
  path: string
  modifiedAt: string | null
}

/** What differs between Electron and the browser host. `context` identifies the calling window. */
export interface HostAdapter<Context> {
  kind: 'electron' | 'web'
  dialogs: 'native' | 'in-app'
  version: string
  systemLocale: string
  chooseOpen(context: Context, kind: FileKind, name: string | undefined): Promise<string | null>
  chooseSave(context: Context, kind: FileKind, suggestedName: string): Promise<string | null>
  listFiles(kind: FileKind): HostFile[]
  /** Brings the window showing `docId` to the front if it is not the caller's; true if it did. */
  focusOther(context: Context, docId: string): boolean
  /** Tells the host which document the calling window now shows (null: none). */
  bindDocument(context: Context, docId: string | null): void
  closeWindow(context: Context): void
  /** Prints the PDF exports; without it, the system's Chromium is driven through playwright-core. */
  htmlToPdf?: HtmlToPdf
}

type Handlers<Context> = {
  [M in MethodName]: (request: never, context: Context) => Promise<MethodResponse<M>> | MethodResponse<M>
}

export class ApiService<Context> {
  private readonly refs = new Map<string, string>()
  private readonly handlers: Handlers<Context>

  constructor(
    readonly workspace: Workspace,
    private readonly host: HostAdapter<Context>,
  ) {
    this.handlers = this.createHandlers()
  }

  /** A reference the renderer may hand back later; the path itself stays in this process. */
  refFor(path: string): string {
    for (const [ref, known] of this.refs) if (known === path) return ref
    const ref = newId('file')
    this.refs.set(ref, path)
    return ref
  }

  pathOf(ref: string): string {
    const path = this.refs.get(ref)
    if (!path) throw new ServiceError('NOT_FOUND', { key: 'file.badRef' })
    return path
  }

  private entry(file: HostFile): FileEntry {
    return { ref: this.refFor(file.path), name: basename(file.path), location: file.path, modifiedAt: file.modifiedAt }
  }

  async handle<M extends MethodName>(method: M, request: unknown, context: Context): Promise<ApiResult<MethodResponse<M>>> {
    const spec = METHODS[method]
    if (!spec) return { ok: false, error: { code: 'BAD_REQUEST', message: { key: 'error.badRequest', params: { detail: String(method) } } } }
    const parsed = spec.request.safeParse(request ?? {})
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
      return { ok: false, error: { code: 'BAD_REQUEST', message: { key: 'error.badRequest', params: { detail } } } }
    }
    try {
      const handler = this.handlers[method] as (request: unknown, context: Context) => Promise<MethodResponse<M>>
      return { ok: true, value: await handler(parsed.data, context) }
    } catch (error) {
      return { ok: false, error: toApiError(error) }
    }
  }

  private createHandlers(): Handlers<Context> {
    const { workspace, host } = this
    const openSnapshot = (context: Context, docId: string) => {
      host.bindDocument(context, docId)
      return workspace.reload(docId)
    }
    return {
      'app.info': () => ({
        version: host.version,
        host: host.kind,
        dialogs: host.dialogs,
        systemLocale: host.systemLocale,
        locale: workspace.settings.locale,
      }),
      'settings.setLocale': ({ locale }: { locale: 'en' | 'zh-CN' }) => {
        workspace.settings.locale = locale
        return {}
      },
      'files.recent': () => workspace.settings.recent.map((path) => this.entry({ path, modifiedAt: null })),
      'files.list': ({ kind }: { kind: FileKind }) => host.listFiles(kind).map((file) => this.entry(file)),
      'files.chooseOpen': async ({ kind, name }: { kind: FileKind; name?: string }, context: Context) => {
        const path = await host.chooseOpen(context, kind, name)
        return path === null ? null : this.refFor(path)
      },
      'files.chooseSave': async ({ kind, suggestedName }: { kind: FileKind; suggestedName: string }, context: Context) => {
        const path = await host.chooseSave(context, kind, suggestedName)
        return path === null ? null : this.refFor(path)
      },
      'doc.create': ({ locale, title, bare }: { locale: 'en' | 'zh-CN'; title?: string; bare?: boolean }, context: Context) => {
        const snapshot = workspace.create(createJourney({ locale, title, bare }))
        host.bindDocument(context, snapshot.docId)
        return snapshot
      },
      'doc.createFrom': ({ doc }: { doc: Parameters<Workspace['create']>[0] }, context: Context) => {
        const snapshot = workspace.create(doc)
        host.bindDocument(context, snapshot.docId)
        return snapshot
      },
      'doc.open': ({ ref }: { ref: string }, context: Context) => {
        const path = this.pathOf(ref)
        const existing = workspace.findByPath(path)
        if (existing) {
          if (host.focusOther(context, existing)) return { kind: 'focusedOther' as const }
          return { kind: 'opened' as const, snapshot: openSnapshot(context, existing) }
        }
        const snapshot = workspace.open(path, workspace.settings.locale ?? 'en')
        host.bindDocument(context, snapshot.docId)
        return { kind: 'opened' as const, snapshot }
      },
      'doc.snapshot': ({ docId }: { docId: string }, context: Context) => openSnapshot(context, docId),
      'doc.applyChanges': ({ docId, baseRevision, changes }: { docId: string; baseRevision: number; changes: never }) => ({
        revision: workspace.applyChanges(docId, baseRevision, changes),
      }),
      'doc.save': ({ docId }: { docId: string }) => workspace.save(docId),
      'doc.saveAs': ({ docId, ref }: { docId: string; ref: string }) => workspace.saveAs(docId, this.pathOf(ref)),
      'doc.saveCopy': ({ docId, ref }: { docId: string; ref: string }) => workspace.saveCopy(docId, this.pathOf(ref)),
      'doc.close': ({ docId, discard }: { docId: string; discard: boolean }, context: Context) => {
        workspace.close(docId, discard)
        host.bindDocument(context, null)
        return {}
      },
      'recovery.list': () => workspace.listRecoverable(),
      'recovery.restore': ({ docId }: { docId: string }, context: Context) => {
        const snapshot = workspace.restore(docId)
        host.bindDocument(context, docId)
        return snapshot
      },
      'recovery.discard': ({ docId }: { docId: string }) => {
        workspace.discardRecovery(docId)
        return {}
      },
      'import.file': async ({ ref, locale, skipBadRows }: { ref: string; locale: 'en' | 'zh-CN'; skipBadRows: boolean }, context: Context) => {
        const { doc, skipped } = await importJourneyFile(this.pathOf(ref), locale, { skipBadRows })
        const snapshot = workspace.create(doc)
        host.bindDocument(context, snapshot.docId)
        return { snapshot, skipped }
      },
      'export.json': ({ docId, ref }: { docId: string; ref: string }) => {
        const path = this.pathOf(ref)
        writeFileAtomic(path, stringifyJourney(workspace.reload(docId).doc))
        return { fileName: basename(path) }
      },
      'export.importTemplate': async ({ ref, locale, format }: { ref: string; locale: 'en' | 'zh-CN'; format: 'csv' | 'xlsx' }) => {
        const path = this.pathOf(ref)
        await writeImportTemplate(path, locale, format)
        return { fileName: basename(path) }
      },
      'window.close': (_request: unknown, context: Context) => {
        host.closeWindow(context)
        return {}
      },
      'export.image': ({ docId, ref, format, data }: { docId: string; ref: string; format: 'png' | 'svg'; data: string }) => {
        workspace.titleOf(docId) // the journey must be open in this host
        const path = this.pathOf(ref)
        if (extname(path).toLowerCase() !== `.${format}`) {
          throw new ServiceError('BAD_REQUEST', { key: 'export.image.wrongExtension', params: { extension: `.${format}` } })
        }
        writeFileAtomic(path, decodeImage(format, data))
        return { fileName: basename(path) }
      },
      ...scorecardHandlers(workspace, (ref) => this.pathOf(ref)),
      ...scorecardExportHandlers(workspace, (ref) => this.pathOf(ref), host),
      ...scriptExportHandlers(workspace, (ref) => this.pathOf(ref), host),
    } as unknown as Handlers<Context>
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ServiceError) return error.toApiError()
  const detail = error instanceof Error ? error.message : String(error)
  if (error && typeof error === 'object' && 'userMessage' in error) {
    return { code: 'BAD_REQUEST', message: (error as { userMessage: ApiError['message'] }).userMessage }
  }
  return { code: 'INTERNAL', message: { key: 'error.internal', params: { detail } } }
}

/** The bytes of an exported image, refused unless they are what `format` says (SVG markup, base64 of a PNG). */
export function decodeImage(format: 'png' | 'svg', data: string): string | Uint8Array {
  if (format === 'svg') {
    const head = data.replace(/^\uFEFF/, '').trimStart()
    if (!(head.startsWith('<?xml') || head.startsWith('<svg')) || !data.includes('<svg')) {
      throw new ServiceError('BAD_REQUEST', { key: 'export.image.badData', params: { format: 'SVG' } })
    }
    return data
  }
  const bytes = /^[A-Za-z0-9+/]*={0,2}$/.test(data) && data.length % 4 === 0 ? Buffer.from(data, 'base64') : null
  try {
    if (!bytes) throw new Error('not base64')
    pngChunks(bytes)
  } catch {
    throw new ServiceError('BAD_REQUEST', { key: 'export.image.badData', params: { format: 'PNG' } })
  }
  return bytes
}

/** The kind of file a name suggests, for hosts that filter listings. */
export function fileKindMatches(kind: FileKind, name: string): boolean {
  const extension = extname(name).toLowerCase()
  switch (kind) {
    case 'journey':
      return extension === '.journey'
    case 'spreadsheet':
      return ['.csv', '.xlsx', '.json'].includes(extension)
    case 'json':
      return extension === '.json'
    case 'csv':
      return extension === '.csv'
    case 'xlsx':
      return extension === '.xlsx'
    case 'png':
      return extension === '.png'
    case 'svg':
      return extension === '.svg'
    case 'sqlite':
      return ['.sqlite', '.db'].includes(extension)
    case 'pdf':
      return extension === '.pdf'
    case 'docx':
      return extension === '.docx'
    case 'html':
      return ['.html', '.htm'].includes(extension)
    case 'markdown':
      return ['.md', '.markdown'].includes(extension)
  }
}
