/**
 * The browser host's transport: the same API as Electron's preload, over HTTP to 127.0.0.1, with
 * the per-run token the host printed in its URL. The browser host has no native menus, so no events.
 */
import type { ApiResult, MethodName, MethodRequest, MethodResponse, MotApi } from '../../shared/ipc/contract'

const TOKEN_KEY = 'mot-studio-token'

export function tokenFromPage(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token')
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl)
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY)
}

export function createHttpApi(token: string): MotApi {
  return {
    async call<M extends MethodName>(method: M, request: MethodRequest<M>): Promise<ApiResult<MethodResponse<M>>> {
      const body = JSON.stringify(request)
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-MOT-Token': token },
        body,
        // Lets the last edits reach the host even while the page unloads (browsers cap such bodies at 64 KB).
        keepalive: body.length < 60_000,
      })
      if (!response.ok) {
        return { ok: false, error: { code: 'INTERNAL', message: { key: 'error.internal', params: { detail: `HTTP ${response.status}` } } } }
      }
      return (await response.json()) as ApiResult<MethodResponse<M>>
    },
    on() {
      return () => {}
    },
  }
}
