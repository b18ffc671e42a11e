/**
 * The one API between the renderer and its host (Electron main, or the browser host over HTTP).
 * Each method has a request and a response schema; the host validates every request with them,
 * and `MotApi` types are derived from them (one source of truth). The renderer never names a file
 * path: it gets opaque file references from the host's dialogs, recent list or folder listing.
 */
import { z } from 'zod'
import { COLLECTIONS, IdSchema, JourneyDocumentSchema, JourneyMetaSchema, LocaleSchema, RECORD_SCHEMAS } from '../model/schema'
import type { CollectionName } from '../model/schema'
import { SCORECARD_METHODS } from './scorecardContract'
import type { HOST_EVENT_NAMES, METHOD_NAMES } from './channels'

export { HOST_EVENT_NAMES, IPC_PREFIX, METHOD_NAMES, eventChannel, methodChannel } from './channels'

export const MessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
})

export const ERROR_CODES = [
  'BAD_REQUEST',
  'NOT_FOUND',
  'TOO_LARGE',
  'NOT_SQLITE',
  'NOT_JOURNEY',
  'TOO_NEW',
  'CORRUPT',
  'UNEXPECTED_SCHEMA',
  'NO_FILE',
  'CONFLICT',
  'IMPORT_PROBLEMS',
  'IO',
  'INTERNAL',
] as const
export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: MessageSchema,
  /** Row-level details, e.g. every bad spreadsheet row. */
  details: z.array(MessageSchema).optional(),
})
export type ApiError = z.infer<typeof ApiErrorSchema>
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const FileKindSchema = z.enum(['journey', 'spreadsheet', 'json', 'csv', 'xlsx', 'png', 'svg', 'sqlite', 'pdf', 'docx', 'html', 'markdown'])
export type FileKind = z.infer<typeof FileKindSchema>
export const FileRefSchema = z.string().min(1).max(200)
export const FileEntrySchema = z.object({
  ref: FileRefSchema,
  name: z.string(),
  location: z.string(),
  modifiedAt: z.string().nullable(),
})
export type FileEntry = z.infer<typeof FileEntrySchema>

export const DocIdSchema = z.string().regex(/^[a-z0-9_]{4,64}$/)

/**
 * The largest exported image `export.image` takes, in characters of SVG text or base64 PNG (60 MiB:
 * under the browser host's 64 MiB request limit; about a 45 MB PNG).
 */
export const MAX_IMAGE_DATA_CHARS = 60 * 1024 * 1024

/** A record the open pipeline could not take over from a file, listed to the user. */
export const DroppedRowSchema = z.object({ table: z.string(), id: z.string(), reason: MessageSchema })
export type DroppedRow = z.infer<typeof DroppedRowSchema>

export const DocSnapshotSchema = z.object({
  docId: DocIdSchema,
  doc: JourneyDocumentSchema,
  revision: z.number().int(),
  savedRevision: z.number().int(),
  fileName: z.string().nullable(),
  dropped: z.array(DroppedRowSchema),
  migratedFrom: z.number().int().nullable(),
})
export type DocSnapshot = z.infer<typeof DocSnapshotSchema>

const recordsOf = <T>(make: (name: CollectionName) => T) =>
  Object.fromEntries(COLLECTIONS.map((name) => [name, make(name)])) as Record<CollectionName, T>

export const DocumentChangesSchema = z.object({
  meta: JourneyMetaSchema.optional(),
  upserts: z.object({
    stages: z.array(RECORD_SCHEMAS.stages),
    lanes: z.array(RECORD_SCHEMAS.lanes),
    touchpoints: z.array(RECORD_SCHEMAS.touchpoints),
    edges: z.array(RECORD_SCHEMAS.edges),
    personas: z.array(RECORD_SCHEMAS.personas),
    scorecards: z.array(RECORD_SCHEMAS.scorecards),
    indicators: z.array(RECORD_SCHEMAS.indicators),
    phrases: z.array(RECORD_SCHEMAS.phrases),
    acceptedFindings: z.array(RECORD_SCHEMAS.acceptedFindings),
  }) satisfies z.ZodType<Record<CollectionName, unknown[]>>,
  deletes: z.object(recordsOf(() => z.array(IdSchema))),
})

export const SavedSchema = z.object({ savedRevision: z.number().int(), fileName: z.string() })
export const OpenResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opened'), snapshot: DocSnapshotSchema }),
  /** The file is already open in another window, which the host brought to the front. */
  z.object({ kind: z.literal('focusedOther') }),
])
export const RecoverableSchema = z.object({
  docId: DocIdSchema,
  title: z.string(),
  fileName: z.string().nullable(),
  modifiedAt: z.string(),
  unsaved: z.boolean(),
})
export type Recoverable = z.infer<typeof RecoverableSchema>

const empty = z.object({})
const method = <Q extends z.ZodType, R extends z.ZodType>(request: Q, response: R) => ({ request, response })

/**
 * The script exports (客户体验流程脚本; electron/services/export/scripts): the open journey's
 * script book in one format, whole or for one post (`role`), or as one pocket card per moment of
 * truth (`pocket`: docx, pdf, html, markdown). The host checks the file name's extension.
 */
export const SCRIPT_EXPORT_METHODS = {
  'export.scripts': method(
    z.object({
      docId: DocIdSchema,
      ref: FileRefSchema,
      format: z.enum(['sqlite', 'docx', 'pdf', 'html', 'markdown', 'csv']),
      locale: LocaleSchema,
      role: z.string().max(100).optional(),
      pocket: z.boolean().optional(),
    }),
    z.object({ fileName: z.string() }),
  ),
} as const

export const METHODS = {
  'app.info': method(
    empty,
    z.object({
      version: z.string(),
      host: z.enum(['electron', 'web']),
      /** native: the host shows OS dialogs; in-app: the renderer picks from `files.list` and names files itself. */
      dialogs: z.enum(['native', 'in-app']),
      systemLocale: z.string(),
      locale: LocaleSchema.nullable(),
    }),
  ),
  'settings.setLocale': method(z.object({ locale: LocaleSchema }), empty),
  'files.recent': method(empty, z.array(FileEntrySchema)),
  'files.list': method(z.object({ kind: FileKindSchema }), z.array(FileEntrySchema)),
  'files.chooseOpen': method(z.object({ kind: FileKindSchema, name: z.string().max(255).optional() }), FileRefSchema.nullable()),
  'files.chooseSave': method(z.object({ kind: FileKindSchema, suggestedName: z.string().min(1).max(255) }), FileRefSchema.nullable()),
  'doc.create': method(
    z.object({ locale: LocaleSchema, title: z.string().max(200).optional(), bare: z.boolean().optional() }),
    DocSnapshotSchema,
  ),
  'doc.createFrom': method(z.object({ doc: JourneyDocumentSchema }), DocSnapshotSchema),
  'doc.open': method(z.object({ ref: FileRefSchema }), OpenResultSchema),
  /** The current state of a journey this host has open (after a page reload, the tab takes it up again). */
  'doc.snapshot': method(z.object({ docId: DocIdSchema }), DocSnapshotSchema),
  'doc.applyChanges': method(
    z.object({ docId: DocIdSchema, baseRevision: z.number().int(), changes: DocumentChangesSchema }),
    z.object({ revision: z.number().int() }),
  ),
  'doc.save': method(z.object({ docId: DocIdSchema }), SavedSchema),
  'doc.saveAs': method(z.object({ docId: DocIdSchema, ref: FileRefSchema }), SavedSchema),
  'doc.saveCopy': method(z.object({ docId: DocIdSchema, ref: FileRefSchema }), z.object({ fileName: z.string() })),
  'doc.close': method(z.object({ docId: DocIdSchema, discard: z.boolean() }), empty),
  'recovery.list': method(empty, z.array(RecoverableSchema)),
  'recovery.restore': method(z.object({ docId: DocIdSchema }), DocSnapshotSchema),
  'recovery.discard': method(z.object({ docId: DocIdSchema }), empty),
  'import.file': method(
    z.object({ ref: FileRefSchema, locale: LocaleSchema, skipBadRows: z.boolean() }),
    z.object({ snapshot: DocSnapshotSchema, skipped: z.array(MessageSchema) }),
  ),
  'export.json': method(z.object({ docId: DocIdSchema, ref: FileRefSchema }), z.object({ fileName: z.string() })),
  'export.importTemplate': method(
    z.object({ ref: FileRefSchema, locale: LocaleSchema, format: z.enum(['csv', 'xlsx']) }),
    z.object({ fileName: z.string() }),
  ),
  /** The renderer has settled a close request (saved, discarded or nothing to do): close the window. */
  'window.close': method(empty, empty),
  ...SCORECARD_METHODS,
  ...SCRIPT_EXPORT_METHODS,
  /**
   * Writes an exported image of the journey: SVG markup, or a PNG as base64. The host checks the
   * file name's extension against the format and the PNG's signature, then writes atomically.
   */
  'export.image': method(
    z.object({
      docId: DocIdSchema,
      ref: FileRefSchema,
      format: z.enum(['png', 'svg']),
      data: z.string().min(1).max(MAX_IMAGE_DATA_CHARS),
    }),
    z.object({ fileName: z.string() }),
  ),
} as const satisfies Record<(typeof METHOD_NAMES)[number], { request: z.ZodType; response: z.ZodType }>

export type MethodName = keyof typeof METHODS
export type MethodRequest<M extends MethodName> = z.input<(typeof METHODS)[M]['request']>
export type MethodResponse<M extends MethodName> = z.output<(typeof METHODS)[M]['response']>

/** Events a host sends to the renderer: a closed set (names listed in channels.ts for the preload). */
export const HOST_EVENTS = {
  /** A native menu item or OS action the renderer carries out (same names as its own toolbar). */
  menu: z.object({
    command: z.enum(['new', 'open', 'save', 'saveAs', 'saveCopy', 'import', 'exportJson', 'exportImage', 'exportScript', 'close', 'undo', 'redo', 'toggleLocale', 'present']),
  }),
  /** The user asked to close the window; the renderer flushes, asks about unsaved changes, then calls `window.close`. */
  closeRequested: empty,
  /**
   * The OS asked to open a file (double-click, second launch, Open Recent in the native menu): the
   * host created this window for it (its URL carries `?launch=open`), ran `doc.open` and sends the
   * outcome as an ApiResult, so a refused file arrives as `{ ok: false, error }` for the renderer to show.
   */
  opened: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: OpenResultSchema }),
    z.object({ ok: z.literal(false), error: ApiErrorSchema }),
  ]),
} as const satisfies Record<(typeof HOST_EVENT_NAMES)[number], z.ZodType>
export type HostEventName = keyof typeof HOST_EVENTS
export type HostEvent<E extends HostEventName> = z.output<(typeof HOST_EVENTS)[E]>

/**
 * The API as the renderer sees it: one transport-agnostic call plus host events. In Electron, the
 * preload holds host events that arrive before the first listener of that event subscribes and
 * hands them to it, so subscribing during start-up loses nothing.
 */
export interface MotApi {
  call<M extends MethodName>(method: M, request: MethodRequest<M>): Promise<ApiResult<MethodResponse<M>>>
  on<E extends HostEventName>(event: E, listener: (payload: HostEvent<E>) => void): () => void
}

