/**
 * The user guide shipped inside the app: static pages in both languages (renderer/public/guide,
 * copied by Vite into out/renderer/guide), readable with the app's CSP and no network, and opened
 * from Help in a window of its own that has no bridge to the API.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, FakeBrowserWindow, resetFakes } from '../electron/fakeElectron'
import { readJson, ROOT } from './builder'

vi.mock('electron', () => import('../electron/fakeElectron'))

const { buildMenuTemplate, sendMenuCommand } = await import('../../../electron/main/menu')
const { APP_ID, applyAppIdentity, guidePath, showUserGuide } = await import('../../../electron/main/desktop')
const { respond } = await import('../../../electron/main/protocol')
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/main/security')

const PUBLIC = join(ROOT, 'renderer', 'public')
const GUIDE = join(PUBLIC, 'guide')
const LOCALES = ['en', 'zh-CN'] as const
/** What the issue asks the guide to cover, by section id (the same in both languages). */
const TOPICS = ['start', 'journeys', 'moments', 'peak-end', 'servqual', 'files', 'opening', 'import', 'cli']

const page = (locale: string) => readFileSync(join(GUIDE, locale, 'index.html'), 'utf8')
const ids = (html: string) => [...html.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!)

type Item = MenuItemConstructorOptions
const helpMenu = (locale: 'en' | 'zh-CN', platform: NodeJS.Platform) => {
  const deps = { settings: { locale, recent: [] }, isDev: false, openPath: vi.fn(), newWindow: vi.fn(() => new FakeBrowserWindow({}) as never) }
  const template = buildMenuTemplate(deps, locale, platform)
  return { deps, items: (template.at(-1)?.submenu ?? []) as Item[] }
}
const click = (item: Item | undefined) => (item?.click as unknown as () => void)()

beforeEach(() => resetFakes())
afterEach(() => {
  // The guide window is a singleton: close it so every test starts without one.
  for (const window of FakeBrowserWindow.all) window.destroy()
  delete process.env.ELECTRON_RENDERER_URL
})

describe('the guide pages', () => {
  it('exist in English and Chinese, one language each, linking to each other', () => {
    expect(readdirSync(GUIDE).sort()).toEqual(['en', 'guide.css', 'zh-CN'])
    for (const locale of LOCALES) {
      const html = page(locale)
      expect(html).toMatch(new RegExp(`<html lang="${locale}">`))
      expect(html).toMatch(/<meta charset="UTF-8" \/>/)
      expect(html).toContain(`href="../${locale === 'en' ? 'zh-CN' : 'en'}/index.html"`)
    }
    expect(page('en')).toContain('<title>MOT Studio User Guide</title>')
    expect(page('zh-CN')).toContain('<title>MOT Studio 使用指南</title>')
  })

  it('cover the same topics in both languages: start page, journeys, MOTs, peak-end, SERVQUAL, files, opening, import, CLI', () => {
    const english = ids(page('en'))
    expect(english).toEqual(expect.arrayContaining(TOPICS))
    expect(ids(page('zh-CN'))).toEqual(english)
    for (const locale of LOCALES) {
      const html = page(locale)
      for (const [, anchor] of html.matchAll(/href="#([^"]+)"/g)) expect(ids(html), `${locale} #${anchor}`).toContain(anchor)
      expect(html).toContain('.journey')
      expect(html).toContain('mot-studio validate')
    }
    expect(page('zh-CN')).toMatch(/关键时刻[\s\S]*峰终定律[\s\S]*服务质量五维度/)
  })

  it('need nothing the CSP forbids and nothing from the network: no scripts, no inline styles, no remote URLs', () => {
    for (const file of ['en/index.html', 'zh-CN/index.html', 'guide.css']) {
      const text = readFileSync(join(GUIDE, file), 'utf8')
      expect(text, file).not.toMatch(/<script|\son\w+=|javascript:/i)
      expect(text, file).not.toMatch(/<style|\sstyle=/i)
      expect(text, file).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i)
      expect(text, file).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i)
      expect(text, file).not.toMatch(/@import/)
    }
    for (const locale of LOCALES) {
      expect(page(locale)).toContain('<link rel="stylesheet" href="../guide.css" />')
      expect(page(locale)).toContain(`content="default-src 'none'; style-src 'self'`)
    }
  })

  it('are served by the app:// protocol with the app’s CSP', async () => {
    for (const locale of LOCALES) {
      const response = await respond(PUBLIC, `app://renderer/${guidePath(locale)}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    }
    const css = await respond(PUBLIC, 'app://renderer/guide/guide.css')
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8')
  })

  it('ship inside the app: Vite copies renderer/public into out/renderer, which is packaged', () => {
    // electron.vite.config.ts sets the renderer root to renderer/, whose public/ folder Vite copies
    // as it is; files.test.ts checks out/renderer/guide/** is in every platform's package.
    expect(readFileSync(join(ROOT, 'electron.vite.config.ts'), 'utf8')).toMatch(/root: resolve\(root, 'renderer'\)/)
  })
})

describe('Help → User Guide', () => {
  it('is the first Help item, with F1 outside macOS, in the menu’s language', () => {
    expect(helpMenu('en', 'linux').items[0]).toMatchObject({ label: 'MOT Studio User Guide', accelerator: 'F1' })
    expect(helpMenu('zh-CN', 'win32').items[0]).toMatchObject({ label: 'MOT Studio 使用指南', accelerator: 'F1' })
    expect(helpMenu('en', 'darwin').items[0]?.accelerator).toBeUndefined()
    expect(helpMenu('en', 'linux').items.map((item) => item.label ?? item.type)).toEqual(['MOT Studio User Guide', 'separator', 'About MOT Studio'])
  })

  it('opens the shipped guide in a sandboxed window without the preload bridge', () => {
    click(helpMenu('zh-CN', 'linux').items[0])
    expect(FakeBrowserWindow.all).toHaveLength(1)
    const window = FakeBrowserWindow.all[0]!
    expect(window.loadedUrl).toBe('app://renderer/guide/zh-CN/index.html')
    const preferences = window.options.webPreferences as Record<string, unknown>
    expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true })
    expect(preferences).not.toHaveProperty('preload')
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
  })

  it('reuses the open guide window, switching language, and makes a new one once it is closed', () => {
    click(helpMenu('en', 'linux').items[0])
    const window = FakeBrowserWindow.all[0]!
    window.minimized = true
    click(helpMenu('zh-CN', 'linux').items[0])
    expect(FakeBrowserWindow.all).toHaveLength(1)
    expect(window.loadedUrl).toBe('app://renderer/guide/zh-CN/index.html')
    expect(window.minimized).toBe(false)
    expect(window.focusCount).toBe(1)
    window.destroy()
    click(helpMenu('en', 'linux').items[0])
    expect(FakeBrowserWindow.all).toHaveLength(2)
    expect(FakeBrowserWindow.all[1]!.loadedUrl).toBe('app://renderer/guide/en/index.html')
  })

  it('loads the guide from the dev server while developing', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    showUserGuide('en')
    expect(FakeBrowserWindow.all[0]!.loadedUrl).toBe('http://localhost:5173/guide/en/index.html')
  })

  it('does not take document commands while the guide is in front: New and Open go to a journey window', () => {
    const guide = showUserGuide('en')
    guide.focus()
    const { deps } = helpMenu('en', 'linux')
    sendMenuCommand('save', deps)
    expect((guide as unknown as FakeBrowserWindow).webContents.sent).toEqual([])
    sendMenuCommand('new', deps)
    expect(deps.newWindow).toHaveBeenCalledOnce()
  })
})

describe('app identity', () => {
  it('uses the installer’s appId as the Windows AppUserModelID, and only on Windows', () => {
    applyAppIdentity('linux')
    applyAppIdentity('darwin')
    expect(app.setAppUserModelId).not.toHaveBeenCalled()
    applyAppIdentity('win32')
    expect(app.setAppUserModelId).toHaveBeenCalledWith(APP_ID)
    expect(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')).toMatch(new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}$`, 'm'))
    expect(readJson(join(ROOT, 'package.json')).productName).toBe('MOT Studio')
  })
})
