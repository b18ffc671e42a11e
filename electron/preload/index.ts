/**
 * The sandboxed bridge: `window.motStudio` = { call, on } (MotApi). It only forwards names from the
 * contract's closed lists and validates nothing else: main is the trust boundary, and zod here would
 * only bloat a bundle that must stay tiny. It imports the pure name lists, never contract.ts.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { eventChannel, HOST_EVENT_NAMES, METHOD_NAMES, methodChannel } from '../../shared/ipc/channels'
import type { HostEventName, MethodName, MotApi } from '../../shared/ipc/contract'

type Listener = (payload: unknown) => void

const isMethod = (name: unknown): name is MethodName => (METHOD_NAMES as readonly unknown[]).includes(name)
const isHostEvent = (name: unknown): name is HostEventName => (HOST_EVENT_NAMES as readonly unknown[]).includes(name)

const listeners = new Map<HostEventName, Set<Listener>>(HOST_EVENT_NAMES.map((name) => [name, new Set()]))
/** Events that arrived before anyone listened (e.g. `opened` while React is still mounting). */
const early = new Map<HostEventName, unknown[]>()
const MAX_EARLY = 20

for (const name of HOST_EVENT_NAMES) {
  ipcRenderer.on(eventChannel(name), (_event: IpcRendererEvent, payload: unknown) => {
    const current = [...(listeners.get(name) ?? [])]
    if (current.length > 0) for (const listener of current) listener(payload)
    else early.set(name, [...(early.get(name) ?? []), payload].slice(-MAX_EARLY))
  })
}

const api = {
  call(method: unknown, request: unknown) {
    if (!isMethod(method)) return Promise.reject(new Error(`Unknown method: ${String(method)}`))
    return ipcRenderer.invoke(methodChannel(method), request)
  },
  on(event: unknown, listener: Listener) {
    if (!isHostEvent(event) || typeof listener !== 'function') throw new Error(`Unknown host event: ${String(event)}`)
    listeners.get(event)?.add(listener)
    const pending = early.get(event)
    if (pending) {
      early.delete(event)
      queueMicrotask(() => pending.forEach((payload) => listener(payload)))
    }
    return () => {
      listeners.get(event)?.delete(listener)
    }
  },
} as MotApi

contextBridge.exposeInMainWorld('motStudio', api)
