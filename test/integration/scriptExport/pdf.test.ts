/**
 * The script PDF: the book's HTML printed by the system's Chromium through playwright-core (the
 * shared htmlToPdf of the exports), with the running header (journey, book title, version label,
 * date) and page-number footer as Chromium templates. Read back with poppler: page count (cover,
 * contents, body), Chinese text extractable, header and footer on every page, escaping.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportScripts, scriptPdf } from '../../../electron/services/export/scripts'
import type { PdfPageOptions } from '../../../electron/services/export/pdf/htmlToPdf'
import { buildScriptBook } from '../../../shared/scripts/scriptBook'
import { EVIL_TITLE, scriptJourney } from '../../helpers/scriptJourney'
import { canPrintPdf, pdfInfo, pdfPageCount, pdfPages } from './parse'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mot-script-pdf-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

const OPTIONS = { locale: 'zh-CN', sourceName: '家电门店.journey', appVersion: '0.1.0', date: '2025-05-01' } as const
/** pdftotext -layout spreads wide CJK text with extra spaces; compare without them. */
const squeeze = (text: string) => text.replace(/\s+/g, '')

describe('script PDF (printer stub)', () => {
  it('hands the book’s HTML to the printer with the header and footer templates', async () => {
    const calls: { html: string; options: PdfPageOptions | undefined }[] = []
    const book = buildScriptBook(scriptJourney(), { locale: 'en', date: '2025-05-01' })
    const bytes = await scriptPdf(book, false, async (html, options) => {
      calls.push({ html, options })
      return new TextEncoder().encode('%PDF-1.4 stub')
    })
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.4 stub')
    expect(calls).toHaveLength(1)
    expect(calls[0]!.html).toContain('<section class="cover">')
    expect(calls[0]!.html).not.toContain('@top-left')
    expect(calls[0]!.options!.headerTemplate).toContain('家电门店客户体验 · Customer experience process script 1.0')
    expect(calls[0]!.options!.headerTemplate).toContain('Version: 1.0 · Date: 2025-05-01')
    expect(calls[0]!.options!.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>')
  })
})

describe.skipIf(!canPrintPdf)('script PDF (system Chromium)', () => {
  it('prints an A4 book: cover, contents, body; Chinese text extractable; header and footer on every page', async () => {
    const path = join(dir, 'script.pdf')
    await exportScripts(scriptJourney(), path, { ...OPTIONS, format: 'pdf' })
    const count = pdfPageCount(path)
    expect(count).toBeGreaterThanOrEqual(3)
    expect(pdfInfo(path)).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/)
    const pages = pdfPages(path)
    expect(pages).toHaveLength(count)
    pages.forEach((page, index) => {
      const text = squeeze(page)
      expect(text, `page ${index + 1}`).toContain(squeeze('家电门店客户体验 · 客户体验流程脚本 1.0'))
      expect(text, `page ${index + 1}`).toContain(squeeze('版本：1.0 · 日期：2025-05-01'))
      expect(text, `page ${index + 1}`).toContain(squeeze(`第 ${index + 1} 页，共 ${count} 页`))
    })
    expect(squeeze(pages[0]!)).toContain('客户体验流程脚本1.0')
    expect(squeeze(pages[0]!)).toContain(squeeze('4 个阶段 · 7 个接触点 · 4 个关键时刻 · 12 句话术 · 7 条服务标准'))
    expect(squeeze(pages[1]!)).toContain('目录')
    const body = squeeze(pages.slice(2).join('\n'))
    for (const text of ['进门迎宾', '顾客进门3秒内目光接触并问好（时限：3秒）', '您好，欢迎光临！', '面对犹豫型的顾客：您先慢慢看，有需要随时叫我。', '7天回访电话', '感谢您的支持，有任何问题随时联系我们，再见！', '控制情绪：先稳定自己的情绪']) {
      expect(body).toContain(squeeze(text))
    }
    // The <script> in a card title is printed as text.
    expect(body).toContain(squeeze(EVIL_TITLE))
  })

  it('prints one page per pocket card', async () => {
    const path = join(dir, 'cards.pdf')
    await exportScripts(scriptJourney(), path, { ...OPTIONS, format: 'pdf', pocket: true })
    expect(pdfPageCount(path)).toBe(4)
    const pages = pdfPages(path).map(squeeze)
    expect(pages[0]).toContain(squeeze('关键时刻 1/4'))
    expect(pages[0]).toContain('进门迎宾')
    expect(pages[3]).toContain(squeeze('7 天回访电话'))
    expect(pages[0]).toContain(squeeze('关键时刻口袋卡 1.0'))
  })
})
