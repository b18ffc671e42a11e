/**
 * The Electron HtmlToPdf (electron/main/printToPdf.ts) against a stand-in for Electron: the hidden
 * window is sandboxed, without JavaScript, in a private session that cancels every request but
 * the page; it prints A4 with page numbers; large pages go through a temp file that is removed.
 * (The real Electron binary cannot be downloaded here, so this checks the wiring, not Chromium.)
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as Array<{ options: Record<string, unknown>; url: string | null; destroyed: boolean; printOptions: Record<string, unknown> | null; seenFile: string | null }>,
    filter: null as null | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void),
    partitions: [] as string[],
    failPrint: false,
  }
  class BrowserWindow {
    readonly record: (typeof state.windows)[number]
    readonly webContents: { printToPDF: (options: Record<string, unknown>) => Promise<Buffer> }
    constructor(options: Record<string, unknown>) {
      const record = { options, url: null as string | null, destroyed: false, printOptions: null as Record<string, unknown> | null, seenFile: null as string | null }
      this.record = record
      state.windows.push(record)
      this.webContents = {
        printToPDF: async (printOptions) => {
          record.printOptions = printOptions
          if (state.failPrint) throw new Error('printing failed')
          return Buffer.from('%PDF-1.7 stand-in')
        },
      }
    }
    async loadURL(url: string): Promise<void> {
      this.record.url = url
      if (url.startsWith('file:')) {
        const { fileURLToPath: toPath } = await import('node:url')
        const { readFileSync: read } = await import('node:fs')
        this.record.seenFile = read(toPath(url), 'utf8')
      }
    }
    isDestroyed(): boolean {
      return this.record.destroyed
    }
    destroy(): void {
      this.record.destroyed = true
    }
  }
  const printSession = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    webRequest: { onBeforeRequest: (listener: typeof state.filter) => (state.filter = listener) },
  }
  const session = {
    fromPartition: (partition: string) => {
      state.partitions.push(partition)
      return printSession
    },
  }
  return { state, BrowserWindow, session, printSession }
})

vi.mock('electron', () => ({ BrowserWindow: fake.BrowserWindow, session: fake.session, default: { BrowserWindow: fake.BrowserWindow, session: fake.session } }))

const { printToPdf } = await import('../../../electron/main/printToPdf')

beforeEach(() => {
  fake.state.windows.length = 0
  fake.state.failPrint = false
})

const allowed = (url: string) => {
  let cancelled: boolean | undefined
  fake.state.filter!({ url }, (response) => (cancelled = response.cancel))
  return cancelled === false
}

describe('printToPdf (Electron)', () => {
  it('prints a data: URL in a hidden, sandboxed window without JavaScript, A4 with page numbers', async () => {
    const html = '<!DOCTYPE html><html lang="zh-CN"><body><p>满意度考核表</p></body></html>'
    const pdf = await printToPdf(html)
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 stand-in')
    const [window] = fake.state.windows
    expect(window!.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, session: fake.printSession } })
    expect(fake.state.partitions.every((partition) => !partition.startsWith('persist:'))).toBe(true)
    expect(window!.url!.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true)
    expect(Buffer.from(window!.url!.split(',')[1]!, 'base64').toString('utf8')).toBe(html)
    expect(window!.printOptions).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true })
    expect(String(window!.printOptions!.footerTemplate)).toContain('class="pageNumber"')
    expect(String(window!.printOptions!.footerTemplate)).toContain('class="totalPages"')
    expect(window!.destroyed).toBe(true)
    // After the print, nothing at all may load in the print session.
    expect(allowed(window!.url!)).toBe(false)
    expect(allowed('https://example.com/')).toBe(false)
  })

  it('only lets the page itself load while printing', async () => {
    let during: boolean[] = []
    fake.state.windows.length = 0
    const original = fake.BrowserWindow.prototype.loadURL
    fake.BrowserWindow.prototype.loadURL = async function (this: InstanceType<typeof fake.BrowserWindow>, url: string) {
      during = [allowed(url), allowed('https://example.com/x.png'), allowed('file:///etc/passwd')]
      return original.call(this, url)
    }
    try {
      await printToPdf('<p>x</p>')
    } finally {
      fake.BrowserWindow.prototype.loadURL = original
    }
    expect(during).toEqual([true, false, false])
  })

  it('goes through a temp file, removed afterwards, when the page is too large for a URL', async () => {
    const html = `<p>${'考核'.repeat(600_000)}</p>`
    await printToPdf(html)
    const [window] = fake.state.windows
    expect(window!.url!.startsWith('file:')).toBe(true)
    expect(window!.seenFile).toBe(html)
    expect(existsSync(fileURLToPath(window!.url!))).toBe(false)
  })

  it('turns a failure into a ServiceError and still closes the window', async () => {
    fake.state.failPrint = true
    await expect(printToPdf('<p>x</p>')).rejects.toMatchObject({ code: 'IO', userMessage: { key: 'scorecardExport.error.pdfFailed', params: { detail: 'printing failed' } } })
    expect(fake.state.windows[0]!.destroyed).toBe(true)
  })
})
