import { resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { app, fakeEvent, FakeBrowserWindow, resetFakes } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const { claimSingleInstance, journeyPathsFrom, OsFileOpener } = await import('../../../electron/main/openFromOs')
const { ElectronHost } = await import('../../../electron/main/host')

const openedValue = { ok: true, value: { kind: 'opened', snapshot: { docId: 'doc_1' } } }

function setup() {
  const host = new ElectronHost({ locale: 'en', windowState: () => undefined, setWindowState: () => {} })
  const sessions = new Map<string, string>()
  const dispatch = vi.fn(async (..._args: unknown[]) => openedValue)
  const createWindow = vi.fn((search: string) => new FakeBrowserWindow({ search }))
  const opener = new OsFileOpener(() => ({
    dispatch: dispatch as never,
    refFor: (path: string) => `ref:${path}`,
    findByPath: (path: string) => sessions.get(path),
    focusDocument: (docId: string) => host.focusDocument(docId),
    createWindow: createWindow as never,
  }))
  return { host, sessions, dispatch, createWindow, opener }
}

beforeEach(() => resetFakes())

describe('journeyPathsFrom', () => {
  it('keeps .journey arguments, resolved against the caller directory', () => {
    const argv = ['/opt/MOT Studio/mot-studio', '--allow-file-access', '.', 'a.journey', '/abs/B.JOURNEY', 'notes.txt', '-psn_0_123']
    expect(journeyPathsFrom(argv, '/home/u/docs')).toEqual([resolve('/home/u/docs/a.journey'), resolve('/abs/B.JOURNEY')])
  })

  it('turns file: URLs into paths (Linux file managers launch with %U) and ignores other URLs', () => {
    const argv = ['/opt/MOT Studio/mot-studio', 'file:///home/u/Client%20A/%E6%97%85%E7%A8%8B.journey', 'https://example.com/x.journey', 'smb://nas/z.journey']
    expect(journeyPathsFrom(argv, '/tmp')).toEqual([resolve('/home/u/Client A/旅程.journey')])
  })

  it('ignores every non-.journey argument: Chromium switches, other files, a journey folder name', () => {
    const argv = ['C:\\Program Files\\MOT Studio\\MOT Studio.exe', '--original-process-start-time=1', '--enable-features=X', 'report.xlsx', 'backup.journey.bak', 'journey', '/docs/.journey/readme.txt']
    expect(journeyPathsFrom(argv, '/docs')).toEqual([])
  })
})

describe('OsFileOpener', () => {
  it('opens a launch argument in a new window through doc.open once the renderer has loaded', async () => {
    const { opener, dispatch, createWindow } = setup()
    expect(opener.start(['/docs/a.journey'])).toBe(true)
    expect(createWindow).toHaveBeenCalledWith('?launch=open')
    const window = FakeBrowserWindow.all[0]!
    expect(dispatch).not.toHaveBeenCalled()
    window.webContents.emit('did-finish-load')
    expect(dispatch).toHaveBeenCalledWith('doc.open', { ref: `ref:${resolve('/docs/a.journey')}` }, { webContentsId: window.webContents.id })
    await vi.waitFor(() => expect(window.webContents.sent).toEqual([['mot:event:opened', openedValue]]))
  })

  it('sends refusals as an ApiResult too', async () => {
    const { opener, dispatch } = setup()
    const refusal = { ok: false, error: { code: 'NOT_JOURNEY', message: { key: 'open.notJourney' } } }
    dispatch.mockResolvedValueOnce(refusal as never)
    opener.start(['/docs/bad.journey'])
    const window = FakeBrowserWindow.all[0]!
    window.webContents.emit('did-finish-load')
    await vi.waitFor(() => expect(window.webContents.sent).toEqual([['mot:event:opened', refusal]]))
  })

  it('reports nothing to open so the caller shows a blank window', () => {
    expect(setup().opener.start([])).toBe(false)
  })

  it('focuses the window that already shows the file instead of opening it again', () => {
    const { opener, host, sessions, createWindow } = setup()
    const existing = new FakeBrowserWindow({})
    existing.minimized = true
    host.bindDocument({ webContentsId: existing.webContents.id }, 'doc_open')
    sessions.set(resolve('/docs/a.journey'), 'doc_open')
    opener.start([])
    opener.open('/docs/a.journey')
    expect(createWindow).not.toHaveBeenCalled()
    expect(existing.minimized).toBe(false)
    expect(existing.focusCount).toBe(1)
  })

  it('opens each of several launch arguments in its own window, and a repeated one once', () => {
    const { opener, dispatch, createWindow } = setup()
    const paths = journeyPathsFrom(['/usr/bin/mot-studio', 'a.journey', 'b.journey', 'notes.txt', './a.journey'], '/docs')
    expect(opener.start(paths)).toBe(true)
    expect(createWindow).toHaveBeenCalledTimes(2)
    for (const window of FakeBrowserWindow.all) window.webContents.emit('did-finish-load')
    expect(dispatch.mock.calls.map(([, request]) => request)).toEqual([
      { ref: `ref:${resolve('/docs/a.journey')}` },
      { ref: `ref:${resolve('/docs/b.journey')}` },
    ])
  })

  it('focuses the window still loading a file when the same file is opened again (a double double-click)', async () => {
    const { opener, dispatch, createWindow } = setup()
    opener.start([])
    opener.open('/docs/a.journey')
    const loading = FakeBrowserWindow.all[0]!
    loading.minimized = true
    opener.open('/docs/./a.journey')
    expect(createWindow).toHaveBeenCalledOnce()
    expect(loading.minimized).toBe(false)
    expect(loading.focusCount).toBe(1)
    loading.webContents.emit('did-finish-load')
    await vi.waitFor(() => expect(loading.webContents.sent).toHaveLength(1))
    expect(dispatch).toHaveBeenCalledOnce()
  })

  it('opens a file again once its earlier window closed while loading, or was refused', async () => {
    const { opener, dispatch, createWindow } = setup()
    opener.start([])
    opener.open('/docs/a.journey')
    FakeBrowserWindow.all[0]!.destroy()
    opener.open('/docs/a.journey')
    expect(createWindow).toHaveBeenCalledTimes(2)
    const refusal = { ok: false, error: { code: 'NOT_JOURNEY', message: { key: 'open.notJourney' } } }
    dispatch.mockResolvedValueOnce(refusal as never)
    const second = FakeBrowserWindow.all[1]!
    second.webContents.emit('did-finish-load')
    await vi.waitFor(() => expect(second.webContents.sent).toEqual([['mot:event:opened', refusal]]))
    opener.open('/docs/a.journey')
    expect(createWindow).toHaveBeenCalledTimes(3)
  })

  it('opens the file again if its session has no window any more', () => {
    const { opener, sessions, createWindow } = setup()
    sessions.set(resolve('/docs/a.journey'), 'doc_orphan')
    opener.start(['/docs/a.journey'])
    expect(createWindow).toHaveBeenCalledOnce()
  })
})

describe('single instance and OS events', () => {
  it('quits a second instance', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false)
    expect(claimSingleInstance(setup().opener, () => {})).toBe(false)
    expect(app.quit).toHaveBeenCalledOnce()
  })

  it('routes a second launch with a file to the window that already has it', () => {
    const { opener, host, sessions, createWindow } = setup()
    const focusAny = vi.fn()
    expect(claimSingleInstance(opener, focusAny)).toBe(true)
    opener.start([])
    const existing = new FakeBrowserWindow({})
    host.bindDocument({ webContentsId: existing.webContents.id }, 'doc_open')
    sessions.set(resolve('/home/u/trip.journey'), 'doc_open')
    app.emit('second-instance', fakeEvent(), ['/usr/bin/mot-studio', 'trip.journey'], '/home/u', {})
    expect(existing.focusCount).toBe(1)
    expect(createWindow).not.toHaveBeenCalled()
    expect(focusAny).not.toHaveBeenCalled()
    app.emit('second-instance', fakeEvent(), ['/usr/bin/mot-studio', 'other.journey'], '/home/u', {})
    expect(createWindow).toHaveBeenCalledOnce()
  })

  it('focuses some window when a second launch names no file', () => {
    const { opener } = setup()
    const focusAny = vi.fn()
    claimSingleInstance(opener, focusAny)
    app.emit('second-instance', fakeEvent(), ['/usr/bin/mot-studio'], '/home/u', {})
    expect(focusAny).toHaveBeenCalledOnce()
  })

  it('opens every .journey of a second launch with several files, ignoring the rest', () => {
    const { opener, createWindow } = setup()
    claimSingleInstance(opener, () => {})
    opener.start([])
    app.emit('second-instance', fakeEvent(), ['C:\\MOT Studio\\MOT Studio.exe', '--flag', 'x.journey', 'y.JOURNEY', 'budget.xlsx'], 'C:\\Users\\u', {})
    expect(createWindow).toHaveBeenCalledTimes(2)
  })

  it('a second launch naming only other files just brings MOT Studio forward', () => {
    const { opener, createWindow } = setup()
    const focusAny = vi.fn()
    claimSingleInstance(opener, focusAny)
    opener.start([])
    app.emit('second-instance', fakeEvent(), ['/usr/bin/mot-studio', 'notes.txt', 'https://example.com/a.journey'], '/home/u', {})
    expect(createWindow).not.toHaveBeenCalled()
    expect(focusAny).toHaveBeenCalledOnce()
  })

  it('the same file launched twice focuses its window the second time', async () => {
    const { opener, host, sessions, createWindow } = setup()
    claimSingleInstance(opener, () => {})
    opener.start([])
    const launch = () => app.emit('second-instance', fakeEvent(), ['/usr/bin/mot-studio', 'trip.journey'], '/home/u', {})
    launch()
    const window = FakeBrowserWindow.all[0]!
    window.webContents.emit('did-finish-load')
    await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(1))
    // doc.open has bound the document to the window and registered its session.
    host.bindDocument({ webContentsId: window.webContents.id }, 'doc_trip')
    sessions.set(resolve('/home/u/trip.journey'), 'doc_trip')
    launch()
    expect(createWindow).toHaveBeenCalledOnce()
    expect(window.focusCount).toBe(1)
  })

  it('treats a file dropped on the Dock icon (macOS open-file while running) like a double-click', () => {
    const { opener, host, sessions, createWindow } = setup()
    claimSingleInstance(opener, () => {})
    opener.start([])
    const dropped = fakeEvent()
    app.emit('open-file', dropped, '/Users/u/Desktop/trip.journey')
    expect(dropped.defaultPrevented).toBe(true)
    expect(createWindow).toHaveBeenCalledOnce()
    const window = FakeBrowserWindow.all[0]!
    host.bindDocument({ webContentsId: window.webContents.id }, 'doc_trip')
    sessions.set(resolve('/Users/u/Desktop/trip.journey'), 'doc_trip')
    app.emit('open-file', fakeEvent(), '/Users/u/Desktop/trip.journey')
    expect(createWindow).toHaveBeenCalledOnce()
    expect(window.focusCount).toBe(1)
  })

  it('queues macOS open-file until the app is ready', () => {
    const { opener, createWindow } = setup()
    claimSingleInstance(opener, () => {})
    const event = fakeEvent()
    app.emit('open-file', event, '/Users/u/trip.journey')
    expect(event.defaultPrevented).toBe(true)
    expect(createWindow).not.toHaveBeenCalled()
    expect(opener.start([])).toBe(true)
    expect(createWindow).toHaveBeenCalledOnce()
    app.emit('open-file', fakeEvent(), '/Users/u/second.journey')
    expect(createWindow).toHaveBeenCalledTimes(2)
  })
})
