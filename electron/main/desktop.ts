/**
 * Desktop integration that is not about documents: the app's identity towards the OS and the user
 * guide shipped inside the app (renderer/public/guide → out/renderer/guide), shown in a window of
 * its own from the app:// protocol: no network, the same CSP, no preload bridge (the guide is static
 * HTML and needs none).
 */
import { app, BrowserWindow } from 'electron'
import { translate } from '../../shared/i18n/translate'
import type { Locale } from '../../shared/model/schema'
import { appUrl } from './protocol'
import { secureWebPreferences } from './windows'

/** electron-builder.yml `appId`; also the Windows AppUserModelID the installer gives its shortcuts. */
export const APP_ID = 'com.motstudio.desktop'

/** Windows groups taskbar buttons and pins by this id; it must match the installed shortcut's. */
export function applyAppIdentity(platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_ID)
}

/** The guide's start page in a language (both languages ship: guide/en, guide/zh-CN). */
export function guidePath(locale: Locale): string {
  return `guide/${locale}/index.html`
}

let guideWindow: BrowserWindow | null = null
let guideLocale: Locale | null = null

/** The guide's window takes no document commands (it has no bridge to receive them). */
export function isGuideWindow(window: BrowserWindow): boolean {
  return window === guideWindow
}

/**
 * Opens the user guide, or brings its window forward (switching language if the UI's changed):
 * one guide window, whatever number of journey windows.
 */
export function showUserGuide(locale: Locale): BrowserWindow {
  if (guideWindow && !guideWindow.isDestroyed()) {
    if (guideLocale !== locale) void guideWindow.loadURL(appUrl(guidePath(locale)))
    guideLocale = locale
    if (guideWindow.isMinimized()) guideWindow.restore()
    guideWindow.focus()
    return guideWindow
  }
  const window = new BrowserWindow({
    width: 920,
    height: 760,
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: translate(locale, 'menu.help.guide'),
    backgroundColor: '#f4f6f9',
    webPreferences: secureWebPreferences(null),
  })
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (guideWindow === window) {
      guideWindow = null
      guideLocale = null
    }
  })
  guideWindow = window
  guideLocale = locale
  void window.loadURL(appUrl(guidePath(locale)))
  return window
}
