import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { protocol, resetFakes } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const { APP_ORIGIN, isTrustedUrl, mimeTypeOf, originOf, registerAppScheme, rendererUrl, resolveInside, respond, serveAppProtocol } =
  await import('../../../electron/main/protocol')
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/main/security')

let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'mot-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>MOT</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'font.woff2'), 'font')
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET')
  mkdirSync(join(base, 'outside'))
  writeFileSync(join(base, 'outside', 'x.js'), 'TOP SECRET')
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'))
  symlinkSync(join(base, 'outside'), join(root, 'linked-dir'))
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'))
})

afterAll(() => rmSync(base, { recursive: true, force: true }))
beforeEach(() => {
  resetFakes()
  delete process.env.ELECTRON_RENDERER_URL
})

async function body(response: Response) {
  return Buffer.from(await response.arrayBuffer()).toString('utf8')
}

describe('app:// protocol', () => {
  it('registers the scheme as standard, secure and fetch-capable', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('serves index.html with its MIME type, the CSP and nosniff', async () => {
    const response = await respond(root, 'app://renderer/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await body(response)).toContain('<title>MOT</title>')
  })

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (path, type) => {
    const response = await respond(root, `app://renderer/${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
  })

  it('falls back to octet-stream for unknown extensions', () => {
    expect(mimeTypeOf('a.bin')).toBe('application/octet-stream')
    expect(mimeTypeOf('A.SVG')).toBe('image/svg+xml')
  })

  it.each([
    'app://renderer/../secret.txt',
    'app://renderer/assets/../../secret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/assets%2f..%2f..%2fsecret.txt',
    'app://renderer/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://renderer/..%5csecret.txt',
  ])('refuses the traversal %s', async (url) => {
    const response = await respond(root, url)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await body(response)).not.toContain('TOP SECRET')
  })

  it.each([
    `app://renderer/${encodeURIComponent(join(tmpdir(), 'x'))}`,
    'app://renderer//etc/passwd',
    'app://renderer/%2Fetc%2Fpasswd',
    'app://renderer/C:%5CWindows%5Cwin.ini',
    'app://renderer/index.html%00.png',
  ])('never reads absolute or odd paths: %s', async (url) => {
    expect(await resolveInside(root, url)).toBeNull()
  })

  it('refuses symlinks that lead out of the root, but follows those that stay inside', async () => {
    expect((await respond(root, 'app://renderer/assets/leak.txt')).status).toBe(404)
    expect((await respond(root, 'app://renderer/linked-dir/x.js')).status).toBe(404)
    expect((await respond(root, 'app://renderer/alias.js')).status).toBe(200)
  })

  it('answers 404 for other hosts, directories and missing files', async () => {
    expect((await respond(root, 'app://evil/index.html')).status).toBe(404)
    expect((await respond(root, 'app://renderer/assets')).status).toBe(404)
    expect((await respond(root, 'app://renderer/')).status).toBe(404)
    expect((await respond(root, 'app://renderer/missing.js')).status).toBe(404)
  })

  it('installs a handler that serves from the given root', async () => {
    serveAppProtocol(root)
    const [scheme, handler] = protocol.handle.mock.calls[0] as unknown as [string, (request: Request) => Promise<Response>]
    expect(scheme).toBe('app')
    const response = await handler(new Request('app://renderer/index.html'))
    expect(response.status).toBe(200)
  })
})

describe('origins', () => {
  it('rebuilds custom-scheme origins that Node reports as "null"', () => {
    expect(originOf('app://renderer/index.html?launch=open')).toBe(APP_ORIGIN)
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173')
    expect(originOf('not a url')).toBeNull()
    expect(originOf('file:///etc/passwd')).toBeNull()
  })

  it('loads app://renderer/index.html, or the dev server only while unpackaged', async () => {
    const { app } = await import('./fakeElectron')
    expect(rendererUrl()).toBe('app://renderer/index.html')
    expect(rendererUrl('?launch=open')).toBe('app://renderer/index.html?launch=open')
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    expect(rendererUrl('?launch=open')).toBe('http://localhost:5173/?launch=open')
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/')).toBe(false)
    app.isPackaged = true
    expect(rendererUrl()).toBe('app://renderer/index.html')
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false)
    expect(isTrustedUrl('app://renderer/index.html')).toBe(true)
  })
})
