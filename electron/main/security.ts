/**
 * The security baseline every window and session gets (Electron's security checklist, drawio's CSP
 * header, Actual's webview block): the renderer may talk to main through the preload bridge and
 * nothing else: no navigation away, no new windows, no permissions, no webviews.
 */
import { app, shell, type Session, type WebContents } from 'electron'

/** Mirrored by the `<meta>` in renderer/index.html; sent as a header on every `app://` response. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Sandboxes every renderer, including any a future code path forgets to configure. Before `ready`. */
export function enableSandboxing(): void {
  app.enableSandbox()
}

/** The one permission the app uses: HTML full screen, for presentation mode in workshops. */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen'])

/** No camera, notifications, clipboard-read, geolocation…: the app needs none of them (only full screen). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(GRANTED_PERMISSIONS.has(permission)))
  session.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.has(permission))
}

/** Opens a link in the user's browser, but only a well-formed https: URL (never file:, smb:, custom schemes). */
export function openExternalSafely(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:') return false
  void shell.openExternal(parsed.href)
  return true
}

/**
 * Locks down one web contents: navigation only within our own pages (`isTrusted`), every
 * `window.open`/`target=_blank` denied (https links go to the browser instead), no `<webview>`.
 */
export function hardenContents(contents: WebContents, isTrusted: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (!isTrusted(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isTrusted(event.url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Applies {@link hardenContents} to every web contents the app ever creates. */
export function hardenAllContents(isTrusted: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isTrusted))
}
