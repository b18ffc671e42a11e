/**
 * The scorecard issue's end-to-end path, as a quality team works: build a scorecard from a journey
 * (a template), fix its weights with the AHP helper, enter two audits, import a CSV of a third,
 * read the indices, see the scores on the canvas, and export the workbook (checked with exceljs:
 * the index cells are formulas whose cached results are the app's numbers).
 *
 * Expected numbers (methods.md §2, worked by hand): the AHP matrix of methods.md §3 gives the
 * dimension weights reliability 48.29, responsiveness 15.70, assurance 27.20, empathy 8.81.
 * A-001 answers everything yes / 5 → 100. A-002 answers no / 3 with "quote valid 7 days" N/A →
 * reliability 50, responsiveness 0, assurance 50, empathy (16.67·50 + 16.67·50)/100 = 16.67 →
 * 0.4829·50 + 0.2720·50 + 0.0881·16.67 = 39.21. The imported audit answers yes / 4 → reliability
 * 83.3325, responsiveness 100, assurance 75, empathy 91.665 → 84.42.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const RETAIL_EN = 'Home-appliance store: consultation to follow-up'
const CARD = 'Sales consultant scorecard'

/** The 15 indicators proposed for the sales consultant's five MOTs, by scale. */
const YES_NO = [
  'Quote valid for 7 days, in writing',
  'Eye contact and greeting within 3 s of the customer entering',
  'Booked customers greeted by name within 1 min',
  'Water or tea offered within 2 min of sitting down',
  'Any discount approved by the store manager within 5 min',
  'Call on day 7, 10:00–12:00 or 14:00–18:00, never at meal times',
  'Keep it under 5 min',
  'Any problem raised gets a solution within 24 h',
]
const ONE_TO_FIVE = [
  'Itemised quote including delivery, installation and old-appliance removal: no hidden fees',
  'Show three price tiers side by side',
  'Ask at least 5 open questions before recommending anything',
  'Record kitchen dimensions and cooking habits in the CRM',
  'Recommend no more than 3 options',
  'Listen to the whole objection without interrupting',
  'Compare 10-year running cost, not sticker price',
]

const EXPECTED = { 'A-001': 100, 'A-002': 39.213627, 'A-IMPORT-1': 84.41695075 } as const

/** A canvas card (React Flow node, announced as a button named by its title). */
const card = (page: Page, title: string): Locator => page.getByRole('region', { name: 'Journey canvas' }).getByRole('button', { name: title, exact: true })

async function enterAudit(
  page: Page,
  audit: { id: string; date: string; store: string; auditor: string; yesNo: 'Yes' | 'No'; number: string; notApplicable?: string },
): Promise<void> {
  await page.getByRole('button', { name: 'New audit', exact: true }).click()
  const form = page.getByRole('form', { name: 'New audit' })
  await form.getByLabel('Audit number', { exact: true }).fill(audit.id)
  await form.getByLabel('Date', { exact: true }).fill(audit.date)
  await form.getByLabel('Store', { exact: true }).fill(audit.store)
  await expect(form.getByLabel('Post', { exact: true })).toHaveValue('Sales consultant')
  await form.getByLabel('Auditor', { exact: true }).fill(audit.auditor)
  for (const name of YES_NO) {
    const choice = name === audit.notApplicable ? 'N/A' : audit.yesNo
    await form.getByRole('radiogroup', { name: `Score: ${name}` }).getByRole('radio', { name: choice, exact: true }).check()
  }
  for (const name of ONE_TO_FIVE) {
    if (name === audit.notApplicable) await form.getByLabel(`Not applicable: ${name}`, { exact: true }).check()
    else await form.getByLabel(`Score: ${name}`, { exact: true }).fill(audit.number)
  }
  await form.getByLabel(`Comment: ${YES_NO[1]}`, { exact: true }).fill('Greeted at once')
  await form.getByRole('button', { name: 'Save audit' }).click()
  await expect(page.getByText(`Audit ${audit.id} saved.`)).toBeVisible()
  await expect(form).toHaveCount(0)
}

/** A CSV cell, quoted when it holds a comma or a quote. */
const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

test('build a scorecard from a journey, fix its weights with AHP, enter two audits, import a CSV, read the indices', async ({ app: page, host }) => {
  await page.getByRole('button', { name: `Use template: ${RETAIL_EN}` }).click()
  await page.getByRole('radiogroup', { name: 'Workspace' }).getByRole('radio', { name: 'Scorecards' }).click()

  // Start from the journey: the sales consultant's MOTs, one indicator per service standard.
  await page.getByRole('button', { name: 'New scorecard from journey…' }).click()
  const newDialog = page.getByRole('dialog', { name: 'New scorecard from journey' })
  await newDialog.getByLabel('Post', { exact: true }).selectOption('Sales consultant')
  await newDialog.getByRole('button', { name: 'Create scorecard' }).click()
  const main = page.getByRole('region', { name: `Scorecard: ${CARD}` })
  await expect(main.getByLabel('Scorecard name', { exact: true })).toHaveValue(CARD)
  const indicators = main.getByRole('table', { name: 'Indicators' })
  await expect(indicators.locator('tbody tr')).toHaveCount(15)
  await expect(main.getByLabel(`Scale: ${YES_NO[1]}`, { exact: true })).toHaveValue('yesNo')
  await expect(main.getByLabel(`Scale: ${ONE_TO_FIVE[2]}`, { exact: true })).toHaveValue('1-5')
  await expect(main.getByLabel(`Dimension: ${ONE_TO_FIVE[2]}`, { exact: true })).toHaveValue('assurance')
  await expect(main.getByLabel(`Weight: ${YES_NO[1]}`, { exact: true })).toHaveValue('33.34')
  for (const dimension of ['Reliability', 'Responsiveness', 'Assurance', 'Empathy']) {
    await expect(main.getByLabel(`Dimension weight: ${dimension}`, { exact: true })).toHaveValue('25')
  }
  const check = main.getByRole('region', { name: 'Weight check' })
  await expect(check.getByRole('status')).toHaveText('✓ The weights add up: this scorecard can be used for scoring.')

  // Weights that do not add up: live sums say so, and the scorecard cannot score.
  const reliability = main.getByLabel('Dimension weight: Reliability', { exact: true })
  await reliability.fill('40%')
  await expect(check.getByRole('listitem').filter({ hasText: /^Dimension weights:/ })).toHaveText('Dimension weights: 115.00 ✗ must add up to 100')
  await reliability.press('Enter')
  await expect(check.getByRole('status')).toContainText('cannot be used for scoring')
  await expect(check.getByRole('status')).toContainText(`The dimension weights of scorecard "${CARD}" add up to 115; they must add up to 100.`)
  await main.getByRole('tab', { name: 'Audits' }).click()
  await expect(main.getByRole('button', { name: 'New audit', exact: true })).toBeDisabled()
  await main.getByRole('tab', { name: 'Indicators & weights' }).click()

  // The AHP helper: an intransitive matrix is flagged, the worked example of methods.md §3 applied.
  await main.getByRole('button', { name: 'AHP…' }).click()
  const ahp = page.getByRole('dialog', { name: 'AHP pairwise comparison' })
  await expect(ahp.getByLabel('Compare', { exact: true })).toHaveValue('dimensions')
  const compare = (row: string, column: string) => ahp.getByLabel(`${row} compared with ${column}`, { exact: true })
  await compare('Reliability', 'Responsiveness').selectOption('9')
  await compare('Responsiveness', 'Assurance').selectOption('9')
  await compare('Reliability', 'Assurance').selectOption('1/9')
  await expect(ahp.getByRole('status')).toHaveText(/^Inconsistent: CR = \d+\.\d{4} ≥ 0\.10\./)
  await expect(ahp.getByRole('button', { name: 'Apply weights' })).toBeDisabled()
  await compare('Reliability', 'Responsiveness').selectOption('3')
  await compare('Reliability', 'Assurance').selectOption('2')
  await compare('Reliability', 'Empathy').selectOption('5')
  await compare('Responsiveness', 'Assurance').selectOption('1/2')
  await compare('Responsiveness', 'Empathy').selectOption('2')
  await compare('Assurance', 'Empathy').selectOption('3')
  await expect(ahp.getByLabel('Assurance compared with Reliability: 1/2', { exact: true })).toHaveText('1/2')
  await expect(ahp.getByLabel('Largest eigenvalue λmax', { exact: true })).toHaveText('4.0145')
  await expect(ahp.getByLabel('Consistency ratio CR', { exact: true })).toHaveText('0.0054')
  await expect(ahp.getByRole('status')).toHaveText('Consistent: CR = 0.0054, below 0.10.')
  const weights = ahp.getByRole('table', { name: 'Weights from the principal eigenvector' })
  await expect(weights.getByRole('row', { name: /^Reliability/ })).toContainText('48.29 %')
  await expect(weights.getByRole('row', { name: /^Empathy/ })).toContainText('8.82 %')
  await ahp.getByRole('button', { name: 'Apply weights' }).click()
  await expect(ahp).toHaveCount(0)
  await expect(reliability).toHaveValue('48.29')
  await expect(main.getByLabel('Dimension weight: Responsiveness', { exact: true })).toHaveValue('15.7')
  await expect(main.getByLabel('Dimension weight: Assurance', { exact: true })).toHaveValue('27.2')
  await expect(main.getByLabel('Dimension weight: Empathy', { exact: true })).toHaveValue('8.81')
  await expect(check.getByRole('status')).toHaveText('✓ The weights add up: this scorecard can be used for scoring.')

  // Two audits entered in the app.
  await main.getByRole('tab', { name: 'Audits' }).click()
  await enterAudit(page, { id: 'A-001', date: '2025-03-14', store: 'Store 1', auditor: 'Li', yesNo: 'Yes', number: '5' })
  await enterAudit(page, { id: 'A-002', date: '2025-03-28', store: 'Store 1', auditor: 'Wang', yesNo: 'No', number: '3', notApplicable: YES_NO[0] })
  await expect(main.getByLabel('Weighted satisfaction index of audit A-001', { exact: true })).toHaveText('100.00')
  await expect(main.getByLabel('Weighted satisfaction index of audit A-002', { exact: true })).toHaveText('39.21')

  // A third audit imported from a CSV (long format: one row per indicator score).
  const rows = [
    ['audit', 'date', 'store', 'post', 'scorecard', 'auditor', 'indicator', 'score'],
    ...YES_NO.map((name) => ['A-IMPORT-1', '2025-04-02', 'Store 2', 'Sales consultant', CARD, 'Zhao', name, 'yes']),
    ...ONE_TO_FIVE.map((name) => ['A-IMPORT-1', '2025-04-02', 'Store 2', 'Sales consultant', CARD, 'Zhao', name, '4']),
  ]
  writeFileSync(join(host.folder, 'audits.csv'), rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n')
  await page.getByRole('navigation', { name: 'Scorecards' }).getByRole('button', { name: 'Import audits…' }).click()
  await page.getByRole('dialog', { name: 'Import a spreadsheet or JSON file' }).getByRole('button', { name: 'audits.csv' }).click()
  await expect(page.getByText('1 audits imported (0 replaced an audit with the same number); 0 rows skipped.')).toBeVisible()
  await expect(main.getByLabel('Weighted satisfaction index of audit A-IMPORT-1', { exact: true })).toHaveText('84.42')
  await expect(main.getByRole('table', { name: 'Audits (3)' })).toBeVisible()

  // The indices: overall, per store and per month (means of audit indices), the trend and dimensions.
  await main.getByRole('tab', { name: 'Results' }).click()
  await expect(main.getByLabel('Overall weighted satisfaction index', { exact: true })).toHaveText('74.54 (mean of 3 audits, 0–100)')
  const byStore = main.getByRole('table', { name: 'Index by store' })
  await expect(byStore.getByRole('row', { name: /^Store 1/ })).toHaveText(/Store 1\s*69\.61\s*2/)
  await expect(byStore.getByRole('row', { name: /^Store 2/ })).toHaveText(/Store 2\s*84\.42\s*1/)
  const byMonth = main.getByRole('table', { name: 'Index by month' })
  await expect(byMonth.getByRole('row', { name: /^2025-03/ })).toHaveText(/69\.61\s*2/)
  await expect(byMonth.getByRole('row', { name: /^2025-04/ })).toHaveText(/84\.42\s*1/)
  await expect(main.getByRole('img', { name: 'Line chart of the monthly index: 2025-03: 69.61; 2025-04: 84.42' })).toBeVisible()
  const byDimension = main.getByRole('table', { name: 'Mean score by dimension' })
  await expect(byDimension.getByRole('row', { name: /^Reliability/ })).toHaveText(/77\.78\s*3/)
  await expect(byDimension.getByRole('row', { name: /^Responsiveness/ })).toHaveText(/66\.67\s*3/)
  const ipa = main.getByRole('region', { name: 'Importance–performance analysis' })
  await expect(ipa).toContainText('Crosshairs at the means of the plotted indicators')
  await ipa.getByRole('radio', { name: 'At the scale midpoints' }).click()
  await expect(ipa).toContainText('Crosshairs at the scale midpoints (importance 6.67 %, performance 50.00)')

  // The heat overlay: touchpoint scores on the canvas cards.
  await page.getByRole('radiogroup', { name: 'Workspace' }).getByRole('radio', { name: 'Journey' }).click()
  await page.getByLabel('Score heat map', { exact: true }).check()
  await expect(card(page, 'Greeting at the door')).toContainText('Score 66.7')
  await expect(card(page, 'Quote and package explained')).toContainText('Score 83.3')
  await expect(card(page, 'Customer books a store visit online')).toContainText('No score')
  // The exported image shows what the overlay shows.
  await page.getByRole('button', { name: 'Export image…', exact: true }).click()
  await page.getByRole('dialog', { name: 'Export image' }).getByRole('button', { name: 'SVG — whole journey' }).click()
  const saveImage = page.getByRole('dialog', { name: 'Save as' })
  await saveImage.getByLabel('File name').fill('heat')
  await saveImage.getByRole('button', { name: 'OK' }).click()
  await expect(page.getByText('Written to heat.svg.')).toBeVisible()
  const heatSvg = readFileSync(join(host.folder, 'heat.svg'), 'utf8')
  expect(heatSvg).toContain('>Score 66.7</text>')
  expect(heatSvg).toContain('>Score 83.3</text>')
  expect(heatSvg).toContain('>No score</text>')

  // The workbook: one sheet per scorecard whose index cells are formulas with the app's numbers.
  await page.getByRole('radiogroup', { name: 'Workspace' }).getByRole('radio', { name: 'Scorecards' }).click()
  await page.getByRole('group', { name: 'Export scorecards' }).getByRole('button', { name: 'Excel workbook (XLSX)' }).click()
  const save = page.getByRole('dialog', { name: 'Save as' })
  await save.getByLabel('File name').fill('scorecards')
  await save.getByRole('button', { name: 'OK' }).click()
  await expect(page.getByText('Written to scorecards.xlsx.')).toBeVisible()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(join(host.folder, 'scorecards.xlsx'))
  const sheet = workbook.getWorksheet(CARD)!
  expect(sheet).toBeDefined()
  let indexRow = 0
  sheet.eachRow((row, number) => {
    if (row.getCell(1).value === 'Weighted satisfaction index (0–100)') indexRow = number
  })
  expect(indexRow).toBeGreaterThan(0)
  const auditIds = sheet.getRow(5)
  for (let column = 10; column < 13; column++) {
    const id = String(auditIds.getCell(column).value) as keyof typeof EXPECTED
    const cell = sheet.getCell(indexRow, column)
    expect(cell.formula, id).toContain('SUMPRODUCT')
    expect(Number(cell.result), id).toBeCloseTo(EXPECTED[id], 6)
  }
  const weightOf = (indicator: string) => {
    let weight: ExcelJS.CellValue = null
    sheet.eachRow((row) => {
      if (row.getCell(2).value === indicator && weight === null) weight = row.getCell(8).value
    })
    return weight
  }
  expect(weightOf(YES_NO[1]!)).toBe(33.34)
  expect(weightOf(ONE_TO_FIVE[5]!)).toBe(16.67)
})

test('the scorecard workspace speaks the quality team’s Chinese terms', async ({ app: page }) => {
  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN')
  await page.getByRole('button', { name: '使用模板：家电门店：咨询—成交—回访' }).click()
  await page.getByRole('radiogroup', { name: '工作区' }).getByRole('radio', { name: '考核表' }).click()
  await page.getByRole('button', { name: '从旅程新建考核表…' }).click()
  const dialog = page.getByRole('dialog', { name: '从旅程新建考核表' })
  await dialog.getByLabel('岗位', { exact: true }).selectOption('导购')
  await dialog.getByRole('button', { name: '创建考核表' }).click()

  const main = page.getByRole('region', { name: '考核表：导购考核表' })
  await expect(main.getByLabel('考核表名称', { exact: true })).toHaveValue('导购考核表')
  await expect(main.getByRole('table', { name: '考核指标' }).locator('tbody tr')).toHaveCount(15)
  await expect(main.getByRole('table', { name: '维度权重' })).toBeVisible()
  await expect(main.getByLabel('维度权重：可靠性', { exact: true })).toHaveValue('25')
  const greet = '顾客进门 3 秒内目光接触并问好'
  await expect(main.getByLabel(`评分标准：${greet}`, { exact: true })).toHaveValue('yesNo')
  await expect(main.getByLabel(`维度：${greet}`, { exact: true })).toHaveValue('responsiveness')
  await expect(main.getByLabel(`权重：${greet}`, { exact: true })).toHaveValue('33.34')
  await expect(main.getByLabel(`指标说明：${greet}`, { exact: true })).toHaveValue(`进门迎宾：${greet}`)
  await expect(main.getByLabel(`关联接触点：${greet}`, { exact: true })).toHaveValues([/^tp_/])
  await expect(main.getByRole('region', { name: '权重检查' }).getByRole('status')).toHaveText('✓ 权重合计正确：此考核表可用于评分。')
  await expect(main.getByRole('button', { name: '归一化到 100' })).toBeVisible()
  await expect(main.getByRole('button', { name: '平均分配权重' })).toBeVisible()

  await main.getByRole('button', { name: '层次分析法（AHP）…' }).click()
  const ahp = page.getByRole('dialog', { name: 'AHP 两两比较' })
  await ahp.getByLabel('可靠性 相对于 响应性', { exact: true }).selectOption('3')
  await expect(ahp.getByRole('status')).toHaveText(/^(通过一致性检验：CR = 0\.0\d{3}，低于 0\.10。|未通过一致性检验：CR = \d\.\d{4} ≥ 0\.10。.*)$/)
  await expect(ahp.getByLabel('一致性比率 CR', { exact: true })).toHaveText(/^\d\.\d{4}$/)
  await ahp.getByRole('button', { name: '取消' }).click()

  await main.getByRole('tab', { name: '检查记录' }).click()
  await main.getByRole('button', { name: '新建检查记录' }).click()
  const form = page.getByRole('form', { name: '新建检查记录' })
  for (const label of ['检查编号', '日期', '门店', '岗位', '检查人']) await expect(form.getByLabel(label, { exact: true })).toBeVisible()
  const yesNo = form.getByRole('radiogroup', { name: `得分：${greet}` })
  await expect(yesNo.getByRole('radio', { name: '不适用' })).toBeVisible()
  await expect(form.getByLabel('不适用：推荐前至少问 5 个开放式问题', { exact: true })).toBeVisible()
  await form.getByRole('button', { name: '取消' }).click()

  await main.getByRole('tab', { name: '结果' }).click()
  await expect(main.getByRole('region', { name: '顾客问卷' })).toContainText('还没有问卷数据')
})

test('import scorecards from a CSV: list the bad rows, skip them, and undo the import in one step', async ({ app: page, host }) => {
  await page.getByRole('button', { name: `Use template: ${RETAIL_EN}` }).click()
  await page.getByRole('radiogroup', { name: 'Workspace' }).getByRole('radio', { name: 'Scorecards' }).click()
  writeFileSync(
    join(host.folder, 'manager-scorecard.csv'),
    [
      'scorecard,post,dimension,dimension_weight,indicator,description,weight,scale,touchpoints',
      'Store manager checklist,Store manager,Reliability,60%,Order copy sent on WeChat within 5 min,Check the chat history,100,yes/no,Store manager confirms and signs the order',
      'Store manager checklist,Store manager,Empathy,40%,Thanks the family by name,Observed at signing,100,1–5,',
      'Store manager checklist,Store manager,Friendliness,,Smiles,,50,1–5,',
    ].join('\n'),
  )
  await page.getByRole('navigation', { name: 'Scorecards' }).getByRole('button', { name: 'Import scorecards…' }).click()
  await page.getByRole('dialog', { name: 'Import a spreadsheet or JSON file' }).getByRole('button', { name: 'manager-scorecard.csv' }).click()
  const problems = page.getByRole('dialog', { name: 'The file has problems' })
  await expect(problems).toContainText('Friendliness')
  await problems.getByRole('button', { name: 'Skip these rows and import the rest' }).click()
  await expect(page.getByText('1 scorecards imported; 1 rows skipped.')).toBeVisible()

  const main = page.getByRole('region', { name: 'Scorecard: Store manager checklist' })
  await expect(main.getByLabel('Post', { exact: true })).toHaveValue('Store manager')
  await expect(main.getByRole('table', { name: 'Indicators' }).locator('tbody tr')).toHaveCount(2)
  await expect(main.getByLabel('Dimension weight: Reliability', { exact: true })).toHaveValue('60')
  await expect(main.getByLabel('Scale: Order copy sent on WeChat within 5 min', { exact: true })).toHaveValue('yesNo')
  await expect(main.getByRole('region', { name: 'Weight check' }).getByRole('status')).toHaveText('✓ The weights add up: this scorecard can be used for scoring.')

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Scorecards' })).toContainText('No scorecards yet.')
})
