/** Both languages: the interface switches at once, remembers the choice, and new journeys speak it. */
import { expect, test } from './fixtures'

test('switch to Chinese and back; the choice survives a reload', async ({ app: page }) => {
  await expect(page.getByRole('button', { name: 'New journey' })).toBeVisible()
  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN')
  await expect(page.getByRole('button', { name: '新建旅程' })).toBeVisible()
  await expect(page.getByRole('button', { name: '打开文件…' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

  await page.reload()
  await expect(page.getByRole('button', { name: '新建旅程' })).toBeVisible()
  await page.getByRole('button', { name: '新建旅程' }).click()
  await page.getByRole('radio', { name: '列表' }).click()
  await expect(page.getByLabel('旅程标题', { exact: true })).toHaveValue('未命名旅程')
  await expect(page.getByLabel('第 1 阶段名称', { exact: true })).toHaveValue('咨询')
  await page.getByRole('button', { name: '在“接待”中添加接触点', exact: true }).click()
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('新接触点')
  await page.getByLabel('关键时刻', { exact: true }).check()
  await page.getByLabel('关键时刻类别', { exact: true }).selectOption('business')
  await expect(page.getByRole('region', { name: '旅程概览' })).toContainText('业务关键时刻')

  await page.getByLabel('语言', { exact: true }).selectOption('en')
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible()
  // The document keeps its own language: stage names stay Chinese in an English interface.
  await expect(page.getByLabel('Stage 1 name', { exact: true })).toHaveValue('咨询')
})
