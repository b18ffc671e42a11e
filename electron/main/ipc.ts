/**
 * The only place that touches `ipcMain`. Every contract method gets one channel; each call is
 * checked for who sent it (top frame of one of our pages: VS Code's `validateEvent`, drawio's
 * `validateSender`) before ApiService parses and runs it. Handlers always resolve with an
 * ApiResult: a thrown error would cross IPC as a lossy string.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { eventChannel, METHOD_NAMES, methodChannel } from '../../shared/ipc/channels'
import type { ApiResult, HostEvent, HostEventName, MethodName, MethodResponse } from '../../shared/ipc/contract'
import { toApiError } from '../services/api'
import type { ElectronContext } from './host'

/** `ApiService.handle`, or a wrapper around it (see menu.ts). */
export type ApiDispatch = <M extends MethodName>(
  method: M,
  request: unknown,
  context: ElectronContext,
) => Promise<ApiResult<MethodResponse<M>>>

const untrusted: ApiResult<never> = {
  ok: false,
  error: { code: 'BAD_REQUEST', message: { key: 'error.badRequest', params: { detail: 'untrusted sender' } } },
}

/** True only for the main frame of a page we serve; sub-frames and foreign origins are refused. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, isTrustedUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url)
}

export function registerIpc(dispatch: ApiDispatch, isTrustedUrl: (url: string) => boolean): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(methodChannel(method), async (event, request: unknown) => {
      if (!isTrustedSender(event, isTrustedUrl)) {
        console.warn(`[ipc] refused ${method} from ${event.senderFrame?.url ?? 'a destroyed frame'}`)
        return untrusted
      }
      try {
        return await dispatch(method, request, { webContentsId: event.sender.id })
      } catch (error) {
        return { ok: false, error: toApiError(error) }
      }
    })
  }
}

/** Sends a host event to a window's renderer, unless the window is already gone. */
export function sendHostEvent<E extends HostEventName>(contents: WebContents, event: E, payload: HostEvent<E>): void {
  if (!contents.isDestroyed()) contents.send(eventChannel(event), payload)
}
