/**
 * The names of the API's methods and host events, and the IPC channels carrying them, as plain
 * constants. Kept apart from `contract.ts` so the sandboxed Electron preload can import them
 * without bundling zod and the model schemas; `contract.ts` checks at compile time that its
 * schemas cover exactly these names.
 */

export const METHOD_NAMES = [
  'app.info',
  'settings.setLocale',
  'files.recent',
  'files.list',
  'files.chooseOpen',
  'files.chooseSave',
  'doc.create',
  'doc.createFrom',
  'doc.open',
  'doc.snapshot',
  'doc.applyChanges',
  'doc.save',
  'doc.saveAs',
  'doc.saveCopy',
  'doc.close',
  'recovery.list',
  'recovery.restore',
  'recovery.discard',
  'import.file',
  'export.json',
  'export.importTemplate',
  'window.close',
  'export.image',
  'scores.report',
  'audits.list',
  'audits.get',
  'audits.save',
  'audits.delete',
  'import.scorecards',
  'import.audits',
  'import.surveys',
  'export.scorecards',
  'export.scripts',
] as const

export const HOST_EVENT_NAMES = ['menu', 'closeRequested', 'opened'] as const

/** Prefix of every Electron IPC channel we use (VS Code's `vscode:` idea). */
export const IPC_PREFIX = 'mot:'

/** The `ipcRenderer.invoke` / `ipcMain.handle` channel of a method. */
export function methodChannel(name: (typeof METHOD_NAMES)[number]): string {
  return `${IPC_PREFIX}${name}`
}

/** The `webContents.send` / `ipcRenderer.on` channel of a host event. */
export function eventChannel(name: (typeof HOST_EVENT_NAMES)[number]): string {
  return `${IPC_PREFIX}event:${name}`
}
