/**
 * Issue 4's script path, as a workshop team does it, in English and in Chinese: write the script
 * of three touchpoints (staff and customer lines, a tone, an alternative for a hesitant customer, a
 * standard with a time limit, a phrase to avoid, the CLEAR steps) and watch the script view beside
 * the canvas follow; put a library greeting into two touchpoints and change it once, so both lines
 * change; accept a finding with a reason, save, reload, and find it still accepted, in the file.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** What the team sees and types, per interface language. */
interface Words {
  lang: 'en' | 'zh-CN'
  newJourney: string
  canvas: string
  canvasRegion: string
  journeyTitle: string
  title: string
  details: string
  canvasTools: string
  addTouchpoint: string
  stage: string
  stages: [string, string, string]
  titles: [string, string, string]
  scriptToggle: string
  show: (title: string) => string
  scriptTitle: RegExp
  addLine: string
  line: (n: number) => string
  speaker: (n: number) => string
  tone: (n: number) => string
  customer: string
  staffLabel: string
  customerLabel: string
  alternatives0: string
  addAlternative: (line: number) => string
  altType: (line: number, n: number) => string
  altText: (line: number, n: number) => string
  addStandard: string
  standard: (n: number) => string
  timeLimit: (n: number) => string
  newAvoid: string
  removeAvoid: (text: string) => string
  clear: [string, string, string, string, string]
  viewLine: (title: string, n: number) => string
  viewTone: (title: string, n: number) => string
  viewStandard: (title: string, n: number) => string
  viewTime: (title: string, n: number) => string
  journeyProperties: string
  addGreeting: string
  greeting: (n: number) => string
  unused: string
  usedTwice: string
  libraryPhrase: string
  insert: string
  fromLibrary: string
  unlink: (n: number) => string
  end: string
  accept: string
  acceptDescription: RegExp
  acceptDialog: string
  reason: string
  ok: string
  accepted: (reason: string) => string
  acceptedGroup: string
  farewellFinding: RegExp
  warnings: string
  undoAcceptance: string
  undoDescription: RegExp
  save: string
  saveDialog: string
  fileName: string
  saveStatus: string
  saved: string
  // What the team writes.
  text: {
    journey: string
    welcome: string
    tone: string
    justLooking: string
    hesitantType: string
    hesitant: string
    standard: string
    time: string
    avoid: string
    clear: [string, string, string, string, string]
    quoteLine: string
    greeting: string
    greetingChanged: string
    viewTone: string
    reason: string
  }
}

const EN: Words = {
  lang: 'en',
  newJourney: 'New journey',
  canvas: 'Canvas',
  canvasRegion: 'Journey canvas',
  journeyTitle: 'Journey title',
  title: 'Title',
  details: 'Details',
  canvasTools: 'Canvas tools',
  addTouchpoint: 'Add touchpoint',
  stage: 'Stage',
  stages: ['Reception', 'Proposal / quote', 'Follow-up visit'],
  titles: ['Greeting at the door', 'Quote and options', 'Follow-up call'],
  scriptToggle: 'Script',
  show: (title) => `Show “${title}” on the canvas`,
  scriptTitle: /Customer experience process script 1\.0/,
  addLine: 'Add script line',
  line: (n) => `Script line ${n}`,
  speaker: (n) => `Script line ${n}: speaker`,
  tone: (n) => `Script line ${n}: tone`,
  customer: 'Customer',
  staffLabel: 'Staff',
  customerLabel: 'Customer',
  alternatives0: 'Alternatives (0)',
  addAlternative: (line) => `Add alternative to script line ${line}`,
  altType: (line, n) => `Script line ${line}, alternative ${n}: customer type`,
  altText: (line, n) => `Script line ${line}, alternative ${n}`,
  addStandard: 'Add service standard',
  standard: (n) => `Service standard ${n}`,
  timeLimit: (n) => `Service standard ${n}: time limit`,
  newAvoid: 'New phrase to avoid',
  removeAvoid: (text) => `Remove phrase to avoid “${text}”`,
  clear: ['Control emotions', 'Listen', 'Establish empathy', 'Apologize', 'Resolve'],
  viewLine: (title, n) => `${title}: script line ${n}`,
  viewTone: (title, n) => `${title}: script line ${n} tone`,
  viewStandard: (title, n) => `${title}: service standard ${n}`,
  viewTime: (title, n) => `${title}: service standard ${n} time limit`,
  journeyProperties: 'Journey properties',
  addGreeting: 'Add greeting',
  greeting: (n) => `Greeting ${n}`,
  unused: 'Not used yet',
  usedTwice: 'Used in 2 script lines',
  libraryPhrase: 'Phrase from the library',
  insert: 'Insert from library',
  fromLibrary: 'From the library',
  unlink: (n) => `Unlink script line ${n} from the library`,
  end: 'End',
  accept: 'Accept…',
  acceptDescription: /^Accept finding: The script of the end "Follow-up call" has no farewell/,
  acceptDialog: 'Accept this finding',
  reason: 'Reason (kept in the file)',
  ok: 'OK',
  accepted: (reason) => `Accepted: ${reason}`,
  acceptedGroup: 'Accepted (1)',
  farewellFinding: /has no farewell or follow-up line/,
  warnings: 'Warnings',
  undoAcceptance: 'Undo acceptance',
  undoDescription: /^Undo acceptance: The script of the end "Follow-up call"/,
  save: 'Save',
  saveDialog: 'Save as',
  fileName: 'File name',
  saveStatus: 'Save status',
  saved: 'All changes saved',
  text: {
    journey: 'Store visit script',
    welcome: 'Welcome! Take your time.',
    tone: 'warm, unhurried',
    justLooking: 'I am just looking.',
    hesitantType: 'Hesitant',
    hesitant: 'No rush. Shall I show you the two most popular models?',
    standard: 'Greet the customer at the door',
    time: '3 s',
    avoid: 'calm down',
    clear: ['Stay calm, move to a quiet corner', 'Let the customer finish', 'I understand how annoying this is', 'I am sorry for the wait', 'Replace it today and call back within 24 h'],
    quoteLine: 'Here are three options for your budget.',
    greeting: 'Hello, welcome to our store!',
    greetingChanged: 'Good morning, welcome to our store!',
    viewTone: 'bright, smiling',
    reason: 'The follow-up call has its own call script',
  },
}

const ZH: Words = {
  lang: 'zh-CN',
  newJourney: '新建旅程',
  canvas: '画布',
  canvasRegion: '旅程画布',
  journeyTitle: '旅程标题',
  title: '标题',
  details: '详情',
  canvasTools: '画布工具',
  addTouchpoint: '添加接触点',
  stage: '阶段',
  stages: ['接待', '方案/报价', '回访'],
  titles: ['进店问候', '方案报价', '回访电话'],
  scriptToggle: '脚本',
  show: (title) => `在画布上显示“${title}”`,
  scriptTitle: /客户体验流程脚本 1\.0/,
  addLine: '添加话术',
  line: (n) => `话术 ${n}`,
  speaker: (n) => `话术 ${n} 说话人`,
  tone: (n) => `话术 ${n} 语气`,
  customer: '顾客',
  staffLabel: '员工',
  customerLabel: '顾客',
  alternatives0: '备选说法（0）',
  addAlternative: (line) => `为话术 ${line} 添加备选说法`,
  altType: (line, n) => `话术 ${line} 备选说法 ${n} 顾客类型`,
  altText: (line, n) => `话术 ${line} 备选说法 ${n}`,
  addStandard: '添加服务标准',
  standard: (n) => `服务标准 ${n}`,
  timeLimit: (n) => `服务标准 ${n} 时限`,
  newAvoid: '新的服务忌语',
  removeAvoid: (text) => `删除服务忌语“${text}”`,
  clear: ['控制情绪', '聆听诉说', '同理链接', '表达歉意', '提出方案'],
  viewLine: (title, n) => `${title}：话术 ${n}`,
  viewTone: (title, n) => `${title}：话术 ${n} 语气`,
  viewStandard: (title, n) => `${title}：服务标准 ${n}`,
  viewTime: (title, n) => `${title}：服务标准 ${n} 时限`,
  journeyProperties: '旅程属性',
  addGreeting: '添加问候语',
  greeting: (n) => `问候语 ${n}`,
  unused: '尚未使用',
  usedTwice: '用于 2 句话术',
  libraryPhrase: '话术库中的话术',
  insert: '从话术库插入',
  fromLibrary: '来自话术库',
  unlink: (n) => `取消话术 ${n} 与话术库的关联`,
  end: '终点体验',
  accept: '接受…',
  acceptDescription: /^接受提醒：终点体验“回访电话”的话术里没有送别或回访的句子/,
  acceptDialog: '接受这条提醒',
  reason: '理由（保存在文件中）',
  ok: '确定',
  accepted: (reason) => `已接受：${reason}`,
  acceptedGroup: '已接受（1）',
  farewellFinding: /没有送别或回访的句子/,
  warnings: '设计提醒',
  undoAcceptance: '撤销接受',
  undoDescription: /^撤销接受：终点体验“回访电话”/,
  save: '保存',
  saveDialog: '另存为',
  fileName: '文件名',
  saveStatus: '保存状态',
  saved: '所有修改已保存',
  text: {
    journey: '门店接待脚本',
    welcome: '您好，欢迎光临！请随便看看。',
    tone: '亲切、从容',
    justLooking: '我就随便看看。',
    hesitantType: '犹豫型',
    hesitant: '不着急，我先给您介绍两款最受欢迎的型号好吗？',
    standard: '顾客进门时主动问候',
    time: '3 秒',
    avoid: '不知道',
    clear: ['保持冷静，请顾客到休息区', '让顾客把话说完', '我理解您的着急', '非常抱歉让您久等了', '今天为您换新，24 小时内回电确认'],
    quoteLine: '根据您的预算，我为您准备了三个方案。',
    greeting: '您好，欢迎光临！',
    greetingChanged: '早上好，欢迎光临本店！',
    viewTone: '热情、微笑',
    reason: '回访电话另有电话话术',
  },
}

const inspectorOf = (page: Page, words: Words): Locator => page.getByRole('complementary', { name: words.details })
const scriptViewOf = (page: Page, words: Words): Locator => page.getByRole('region', { name: words.scriptTitle })
const sectionOf = (page: Page, words: Words, title: string): Locator =>
  scriptViewOf(page, words).getByRole('article').filter({ has: page.getByRole('heading', { name: title }) })
const cardOf = (page: Page, words: Words, title: string): Locator =>
  page.getByRole('region', { name: words.canvasRegion }).getByRole('button', { name: title, exact: true })

/** Picks a touchpoint from the script view: the canvas centres on its card and the inspector shows it. */
async function pick(page: Page, words: Words, title: string): Promise<void> {
  await sectionOf(page, words, title).getByRole('button', { name: words.show(title), exact: true }).click()
  await expect(inspectorOf(page, words).getByLabel(words.title, { exact: true })).toHaveValue(title)
  await expect(cardOf(page, words, title)).toHaveClass(/selected/)
}

/** Adds a card with the canvas toolbar (to the selected card's stage), names it and moves it to `stage`. */
async function addTouchpoint(page: Page, words: Words, title: string, stage: string): Promise<void> {
  await page.getByRole('toolbar', { name: words.canvasTools }).getByRole('button', { name: words.addTouchpoint, exact: true }).click()
  const inspector = inspectorOf(page, words)
  const titleField = inspector.getByLabel(words.title, { exact: true })
  await expect(titleField).toBeFocused()
  await titleField.fill(title)
  await inspector.getByLabel(words.stage, { exact: true }).selectOption({ label: stage })
  await expect(cardOf(page, words, title)).toBeVisible()
}

async function writeScripts(page: Page, words: Words, folder: string): Promise<void> {
  const { text } = words
  const [greet, quote, call] = words.titles
  const inspector = inspectorOf(page, words)

  await page.getByRole('button', { name: words.newJourney }).click()
  await page.getByRole('radio', { name: words.canvas }).click()
  await page.getByLabel(words.journeyTitle, { exact: true }).fill(text.journey)

  // The script view beside the canvas, before there is anything to read.
  const toggle = page.getByRole('button', { name: words.scriptToggle, exact: true })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const view = scriptViewOf(page, words)
  await expect(view).toBeVisible()

  await addTouchpoint(page, words, greet, words.stages[0])
  await addTouchpoint(page, words, quote, words.stages[1])
  await addTouchpoint(page, words, call, words.stages[2])
  // Main-path order in the script: one section per touchpoint.
  await expect(view.getByRole('article')).toHaveCount(3)
  await expect(view.getByRole('article').nth(0)).toContainText(greet)
  await expect(view.getByRole('article').nth(2)).toContainText(call)

  // 1. The greeting: a staff line with its tone and an alternative for a hesitant customer, a
  // customer line, a standard with a time limit, a phrase to avoid and the CLEAR steps.
  await pick(page, words, greet)
  await inspector.getByRole('button', { name: words.addLine, exact: true }).click()
  await expect(inspector.getByLabel(words.line(1), { exact: true })).toBeFocused()
  await page.keyboard.type(text.welcome)
  await inspector.getByLabel(words.tone(1), { exact: true }).fill(text.tone)
  await inspector.getByRole('button', { name: words.addLine, exact: true }).click()
  await inspector.getByLabel(words.line(2), { exact: true }).fill(text.justLooking)
  await inspector.getByLabel(words.speaker(2), { exact: true }).selectOption({ label: words.customer })
  await inspector.locator('summary', { hasText: words.alternatives0 }).first().click()
  await inspector.getByRole('button', { name: words.addAlternative(1), exact: true }).click()
  await expect(inspector.getByLabel(words.altType(1, 1), { exact: true })).toBeFocused()
  await inspector.getByLabel(words.altType(1, 1), { exact: true }).fill(text.hesitantType)
  await inspector.getByLabel(words.altText(1, 1), { exact: true }).fill(text.hesitant)
  await inspector.getByRole('button', { name: words.addStandard, exact: true }).click()
  await inspector.getByLabel(words.standard(1), { exact: true }).fill(text.standard)
  await inspector.getByLabel(words.timeLimit(1), { exact: true }).fill(text.time)
  await inspector.getByLabel(words.newAvoid, { exact: true }).fill(text.avoid)
  await inspector.getByLabel(words.newAvoid, { exact: true }).press('Enter')
  await expect(inspector.getByRole('button', { name: words.removeAvoid(text.avoid), exact: true })).toBeVisible()
  await expect(inspector.getByLabel(words.newAvoid, { exact: true })).toHaveValue('')
  for (const [index, label] of words.clear.entries()) await inspector.getByLabel(label, { exact: true }).fill(text.clear[index]!)

  // The script view follows as the team types.
  const greetSection = sectionOf(page, words, greet)
  await expect(greetSection.getByLabel(words.viewLine(greet, 1), { exact: true })).toHaveValue(text.welcome)
  await expect(greetSection.getByLabel(words.viewTone(greet, 1), { exact: true })).toHaveValue(text.tone)
  await expect(greetSection.getByLabel(words.viewLine(greet, 2), { exact: true })).toHaveValue(text.justLooking)
  await expect(greetSection.locator('.script-line').nth(0)).toContainText(words.staffLabel)
  await expect(greetSection.locator('.script-line').nth(1)).toContainText(words.customerLabel)
  await expect(greetSection).toContainText(text.hesitantType)
  await expect(greetSection).toContainText(text.hesitant)
  await expect(greetSection.getByLabel(words.viewStandard(greet, 1), { exact: true })).toHaveValue(text.standard)
  await expect(greetSection.getByLabel(words.viewTime(greet, 1), { exact: true })).toHaveValue(text.time)
  // …and is edited in place: the inspector shows the same document.
  await greetSection.getByLabel(words.viewTone(greet, 1), { exact: true }).fill(text.viewTone)
  await expect(inspector.getByLabel(words.tone(1), { exact: true })).toHaveValue(text.viewTone)

  // 2. The quote: one staff line of its own.
  await pick(page, words, quote)
  await inspector.getByRole('button', { name: words.addLine, exact: true }).click()
  await inspector.getByLabel(words.line(1), { exact: true }).fill(text.quoteLine)
  await expect(sectionOf(page, words, quote).getByLabel(words.viewLine(quote, 1), { exact: true })).toHaveValue(text.quoteLine)

  // 3. A library greeting, used by the quote and the follow-up call.
  await page.getByRole('button', { name: words.journeyProperties, exact: true }).click()
  await inspector.getByRole('button', { name: words.addGreeting, exact: true }).click()
  await expect(inspector.getByLabel(words.greeting(1), { exact: true })).toBeFocused()
  await page.keyboard.type(text.greeting)
  await expect(inspector.getByText(words.unused)).toBeVisible()
  for (const title of [quote, call]) {
    await pick(page, words, title)
    await inspector.getByLabel(words.libraryPhrase, { exact: true }).selectOption({ label: text.greeting })
    await inspector.getByRole('button', { name: words.insert, exact: true }).click()
    await expect(inspector.getByText(words.fromLibrary, { exact: true })).toBeVisible()
  }
  await expect(sectionOf(page, words, quote).getByLabel(words.viewLine(quote, 2), { exact: true })).toHaveValue(text.greeting)
  await expect(sectionOf(page, words, call).getByLabel(words.viewLine(call, 1), { exact: true })).toHaveValue(text.greeting)

  // Change the library line once: both uses change.
  await page.getByRole('button', { name: words.journeyProperties, exact: true }).click()
  await expect(inspector.getByText(words.usedTwice)).toBeVisible()
  await inspector.getByLabel(words.greeting(1), { exact: true }).fill(text.greetingChanged)
  await expect(sectionOf(page, words, quote).getByLabel(words.viewLine(quote, 2), { exact: true })).toHaveValue(text.greetingChanged)
  await expect(sectionOf(page, words, call).getByLabel(words.viewLine(call, 1), { exact: true })).toHaveValue(text.greetingChanged)
  await pick(page, words, quote)
  await expect(inspector.getByLabel(words.line(2), { exact: true })).toHaveValue(text.greetingChanged)
  // Unlinking keeps the text; the line is the quote's own from then on.
  await inspector.getByRole('button', { name: words.unlink(2), exact: true }).click()
  await expect(inspector.getByText(words.fromLibrary, { exact: true })).toHaveCount(0)
  await expect(inspector.getByLabel(words.line(2), { exact: true })).toHaveValue(text.greetingChanged)

  // 4. The follow-up call is the end, and its script says no goodbye: the check says so at the
  // touchpoint, and the team accepts it with a reason.
  await pick(page, words, call)
  await inspector.getByLabel(words.end, { exact: true }).check()
  const callSection = sectionOf(page, words, call)
  const accept = callSection.getByRole('button', { name: words.accept, exact: true })
  await expect(accept).toHaveCount(1)
  await expect(accept).toHaveAccessibleDescription(words.acceptDescription)
  await accept.click()
  const dialog = page.getByRole('dialog', { name: words.acceptDialog })
  await dialog.getByLabel(words.reason).fill(text.reason)
  await dialog.getByRole('button', { name: words.ok }).click()
  await expect(callSection.getByText(words.accepted(text.reason))).toBeVisible()
  await expect(callSection.getByRole('button', { name: words.accept, exact: true })).toHaveCount(0)
  // The warnings under the canvas set it apart too, under "Accepted (1)".
  const warnings = page.getByRole('region', { name: words.warnings, exact: true })
  await expect(warnings.getByText(words.acceptedGroup)).toBeVisible()
  await expect(warnings.locator('.lint-group').getByText(words.farewellFinding)).toHaveCount(0)
  await warnings.getByText(words.acceptedGroup).click()
  await expect(warnings.getByRole('listitem').filter({ hasText: words.farewellFinding })).toContainText(words.accepted(text.reason))

  // Save, reload: still accepted, and the reason is in the file.
  await page.getByRole('button', { name: words.save, exact: true }).click()
  const saveDialog = page.getByRole('dialog', { name: words.saveDialog })
  await saveDialog.getByLabel(words.fileName).fill('scripts')
  await saveDialog.getByRole('button', { name: words.ok }).click()
  await expect(page.getByRole('status', { name: words.saveStatus })).toHaveText(words.saved)
  await page.reload()
  await expect(scriptViewOf(page, words)).toBeVisible()
  await expect(sectionOf(page, words, call).getByText(words.accepted(text.reason))).toBeVisible()
  const undo = sectionOf(page, words, call).getByRole('button', { name: words.undoAcceptance, exact: true })
  await expect(undo).toHaveAccessibleDescription(words.undoDescription)
  await expect(sectionOf(page, words, greet).getByLabel(words.viewTone(greet, 1), { exact: true })).toHaveValue(text.viewTone)
  const file = new Database(join(folder, 'scripts.journey'), { readonly: true })
  try {
    expect(file.prepare('SELECT reason FROM accepted_finding').all()).toEqual([{ reason: text.reason }])
    expect(file.prepare("SELECT text FROM phrase WHERE category = 'greeting'").all()).toEqual([{ text: text.greetingChanged }])
    expect(file.prepare('SELECT customer_type, text FROM script_alternative').all()).toEqual([{ customer_type: text.hesitantType, text: text.hesitant }])
    expect(file.prepare("SELECT text FROM recovery_step WHERE step = 'empathise'").all()).toEqual([{ text: text.clear[2] }])
  } finally {
    file.close()
  }

  // Taking the acceptance back (here from the warnings) shows the finding as open again.
  const reloadedWarnings = page.getByRole('region', { name: words.warnings, exact: true })
  await reloadedWarnings.getByText(words.acceptedGroup).click()
  await reloadedWarnings.getByRole('listitem').filter({ hasText: words.farewellFinding }).getByRole('button', { name: words.undoAcceptance, exact: true }).click()
  await expect(reloadedWarnings.getByText(words.acceptedGroup)).toHaveCount(0)
  await expect(sectionOf(page, words, call).getByRole('button', { name: words.accept, exact: true })).toBeVisible()
  await expect(reloadedWarnings.locator('.lint-group').getByText(words.farewellFinding)).toBeVisible()
}

test('write a script on three touchpoints and see the script view update (English)', async ({ app: page, host }) => {
  await writeScripts(page, EN, host.folder)
})

test('write a script on three touchpoints and see the script view update (Chinese)', async ({ app: page, host }) => {
  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN')
  await writeScripts(page, ZH, host.folder)
})

test('the script view and the canvas follow each other; alternative paths are indented', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Use template: Home-appliance store: consultation to follow-up' }).click()
  await page.getByRole('radio', { name: 'Canvas' }).click()
  await page.getByRole('button', { name: 'Script', exact: true }).click()
  const view = scriptViewOf(page, EN)
  await expect(view.getByRole('article')).toHaveCount(16)
  await expect(view.getByRole('article').first()).toContainText('Customer books a store visit online')
  const branch = view.getByRole('group', { name: 'Alternative path: Hesitant customer: revisit needs and rework the package' })
  await expect(branch).toContainText('Goes straight to “Needs discovery: family, kitchen, budget”')

  // Canvas → script: the card found and selected brings its section to the top of the script.
  const scroller = view.locator('.script-scroll')
  const atTop = async (title: string) => {
    const [box, section] = [await scroller.boundingBox(), await sectionOf(page, EN, title).boundingBox()]
    return Math.abs(section!.y - box!.y)
  }
  const find = page.getByRole('searchbox', { name: 'Find' })
  await find.fill('Day-7 satisfaction call')
  await find.press('Enter')
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Day-7 satisfaction call')
  await expect.poll(() => atTop('Day-7 satisfaction call')).toBeLessThan(40)
  await find.fill('')

  // Script → canvas: scrolling the script back to the start selects the first card and centres it.
  await scroller.hover()
  await page.mouse.wheel(0, -30_000)
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Customer books a store visit online')
  await expect(cardOf(page, EN, 'Customer books a store visit online')).toHaveClass(/selected/)
  await expect(cardOf(page, EN, 'Customer books a store visit online')).toBeInViewport()
  // …and the script stays where the team scrolled it (no jump back).
  await expect.poll(() => atTop('Customer books a store visit online')).toBeLessThan(200)
})
