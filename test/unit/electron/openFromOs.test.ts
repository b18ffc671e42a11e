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
  const dispatch = vi.fn(async () => openedValue)
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
