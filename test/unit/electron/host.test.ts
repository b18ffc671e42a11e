import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Locale } from '../../../shared/model/schema'
import { app, dialog, FakeBrowserWindow, resetFakes } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const { ElectronHost, fileFilters, uiLocale } = await import('../../../electron/main/host')

let dir: string
const settings = { locale: 'en' as Locale | null, windowState: () => undefined, setWindowState: vi.fn() }

beforeEach(() => {
  resetFakes()
  settings.locale = 'en'
  dir = mkdtempSync(join(tmpdir(), 'mot-host-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function withWindow() {
  const host = new ElectronHost(settings)
  const window = new FakeBrowserWindow({})
  return { host, window, context: { webContentsId: window.webContents.id } }
}

describe('Electron host adapter', () => {
  it('describes itself', () => {
    const host = new ElectronHost(settings)
    expect([host.kind, host.dialogs, host.version, host.systemLocale]).toEqual(['electron', 'native', '0.1.0', 'en-US'])
    expect(host.listFiles('journey')).toEqual([])
  })

  it('picks the UI language from settings, else the system', () => {
    expect(uiLocale({ locale: 'zh-CN' })).toBe('zh-CN')
    app.getLocale.mockReturnValueOnce('zh-TW')
    expect(uiLocale({ locale: null })).toBe('zh-CN')
    expect(uiLocale({ locale: null })).toBe('en')
  })

  it('filters dialogs per file kind, in both languages', () => {
    expect(fileFilters('journey', 'en')).toEqual([{ name: 'MOT Studio journey', extensions: ['journey'] }])
    expect(fileFilters('journey', 'zh-CN')).toEqual([{ name: 'MOT Studio 旅程', extensions: ['journey'] }])
    expect(fileFilters('spreadsheet', 'en')[0]?.extensions).toEqual(['csv', 'xlsx', 'json'])
    expect(fileFilters('xlsx', 'zh-CN')).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }])
  })

  it('shows a localized open dialog attached to the calling window', async () => {
    settings.locale = 'zh-CN'
    const { host, window, context } = withWindow()
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/docs/a.journey'] })
    expect(await host.chooseOpen(context, 'journey', undefined)).toBe('/docs/a.journey')
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as unknown as [unknown, Record<string, unknown>]
    expect(parent).toBe(window)
    expect(options).toMatchObject({ title: '打开旅程', properties: ['openFile'], filters: [{ name: 'MOT Studio 旅程', extensions: ['journey'] }] })
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await host.chooseOpen(context, 'spreadsheet', undefined)).toBeNull()
  })

  it('suggests the name in Documents and keeps a chosen extension', async () => {
    const { host, context } = withWindow()
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'trip.journey') })
    expect(await host.chooseSave(context, 'journey', '../Trip.journey')).toBe(join(dir, 'trip.journey'))
    const [, options] = dialog.showSaveDialog.mock.calls[0] as unknown as [unknown, Record<string, unknown>]
    expect(options).toMatchObject({ title: 'Save Journey', defaultPath: join('/fake/documents', 'Trip.journey') })
  })

  it('adds a missing extension, asking before replacing an existing file', async () => {
    const { host, context } = withWindow()
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'scores') })
    expect(await host.chooseSave(context, 'xlsx', 'template.xlsx')).toBe(join(dir, 'scores.xlsx'))
    writeFileSync(join(dir, 'scores.xlsx'), 'x')
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    expect(await host.chooseSave(context, 'xlsx', 'template.xlsx')).toBeNull()
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    expect(await host.chooseSave(context, 'xlsx', 'template.xlsx')).toBe(join(dir, 'scores.xlsx'))
    dialog.showSaveDialog.mockReset()
  })

  it('focuses another window showing the document, never the caller itself', () => {
    const { host, window, context } = withWindow()
    const other = new FakeBrowserWindow({})
    host.bindDocument({ webContentsId: other.webContents.id }, 'doc_a')
    expect(host.focusOther(context, 'doc_a')).toBe(true)
    expect(other.focusCount).toBe(1)
    host.bindDocument(context, 'doc_b')
    expect(host.focusOther(context, 'doc_b')).toBe(false)
    expect(window.focusCount).toBe(0)
    host.bindDocument(context, null)
    expect(host.windowFor('doc_b')).toBeNull()
    host.forget(other.webContents.id)
    expect(host.windowFor('doc_a')).toBeNull()
  })

  it('destroys the window the renderer released and forgets its document', async () => {
    const { host, window, context } = withWindow()
    host.bindDocument(context, 'doc_a')
    host.closeWindow(context)
    expect(host.windowFor('doc_a')).toBeNull()
    await new Promise((resolve) => setImmediate(resolve))
    expect(window.destroyed).toBe(true)
    expect(settings.setWindowState).toHaveBeenCalled()
  })
})
