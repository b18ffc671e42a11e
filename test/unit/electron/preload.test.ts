import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { MotApi } from '../../../shared/ipc/contract'
import { contextBridge, ipcRenderer } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

let api: MotApi
let exposedAs: string

beforeAll(async () => {
  await import('../../../electron/preload/index')
  const [name, value] = contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, MotApi]
  exposedAs = name
  api = value
})

/** What main's `webContents.send` would deliver. */
const emitFromMain = (event: string, payload: unknown) => ipcRenderer.emit(`mot:event:${event}`, { sender: 'ipc event' }, payload)

describe('preload bridge', () => {
  it('exposes exactly { call, on } as window.motStudio', () => {
    expect(exposedAs).toBe('motStudio')
    expect(Object.keys(api).sort()).toEqual(['call', 'on'])
  })

  it('forwards contract methods on their prefixed channel', async () => {
    await api.call('app.info', {})
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('mot:app.info', {})
  })

  it('refuses methods outside the contract without touching IPC', async () => {
    ipcRenderer.invoke.mockClear()
    const call = api.call as (method: string, request: unknown) => Promise<unknown>
    await expect(call('fs.readFile', { path: '/etc/passwd' })).rejects.toThrow(/Unknown method/)
    await expect(call('__proto__', {})).rejects.toThrow(/Unknown method/)
    await expect(call('event:menu', {})).rejects.toThrow(/Unknown method/)
    expect(ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it('subscribes only to host events, strips the IPC event and unsubscribes', () => {
    const on = api.on as (event: string, listener: (payload: unknown) => void) => () => void
    expect(() => on('anything', () => {})).toThrow(/Unknown host event/)
    const listener = vi.fn()
    const off = api.on('menu', listener)
    emitFromMain('menu', { command: 'save' })
    expect(listener).toHaveBeenCalledExactlyOnceWith({ command: 'save' })
    off()
    emitFromMain('menu', { command: 'undo' })
    expect(listener).toHaveBeenCalledOnce()
  })

  it('keeps events that arrive before the first listener and hands them over', async () => {
    emitFromMain('opened', { ok: false, error: { code: 'NOT_FOUND', message: { key: 'open.notFound' } } })
    const listener = vi.fn()
    api.on('opened', listener)
    await Promise.resolve()
    expect(listener).toHaveBeenCalledExactlyOnceWith({ ok: false, error: { code: 'NOT_FOUND', message: { key: 'open.notFound' } } })
  })

  it('imports nothing but electron and the pure channel names (no zod in the sandbox)', () => {
    const source = readFileSync(join(import.meta.dirname, '../../../electron/preload/index.ts'), 'utf8')
    const imports = [...source.matchAll(/^import (type )?.* from '(.*)'$/gm)].map((match) => `${match[1] ?? ''}${match[2]}`)
    expect(imports).toEqual(['electron', '../../shared/ipc/channels', 'type ../../shared/ipc/contract'])
    const channels = readFileSync(join(import.meta.dirname, '../../../shared/ipc/channels.ts'), 'utf8')
    expect(channels).not.toMatch(/^import /m)
  })
})
