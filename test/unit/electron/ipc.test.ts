import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { METHOD_NAMES } from '../../../shared/ipc/contract'
import { FakeBrowserWindow, FakeWebContents, ipcMain, resetFakes } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const { registerIpc, sendHostEvent } = await import('../../../electron/main/ipc')
const { isTrustedUrl } = await import('../../../electron/main/protocol')
const { ElectronHost } = await import('../../../electron/main/host')
const { ApiService } = await import('../../../electron/services/api')
const { Workspace } = await import('../../../electron/services/workspace')

let dataDir: string
let workspace: InstanceType<typeof Workspace>
let host: InstanceType<typeof ElectronHost>

beforeEach(() => {
  resetFakes()
  delete process.env.ELECTRON_RENDERER_URL
  dataDir = mkdtempSync(join(tmpdir(), 'mot-ipc-'))
  workspace = new Workspace({ dataDir, appVersion: '0.1.0' })
  host = new ElectronHost(workspace.settings)
  const api = new ApiService(workspace, host)
  registerIpc((method, request, context) => api.handle(method, request, context), isTrustedUrl)
})

afterEach(() => {
  workspace.closeAll()
  rmSync(dataDir, { recursive: true, force: true })
})

interface Frame {
  url: string
  parent: Frame | null
}

function invoke(method: string, request: unknown, frame: Frame | null = { url: 'app://renderer/index.html', parent: null }) {
  const window = new FakeBrowserWindow({})
  const handler = ipcMain.handlers.get(`mot:${method}`)
  if (!handler) throw new Error(`no handler for ${method}`)
  return handler({ senderFrame: frame, sender: window.webContents }, request) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>
}

describe('IPC registration and sender checks', () => {
  it('registers one prefixed channel per contract method and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((name) => `mot:${name}`).sort())
  })

  it('routes a good call from our top frame to ApiService', async () => {
    const result = await invoke('app.info', {})
    expect(result).toEqual({
      ok: true,
      value: { version: '0.1.0', host: 'electron', dialogs: 'native', systemLocale: 'en-US', locale: null },
    })
  })

  it('creates a journey and binds it to the calling window', async () => {
    const result = await invoke('doc.create', { locale: 'zh-CN' })
    const docId = (result.value as { docId: string }).docId
    expect(host.windowFor(docId)).toBe(FakeBrowserWindow.all.at(-1))
  })

  it('answers a bad payload with BAD_REQUEST instead of throwing', async () => {
    const result = await invoke('files.list', { kind: 'exe' })
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await invoke('doc.save', 'not an object')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('refuses sub-frames, foreign origins and destroyed frames', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const top: Frame = { url: 'app://renderer/index.html', parent: null }
    for (const frame of [
      { url: 'app://renderer/index.html', parent: top },
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/index.html', parent: null },
      { url: 'http://localhost:5173/', parent: null },
      { url: '', parent: null },
      null,
    ]) {
      const result = await invoke('app.info', {}, frame)
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: { params: { detail: 'untrusted sender' } } } })
    }
    expect(warn).toHaveBeenCalledTimes(6)
  })

  it('accepts the dev server origin while unpackaged', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    const result = await invoke('app.info', {}, { url: 'http://localhost:5173/', parent: null })
    expect(result.ok).toBe(true)
  })

  it('turns an exception in the dispatcher into an INTERNAL result', async () => {
    ipcMain.handlers.clear()
    registerIpc(() => Promise.reject(new Error('boom')), isTrustedUrl)
    expect(await invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: { params: { detail: 'boom' } } } })
  })
})

describe('host events', () => {
  it('sends on the event channel, and not to a destroyed window', () => {
    const contents = new FakeWebContents()
    sendHostEvent(contents as never, 'menu', { command: 'save' })
    expect(contents.sent).toEqual([['mot:event:menu', { command: 'save' }]])
    contents.destroyed = true
    sendHostEvent(contents as never, 'closeRequested', {})
    expect(contents.sent).toHaveLength(1)
  })
})
