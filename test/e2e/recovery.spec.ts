/** A crash loses no saved work: the next start offers the working copy, with every edit in it. */
import { rmSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { killHard, startHost } from './fixtures'

test('after a crash the start page offers the recovered journey with its edits', async ({ page }) => {
  const first = await startHost()
  try {
    await page.goto(first.url)
    await page.getByRole('button', { name: 'New journey' }).click()
    await page.getByRole('radio', { name: 'List' }).click()
    await page.getByLabel('Journey title', { exact: true }).fill('Hotel stay draft')
    await page.getByRole('button', { name: 'Add touchpoint to Reception', exact: true }).click()
    await page.getByLabel('Title', { exact: true }).fill('Check-in')
    await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Not saved to a file yet')
    // Edits reach the working copy within a second; then the host dies without closing anything.
    await page.waitForTimeout(1000)
    await killHard(first)

    const second = await startHost({ folder: first.folder, dataDir: first.dataDir })
    try {
      await page.goto(second.url)
      const recovered = page.getByRole('region', { name: 'Recovered work' })
      await expect(recovered).toContainText('Hotel stay draft')
      await recovered.getByRole('button', { name: 'Restore Hotel stay draft' }).click()
      await expect(page.getByLabel('Journey title', { exact: true })).toHaveValue('Hotel stay draft')
      // The canvas announces each card as a button named by its title, like the list does.
      await expect(page.getByRole('button', { name: 'Check-in', exact: true })).toBeVisible()
    } finally {
      await second.stop()
    }
  } finally {
    rmSync(first.folder, { recursive: true, force: true })
    rmSync(first.dataDir, { recursive: true, force: true })
  }
})
