/**
 * The one way to make a window: the security baseline in `webPreferences`, shown when painted,
 * bounds remembered per display, and closing routed through the renderer so it can ask about
 * unsaved changes (the renderer answers with `window.close`, which destroys the window).
 */
import { join } from 'node:path'
import { app, BrowserWindow, screen, type Rectangle, type WebPreferences } from 'electron'
import { sendHostEvent } from './ipc'

export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs')
/** The renderer prefixes `document.title` with this while the journey has unsaved changes. */
export const DIRTY_MARKER = '• '
const DEFAULT_SIZE = { width: 1280, height: 800 }
const MIN_SIZE = { minWidth: 800, minHeight: 560 }
const CASCADE = 28

/** `preload` null: a window without the bridge (the user guide), which cannot call the API at all. */
export function secureWebPreferences(preload: string | null): WebPreferences {
  return {
    ...(preload === null ? {} : { preload }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  }
}

/** Where window bounds are kept: `Settings` (windowState / setWindowState). */
export interface WindowStateStore {
  windowState(key: string): unknown
  setWindowState(key: string, state: unknown): void
}

interface SavedState extends Rectangle {
  maximized: boolean
}

function isSavedState(value: unknown): value is SavedState {
  if (typeof value !== 'object' || value === null) return false
  const state = value as Record<string, unknown>
  return ['x', 'y', 'width', 'height'].every((key) => Number.isFinite(state[key])) && typeof state.maximized === 'boolean'
}

const displayKey = (displayId: number) => `display:${displayId}`

/**
 * Bounds for a new window on the display under the pointer: what was last used there if it still
 * fits that display's work area, else a centred default; nudged down-right past existing windows.
 */
export function initialBounds(store: WindowStateStore): SavedState {
  const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint())
  const area = display.workArea
  const saved = store.windowState(displayKey(display.id))
  const fits = (s: Rectangle) =>
    s.width >= MIN_SIZE.minWidth && s.height >= MIN_SIZE.minHeight && s.x >= area.x && s.y >= area.y &&
    s.x + s.width <= area.x + area.width && s.y + s.height <= area.y + area.height
  const width = Math.min(DEFAULT_SIZE.width, area.width)
  const height = Math.min(DEFAULT_SIZE.height, area.height)
  // Only the known fields are copied: settings.json is user-editable and feeds BrowserWindow options.
  const state: SavedState = isSavedState(saved) && fits(saved)
    ? { x: Math.round(saved.x), y: Math.round(saved.y), width: Math.round(saved.width), height: Math.round(saved.height), maximized: saved.maximized }
    : { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height, maximized: false }
  const taken = new Set(BrowserWindow.getAllWindows().map((window) => `${window.getBounds().x},${window.getBounds().y}`))
  const roomFor = (s: Rectangle) => fits({ ...s, x: s.x + CASCADE, y: s.y + CASCADE })
  while (taken.has(`${state.x},${state.y}`) && roomFor(state)) {
    state.x += CASCADE
    state.y += CASCADE
  }
  return state
}

/** Saves a window's normal (un-maximised) bounds under the display it is on. */
export function rememberWindowState(store: WindowStateStore, window: BrowserWindow): void {
  if (window.isDestroyed() || window.isMinimized()) return
  const bounds = window.getNormalBounds()
  const display = screen.getDisplayMatching(bounds)
  store.setWindowState(displayKey(display.id), { ...bounds, maximized: window.isMaximized() || window.isFullScreen() })
}

/**
 * Intercepts every close (title-bar button, Cmd+W, quit) and asks the renderer instead, unless it
 * cannot answer: not loaded yet, crashed or hung; then the window closes and any unsaved work
 * stays in its working copy for recovery.
 */
function routeCloseThroughRenderer(window: BrowserWindow, store: WindowStateStore): void {
  const contents = window.webContents
  let loaded = false
  let hung = false
  contents.on('did-finish-load', () => (loaded = true))
  contents.on('render-process-gone', () => (loaded = false))
  window.on('unresponsive', () => (hung = true))
  window.on('responsive', () => (hung = false))
  window.on('close', (event) => {
    rememberWindowState(store, window)
    if (!loaded || hung || contents.isCrashed()) return
    event.preventDefault()
    sendHostEvent(contents, 'closeRequested', {})
  })
}

export function createAppWindow(store: WindowStateStore, url: string): BrowserWindow {
  const { maximized, ...bounds } = initialBounds(store)
  const window = new BrowserWindow({
    ...bounds,
    ...MIN_SIZE,
    show: false,
    title: app.getName(),
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  })
  window.once('ready-to-show', () => {
    if (maximized) window.maximize()
    window.show()
  })
  // The default handler already copies document.title to the window; macOS also shows the dirty dot.
  window.on('page-title-updated', (_event, title) => {
    if (process.platform === 'darwin') window.setDocumentEdited(title.startsWith(DIRTY_MARKER))
  })
  routeCloseThroughRenderer(window, store)
  void window.loadURL(url)
  return window
}

/** Destroys a window the renderer has released (no 'close' event, so nothing asks again). */
export function destroyWindow(store: WindowStateStore, window: BrowserWindow): void {
  rememberWindowState(store, window)
  // After the IPC reply that asked for it has gone out.
  setImmediate(() => {
    if (!window.isDestroyed()) window.destroy()
  })
}

/**
 * Quit asks every window first (each may veto through its unsaved-changes prompt); once the last
 * window is gone, open sessions are closed (dirty working copies stay for recovery) and the app
 * quits, except on macOS where apps outlive their windows unless the user chose Quit.
 */
export function installQuitFlow(closeAllSessions: () => void): void {
  let quitting = false
  app.on('before-quit', (event) => {
    const open = BrowserWindow.getAllWindows()
    if (open.length === 0) return
    event.preventDefault()
    quitting = true
    for (const window of open) window.close()
  })
  // A new window after a quit that some window vetoed means the user carried on working.
  app.on('browser-window-created', () => (quitting = false))
  app.on('window-all-closed', () => {
    closeAllSessions()
    if (quitting || process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => closeAllSessions())
}
