/**
 * The `app://renderer/` protocol serving the built renderer from `out/renderer`, and the notion of
 * "our origin" that IPC and navigation checks share. A custom standard scheme rather than `file://`
 * gives the page a real origin, so the CSP's `'self'` means our files and nothing else on disk.
 */
import { realpath, readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { app, protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from './security'

export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://renderer`
export const RENDERER_ROOT = join(import.meta.dirname, '../renderer')

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The electron-vite dev server URL, honoured only in an unpackaged app: in a shipped build an
 * environment variable must never be able to point a window (and its preload bridge) elsewhere.
 */
export function devServerUrl(): string | null {
  const url = process.env.ELECTRON_RENDERER_URL
  if (!url || app.isPackaged) return null
  return originOf(url) ? url : null
}

/** Where a window loads the renderer; `search` (e.g. `?launch=open`) tells it why it was opened. */
export function rendererUrl(search = ''): string {
  const dev = devServerUrl()
  if (dev) return `${dev.replace(/\/$/, '')}/${search}`
  return `${APP_ORIGIN}/index.html${search}`
}

/** Any other file of the built renderer (e.g. `guide/en/index.html`), from the same place as the app. */
export function appUrl(path: string): string {
  const relative = path.replace(/^\/+/, '')
  const dev = devServerUrl()
  return dev ? `${dev.replace(/\/$/, '')}/${relative}` : `${APP_ORIGIN}/${relative}`
}

/**
 * `scheme://host[:port]` of a URL, or null. Node's WHATWG `URL.origin` is "null" for custom schemes,
 * so the origin is rebuilt from its parts.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (!parsed.host) return null
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}

/** True for pages we serve: `app://renderer`, or the dev server in an unpackaged app. */
export function isTrustedUrl(url: string): boolean {
  const origin = originOf(url)
  if (origin === null) return false
  const dev = devServerUrl()
  return origin === APP_ORIGIN || (dev !== null && origin === originOf(dev))
}

/** Must run before `app` is ready: privileges can only be granted at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function serveAppProtocol(root = RENDERER_ROOT): void {
  protocol.handle(APP_SCHEME, (request) => respond(root, request.url))
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)
}

/**
 * The real path of the file a URL names inside `root`, or null. Checked twice: lexically (`..`,
 * encoded separators) and again after resolving symlinks, so a link cannot lead out of the root.
 */
export async function resolveInside(root: string, url: string): Promise<string | null> {
  let pathname: string
  try {
    const parsed = new URL(url)
    if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const candidate = resolve(root, `.${pathname}`)
  if (!isInside(resolve(root), candidate)) return null
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(candidate)])
    if (!isInside(realRoot, real) || !(await stat(real)).isFile()) return null
    return real
  } catch {
    return null
  }
}

/** Every response carries the CSP, including the 404s. */
export async function respond(root: string, url: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }
  const path = await resolveInside(root, url)
  // A file that vanished between the check and the read is a 404 too, not a failed protocol handler.
  const body = path === null ? null : await readFile(path).catch(() => null)
  if (path === null || body === null) {
    return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return new Response(new Uint8Array(body), { status: 200, headers: { ...headers, 'Content-Type': mimeTypeOf(path) } })
}
