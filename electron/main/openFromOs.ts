/**
 * Files the operating system hands us: command-line arguments at launch, a second launch (Windows
 * and Linux file associations start a new process, which passes its arguments here and exits), and
 * macOS `open-file`, which can arrive before the app is ready. Every path goes through ApiService's
 * `doc.open`, the same validated pipeline as the Open dialog, in a window of its own.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, type BrowserWindow } from 'electron'
import { toApiError } from '../services/api'
import type { ElectronContext } from './host'
import { sendHostEvent, type ApiDispatch } from './ipc'

const JOURNEY = /\.journey$/i

/** A local path from an argument: a plain path, or a `file:` URL (Linux desktop entries pass `%U`). */
function pathFromArgument(arg: string): string | null {
  if (!/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return arg
  try {
    return fileURLToPath(arg)
  } catch {
    return null // another scheme (https:, smb:…) or a file: URL of another host: not ours to open
  }
}

/** The `.journey` files among command-line arguments, made absolute against the caller's directory. */
export function journeyPathsFrom(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-'))
    .map(pathFromArgument)
    .filter((path): path is string => path !== null && JOURNEY.test(path))
    .map((path) => resolve(workingDirectory, path))
}

export interface OpenerDeps {
  dispatch: ApiDispatch
  /** ApiService.refFor: the renderer-safe reference to a path. */
  refFor(path: string): string
  /** The open session of a file (Workspace.findByPath). */
  findByPath(path: string): string | undefined
  /** Focuses the window showing a document; false if none does. */
  focusDocument(docId: string): boolean
  /** A new window; `search` tells its renderer why it exists. */
  createWindow(search: string): BrowserWindow
}

export class OsFileOpener {
  private ready = false
  private readonly queued: string[] = []
  /** Windows still loading a file: a second request for it (a double double-click) focuses them. */
  private readonly pending = new Map<string, BrowserWindow>()

  constructor(private readonly deps: () => OpenerDeps) {}

  /** Opens now, or once {@link start} runs if the app is not ready yet. */
  open(path: string): void {
    if (this.ready) this.openNow(resolve(path))
    else this.queued.push(resolve(path))
  }

  /** Opens everything queued plus `initial`; false if there was nothing (the caller shows a blank window). */
  start(initial: readonly string[]): boolean {
    this.ready = true
    const paths = [...new Set([...this.queued, ...initial.map((path) => resolve(path))])]
    this.queued.length = 0
    for (const path of paths) this.openNow(path)
    return paths.length > 0
  }

  private openNow(path: string): void {
    const deps = this.deps()
    const existing = deps.findByPath(path)
    if (existing !== undefined && deps.focusDocument(existing)) return
    const loading = this.pending.get(path)
    if (loading && !loading.isDestroyed()) {
      if (loading.isMinimized()) loading.restore()
      loading.focus()
      return
    }
    const window = deps.createWindow('?launch=open')
    this.pending.set(path, window)
    const settle = () => {
      if (this.pending.get(path) === window) this.pending.delete(path)
    }
    window.once('closed', settle)
    const contents = window.webContents
    contents.once('did-finish-load', () => {
      const context: ElectronContext = { webContentsId: contents.id }
      void deps
        .dispatch('doc.open', { ref: deps.refFor(path) }, context)
        .catch((error: unknown) => ({ ok: false as const, error: toApiError(error) }))
        .then((result) => {
          settle()
          sendHostEvent(contents, 'opened', result)
        })
    })
  }
}

/**
 * Takes the single-instance lock and routes later launches and macOS `open-file` to `opener`.
 * Returns false in a second instance, which has handed its arguments over and is quitting.
 */
export function claimSingleInstance(opener: OsFileOpener, focusAnyWindow: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = journeyPathsFrom(argv, workingDirectory)
    if (paths.length === 0) focusAnyWindow()
    for (const path of paths) opener.open(path)
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    opener.open(path)
  })
  return true
}
