/**
 * Native menus in the user's language. Items that act on a document send the same commands as the
 * renderer's toolbar (HOST_EVENTS `menu`) to the focused window, so the renderer stays the one
 * place that decides, e.g. whether unsaved changes need asking about. The menu is rebuilt when the
 * language or the recent-file list changes.
 */
import { basename, dirname } from 'node:path'
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron'
import type { HostEvent, MethodName } from '../../shared/ipc/contract'
import { translate, type MessageKey } from '../../shared/i18n/translate'
import type { Locale } from '../../shared/model/schema'
import { isGuideWindow, showUserGuide } from './desktop'
import { uiLocale } from './host'
import { sendHostEvent, type ApiDispatch } from './ipc'

export type MenuCommand = HostEvent<'menu'>['command']

export interface MenuDeps {
  settings: { locale: Locale | null; recent: string[] }
  /** Reload and DevTools are offered only to developers. */
  isDev: boolean
  /** Opens a file through the defensive pipeline, in its own window (see openFromOs.ts). */
  openPath(path: string): void
  newWindow(): BrowserWindow
}

/**
 * Carries out a document command in the focused window; with no journey window focused (macOS with
 * no window, or the user guide in front), New/Open/Import open a journey window first.
 */
export function sendMenuCommand(command: MenuCommand, deps: Pick<MenuDeps, 'newWindow'>): void {
  const focused = BrowserWindow.getFocusedWindow()
  if (focused && !isGuideWindow(focused)) return sendHostEvent(focused.webContents, 'menu', { command })
  if (command === 'new') {
    deps.newWindow()
  } else if (command === 'open' || command === 'import') {
    const window = deps.newWindow()
    // The preload keeps the event until the renderer subscribes.
    window.webContents.once('did-finish-load', () => sendHostEvent(window.webContents, 'menu', { command }))
  }
}

export async function showAbout(locale: Locale): Promise<void> {
  const options = {
    type: 'info' as const,
    title: translate(locale, 'menu.help.about'),
    message: app.getName(),
    detail: translate(locale, 'menu.about.detail', {
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
    }),
    buttons: [translate(locale, 'menu.about.ok')],
  }
  const parent = BrowserWindow.getFocusedWindow()
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options))
}

/** A file path as a menu label: `&` would otherwise become a keyboard mnemonic. */
const escapeLabel = (text: string) => text.replace(/&/g, '&&')

export function buildMenuTemplate(deps: MenuDeps, locale: Locale, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const t = (key: MessageKey) => translate(locale, key)
  const mac = platform === 'darwin'
  const command = (label: MessageKey, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(label),
    ...(accelerator ? { accelerator } : {}),
    click: () => sendMenuCommand(name, deps),
  })
  const recent = deps.settings.recent
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((path) => ({ label: escapeLabel(`${basename(path)} — ${dirname(path)}`), click: () => deps.openPath(path) }))
    : [{ label: t('menu.file.noRecent'), enabled: false }]
  const about: MenuItemConstructorOptions = { label: t('menu.help.about'), click: () => void showAbout(locale) }
  // The guide ships inside the app (out/renderer/guide): no network needed.
  const guide: MenuItemConstructorOptions = {
    label: t('menu.help.guide'),
    ...(mac ? {} : { accelerator: 'F1' }),
    click: () => showUserGuide(locale),
  }
  const sep: MenuItemConstructorOptions = { type: 'separator' }

  const file: MenuItemConstructorOptions[] = [
    command('menu.file.new', 'new', 'CmdOrCtrl+N'),
    command('menu.file.open', 'open', 'CmdOrCtrl+O'),
    { label: t('menu.file.openRecent'), submenu: recentItems },
    sep,
    command('menu.file.save', 'save', 'CmdOrCtrl+S'),
    command('menu.file.saveAs', 'saveAs', 'CmdOrCtrl+Shift+S'),
    command('menu.file.saveCopy', 'saveCopy'),
    sep,
    command('menu.file.import', 'import'),
    command('menu.file.exportJson', 'exportJson'),
    command('menu.file.exportImage', 'exportImage'),
    command('menu.file.exportScript', 'exportScript'),
    sep,
    // Closing goes through the window's 'close' event, so the renderer asks about unsaved changes.
    { label: t('menu.file.close'), accelerator: 'CmdOrCtrl+W', click: () => BrowserWindow.getFocusedWindow()?.close() },
    ...(mac ? [] : [sep, { label: t('menu.file.quit'), role: 'quit' as const }]),
  ]
  // Undo/redo keys stay with the renderer, which leaves them to a focused text field: a registered
  // accelerator would swallow them first on Windows/Linux. The menu still shows them and clicks work.
  const history = (label: MessageKey, name: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    ...command(label, name, accelerator),
    registerAccelerator: false,
  })
  const edit: MenuItemConstructorOptions[] = [
    history('menu.edit.undo', 'undo', 'CmdOrCtrl+Z'),
    history('menu.edit.redo', 'redo', platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z'),
    sep,
    { label: t('menu.edit.cut'), role: 'cut' },
    { label: t('menu.edit.copy'), role: 'copy' },
    { label: t('menu.edit.paste'), role: 'paste' },
    { label: t('menu.edit.selectAll'), role: 'selectAll' },
  ]
  const view: MenuItemConstructorOptions[] = [
    // F5, as in PowerPoint and WPS: workshops present from the keyboard.
    command('menu.view.present', 'present', 'F5'),
    sep,
    command('menu.view.toggleLanguage', 'toggleLocale'),
    sep,
    ...(deps.isDev
      ? [
          { label: t('menu.view.reload'), role: 'reload' as const },
          { label: t('menu.view.devTools'), role: 'toggleDevTools' as const },
          sep,
        ]
      : []),
    { label: t('menu.view.resetZoom'), role: 'resetZoom' },
    { label: t('menu.view.zoomIn'), role: 'zoomIn' },
    { label: t('menu.view.zoomOut'), role: 'zoomOut' },
    sep,
    { label: t('menu.view.fullScreen'), role: 'togglefullscreen' },
  ]
  const windowMenu: MenuItemConstructorOptions[] = [
    { label: t('menu.window.minimize'), role: 'minimize' },
    ...(mac ? [{ label: t('menu.window.zoom'), role: 'zoom' as const }, sep, { label: t('menu.window.front'), role: 'front' as const }] : []),
  ]
  const appMenu: MenuItemConstructorOptions = {
    label: app.getName(),
    submenu: [
      about,
      sep,
      { label: t('menu.app.services'), role: 'services' },
      sep,
      { label: t('menu.app.hide'), role: 'hide' },
      { label: t('menu.app.hideOthers'), role: 'hideOthers' },
      { label: t('menu.app.showAll'), role: 'unhide' },
      sep,
      { label: t('menu.app.quit'), role: 'quit' },
    ],
  }
  return [
    ...(mac ? [appMenu] : []),
    { label: t('menu.file'), submenu: file },
    { label: t('menu.edit'), submenu: edit },
    { label: t('menu.view'), submenu: view },
    { label: t('menu.window'), role: 'window', submenu: windowMenu },
    { label: t('menu.help'), role: 'help', submenu: [guide, sep, about] },
  ]
}

/** Sets the application menu and returns the function that rebuilds it. */
export function installMenu(deps: MenuDeps): () => void {
  const rebuild = () => Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(deps, uiLocale(deps.settings))))
  rebuild()
  return rebuild
}

/** Calls after which the menu is stale: the language changed, or the recent-file list did. */
const MENU_AFFECTING: ReadonlySet<MethodName> = new Set<MethodName>(['settings.setLocale', 'doc.open', 'doc.saveAs'])

/** Wraps the API dispatcher so the menu follows the renderer's language switch and recent files. */
export function refreshMenuAfter(dispatch: ApiDispatch, rebuild: () => void): ApiDispatch {
  return async (method, request, context) => {
    const result = await dispatch(method, request, context)
    if (result.ok && MENU_AFFECTING.has(method)) rebuild()
    return result
  }
}
