import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Locale } from '../../../shared/model/schema'
import { dialog, FakeBrowserWindow, Menu, resetFakes } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const { buildMenuTemplate, installMenu, refreshMenuAfter } = await import('../../../electron/main/menu')

type Item = MenuItemConstructorOptions

function deps(locale: Locale | null = 'en', recent: string[] = []) {
  return {
    settings: { locale, recent },
    isDev: false,
    openPath: vi.fn(),
    newWindow: vi.fn(() => new FakeBrowserWindow({}) as never),
  }
}

const submenu = (template: Item[], index: number) => (template[index]?.submenu ?? []) as Item[]
const labels = (items: Item[]) => items.filter((item) => item.type !== 'separator' && item.visible !== false).map((item) => item.label)
const click = (item: Item | undefined) => (item?.click as unknown as () => void)()

beforeEach(() => resetFakes())

describe('native menu', () => {
  it('has File/Edit/View/Window/Help with the specified File items, in English', () => {
    const template = buildMenuTemplate(deps(), 'en', 'linux')
    expect(labels(template)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
    expect(labels(submenu(template, 0))).toEqual([
      'New Journey', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Save a Copy…', 'Import Spreadsheet…', 'Export JSON…', 'Export Image (PNG/SVG)…', 'Export Script…', 'Close Window', 'Exit',
    ])
  })

  it('speaks Chinese, and adds the app menu on macOS', () => {
    const template = buildMenuTemplate(deps('zh-CN'), 'zh-CN', 'darwin')
    expect(labels(template)).toEqual(['MOT Studio', '文件(&F)', '编辑(&E)', '视图(&V)', '窗口(&W)', '帮助(&H)'])
    expect(labels(submenu(template, 1))).toContain('另存为…')
    expect(labels(submenu(template, 2)).slice(0, 2)).toEqual(['撤销', '重做'])
  })

  it('sends document commands to the focused window', () => {
    const window = new FakeBrowserWindow({})
    window.focus()
    const template = buildMenuTemplate(deps(), 'en', 'linux')
    const edit = submenu(template, 1)
    click(edit[0])
    click(edit[1])
    click(submenu(template, 0).find((item) => item.label === 'Save'))
    click(submenu(template, 0).find((item) => item.label === 'Export Image (PNG/SVG)…'))
    const present = submenu(template, 2)[0]
    expect([present?.label, present?.accelerator]).toEqual(['Present', 'F5'])
    click(present)
    click(submenu(template, 2).find((item) => item.label === 'Switch to 中文'))
    expect(window.webContents.sent).toEqual([
      ['mot:event:menu', { command: 'undo' }],
      ['mot:event:menu', { command: 'redo' }],
      ['mot:event:menu', { command: 'save' }],
      ['mot:event:menu', { command: 'exportImage' }],
      ['mot:event:menu', { command: 'present' }],
      ['mot:event:menu', { command: 'toggleLocale' }],
    ])
  })

  it('shows undo/redo keys but leaves them to the renderer, which knows about text fields', () => {
    const history = (platform: NodeJS.Platform) =>
      submenu(buildMenuTemplate(deps(), 'en', platform), platform === 'darwin' ? 2 : 1)
        .slice(0, 2)
        .map((item) => [item.accelerator, item.registerAccelerator])
    expect(history('win32')).toEqual([['CmdOrCtrl+Z', false], ['Ctrl+Y', false]])
    expect(history('linux')).toEqual([['CmdOrCtrl+Z', false], ['CmdOrCtrl+Shift+Z', false]])
    expect(history('darwin')).toEqual([['CmdOrCtrl+Z', false], ['CmdOrCtrl+Shift+Z', false]])
  })

  it('closes the focused window through its close event (so unsaved changes are asked about)', () => {
    const window = new FakeBrowserWindow({})
    window.focus()
    const closeItem = submenu(buildMenuTemplate(deps(), 'en', 'linux'), 0).find((item) => item.label === 'Close Window')
    expect(closeItem?.accelerator).toBe('CmdOrCtrl+W')
    click(closeItem)
    expect(window.destroyed).toBe(true)
  })

  it('opens a window for New or Open when none is focused', () => {
    const d = deps()
    const file = submenu(buildMenuTemplate(d, 'en', 'darwin'), 1)
    click(file[0])
    expect(d.newWindow).toHaveBeenCalledOnce()
    click(file[1])
    const window = FakeBrowserWindow.all.at(-1)!
    window.webContents.emit('did-finish-load')
    expect(window.webContents.sent).toEqual([['mot:event:menu', { command: 'open' }]])
  })

  it('lists recent files and opens them through the OS-open path', () => {
    const d = deps('en', ['/docs/R&D trip.journey'])
    const recent = submenu(buildMenuTemplate(d, 'en', 'linux'), 0)[2]?.submenu as Item[]
    expect(recent[0]?.label).toBe('R&&D trip.journey — /docs')
    click(recent[0])
    expect(d.openPath).toHaveBeenCalledWith('/docs/R&D trip.journey')
    const empty = submenu(buildMenuTemplate(deps(), 'en', 'linux'), 0)[2]?.submenu as Item[]
    expect(empty).toEqual([{ label: 'No Recent Files', enabled: false }])
  })

  it('offers Reload and DevTools only in development', () => {
    const roles = (isDev: boolean) => submenu(buildMenuTemplate({ ...deps(), isDev }, 'en', 'linux'), 2).map((item) => item.role)
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('shows About with the version', async () => {
    click(submenu(buildMenuTemplate(deps('zh-CN'), 'zh-CN', 'linux'), 4).find((item) => item.label === '关于 MOT Studio'))
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled())
    const [options] = dialog.showMessageBox.mock.calls[0] as unknown as [Record<string, string>]
    expect(options.title).toBe('关于 MOT Studio')
    expect(options.detail).toContain('版本 0.1.0')
  })

  it('rebuilds after a successful language switch or open, not after failures or other calls', async () => {
    const d = deps()
    const rebuild = installMenu(d)
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce()
    const results = [{ ok: true, value: {} }, { ok: false, error: { code: 'BAD_REQUEST', message: { key: 'x' } } }]
    const dispatch = vi.fn(async () => results.shift())
    const wrapped = refreshMenuAfter(dispatch as never, rebuild)
    d.settings.locale = 'zh-CN'
    await wrapped('settings.setLocale', { locale: 'zh-CN' }, { webContentsId: 1 })
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
    const template = Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Item[]
    expect(template[0]?.label).toBe('文件(&F)')
    await wrapped('settings.setLocale', { locale: 'en' }, { webContentsId: 1 })
    dispatch.mockResolvedValueOnce({ ok: true, value: {} })
    await wrapped('app.info', {}, { webContentsId: 1 })
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
  })
})
