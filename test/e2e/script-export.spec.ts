/**
 * The script export from the UI, as a workshop team hands out its 客户体验流程脚本 1.0: import a
 * journey (JSON interchange of test/helpers/scriptJourney.ts), press "Export script…", pick a
 * format and what to export, name the file; then check the files the browser host wrote — the DOCX
 * unzipped (every touchpoint heading in order, lines, the `<script>` title as text), the PDF with
 * poppler (pages: cover, contents, body; Chinese text extractable; header and page numbers), one
 * post's book and the pocket cards.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Page } from '@playwright/test'
import { stringifyJourney } from '../../shared/interchange/journeyJson'
import { EVIL_TITLE, scriptJourney } from '../helpers/scriptJourney'
import { expect, test } from './fixtures'

async function importJourney(page: Page, folder: string): Promise<void> {
  writeFileSync(join(folder, 'store.json'), stringifyJourney(scriptJourney()))
  await page.getByRole('button', { name: 'Import spreadsheet…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'store.json' }).click()
  await expect(page.getByRole('button', { name: 'Export script…', exact: true })).toBeVisible()
}

async function exportScript(page: Page, format: string, scope: string, fileName: string, role?: string): Promise<void> {
  await page.getByRole('button', { name: 'Export script…', exact: true }).click()
  await page.getByRole('dialog', { name: 'Export script' }).getByRole('button', { name: format }).click()
  await page.getByRole('dialog', { name: 'What to export' }).getByRole('button', { name: scope }).click()
  if (role) await page.getByRole('dialog', { name: 'Which post?' }).getByRole('button', { name: role, exact: true }).click()
  const save = page.getByRole('dialog', { name: 'Save as' })
  await save.getByLabel('File name').fill(fileName)
  await save.getByRole('button', { name: 'OK' }).click()
}

/** The text of each paragraph of the DOCX's body, with its style. */
async function docxParagraphs(path: string): Promise<{ style: string | null; text: string }[]> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const xml = await zip.file('word/document.xml')!.async('string')
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(match[1]!)?.[1] ?? null,
    text: [...match[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((token) => token[1]!)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  }))
}

const squeeze = (text: string) => text.replace(/\s+/g, '')

test('export the script as DOCX and PDF from the toolbar, whole, for one post, and as pocket cards', async ({ app: page, host }) => {
  test.setTimeout(120_000)
  await importJourney(page, host.folder)

  // DOCX, whole script: the save dialog proposes a name from the journey and the book.
  await page.getByRole('button', { name: 'Export script…', exact: true }).click()
  const formats = page.getByRole('dialog', { name: 'Export script' })
  for (const name of ['Word (DOCX)', 'PDF (A4, print-ready)', 'Web page (HTML)', 'Markdown', 'CSV (one row per line)', 'SQLite package (for other systems)']) {
    await expect(formats.getByRole('button', { name })).toBeVisible()
  }
  await formats.getByRole('button', { name: 'Word (DOCX)' }).click()
  const scopes = page.getByRole('dialog', { name: 'What to export' })
  await expect(scopes.getByRole('button', { name: 'Pocket cards (one page per MOT)' })).toBeVisible()
  await scopes.getByRole('button', { name: 'Whole script' }).click()
  const save = page.getByRole('dialog', { name: 'Save as' })
  await expect(save.getByLabel('File name')).toHaveValue('家电门店客户体验 customer experience process script 1.0.docx')
  await save.getByLabel('File name').fill('script')
  await save.getByRole('button', { name: 'OK' }).click()
  await expect(page.getByText('Written to script.docx.')).toBeVisible({ timeout: 30_000 })

  const docx = await docxParagraphs(join(host.folder, 'script.docx'))
  expect(docx.slice(0, 2).map((paragraph) => paragraph.text)).toEqual(['家电门店客户体验', 'Customer experience process script 1.0'])
  expect(docx.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text)).toEqual(['1 咨询接待', '2 方案成交', '3 回访', '4 复购'])
  expect(docx.filter((paragraph) => paragraph.style === 'Heading2').map((paragraph) => paragraph.text.split('  〔')[0])).toEqual([
    '1. 进门迎宾',
    `2. ${EVIL_TITLE}`,
    '↳ 3. 等候区招待',
    '4. 报价与成交',
    '5. 收银结账',
    '6. 7 天回访电话',
    '7. 门店海报更新',
  ])
  const texts = docx.map((paragraph) => paragraph.text)
  expect(texts).toContain('1.\tStaff: 您好，欢迎光临！')
  expect(texts).toContain('1.\t顾客进门 3 秒内目光接触并问好 (time limit: 3 秒)')

  // PDF, whole script: A4 pages (cover, contents, body) with extractable Chinese text.
  await exportScript(page, 'PDF (A4, print-ready)', 'Whole script', 'script')
  await expect(page.getByText('Written to script.pdf.')).toBeVisible({ timeout: 60_000 })
  const pdf = join(host.folder, 'script.pdf')
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
  expect(pages).toBeGreaterThanOrEqual(3)
  expect(info).toMatch(/\(A4\)/)
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
  const pageTexts = text.split('\f').slice(0, pages).map(squeeze)
  expect(pageTexts[0]).toContain(squeeze('Customer experience process script 1.0'))
  expect(pageTexts[1]).toContain('Contents')
  for (const wanted of ['进门迎宾', '您好，欢迎光临！', '顾客进门 3 秒内目光接触并问好', '感谢您的支持，有任何问题随时联系我们，再见！', EVIL_TITLE]) {
    expect(squeeze(text)).toContain(squeeze(wanted))
  }
  pageTexts.forEach((pageText, index) => {
    expect(pageText).toContain(squeeze('Version: 1.0'))
    expect(pageText).toContain(squeeze(`Page ${index + 1} of ${pages}`))
  })

  // One post's script book (导购) as DOCX: only that post's touchpoints.
  await exportScript(page, 'Word (DOCX)', 'Only one post…', 'guide', '导购')
  await expect(page.getByText('Written to guide.docx.')).toBeVisible({ timeout: 30_000 })
  const guide = await docxParagraphs(join(host.folder, 'guide.docx'))
  expect(guide.filter((paragraph) => paragraph.style === 'Heading2').map((paragraph) => paragraph.text.split('  〔')[0])).toEqual(['1. 进门迎宾', `2. ${EVIL_TITLE}`, '3. 报价与成交'])

  // Pocket cards as PDF: one page per moment of truth.
  await exportScript(page, 'PDF (A4, print-ready)', 'Pocket cards (one page per MOT)', 'cards')
  await expect(page.getByText('Written to cards.pdf.')).toBeVisible({ timeout: 60_000 })
  expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(host.folder, 'cards.pdf')], { encoding: 'utf8' }))![1])).toBe(4)
})
