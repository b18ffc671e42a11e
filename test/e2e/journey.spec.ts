/**
 * Issue 2's end-to-end path, as a person would do it: create a journey, add stages and touchpoints,
 * mark an MOT, the peak and the end, save, reload, reopen the file and find it intact.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function addTouchpoint(page: Page, stage: string, title: string): Promise<void> {
  await page.getByRole('button', { name: `Add touchpoint to ${stage}`, exact: true }).click()
  const titleField = page.getByLabel('Title', { exact: true })
  await expect(titleField).toBeFocused()
  await titleField.fill(title)
}

test('create a journey, mark an MOT, the peak and the end, save, reload and reopen it intact', async ({ app: page, host }) => {
  await page.getByRole('button', { name: 'New journey' }).click()
  await page.getByRole('radio', { name: 'List' }).click()
  await page.getByLabel('Journey title', { exact: true }).fill('Store visit')

  await page.getByRole('button', { name: 'Add stage', exact: true }).click()
  await page.keyboard.type('Loyalty club')
  await expect(page.getByLabel('Stage 10 name', { exact: true })).toHaveValue('Loyalty club')

  await addTouchpoint(page, 'Reception', 'Greeting at the door')
  await page.getByLabel('Moment of truth', { exact: true }).check()
  await page.getByLabel('MOT family', { exact: true }).selectOption('process')
  await page.getByLabel('Importance', { exact: true }).selectOption('5')
  await page.getByLabel('Channel', { exact: true }).fill('Store')
  await page.getByLabel('Role', { exact: true }).fill('Sales associate')
  await page.getByRole('checkbox', { name: 'Tangibles', exact: true }).check()
  await page.getByRole('button', { name: 'Add service standard', exact: true }).click()
  await page.getByLabel('Service standard 1', { exact: true }).fill('Greet within 3 s')
  await page.getByRole('button', { name: 'Add script line', exact: true }).click()
  await page.getByLabel('Script line 1', { exact: true }).fill('Welcome! Take your time.')

  await addTouchpoint(page, 'Proposal / quote', 'Quote')
  await page.getByLabel('Emotion', { exact: true }).fill('-2')

  await addTouchpoint(page, 'Delivery / installation', 'Hand-over with a surprise')
  await page.getByLabel('Designed peak', { exact: true }).check()
  await page.getByLabel('Emotion', { exact: true }).fill('3')
  await page.getByLabel('Delight', { exact: true }).fill('A framed photo of the family with the new sofa')

  await addTouchpoint(page, 'Follow-up visit', 'Follow-up call')
  await page.getByLabel('End', { exact: true }).check()
  await page.getByLabel('Emotion', { exact: true }).fill('2')

  const summary = page.getByRole('region', { name: 'Journey summary' })
  await expect(summary.getByLabel('Remembered (peak-end)', { exact: true })).toContainText('+2.50')
  await expect(summary.getByLabel('Mean emotion', { exact: true })).toContainText('+0.75')
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Not saved to a file yet')
  await expect(page).toHaveTitle('• Store visit — MOT Studio')

  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const saveDialog = page.getByRole('dialog', { name: 'Save as' })
  await saveDialog.getByLabel('File name').fill('store-visit')
  await saveDialog.getByRole('button', { name: 'OK' }).click()
  await expect(page.getByText('Saved to store-visit.journey.')).toBeVisible()
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved')
  await expect(page).toHaveTitle('Store visit — MOT Studio')
  expect(readFileSync(join(host.folder, 'store-visit.journey')).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000')

  // A reload takes the journey up again; closing it and reopening the file shows everything intact.
  await page.reload()
  await expect(page.getByLabel('Journey title', { exact: true })).toHaveValue('Store visit')
  await page.getByRole('button', { name: 'Close journey' }).click()
  await page.getByRole('button', { name: 'store-visit.journey' }).click()

  await expect(page.getByLabel('Stage 10 name', { exact: true })).toHaveValue('Loyalty club')
  await page.getByRole('button', { name: 'Greeting at the door', exact: true }).click()
  await expect(page.getByLabel('Moment of truth', { exact: true })).toBeChecked()
  await expect(page.getByLabel('MOT family', { exact: true })).toHaveValue('process')
  await expect(page.getByLabel('Importance', { exact: true })).toHaveValue('5')
  await expect(page.getByLabel('Channel', { exact: true })).toHaveValue('Store')
  await expect(page.getByRole('checkbox', { name: 'Tangibles', exact: true })).toBeChecked()
  await expect(page.getByLabel('Service standard 1', { exact: true })).toHaveValue('Greet within 3 s')
  await expect(page.getByLabel('Script line 1', { exact: true })).toHaveValue('Welcome! Take your time.')
  await page.getByRole('button', { name: 'Hand-over with a surprise', exact: true }).click()
  await expect(page.getByLabel('Designed peak', { exact: true })).toBeChecked()
  await expect(page.getByLabel('Delight', { exact: true })).toHaveValue('A framed photo of the family with the new sofa')
  await page.getByRole('button', { name: 'Follow-up call', exact: true }).click()
  await expect(page.getByLabel('End', { exact: true })).toBeChecked()
  await expect(summary.getByLabel('Remembered (peak-end)', { exact: true })).toContainText('+2.50')
})

test('undo and redo every edit, with the edits still in the working copy', async ({ app: page }) => {
  await page.getByRole('button', { name: 'New journey' }).click()
  await page.getByRole('radio', { name: 'List' }).click()
  await addTouchpoint(page, 'Consultation', 'First call')
  await page.getByLabel('Moment of truth', { exact: true }).check()
  await page.getByRole('button', { name: 'Journey properties' }).click()
  await page.keyboard.press('Control+z')
  await page.getByRole('button', { name: 'First call', exact: true }).click()
  await expect(page.getByLabel('Moment of truth', { exact: true })).not.toBeChecked()
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('button', { name: 'First call', exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(page.getByRole('button', { name: 'New touchpoint', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(page.getByRole('button', { name: 'First call', exact: true })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'First call', exact: true })).toBeVisible()
})

test('the journey details fold away to one line for a projector, and stay folded after a reload', async ({ app: page }) => {
  await page.getByRole('button', { name: 'New journey' }).click()
  const hide = page.getByRole('button', { name: 'Hide details' })
  await expect(hide).toHaveAttribute('aria-expanded', 'true')
  const canvasTop = async () => (await page.getByRole('region', { name: /^Journey canvas/ }).boundingBox())!.y
  const topBefore = await canvasTop()
  await hide.click()

  const show = page.getByRole('button', { name: 'Show details' })
  await expect(show).toBeFocused()
  await expect(show).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByLabel('Description', { exact: true })).toHaveCount(0)
  await expect(page.getByLabel('Version', { exact: true })).toHaveCount(0)
  // The title stays editable, by its name, and the counts stay in view.
  await page.getByLabel('Journey title', { exact: true }).fill('Projector check')
  await expect(page.getByText('Stages: 9 · Touchpoints: 0 · Moments of truth: 0')).toBeVisible()
  expect(await canvasTop()).toBeLessThan(topBefore - 80)

  await page.reload()
  await expect(page.getByRole('button', { name: 'Show details' })).toBeVisible()
  await expect(page.getByLabel('Journey title', { exact: true })).toHaveValue('Projector check')
  await page.getByRole('button', { name: 'Show details' }).click()
  await expect(page.getByLabel('Description', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Hide details' })).toBeFocused()
})
