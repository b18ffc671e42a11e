/**
 * The canvas views, as a workshop team uses them: filters and search dim the rest of the map, the
 * SERVQUAL coverage matrix filters the canvas, the experience curve under the canvas selects cards,
 * and warnings appear as the team works and jump to the card concerned. In English and in Chinese.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const RETAIL_EN = 'Home-appliance store: consultation to follow-up'
const RETAIL_ZH = '家电门店：咨询—成交—回访'

/** A card on the canvas (React Flow node, announced as a button named by its title). */
const card = (page: Page, title: string): Locator => page.getByRole('region', { name: /^(Journey canvas|旅程画布)$/ }).getByRole('button', { name: title, exact: true })

test('filters, search and the coverage matrix dim the rest of the canvas', async ({ app: page }) => {
  await page.getByRole('button', { name: `Use template: ${RETAIL_EN}` }).click()
  await expect(page.getByRole('region', { name: 'Journey canvas' })).toBeVisible()
  const count = page.getByRole('status').filter({ hasText: 'cards match' })
  await expect(count).toHaveText('16 of 16 cards match')
  await expect(card(page, 'Customer books a store visit online')).not.toHaveClass(/is-dimmed/)

  // Only moments of truth: the other cards are dimmed, not hidden.
  await page.getByLabel('Only moments of truth', { exact: true }).check()
  await expect(count).toHaveText('6 of 16 cards match')
  await expect(card(page, 'Customer books a store visit online')).toHaveClass(/is-dimmed/)
  await expect(card(page, 'Customer books a store visit online')).toBeVisible()
  await expect(card(page, 'Greeting at the door')).not.toHaveClass(/is-dimmed/)

  // One family on top of it, then one role.
  await page.getByLabel('Filter: Family', { exact: true }).selectOption('process')
  await expect(count).toHaveText('2 of 16 cards match')
  await expect(card(page, 'Quote and package explained')).toHaveClass(/is-dimmed/)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(count).toHaveText('16 of 16 cards match')
  await expect(page.getByLabel('Only moments of truth', { exact: true })).not.toBeChecked()
  await page.getByLabel('Filter: Role', { exact: true }).selectOption('Installer')
  await expect(count).toHaveText('1 of 16 cards match')
  await page.getByLabel('Filter: Channel', { exact: true }).selectOption('Outbound call')
  await expect(count).toHaveText('0 of 16 cards match')
  await page.getByRole('button', { name: 'Clear filters' }).click()

  // Find by text: Enter selects the first match (the inspector shows it), Enter again the next one.
  const find = page.getByRole('searchbox', { name: 'Find' })
  await find.fill('shoe covers')
  await expect(count).toHaveText('1 of 16 cards match')
  await expect(card(page, 'Greeting at the door')).toHaveClass(/is-dimmed/)
  await find.press('Enter')
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Installation and first-use walkthrough at home')
  await find.fill('call')
  await find.press('Enter')
  const first = await page.getByLabel('Title', { exact: true }).inputValue()
  await find.press('Enter')
  await expect(page.getByLabel('Title', { exact: true })).not.toHaveValue(first)
  await find.fill('')
  await expect(count).toHaveText('16 of 16 cards match')

  // A coverage cell filters the canvas by its stage and dimension.
  const summary = page.getByRole('region', { name: 'Journey summary' })
  const cell = summary.getByRole('button', { name: 'Visit & welcome, Tangibles: 2 touchpoints (1 moments of truth)' })
  await cell.click()
  await expect(cell).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByLabel('Filter: Stage', { exact: true }).locator('option:checked')).toHaveText('Visit & welcome')
  await expect(page.getByLabel('Filter: SERVQUAL dimension', { exact: true })).toHaveValue('tangibles')
  await expect(count).toHaveText('2 of 16 cards match')
  await expect(card(page, 'Greeting at the door')).not.toHaveClass(/is-dimmed/)
  await expect(card(page, 'Customer books a store visit online')).toHaveClass(/is-dimmed/)
  // An empty cell says so in words, not only in colour.
  const gap = summary.getByRole('button', { name: 'Visit & welcome, Assurance: not covered' })
  await expect(gap).toContainText('—')
  await expect(gap).toContainText('not covered')
  await gap.click()
  await expect(count).toHaveText('0 of 16 cards match')
  await gap.click()
  await expect(count).toHaveText('16 of 16 cards match')
})

test('the experience curve under the canvas selects cards; warnings appear and jump to the card', async ({ app: page }) => {
  await page.getByRole('button', { name: `Use template: ${RETAIL_EN}` }).click()
  const curve = page.getByRole('group', { name: 'Experience curve aligned with the canvas' })
  const points = curve.getByRole('button')
  await expect(points).toHaveCount(16)
  await expect(curve.getByRole('button', { name: /^Installation and first-use walkthrough at home: emotion \+3 \(very positive\), designed peak/ })).toHaveCount(1)
  const curveRegion = page.getByRole('region', { name: 'Experience curve (main path)' })
  await expect(curveRegion.getByLabel('Mean', { exact: true })).toHaveText('+0.88')
  await expect(curveRegion.getByLabel('Remembered (peak-end)', { exact: true })).toHaveText('+2.50')

  // Each point sits under its card.
  const point = curve.getByRole('button', { name: /^Greeting at the door: emotion/ })
  const pointBox = (await point.locator('.curve-mark').boundingBox())!
  const cardBox = (await card(page, 'Greeting at the door').boundingBox())!
  expect(Math.abs(pointBox.x + pointBox.width / 2 - (cardBox.x + cardBox.width / 2))).toBeLessThan(3)

  await point.click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Greeting at the door')
  await expect(card(page, 'Greeting at the door')).toHaveClass(/selected/)
  await expect(point).toHaveAttribute('aria-pressed', 'true')

  // The last point is off screen: reaching it with the keyboard brings it (and its card) into view.
  const last = curve.getByRole('button', { name: /^Day-7 satisfaction call: emotion \+2 \(positive\), end$/ })
  await last.focus()
  await expect(async () => {
    const box = (await last.locator('.curve-mark').boundingBox())!
    const canvasBox = (await page.getByRole('region', { name: 'Journey canvas' }).boundingBox())!
    expect(box.x).toBeGreaterThan(canvasBox.x)
    expect(box.x).toBeLessThan(canvasBox.x + canvasBox.width)
  }).toPass()
  await last.press('Enter')
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Day-7 satisfaction call')

  // Remove the end flag: the "no end" warning appears; clicking it selects the last card of the main path.
  const warnings = page.getByRole('region', { name: 'Warnings' })
  await expect(warnings.getByText(/No touchpoint is marked as the end/)).toHaveCount(0)
  await page.getByLabel('End', { exact: true }).uncheck()
  const noEnd = warnings.getByRole('button', { name: /^No touchpoint is marked as the end/ })
  await expect(noEnd).toBeVisible()
  await expect(warnings.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^No touchpoint is marked as the end/ }) })).toContainText('Warning')
  await page.getByRole('button', { name: 'Journey properties' }).click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveCount(0)
  await noEnd.click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Day-7 satisfaction call')

  // A warning about a card selects that card.
  await page.getByLabel('Role', { exact: true }).fill('')
  const noRole = warnings.getByRole('button', { name: 'Touchpoint "Day-7 satisfaction call" has no role: who owns it?' })
  await expect(noRole).toBeVisible()
  await page.getByRole('button', { name: 'Journey properties' }).click()
  await noRole.click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Day-7 satisfaction call')
})

test('the canvas toolbar and stage headers add stages and touchpoints', async ({ app: page }) => {
  await page.getByRole('button', { name: 'New journey' }).click()
  await expect(page.getByRole('region', { name: 'Journey canvas' })).toBeVisible()
  const tools = page.getByRole('toolbar', { name: 'Canvas tools' })

  // The same accessible name as the list's button, so the same steps work in both views.
  await page.getByRole('button', { name: 'Add touchpoint to Reception', exact: true }).click()
  const title = page.getByLabel('Title', { exact: true })
  await expect(title).toBeFocused()
  await title.fill('Greeting')
  await expect(card(page, 'Greeting')).toBeVisible()
  // "Add touchpoint" adds to the selected card's stage.
  await tools.getByRole('button', { name: 'Add touchpoint', exact: true }).click()
  await expect(title).toBeFocused()
  await title.fill('Seat offered')
  await expect(card(page, 'Seat offered')).toBeVisible()
  await expect(page.getByLabel('Stage', { exact: true }).locator('option:checked')).toHaveText('Reception')
  const curve = page.getByRole('group', { name: 'Experience curve aligned with the canvas' })
  await expect(curve.getByRole('button')).toHaveCount(2)
  // From the keyboard too, with a card selected: Enter presses the header's button.
  await page.getByRole('button', { name: 'Add touchpoint to Consultation', exact: true }).press('Enter')
  await expect(title).toBeFocused()
  await expect(page.getByLabel('Stage', { exact: true }).locator('option:checked')).toHaveText('Consultation')
  await title.fill('First call')
  await expect(curve.getByRole('button')).toHaveCount(3)
  await expect(curve.getByRole('button').first()).toHaveAccessibleName(/^First call: emotion/)

  // A new stage's header takes its name at once.
  await tools.getByRole('button', { name: 'Add stage', exact: true }).click()
  await expect(page.getByLabel('Rename stage New stage', { exact: true })).toBeFocused()
  await page.keyboard.type('Loyalty club')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Loyalty club', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add touchpoint to Loyalty club', exact: true })).toBeVisible()
})

test('zh-CN: filters, coverage, curve and warnings speak Chinese', async ({ app: page }) => {
  await expect(page.getByRole('button', { name: 'New journey' })).toBeVisible()
  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN')
  await expect(page.getByRole('button', { name: '新建旅程' })).toBeVisible()
  // The choice is the host's setting: after a reload the app starts in Chinese.
  await page.reload()
  await page.getByRole('button', { name: `使用模板：${RETAIL_ZH}` }).click()
  await expect(page.getByRole('region', { name: '旅程画布' })).toBeVisible()
  const count = page.getByRole('status').filter({ hasText: '张符合' })
  await expect(count).toHaveText('16 张卡片中有 16 张符合')
  await page.getByLabel('只看关键时刻', { exact: true }).check()
  await expect(count).toHaveText('16 张卡片中有 6 张符合')
  await expect(card(page, '顾客在小程序预约到店')).toHaveClass(/is-dimmed/)
  await page.getByRole('button', { name: '清除筛选' }).click()

  await page.getByRole('searchbox', { name: '查找' }).fill('鞋套')
  await page.getByRole('searchbox', { name: '查找' }).press('Enter')
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('上门安装与使用讲解')
  await page.getByRole('button', { name: '清除筛选' }).click()

  const summary = page.getByRole('region', { name: '旅程概览' })
  await summary.getByRole('button', { name: '到店接待，保证性：未覆盖' }).click()
  await expect(page.getByLabel('筛选：服务质量维度', { exact: true })).toHaveValue('assurance')
  await expect(count).toHaveText('16 张卡片中有 0 张符合')
  await page.getByRole('button', { name: '清除筛选' }).click()

  const curve = page.getByRole('group', { name: '与画布对齐的体验曲线' })
  await expect(curve.getByRole('button')).toHaveCount(16)
  await curve.getByRole('button', { name: /^第 7 天满意度回访电话：情绪/ }).press('Enter')
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('第 7 天满意度回访电话')
  await page.getByLabel('终点体验', { exact: true }).uncheck()
  const warnings = page.getByRole('region', { name: '设计提醒' })
  const noEnd = warnings.getByRole('button', { name: /^没有标记终点体验/ })
  await expect(noEnd).toBeVisible()
  await expect(warnings.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^没有标记终点体验/ }) })).toContainText('警告')
  await page.getByRole('button', { name: '旅程属性' }).click()
  await noEnd.click()
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('第 7 天满意度回访电话')
  await expect(page.getByRole('button', { name: '在“接待”中添加接触点', exact: true })).toHaveCount(0)
  await expect(page.getByRole('button', { name: '在“到店接待”中添加接触点', exact: true })).toBeVisible()
})
