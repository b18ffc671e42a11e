/**
 * The browser host: the built renderer and the app's services over HTTP on 127.0.0.1, so the
 * whole UI with real files can be driven in a real browser where Electron cannot run. Guarded by a
 * random per-run token (header `X-MOT-Token`), a Host check (against DNS rebinding) and an Origin
 * check; static files get the same strict CSP as the Electron window.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'
import { METHODS, type MethodName } from '../../shared/ipc/contract'
import { ApiService } from '../services/api'
import { Workspace } from '../services/workspace'
import { createWebHostAdapter } from './webHost'

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
}
const MAX_BODY_BYTES = 64 * 1024 * 1024

export interface WebHostOptions {
  folder: string
  dataDir: string
  staticDir: string
  version: string
  port?: number
  /** A file to open as soon as the page loads. */
  openFile?: string
}

export interface WebHost {
  url: string
  token: string
  api: ApiService<null>
  close(): Promise<void>
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  })
  response.end(body)
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'))
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

/** Serves a file from the static root only (no traversal, no symlink escape). */
function serveStatic(root: string, pathname: string, response: ServerResponse): void {
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname)
  const candidate = resolve(root, `.${relative}`)
  if (!candidate.startsWith(root + sep) || !existsSync(candidate) || !statSync(candidate).isFile()) {
    return send(response, 404, 'Not found')
  }
  const real = realpathSync(candidate)
  if (!real.startsWith(realpathSync(root) + sep)) return send(response, 404, 'Not found')
  send(response, 200, readFileSync(real), MIME[extname(real).toLowerCase()] ?? 'application/octet-stream')
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('hex')
  const folder = resolve(options.folder)
  const staticRoot = resolve(options.staticDir)
  const workspace = new Workspace({ dataDir: options.dataDir, appVersion: options.version })
  const api = new ApiService(workspace, createWebHostAdapter(folder, options.version))
  let origin = ''

  const server: Server = createServer((request, response) => {
    void (async () => {
      const host = request.headers.host ?? ''
      if (`http://${host}` !== origin && `http://${host}` !== origin.replace('127.0.0.1', 'localhost')) {
        return send(response, 421, 'Misdirected request')
      }
      const url = new URL(request.url ?? '/', origin)
      if (!url.pathname.startsWith('/api/')) {
        if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed')
        return serveStatic(staticRoot, url.pathname, response)
      }
      if (request.method !== 'POST') return send(response, 405, 'Method not allowed')
      const requestOrigin = request.headers.origin
      if (requestOrigin !== undefined && requestOrigin !== origin) return send(response, 403, 'Forbidden origin')
      if (!tokenMatches(token, request.headers['x-mot-token'])) return send(response, 401, 'Missing or wrong token')
      const method = url.pathname.slice('/api/'.length)
      if (!Object.hasOwn(METHODS, method)) return send(response, 404, 'Unknown method')
      let body: unknown
      try {
        const text = await readBody(request)
        body = text ? JSON.parse(text) : {}
      } catch {
        return send(response, 400, 'Bad request body')
      }
      const result = await api.handle(method as MethodName, body, null)
      send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8')
    })().catch((error: unknown) => send(response, 500, String(error)))
  })

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  const openParam = options.openFile ? `&open=${encodeURIComponent(api.refFor(resolve(options.openFile)))}` : ''
  return {
    url: `${origin}/?token=${token}${openParam}`,
    token,
    api,
    close: () =>
      new Promise((resolveClose) => {
        workspace.closeAll()
        server.closeAllConnections()
        server.close(() => resolveClose())
      }),
  }
}

