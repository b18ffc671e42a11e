/**
 * The desktop app prints the script PDF with its own Chromium (electron/main/printToPdf.ts): the
 * script's running header and page-number footer reach `webContents.printToPDF`, and the other
 * exports keep the default footer. Checked against a stand-in for Electron (the real binary cannot
 * be downloaded here), so this checks the wiring, not Chromium.
 */
import { describe, expect, it, vi } from 'vitest'

const printed = vi.hoisted(() => [] as Record<string, unknown>[])

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents = {
      printToPDF: async (options: Record<string, unknown>) => {
        printed.push(options)
        return Buffer.from('%PDF-1.7 stand-in')
      },
    }
    async loadURL(): Promise<void> {}
    isDestroyed(): boolean {
      return false
    }
    destroy(): void {}
  }
  const printSession = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    webRequest: { onBeforeRequest: () => undefined },
  }
  return { BrowserWindow, session: { fromPartition: () => printSession } }
})

const { printToPdf } = await import('../../../electron/main/printToPdf')
const { FOOTER_TEMPLATE, HEADER_TEMPLATE } = await import('../../../electron/services/export/pdf/htmlToPdf')
const { scriptPdf } = await import('../../../electron/services/export/scripts')
const { buildScriptBook } = await import('../../../shared/scripts/scriptBook')
const { pdfFooterTemplate, pdfHeaderTemplate } = await import('../../../shared/scripts/html')
const { scriptJourney } = await import('../../helpers/scriptJourney')

describe('printToPdf (Electron) with the script’s header and footer', () => {
  it('passes the templates through, A4 with header and footer shown', async () => {
    const book = buildScriptBook(scriptJourney(), { locale: 'zh-CN', date: '2025-05-01' })
    printed.length = 0
    const bytes = await scriptPdf(book, false, printToPdf)
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 stand-in')
    expect(printed).toHaveLength(1)
    expect(printed[0]).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true, headerTemplate: pdfHeaderTemplate(book), footerTemplate: pdfFooterTemplate('zh-CN') })
    expect(printed[0]!.headerTemplate).toContain('版本：1.0 · 日期：2025-05-01')
  })

  it('keeps the default header and footer when none is given', async () => {
    printed.length = 0
    await printToPdf('<!DOCTYPE html><p>x</p>')
    expect(printed[0]).toMatchObject({ headerTemplate: HEADER_TEMPLATE, footerTemplate: FOOTER_TEMPLATE })
  })
})
