/**
 * A small stand-in for the `electron` module (the binary cannot be downloaded here, and unit tests
 * should not need it). Tests use it with `vi.mock('electron', () => import('./fakeElectron'))`.
 * Only what the shell touches is modelled; the fakes record calls for assertions.
 */
import { EventEmitter } from 'node:events'
import { vi, type Mock } from 'vitest'

export interface FakeEvent {
  defaultPrevented: boolean
  preventDefault(): void
  url?: string
}

export function fakeEvent(extra: Partial<FakeEvent> = {}): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    },
    ...extra,
  }
}

let nextId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++
  readonly sent: Array<[string, unknown]> = []
  crashed = false
  destroyed = false
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload])
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  isCrashed(): boolean {
    return this.crashed
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = []
  static focused: FakeBrowserWindow | null = null
  readonly webContents = new FakeWebContents()
  bounds: Rect
  loadedUrl: string | null = null
  destroyed = false
  minimized = false
  maximized = false
  fullScreen = false
  visible = false
  focusCount = 0
  documentEdited = false

  constructor(readonly options: Record<string, unknown>) {
    super()
    const { x = 0, y = 0, width = 800, height = 600 } = options as Partial<Rect>
    this.bounds = { x, y, width, height }
    FakeBrowserWindow.all.push(this)
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((window) => !window.destroyed)
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((window) => window.webContents === contents) ?? null
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }
  getBounds(): Rect {
    return { ...this.bounds }
  }
  getNormalBounds(): Rect {
    return { ...this.bounds }
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  isMinimized(): boolean {
    return this.minimized
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isFullScreen(): boolean {
    return this.fullScreen
  }
  maximize(): void {
    this.maximized = true
  }
  restore(): void {
    this.minimized = false
  }
  show(): void {
    this.visible = true
  }
  focus(): void {
    this.focusCount += 1
    FakeBrowserWindow.focused = this
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited
  }
  /** Like Electron: emits 'close' (cancellable), then destroys unless prevented. */
  close(): void {
    const event = fakeEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.webContents.destroyed = true
    this.emit('closed')
  }
}

export const BrowserWindow = FakeBrowserWindow

export const webContents = {
  fromId: (id: number) => FakeBrowserWindow.all.find((window) => window.webContents.id === id)?.webContents,
}

type DialogResult<T> = Mock<(...args: unknown[]) => Promise<T>>

export const app: EventEmitter & {
  isPackaged: boolean
  enableSandbox: Mock<() => void>
  requestSingleInstanceLock: Mock<() => boolean>
  quit: Mock<() => void>
  exit: Mock<(code?: number) => void>
  getLocale: Mock<() => string>
  getVersion: () => string
  getName: () => string
  getPath: Mock<(name: string) => string>
  setAppUserModelId: Mock<(id: string) => void>
  whenReady: () => Promise<void>
} = Object.assign(new EventEmitter(), {
  isPackaged: false,
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  getLocale: vi.fn(() => 'en-US'),
  getVersion: () => '0.1.0',
  getName: () => 'MOT Studio',
  getPath: vi.fn((name: string) => `/fake/${name}`),
  setAppUserModelId: vi.fn(),
  whenReady: () => Promise.resolve(),
})

export const protocol: {
  registerSchemesAsPrivileged: Mock<(schemes: unknown[]) => void>
  handle: Mock<(scheme: string, handler: (request: Request) => Promise<Response>) => void>
} = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown
export const ipcMain: { handlers: Map<string, IpcHandler>; handle: Mock<(channel: string, handler: IpcHandler) => void> } = {
  handlers: new Map<string, IpcHandler>(),
  handle: vi.fn((channel: string, handler: IpcHandler) => {
    ipcMain.handlers.set(channel, handler)
  }),
}

export const shell: { openExternal: Mock<(url: string) => Promise<void>> } = { openExternal: vi.fn(() => Promise.resolve()) }

export const dialog: {
  showOpenDialog: DialogResult<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog: DialogResult<{ canceled: boolean; filePath?: string }>
  showMessageBox: DialogResult<{ response: number; checkboxChecked: boolean }>
} = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
}

export const Menu: {
  buildFromTemplate: Mock<(template: unknown[]) => { template: unknown[] }>
  setApplicationMenu: Mock<(menu: unknown) => void>
} = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
}

export const display = { id: 7, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }
export const screen: {
  getCursorScreenPoint: () => { x: number; y: number }
  getDisplayNearestPoint: Mock<() => typeof display>
  getDisplayMatching: Mock<() => typeof display>
} = {
  getCursorScreenPoint: () => ({ x: 10, y: 10 }),
  getDisplayNearestPoint: vi.fn(() => display),
  getDisplayMatching: vi.fn(() => display),
}

export const session: {
  defaultSession: { setPermissionRequestHandler: Mock<(handler: unknown) => void>; setPermissionCheckHandler: Mock<(handler: unknown) => void> }
} = {
  defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
}

export const contextBridge: { exposeInMainWorld: Mock<(key: string, api: unknown) => void> } = { exposeInMainWorld: vi.fn() }

export const ipcRenderer: EventEmitter & { invoke: Mock<(channel: string, ...args: unknown[]) => Promise<unknown>> } = Object.assign(
  new EventEmitter(),
  { invoke: vi.fn(() => Promise.resolve({ ok: true, value: {} })) },
)

/** Back to a fresh world between tests. */
export function resetFakes(): void {
  FakeBrowserWindow.all = []
  FakeBrowserWindow.focused = null
  app.removeAllListeners()
  app.isPackaged = false
  ipcMain.handlers.clear()
  ipcRenderer.removeAllListeners()
  vi.clearAllMocks()
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  screen,
  session,
  shell,
  webContents,
}
