/**
 * The renderer's one way to its host: Electron's preload bridge when present, else the browser
 * host over HTTP. Calls unwrap the `{ ok }` result and throw {@link ApiCallError} on refusal.
 */
import type { ApiError, HostEvent, HostEventName, MethodName, MethodRequest, MethodResponse, MotApi } from '../../shared/ipc/contract'
import { createHttpApi, tokenFromPage } from './httpApi'

declare global {
  interface Window {
    motStudio?: MotApi
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(`${error.code}: ${error.message.key}`)
    this.name = 'ApiCallError'
  }
}

let transport: MotApi | undefined

function getTransport(): MotApi {
  if (!transport) {
    if (window.motStudio) transport = window.motStudio
    else {
      const token = tokenFromPage()
      if (!token) throw new ApiCallError({ code: 'BAD_REQUEST', message: { key: 'ui.host.noToken' } })
      transport = createHttpApi(token)
    }
  }
  return transport
}

export async function call<M extends MethodName>(method: M, request: MethodRequest<M>): Promise<MethodResponse<M>> {
  const result = await getTransport().call(method, request)
  if (!result.ok) throw new ApiCallError(result.error)
  return result.value
}

export function onHostEvent<E extends HostEventName>(event: E, listener: (payload: HostEvent<E>) => void): () => void {
  return getTransport().on(event, listener)
}
