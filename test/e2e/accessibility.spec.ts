/**
 * A sweep over the main screens in both languages, as a screen reader meets them: every control
 * (button, field, choice, tab, link…) has an accessible name, and no raw message key (such as
 * `editor.journey.title`, what a missing translation shows) or unfilled `{placeholder}` reaches the page. Read from the page's
 * accessibility tree (Playwright's ARIA snapshot), so it covers controls no other test clicks.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const CONTROL_ROLES = 'button|textbox|searchbox|combobox|listbox|option|checkbox|radio|switch|slider|spinbutton|link|tab|menuitem'
/** A control line of the ARIA snapshot without a quoted name: `- button`, `- checkbox [checked]`, `- textbox:`. */
const UNNAMED = new RegExp(`^\\s*- (${CONTROL_ROLES})(\\s*$|\\s*:|\\s+\\[)`)
/** A message key as the i18n layer writes them (area.group.name…), which users must never see. */
const RAW_KEY = /(?<![\w/.@-])(?:app|canvas|dialog|editor|error|export|file|import|inspector|journey|lint|menu|open|present|save|scorecards?|script\w*|servqual|summary|ui)\.[a-z]\w*\.[a-zA-Z][\w.]*/

interface Words {
  lang: 'en' | 'zh-CN'
  language: string
  template: RegExp
  list: string
  canvas: string
  script: string
  scorecards: string
  journey: string
  workspace: string
  newScorecard: string
  createScorecard: string
  tabs: string[]
  newAudit: string
  cancel: string
  present: string
  presentation: string
}

const EN: Words = {
  lang: 'en',
  language: 'Language',
  template: /^Use template: /,
  list: 'List',
  canvas: 'Canvas',
  script: 'Script',
  scorecards: 'Scorecards',
  journey: 'Journey',
  workspace: 'Workspace',
  newScorecard: 'New scorecard from journey…',
  createScorecard: 'Create scorecard',
  tabs: ['Audits', 'Results', 'Indicators & weights'],
  newAudit: 'New audit',
  cancel: 'Cancel',
  present: 'Present',
  presentation: 'Presentation',
}

const ZH: Words = {
  lang: 'zh-CN',
  language: 'Language',
  template: /^使用模板：/,
  list: '列表',
  canvas: '画布',
  script: '脚本',
  scorecards: '考核表',
  journey: '旅程',
  workspace: '工作区',
  newScorecard: '从旅程新建考核表…',
  createScorecard: '创建考核表',
  tabs: ['检查记录', '结果', '考核指标与权重'],
  newAudit: '新建检查记录',
  cancel: '取消',
  present: '演示',
  presentation: '演示',
}

/** A message parameter left unfilled. */
const PLACEHOLDER = /\{[a-zA-Z]\w*\}/

/** Problems on the page as it is now: controls without a name, raw message keys, unfilled parameters. */
async function problems(page: Page, screen: string): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot()
  return snapshot
    .split('\n')
    .filter((line) => UNNAMED.test(line) || RAW_KEY.test(line) || PLACEHOLDER.test(line))
    .map((line) => `${screen}: ${line.trim()}`)
}

for (const words of [EN, ZH]) {
  test(`every control has a name and every text a translation (${words.lang})`, async ({ app: page }) => {
    test.setTimeout(90_000)
    if (words.lang !== 'en') await page.getByLabel(words.language, { exact: true }).selectOption(words.lang)
    await expect(page.locator('html')).toHaveAttribute('lang', words.lang)
    const found: string[] = []
    const sweep = async (screen: string) => found.push(...(await problems(page, screen)))

    await sweep('start page')
    await page.getByRole('button', { name: words.template }).first().click()
    await expect(page.locator('.canvas-card').first()).toBeVisible()
    await sweep('editor, canvas')
    await page.locator('.canvas-card').nth(2).click()
    await sweep('editor, touchpoint inspector')
    await page.getByRole('radio', { name: words.list, exact: true }).click()
    await sweep('editor, list')
    await page.getByRole('radio', { name: words.canvas, exact: true }).click()
    await page.getByRole('button', { name: words.script, exact: true }).click()
    await sweep('editor, script view')

    const workspace = page.getByRole('radiogroup', { name: words.workspace })
    await workspace.getByRole('radio', { name: words.scorecards }).click()
    await sweep('scorecards, empty')
    await page.getByRole('button', { name: words.newScorecard }).click()
    await sweep('scorecards, new scorecard dialog')
    await page.getByRole('button', { name: words.createScorecard }).click()
    await expect(page.getByRole('tab', { name: words.tabs[2] })).toBeVisible()
    await sweep('scorecards, indicators')
    for (const tab of words.tabs.slice(0, 2)) {
      await page.getByRole('tab', { name: tab }).click()
      await sweep(`scorecards, ${tab}`)
    }
    await page.getByRole('tab', { name: words.tabs[0] }).click()
    await page.getByRole('button', { name: words.newAudit, exact: true }).click()
    const auditForm = page.getByRole('form', { name: words.newAudit })
    await expect(auditForm).toBeVisible()
    await sweep('scorecards, audit entry')
    await auditForm.getByRole('button', { name: words.cancel }).click()

    await workspace.getByRole('radio', { name: words.journey }).click()
    await expect(page.locator('.canvas-card').first()).toBeVisible()
    await page.getByRole('button', { name: words.present, exact: true }).click()
    const show = page.getByRole('region', { name: words.presentation })
    await expect(show).toBeVisible()
    await sweep('presentation')
    await page.keyboard.press('Escape')
    await expect(show).toHaveCount(0)

    expect(found).toEqual([])
  })
}
