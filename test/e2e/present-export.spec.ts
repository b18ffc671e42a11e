/**
 * Presentation mode and the image export, as a workshop uses them: present a template journey
 * stage by stage on the projector with the keyboard and the on-screen buttons; export the whole
 * journey as a print PNG and one selected card as SVG, then check the files themselves.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { blueprintGeometry } from '../../shared/canvas/geometry'
import { chunkCrcValid, pngChunks, pngInfo, printScale } from '../../shared/export/png'
import { buildTemplate, RETAIL_STORE } from '../../shared/templates'
import { expect, test } from './fixtures'

const RETAIL_EN = 'Home-appliance store: consultation to follow-up'
const RETAIL_ZH = '家电门店：咨询—成交—回访'

const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))

/** A card on the canvas (a React Flow node, announced as a button named by its title). */
const canvasCard = (page: Page, title: string): Locator =>
  page.getByRole('region', { name: /^(Journey canvas|旅程画布)$/ }).getByRole('button', { name: title, exact: true })

async function saveAs(page: Page, name: string): Promise<void> {
  const save = page.getByRole('dialog', { name: 'Save as' })
  await save.getByLabel('File name').fill(name)
  await save.getByRole('button', { name: 'OK' }).click()
}

test('present a journey stage by stage with the keyboard and the buttons, in large type', async ({ app: page }) => {
  await page.getByRole('button', { name: `Use template: ${RETAIL_EN}` }).click()
  // A selected card must survive the presentation: its keys never reach the board behind it.
  await canvasCard(page, 'Greeting at the door').click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Greeting at the door')

  const presentButton = page.getByRole('button', { name: 'Present', exact: true })
  await presentButton.click()
  const show = page.getByRole('region', { name: 'Presentation' })
  await expect(show).toBeVisible()
  const counter = show.getByRole('status')
  await expect(counter).toHaveText('Slide 1 of 7')

  // Title slide: title, version, counts and the peak-end figures (two decimals).
  const title = show.getByRole('heading', { name: RETAIL_EN })
  await expect(title).toBeVisible()
  expect(await fontSize(title)).toBeGreaterThanOrEqual(56)
  await expect(show.getByText('Version 1.0')).toBeVisible()
  await expect(show.getByText('6 stages · 16 touchpoints · 6 moments of truth')).toBeVisible()
  await expect(show.getByText('Customers remember +2.50, while the plain mean is +0.88.')).toBeVisible()
  // The whole window is covered.
  const box = (await show.boundingBox())!
  expect(box.width).toBeGreaterThanOrEqual(1400 - 1)
  expect(box.height).toBeGreaterThanOrEqual(900 - 1)

  // Next: the first stage in very large type, its cards with standard and script, the curve below.
  await show.getByRole('button', { name: 'Next', exact: true }).click()
  await expect(counter).toHaveText('Slide 2 of 7')
  const stage = show.getByRole('heading', { level: 2, name: 'Visit & welcome' })
  await expect(stage).toBeVisible()
  expect(await fontSize(stage)).toBeGreaterThanOrEqual(56)
  await expect(show.getByText('Stage 1 of 6')).toBeVisible()
  const greeting = show.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Greeting at the door' }) })
  await expect(greeting).toBeVisible()
  await expect(greeting).toContainText('In store · Sales consultant')
  await expect(greeting).toContainText('MOT · process')
  await expect(greeting).toContainText('Service standard')
  await expect(greeting).toContainText('Script')
  expect(await fontSize(greeting.locator('.slide-card-meta'))).toBeGreaterThanOrEqual(28)
  expect(await fontSize(greeting.locator('.slide-card-text').first())).toBeGreaterThanOrEqual(28)
  const curve = show.getByRole('img', { name: /^Experience curve of the main path/ })
  await expect(curve).toBeVisible()
  await expect(curve).toHaveAttribute('aria-label', /Greeting at the door: emotion/)
  await expect(show.locator('.pcurve-point.is-current')).not.toHaveCount(0)

  // Keys: → and Space forward, ← and PageUp back, End and Home to the ends.
  await page.keyboard.press('ArrowRight')
  await expect(show.getByRole('heading', { level: 2, name: 'Needs discovery' })).toBeVisible()
  await expect(counter).toHaveText('Slide 3 of 7')
  await page.keyboard.press('ArrowLeft')
  await expect(show.getByRole('heading', { level: 2, name: 'Visit & welcome' })).toBeVisible()
  await page.keyboard.press(' ')
  await expect(counter).toHaveText('Slide 3 of 7')
  await page.keyboard.press('PageDown')
  await expect(show.getByRole('heading', { level: 2, name: 'Proposal & quote' })).toBeVisible()
  await page.keyboard.press('PageUp')
  await expect(counter).toHaveText('Slide 3 of 7')
  await page.keyboard.press('End')
  await expect(show.getByRole('heading', { level: 2, name: 'Follow-up' })).toBeVisible()
  await expect(show.getByRole('button', { name: 'Next', exact: true })).toBeDisabled()
  await expect(show.getByText('⚑ End')).toBeVisible()
  await page.keyboard.press('Home')
  await expect(counter).toHaveText('Slide 1 of 7')
  await expect(show.getByRole('button', { name: 'Previous', exact: true })).toBeDisabled()
  await page.keyboard.press('ArrowRight')
  await show.getByRole('button', { name: 'Previous', exact: true }).click()
  await expect(counter).toHaveText('Slide 1 of 7')

  // Keys meant for the board do nothing while presenting.
  await page.keyboard.press('Delete')
  await page.keyboard.press('Escape')
  await expect(show).toHaveCount(0)
  await expect(presentButton).toBeFocused()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Greeting at the door')
  await expect(canvasCard(page, 'Greeting at the door')).toBeVisible()
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull()

  // The on-screen exit button, in Chinese.
  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN')
  await page.getByRole('button', { name: '演示', exact: true }).click()
  const zhShow = page.getByRole('region', { name: '演示' })
  await expect(zhShow.getByRole('status')).toHaveText('第 1 页，共 7 页')
  await zhShow.getByRole('button', { name: '下一页', exact: true }).click()
  await expect(zhShow.getByText('第 1 阶段，共 6 个阶段')).toBeVisible()
  await expect(zhShow.getByRole('button', { name: '上一页', exact: true })).toBeEnabled()
  await zhShow.getByRole('button', { name: '退出演示', exact: true }).click()
  await expect(zhShow).toHaveCount(0)
})

test('a Chinese journey presents with Chinese stage names and labels', async ({ app: page }) => {
  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN')
  await page.getByRole('button', { name: `使用模板：${RETAIL_ZH}` }).click()
  await page.getByRole('button', { name: '演示', exact: true }).click()
  const show = page.getByRole('region', { name: '演示' })
  await expect(show.getByRole('heading', { name: RETAIL_ZH })).toBeVisible()
  await expect(show.getByText('6 个阶段 · 16 个接触点 · 6 个关键时刻')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(show.getByRole('heading', { level: 2, name: '到店接待' })).toBeVisible()
  await expect(show.getByRole('heading', { level: 3, name: '进门迎宾' })).toBeVisible()
  await expect(show.getByText('服务标准').first()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(show).toHaveCount(0)
})

test('export the whole journey as a 300 dpi PNG and one selected card as SVG', async ({ app: page, host }) => {
  await page.getByRole('button', { name: `Use template: ${RETAIL_EN}` }).click()
  await expect(canvasCard(page, 'Greeting at the door')).toBeVisible()

  // Nothing selected: no selection choices.
  await page.getByRole('button', { name: 'Export image…', exact: true }).click()
  let dialog = page.getByRole('dialog', { name: 'Export image' })
  await expect(dialog.getByRole('button', { name: 'SVG — whole journey' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'PNG — selection' })).toHaveCount(0)
  await expect(dialog.getByRole('button', { name: 'SVG — selection' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'PNG — whole journey' }).click()
  await saveAs(page, 'journey')
  await expect(page.getByText('Written to journey.png.')).toBeVisible({ timeout: 30_000 })

  const png = new Uint8Array(readFileSync(join(host.folder, 'journey.png')))
  expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const chunks = pngChunks(png)
  for (const chunk of chunks) expect(chunkCrcValid(png, chunk), chunk.type).toBe(true)
  expect(chunks.map((chunk) => chunk.type).slice(0, 2)).toEqual(['IHDR', 'pHYs'])
  const info = pngInfo(png)
  expect(info.dpi).toEqual({ x: 300, y: 300 })
  // The blueprint grid of the same template at 300 dpi (300/96 px per CSS px).
  const geometry = blueprintGeometry(buildTemplate(RETAIL_STORE, 'en'))
  const scale = printScale(Math.ceil(geometry.width), Math.ceil(geometry.height))
  expect(scale).toBe(3.125)
  expect(info.width).toBe(Math.floor(Math.ceil(geometry.width) * scale))
  expect(info.height).toBe(Math.floor(Math.ceil(geometry.height) * scale))
  expect(info.width).toBeGreaterThan(3000)

  // One card selected: the selection choices appear; its SVG holds that card only.
  await canvasCard(page, 'Greeting at the door').click()
  await page.getByRole('button', { name: 'Export image…', exact: true }).click()
  dialog = page.getByRole('dialog', { name: 'Export image' })
  await expect(dialog).toContainText('Touchpoints selected: 1.')
  await expect(dialog.getByRole('button', { name: 'PNG — selection' })).toBeVisible()
  await dialog.getByRole('button', { name: 'SVG — selection' }).click()
  const save = page.getByRole('dialog', { name: 'Save as' })
  await expect(save.getByLabel('File name')).toHaveValue(`${RETAIL_EN.replace(':', '_')}-selection.svg`)
  await saveAs(page, 'greeting')
  await expect(page.getByText('Written to greeting.svg.')).toBeVisible()

  const svg = readFileSync(join(host.folder, 'greeting.svg'), 'utf8')
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const root = doc.documentElement
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: root.nodeName,
      width: root.getAttribute('width'),
      viewBox: root.getAttribute('viewBox'),
      cards: root.querySelectorAll('rect.card').length,
      titles: [...root.querySelectorAll('.card-title')].map((element) => element.textContent),
      stages: [...root.querySelectorAll('.stage-name')].map((element) => element.textContent),
    }
  }, svg)
  expect(parsed).toMatchObject({ error: false, root: 'svg', cards: 1, titles: ['Greeting at the door'], stages: ['Visit & welcome'] })
  expect(parsed.width).toMatch(/^\d+px$/)
  expect(parsed.viewBox).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/)
  expect(svg).toContain('Greeting at the door')
  expect(svg).not.toContain('Customer books a store visit online')
  expect(svg).not.toContain('Needs discovery')
})
