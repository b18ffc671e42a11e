import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, display, fakeEvent, resetFakes, type FakeBrowserWindow } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const windows = await import('../../../electron/main/windows')

class MemoryStore {
  readonly data = new Map<string, unknown>()
  windowState(key: string) {
    return this.data.get(key)
  }
  setWindowState(key: string, state: unknown) {
    this.data.set(key, state)
  }
}

const realPlatform = process.platform
function setPlatform(platform: NodeJS.Platform) {
  Object.defineProperty(process, 'platform', { value: platform })
}

let store: MemoryStore
beforeEach(() => {
  resetFakes()
  store = new MemoryStore()
})
afterEach(() => setPlatform(realPlatform))

const create = () => windows.createAppWindow(store, 'app://renderer/index.html') as unknown as FakeBrowserWindow

describe('window factory', () => {
  it('uses exactly the secure webPreferences', () => {
    expect(windows.secureWebPreferences('/p/index.cjs')).toStrictEqual({
      preload: '/p/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    })
  })

  it('creates a hidden window with the CJS preload, loads the URL and shows it when painted', () => {
    const window = create()
    const prefs = window.options.webPreferences as Record<string, unknown>
    expect(prefs).toStrictEqual(windows.secureWebPreferences(windows.PRELOAD_PATH))
    expect(String(prefs.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/)
    expect(window.options.show).toBe(false)
    expect(window.loadedUrl).toBe('app://renderer/index.html')
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
  })

  it('marks the macOS window edited while the title carries the dirty marker', () => {
    setPlatform('darwin')
    const window = create()
    window.emit('page-title-updated', fakeEvent(), '• Journey — MOT Studio', true)
    expect(window.documentEdited).toBe(true)
    window.emit('page-title-updated', fakeEvent(), 'Journey — MOT Studio', true)
    expect(window.documentEdited).toBe(false)
  })
})

describe('window state per display', () => {
  it('centres a default-sized window when nothing is remembered', () => {
    expect(windows.initialBounds(store)).toEqual({ x: 320, y: 140, width: 1280, height: 800, maximized: false })
  })

  it('remembers normal bounds and maximised state under the display, and restores them', () => {
    const window = create()
    window.bounds = { x: 100, y: 50, width: 1000, height: 700 }
    window.maximized = true
    windows.rememberWindowState(store, window as never)
    expect(store.data.get(`display:${display.id}`)).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true })
    window.destroy()
    const next = create()
    expect(next.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 })
    next.emit('ready-to-show')
    expect(next.maximized).toBe(true)
  })

  it('ignores remembered bounds that no longer fit the display, and junk', () => {
    store.setWindowState(`display:${display.id}`, { x: 3000, y: 0, width: 1000, height: 700, maximized: false })
    expect(windows.initialBounds(store).x).toBe(320)
    store.setWindowState(`display:${display.id}`, { x: 'a' })
    expect(windows.initialBounds(store).x).toBe(320)
  })

  it('copies only bounds from the user-editable settings into window options', () => {
    store.setWindowState(`display:${display.id}`, { x: 10.4, y: 20, width: 900, height: 700, maximized: false, frame: false, webPreferences: { nodeIntegration: true } })
    expect(windows.initialBounds(store)).toStrictEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false })
    const window = create()
    expect(window.options.frame).toBeUndefined()
    expect(window.options.webPreferences).toStrictEqual(windows.secureWebPreferences(windows.PRELOAD_PATH))
  })

  it('cascades a new window off one already at the same place', () => {
    create()
    expect(windows.initialBounds(store)).toMatchObject({ x: 348, y: 168 })
  })
})

describe('closing', () => {
  it('lets a window close before its renderer loaded', () => {
    const window = create()
    window.close()
    expect(window.destroyed).toBe(true)
  })

  it('asks a loaded renderer instead of closing, and remembers bounds', () => {
    const window = create()
    window.webContents.emit('did-finish-load')
    window.close()
    expect(window.destroyed).toBe(false)
    expect(window.webContents.sent).toEqual([['mot:event:closeRequested', {}]])
    expect(store.data.has(`display:${display.id}`)).toBe(true)
  })

  it('closes a crashed or hung renderer without asking', () => {
    const crashed = create()
    crashed.webContents.emit('did-finish-load')
    crashed.webContents.crashed = true
    crashed.close()
    expect(crashed.destroyed).toBe(true)
    const hung = create()
    hung.webContents.emit('did-finish-load')
    hung.emit('unresponsive')
    hung.close()
    expect(hung.destroyed).toBe(true)
  })

  it('destroys a released window after the IPC reply', async () => {
    const window = create()
    windows.destroyWindow(store, window as never)
    expect(window.destroyed).toBe(false)
    await new Promise((resolve) => setImmediate(resolve))
    expect(window.destroyed).toBe(true)
  })

  it('on quit asks every window, then closes sessions and quits when the last is gone', () => {
    setPlatform('darwin')
    const closeAll = vi.fn()
    windows.installQuitFlow(closeAll)
    const [a, b] = [create(), create()]
    for (const window of [a, b]) window.webContents.emit('did-finish-load')
    const quit = fakeEvent()
    app.emit('before-quit', quit)
    expect(quit.defaultPrevented).toBe(true)
    expect(a.webContents.sent).toEqual([['mot:event:closeRequested', {}]])
    expect(b.webContents.sent).toEqual([['mot:event:closeRequested', {}]])
    a.destroy()
    b.destroy()
    app.emit('window-all-closed')
    expect(closeAll).toHaveBeenCalledOnce()
    expect(app.quit).toHaveBeenCalledOnce()
    const again = fakeEvent()
    app.emit('before-quit', again)
    expect(again.defaultPrevented).toBe(false)
  })

  it('keeps a macOS app running when its last window closes, but not elsewhere', () => {
    setPlatform('darwin')
    const closeAll = vi.fn()
    windows.installQuitFlow(closeAll)
    app.emit('window-all-closed')
    expect(closeAll).toHaveBeenCalledOnce()
    expect(app.quit).not.toHaveBeenCalled()
    setPlatform('linux')
    app.emit('window-all-closed')
    expect(app.quit).toHaveBeenCalledOnce()
  })
})
