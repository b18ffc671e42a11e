import { beforeEach, describe, expect, it, vi } from 'vitest'
import { app, fakeEvent, FakeWebContents, resetFakes, session, shell } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const security = await import('../../../electron/main/security')
const { isTrustedUrl } = await import('../../../electron/main/protocol')

beforeEach(() => {
  resetFakes()
  delete process.env.ELECTRON_RENDERER_URL
})

function hardened() {
  const contents = new FakeWebContents()
  security.hardenContents(contents as never, isTrustedUrl)
  return contents
}

describe('security baseline', () => {
  it('uses exactly the specified CSP', () => {
    expect(security.CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })

  it('sandboxes every renderer', () => {
    security.enableSandboxing()
    expect(app.enableSandbox).toHaveBeenCalledOnce()
  })

  it('denies every permission request and check but full screen (presentation mode)', () => {
    security.hardenSession(session.defaultSession as never)
    const [requestHandler] = session.defaultSession.setPermissionRequestHandler.mock.calls[0] as unknown as [
      (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ]
    const [checkHandler] = session.defaultSession.setPermissionCheckHandler.mock.calls[0] as unknown as [
      (contents: unknown, permission: string) => boolean,
    ]
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'pointerLock']) {
      const callback = vi.fn()
      requestHandler({}, permission, callback)
      expect(callback, permission).toHaveBeenCalledWith(false)
      expect(checkHandler({}, permission), permission).toBe(false)
    }
    const fullscreen = vi.fn()
    requestHandler({}, 'fullscreen', fullscreen)
    expect(fullscreen).toHaveBeenCalledWith(true)
    expect(checkHandler({}, 'fullscreen')).toBe(true)
  })

  it('prevents navigation and redirects away from our origin', () => {
    const contents = hardened()
    for (const [name, url, prevented] of [
      ['will-navigate', 'https://evil.example/', true],
      ['will-navigate', 'file:///etc/passwd', true],
      ['will-navigate', 'app://renderer/index.html', false],
      ['will-navigate', 'app://other/index.html', true],
      ['will-redirect', 'https://evil.example/', true],
      ['will-redirect', 'app://renderer/index.html', false],
    ] as const) {
      const event = fakeEvent({ url })
      contents.emit(name, event)
      expect(event.defaultPrevented, `${name} ${url}`).toBe(prevented)
    }
  })

  it('allows the dev server origin only while unpackaged', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    const contents = hardened()
    const dev = fakeEvent({ url: 'http://localhost:5173/' })
    contents.emit('will-navigate', dev)
    expect(dev.defaultPrevented).toBe(false)
    app.isPackaged = true
    const packaged = fakeEvent({ url: 'http://localhost:5173/' })
    contents.emit('will-navigate', packaged)
    expect(packaged.defaultPrevented).toBe(true)
  })

  it('denies window.open, handing only https links to the browser', () => {
    const contents = hardened()
    const open = (url: string) => contents.windowOpenHandler?.({ url })
    expect(open('https://example.com/help')).toEqual({ action: 'deny' })
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/help')
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://renderer/x', 'not a url']) {
      expect(open(url)).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal).toHaveBeenCalledOnce()
  })

  it('opens external links only for parsed https URLs', () => {
    expect(security.openExternalSafely('https://example.com/a b')).toBe(true)
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/a%20b')
    expect(security.openExternalSafely(' http://x')).toBe(false)
    expect(security.openExternalSafely('HTTPS://EXAMPLE.COM')).toBe(true)
  })

  it('blocks <webview>', () => {
    const contents = hardened()
    const event = fakeEvent()
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.defaultPrevented).toBe(true)
  })

  it('hardens every web contents the app creates', () => {
    security.hardenAllContents(isTrustedUrl)
    const contents = new FakeWebContents()
    app.emit('web-contents-created', fakeEvent(), contents)
    expect(contents.windowOpenHandler).toBeDefined()
    const event = fakeEvent({ url: 'https://evil.example/' })
    contents.emit('will-navigate', event)
    expect(event.defaultPrevented).toBe(true)
  })
})
