/** Files from strangers and spreadsheets: refusals are specific, originals untouched, bad rows listed. */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

test('a file that is not a journey is refused with a clear message and left unchanged', async ({ app: page, host }) => {
  const path = join(host.folder, 'notes.journey')
  writeFileSync(path, 'These are meeting notes, not a database.\n'.repeat(10))
  const before = sha256(path)
  await page.getByRole('button', { name: 'Open file…' }).click()
  await page.getByRole('dialog', { name: 'Open a journey' }).getByRole('button', { name: 'notes.journey' }).click()
  await expect(page.getByRole('alert')).toContainText('This is not a MOT Studio journey: it is not a SQLite database file.')
  expect(sha256(path)).toBe(before)
  await expect(page.getByRole('button', { name: 'New journey' })).toBeVisible()
})

test('a spreadsheet with bad rows lists them by row and column, and imports the rest on request', async ({ app: page, host }) => {
  const csv = [
    'stage,touchpoint,channel,role,mot,importance,emotion,peak,end,servqual',
    'Reception,Greeting,Store,Sales associate,process,5,1,no,no,tangibles',
    'Quote,Price talk,Store,Sales associate,business,4,9,no,no,reliability',
    'Delivery,Hand-over,On-site,Installer,,3,3,yes,no,empathy',
    'Follow-up,Call back,Phone,Customer service,,3,2,no,yes,responsiveness',
  ].join('\n')
  writeFileSync(join(host.folder, 'journey.csv'), `\ufeff${csv}\n`)
  await page.getByRole('button', { name: 'Import spreadsheet…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'journey.csv' }).click()
  const problems = page.getByRole('dialog', { name: 'The file has problems' })
  await expect(problems).toContainText('3')
  await expect(problems).toContainText(/emotion/i)
  await problems.getByRole('button', { name: 'Skip these rows and import the rest' }).click()
  await page.getByRole('radio', { name: 'List' }).click()
  await expect(page.getByRole('button', { name: 'Greeting', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Hand-over', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Price talk', exact: true })).toHaveCount(0)
})

test('the import template downloads in the user’s language and imports back cleanly', async ({ app: page, host }) => {
  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN')
  await page.getByRole('button', { name: '下载模板（CSV）' }).click()
  const dialog = page.getByRole('dialog', { name: '另存为' })
  await expect(dialog.getByLabel('文件名')).toHaveValue('旅程导入模板.csv')
  await dialog.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已写入 旅程导入模板.csv。')).toBeVisible()
  const text = readFileSync(join(host.folder, '旅程导入模板.csv'), 'utf8')
  expect(text.startsWith('\ufeff阶段')).toBe(true)
  await page.getByRole('button', { name: '导入表格…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '旅程导入模板.csv' }).click()
  await page.getByRole('radio', { name: '列表' }).click()
  await expect(page.getByRole('region', { name: '阶段与接触点' })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
