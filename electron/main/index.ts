/**
 * Electron main: lifecycle and wiring only. Everything with logic lives in a sibling module with
 * its own tests; the order below matters (sandbox, scheme and instance lock before `ready`).
 */
import { app, BrowserWindow, session } from 'electron'
import { ApiService } from '../services/api'
import { Workspace } from '../services/workspace'
import { ElectronHost } from './host'
import { applyAppIdentity } from './desktop'
import { registerIpc } from './ipc'
import { installMenu, refreshMenuAfter } from './menu'
import { claimSingleInstance, journeyPathsFrom, OsFileOpener, type OpenerDeps } from './openFromOs'
import { isTrustedUrl, registerAppScheme, rendererUrl, serveAppProtocol } from './protocol'
import { enableSandboxing, hardenAllContents, hardenSession } from './security'
import { createAppWindow, installQuitFlow } from './windows'

let openerDeps: OpenerDeps | undefined
const opener = new OsFileOpener(() => {
  if (!openerDeps) throw new Error('OS file opener used before the app was ready')
  return openerDeps
})

function focusAnyWindow(): void {
  const [window] = BrowserWindow.getAllWindows()
  if (window?.isMinimized()) window.restore()
  window?.focus()
}

enableSandboxing()
registerAppScheme()
applyAppIdentity()
if (claimSingleInstance(opener, focusAnyWindow)) {
  hardenAllContents(isTrustedUrl)
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('MOT Studio failed to start', error)
    app.exit(1)
  })
}

function start(): void {
  hardenSession(session.defaultSession)
  serveAppProtocol()
  const workspace = new Workspace({ dataDir: app.getPath('userData'), appVersion: app.getVersion() })
  const host = new ElectronHost(workspace.settings)
  const api = new ApiService(workspace, host)

  const createWindow = (search = '') => {
    const window = createAppWindow(workspace.settings, rendererUrl(search))
    const id = window.webContents.id
    window.on('closed', () => host.forget(id))
    return window
  }
  const rebuildMenu = installMenu({
    settings: workspace.settings,
    isDev: !app.isPackaged,
    openPath: (path) => opener.open(path),
    newWindow: () => createWindow(),
  })
  const dispatch = refreshMenuAfter((method, request, context) => api.handle(method, request, context), rebuildMenu)
  registerIpc(dispatch, isTrustedUrl)
  installQuitFlow(() => workspace.closeAll())
  openerDeps = {
    dispatch,
    refFor: (path) => api.refFor(path),
    findByPath: (path) => workspace.findByPath(path),
    focusDocument: (docId) => host.focusDocument(docId),
    createWindow,
  }

  if (!opener.start(journeyPathsFrom(process.argv.slice(1), process.cwd()))) createWindow()
  // macOS: clicking the Dock icon with no window open starts a fresh one.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}
