import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { METHOD_NAMES } from '../../../shared/ipc/contract'
import { app, FakeBrowserWindow, ipcMain, Menu, protocol, session } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const userData = mkdtempSync(join(tmpdir(), 'mot-main-'))
afterAll(() => rmSync(userData, { recursive: true, force: true }))

describe('main entry wiring', () => {
  it('secures before ready, then serves, registers IPC, builds the menu and opens one window', async () => {
    app.getPath.mockImplementation(() => userData)
    const argv = process.argv
    process.argv = [argv[0]!, '.']
    await import('../../../electron/main/index')
    process.argv = argv
    expect(app.enableSandbox).toHaveBeenCalledOnce()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce()
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(FakeBrowserWindow.all).toHaveLength(1))
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce()
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(ipcMain.handlers.size).toBe(METHOD_NAMES.length)
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce()
    expect(FakeBrowserWindow.all[0]?.loadedUrl).toBe('app://renderer/index.html')
    expect(app.listenerCount('web-contents-created')).toBe(1)
    expect(app.listenerCount('window-all-closed')).toBe(1)
  })
})
