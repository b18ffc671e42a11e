/**
 * Editing on the canvas as a person does it with mouse and keyboard: add cards, drag them between
 * cells, connect them, select several (click and box) and move them together, copy, cut, paste
 * (also into another journey in a second tab), duplicate, align, auto-layout, delete, and undo and
 * redo all of it, with the edits still there after a reload.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const FRONTSTAGE = 'Frontstage staff'
const BACKSTAGE = 'Backstage staff'

function canvasOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Journey canvas' })
}

/** Scrolls the whole canvas into the window, so mouse gestures reach it. */
async function showCanvas(page: Page): Promise<Locator> {
  const canvas = canvasOf(page)
  await canvas.scrollIntoViewIfNeeded()
  return canvas
}

function card(page: Page, title: string): Locator {
  return canvasOf(page).getByRole('button', { name: title, exact: true })
}

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** A point near the top-left corner of a stage × lane cell of the blueprint grid (its background). */
async function cellPoint(page: Page, stage: string, lane: string, inset = { x: 0.3, y: 0.45 }): Promise<{ x: number; y: number }> {
  const canvas = canvasOf(page)
  await canvas.scrollIntoViewIfNeeded()
  const column = await canvas.locator('.blueprint-stage').filter({ has: page.getByRole('heading', { name: stage, exact: true }) }).boundingBox()
  const row = await canvas.locator('.blueprint-lane').filter({ has: page.locator('.blueprint-lane-header', { hasText: lane }) }).boundingBox()
  if (!column || !row) throw new Error(`no cell ${stage} × ${lane}`)
  return { x: column.x + column.width * inset.x, y: row.y + row.height * inset.y }
}

async function startCanvasJourney(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New journey' }).click()
  await page.getByRole('radio', { name: 'Canvas' }).click()
  await page.getByLabel('Journey title', { exact: true }).fill(title)
  await expect(canvasOf(page)).toBeVisible()
}

/** Adds a card with a stage header's + button (it goes to the frontstage lane), then sets its title and lane. */
async function addCard(page: Page, stage: string, lane: string, title: string): Promise<void> {
  await canvasOf(page).getByRole('button', { name: `Add touchpoint to ${stage}`, exact: true }).click()
  const titleField = inspector(page).getByLabel('Title', { exact: true })
  await expect(titleField).toBeFocused()
  await titleField.fill(title)
  if (lane !== FRONTSTAGE) await inspector(page).getByLabel('Lane', { exact: true }).selectOption({ label: lane })
  await expect(card(page, title)).toBeVisible()
}

function inspector(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Details' })
}

/** The stage and lane the inspector shows for a card (selected alone: Escape, then a click). */
async function expectCell(page: Page, title: string, stage: string, lane: string): Promise<void> {
  await card(page, title).click()
  await page.keyboard.press('Escape')
  await card(page, title).click()
  await expect(inspector(page).getByLabel('Title', { exact: true })).toHaveValue(title)
  await expect(inspector(page).getByLabel('Stage', { exact: true }).locator('option:checked')).toHaveText(stage)
  await expect(inspector(page).getByLabel('Lane', { exact: true }).locator('option:checked')).toHaveText(lane)
}

/** A mouse drag in small steps (the canvas must be on screen: see {@link showCanvas}). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + (to.x - from.x) / 4, from.y + (to.y - from.y) / 4, { steps: 5 })
  await page.mouse.move(to.x, to.y, { steps: 15 })
  await page.mouse.up()
}

/** Moves a card so that its centre lands on `to` (the card's cell is the one under its centre). */
async function dragCard(page: Page, title: string, to: { x: number; y: number }): Promise<void> {
  await showCanvas(page)
  await drag(page, await center(card(page, title)), to)
}

/** A card's top-left corner relative to the blueprint grid (unaffected by panning the canvas). */
async function gridPosition(page: Page, title: string): Promise<{ x: number; y: number }> {
  const grid = await canvasOf(page).locator('.react-flow__node-blueprint').boundingBox()
  const box = await card(page, title).boundingBox()
  if (!grid || !box) throw new Error(`${title} is not on screen`)
  return { x: Math.round(box.x - grid.x), y: Math.round(box.y - grid.y) }
}

async function connect(page: Page, from: string, to: string): Promise<void> {
  const canvas = await showCanvas(page)
  await drag(page, await center(canvas.getByLabel(`Connect from ${from}`, { exact: true })), await center(canvas.getByLabel(`Connect into ${to}`, { exact: true })))
}

function edge(page: Page, label: string): Locator {
  return canvasOf(page).locator(`[aria-label="${label}"]`)
}

async function focusCanvasOn(page: Page, title: string): Promise<void> {
  await card(page, title).click()
  await expect(card(page, title)).toBeFocused()
}

test('add, drag into another cell, connect, select several and move them together, delete; undo and redo survive a reload', async ({ app: page }) => {
  await startCanvasJourney(page, 'Showroom visit')
  await addCard(page, 'Consultation', FRONTSTAGE, 'Greeting')
  await addCard(page, 'Reception', FRONTSTAGE, 'Needs talk')
  await addCard(page, 'Consultation', BACKSTAGE, 'Prepare samples')

  // Drag a card into another cell: the inspector shows its new stage and lane.
  await dragCard(page, 'Prepare samples', await cellPoint(page, 'Needs discovery', BACKSTAGE, { x: 0.5, y: 0.5 }))
  await expectCell(page, 'Prepare samples', 'Needs discovery', BACKSTAGE)

  // Connect two cards from handle to handle. A new card placed after the path's end joins the path,
  // so Greeting → Needs talk exists already; connecting Greeting again gives an alternative.
  await expect(edge(page, 'Main path from Greeting to Needs talk')).toHaveCount(1)
  await connect(page, 'Needs talk', 'Prepare samples')
  await expect(edge(page, 'Main path from Needs talk to Prepare samples')).toHaveCount(1)
  await connect(page, 'Greeting', 'Prepare samples')
  await expect(edge(page, 'Alternative from Greeting to Prepare samples')).toHaveCount(1)

  // Shift-click selects a second card; dragging one of them moves both into the cells below.
  await card(page, 'Greeting').click()
  await card(page, 'Needs talk').click({ modifiers: ['Shift'] })
  await expect(canvasOf(page).locator('.react-flow__node.selected')).toHaveCount(2)
  const talkBefore = await gridPosition(page, 'Needs talk')
  const down = await cellPoint(page, 'Consultation', 'Support processes', { x: 0.5, y: 0.5 })
  await dragCard(page, 'Greeting', { x: (await center(card(page, 'Greeting'))).x, y: down.y })
  const talkAfter = await gridPosition(page, 'Needs talk')
  expect(talkAfter.y - talkBefore.y).toBeGreaterThan(100)
  expect(Math.abs(talkAfter.x - talkBefore.x)).toBeLessThan(30)
  await expectCell(page, 'Greeting', 'Consultation', 'Support processes')
  await expectCell(page, 'Needs talk', 'Reception', 'Support processes')

  // Undo the move together (one step), redo it with both redo keys in turn.
  await page.keyboard.press('Control+z')
  await expectCell(page, 'Greeting', 'Consultation', FRONTSTAGE)
  await expectCell(page, 'Needs talk', 'Reception', FRONTSTAGE)
  await page.keyboard.press('Control+Shift+z')
  await expectCell(page, 'Needs talk', 'Reception', 'Support processes')
  await page.keyboard.press('Control+z')
  await expectCell(page, 'Needs talk', 'Reception', FRONTSTAGE)
  await page.keyboard.press('Control+y')
  await expectCell(page, 'Needs talk', 'Reception', 'Support processes')

  // Box selection: Shift+drag over the two cards of the support lane selects both.
  await page.keyboard.press('Escape')
  await expect(canvasOf(page).locator('.react-flow__node.selected')).toHaveCount(0)
  await showCanvas(page)
  const greeting = await card(page, 'Greeting').boundingBox()
  const talk = await card(page, 'Needs talk').boundingBox()
  await page.keyboard.down('Shift')
  await drag(page, { x: greeting!.x - 12, y: greeting!.y - 12 }, { x: talk!.x + talk!.width + 12, y: talk!.y + talk!.height + 12 })
  await page.keyboard.up('Shift')
  await expect(canvasOf(page).locator('.react-flow__node.selected')).toHaveCount(2)

  // Delete removes both selected cards and their connections; undo brings them back.
  await page.keyboard.press('Delete')
  await expect(card(page, 'Greeting')).toHaveCount(0)
  await expect(card(page, 'Needs talk')).toHaveCount(0)
  await expect(edge(page, 'Main path from Needs talk to Prepare samples')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(card(page, 'Greeting')).toBeVisible()
  await expect(edge(page, 'Main path from Needs talk to Prepare samples')).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(card(page, 'Greeting')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(card(page, 'Needs talk')).toBeVisible()

  // Every edit is in the working copy: after a reload the journey is as we left it.
  await page.waitForTimeout(800)
  await page.reload()
  await expect(card(page, 'Greeting')).toBeVisible()
  await expect(edge(page, 'Main path from Needs talk to Prepare samples')).toHaveCount(1)
  await expect(edge(page, 'Alternative from Greeting to Prepare samples')).toHaveCount(1)
  await expectCell(page, 'Greeting', 'Consultation', 'Support processes')
  await expectCell(page, 'Prepare samples', 'Needs discovery', BACKSTAGE)
  // The undo history belongs to the session; new edits after the reload undo and redo as before.
  await focusCanvasOn(page, 'Prepare samples')
  await page.keyboard.press('Delete')
  await expect(card(page, 'Prepare samples')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(card(page, 'Prepare samples')).toBeVisible()
  await page.keyboard.press('Control+y')
  await expect(card(page, 'Prepare samples')).toHaveCount(0)
  await page.waitForTimeout(800)
  await page.reload()
  await expect(card(page, 'Greeting')).toBeVisible()
  await expect(card(page, 'Prepare samples')).toHaveCount(0)
})

test('copy, cut and paste, duplicate, align and auto-layout, each one undo step', async ({ app: page }) => {
  await startCanvasJourney(page, 'Quote journey')
  await addCard(page, 'Consultation', FRONTSTAGE, 'Call')
  await focusCanvasOn(page, 'Call')
  await page.keyboard.press('Enter') // the next step on the main path, in the same cell
  await inspector(page).getByLabel('Title', { exact: true }).fill('Visit')
  await addCard(page, 'Reception', BACKSTAGE, 'Book room')

  // Copy two cards and paste: copies land beside the originals (stepped so both stay visible),
  // with the connection between them, and become the selection.
  await focusCanvasOn(page, 'Call')
  await card(page, 'Visit').click({ modifiers: ['Control'] })
  await expect(canvasOf(page).locator('.react-flow__node.selected')).toHaveCount(2)
  await page.keyboard.press('Control+c')
  await page.keyboard.press('Control+v')
  await expect(card(page, 'Call')).toHaveCount(2)
  await expect(card(page, 'Visit')).toHaveCount(2)
  await expect(edge(page, 'Main path from Call to Visit')).toHaveCount(2)
  await expect(canvasOf(page).locator('.react-flow__node.selected')).toHaveCount(2)
  const [original, copy] = [await card(page, 'Call').first().boundingBox(), await card(page, 'Call').last().boundingBox()]
  expect(copy!.x).toBeGreaterThan(original!.x)
  expect(copy!.y).toBeGreaterThan(original!.y)
  await page.keyboard.press('Control+z')
  await expect(card(page, 'Call')).toHaveCount(1)

  // Cut removes the cards (one undo step); pasting puts them back, where they were.
  await focusCanvasOn(page, 'Book room')
  const bookRoomAt = await gridPosition(page, 'Book room')
  await page.keyboard.press('Control+x')
  await expect(card(page, 'Book room')).toHaveCount(0)
  await focusCanvasOn(page, 'Call')
  await page.keyboard.press('Control+v')
  await expect(card(page, 'Book room')).toHaveCount(1)
  expect(await gridPosition(page, 'Book room')).toEqual(bookRoomAt)
  await expectCell(page, 'Book room', 'Reception', BACKSTAGE)

  // Duplicate (Ctrl+D) without touching the clipboard.
  await focusCanvasOn(page, 'Visit')
  await page.keyboard.press('Control+d')
  await expect(card(page, 'Visit')).toHaveCount(2)
  await page.keyboard.press('Control+z')
  await expect(card(page, 'Visit')).toHaveCount(1)

  // Move one card lower in its cell; then select all and use the floating bar: align top, then
  // align left (each card in its own cell).
  await focusCanvasOn(page, 'Visit')
  await dragCard(page, 'Visit', await cellPoint(page, 'Consultation', FRONTSTAGE, { x: 0.9, y: 0.75 }))
  await expectCell(page, 'Visit', 'Consultation', FRONTSTAGE)
  const callY = (await card(page, 'Call').boundingBox())!.y
  expect((await card(page, 'Visit').boundingBox())!.y).toBeGreaterThan(callY + 10)
  await focusCanvasOn(page, 'Call')
  await page.keyboard.press('Control+a')
  await expect(canvasOf(page).locator('.react-flow__node.selected')).toHaveCount(3)
  const actions = page.getByRole('group', { name: 'Selected cards (3)' })
  await expect(actions).toBeVisible()
  await actions.getByRole('button', { name: 'Align top', exact: true }).click()
  await expect.poll(async () => (await card(page, 'Visit').boundingBox())!.y).toBeCloseTo(callY, 0)
  await expectCell(page, 'Visit', 'Consultation', FRONTSTAGE)
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await card(page, 'Visit').boundingBox())!.y).toBeGreaterThan(callY + 10)
  await page.keyboard.press('Control+y')
  await expect.poll(async () => (await card(page, 'Visit').boundingBox())!.y).toBeCloseTo(callY, 0)

  await focusCanvasOn(page, 'Call')
  await card(page, 'Visit').click({ modifiers: ['Shift'] })
  const pair = page.getByRole('group', { name: 'Selected cards (2)' })
  const callX = (await card(page, 'Call').boundingBox())!.x
  await pair.getByRole('button', { name: 'Align left', exact: true }).click()
  await expect.poll(async () => (await card(page, 'Visit').boundingBox())!.x).toBeCloseTo(callX, 0)
  await pair.getByRole('button', { name: 'Duplicate', exact: true }).click()
  await expect(card(page, 'Visit')).toHaveCount(2)
  await page.getByRole('group', { name: 'Selected cards (2)' }).getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(card(page, 'Visit')).toHaveCount(1)
  await expect(card(page, 'Call')).toHaveCount(1)

  // Auto-layout (ELK): positions change, every card keeps its stage and lane; one undo step.
  const before = await Promise.all(['Call', 'Visit', 'Book room'].map((title) => gridPosition(page, title)))
  await page.getByRole('button', { name: 'Auto-layout', exact: true }).click()
  await expect.poll(async () => (await gridPosition(page, 'Visit')).x).toBeGreaterThan(before[1]!.x + 100)
  await expectCell(page, 'Call', 'Consultation', FRONTSTAGE)
  await expectCell(page, 'Visit', 'Consultation', FRONTSTAGE)
  await expectCell(page, 'Book room', 'Reception', BACKSTAGE)
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await gridPosition(page, 'Visit')).x).toBe(before[1]!.x)
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(async () => (await gridPosition(page, 'Visit')).x).toBeGreaterThan(before[1]!.x + 100)
  const laidOut = await Promise.all(['Call', 'Visit', 'Book room'].map((title) => gridPosition(page, title)))

  // All of it is in the working copy.
  await page.waitForTimeout(800)
  await page.reload()
  await expect(card(page, 'Visit')).toBeVisible()
  expect(await Promise.all(['Call', 'Visit', 'Book room'].map((title) => gridPosition(page, title)))).toEqual(laidOut)
  await expect(card(page, 'Call')).toHaveCount(1)
  await expect(card(page, 'Book room')).toHaveCount(1)
})

test('cards copied in one journey paste into another journey open in a second tab', async ({ app: page, context, host }) => {
  await startCanvasJourney(page, 'Store journey')
  await addCard(page, 'Reception', BACKSTAGE, 'Check stock')
  await focusCanvasOn(page, 'Check stock')
  await page.keyboard.press('Enter')
  await inspector(page).getByLabel('Title', { exact: true }).fill('Reserve item')
  await focusCanvasOn(page, 'Check stock')
  await card(page, 'Reserve item').click({ modifiers: ['Shift'] })
  await page.keyboard.press('Control+c')

  const other = await context.newPage()
  const errors: string[] = []
  other.on('pageerror', (error) => errors.push(error.message))
  other.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await other.goto(host.url)
  await startCanvasJourney(other, 'Online journey')
  await addCard(other, 'Consultation', FRONTSTAGE, 'Chat')
  await focusCanvasOn(other, 'Chat')
  await other.keyboard.press('Control+v')
  await expect(card(other, 'Check stock')).toBeVisible()
  await expect(card(other, 'Reserve item')).toBeVisible()
  await expect(edge(other, 'Main path from Check stock to Reserve item')).toHaveCount(1)
  // Same stage names and lane kinds in both journeys: the copies keep their cells.
  await expectCell(other, 'Check stock', 'Reception', BACKSTAGE)
  await other.keyboard.press('Control+z')
  await expect(card(other, 'Check stock')).toHaveCount(0)
  await other.keyboard.press('Control+y')
  await expect(card(other, 'Reserve item')).toBeVisible()

  // The first journey is untouched; each tab keeps its own document.
  await expect(card(page, 'Check stock')).toHaveCount(1)
  await expect(card(page, 'Chat')).toHaveCount(0)
  await other.waitForTimeout(800)
  await other.reload()
  await expect(card(other, 'Reserve item')).toBeVisible()
  await expect(card(other, 'Chat')).toBeVisible()
  expect(errors).toEqual([])
  await other.close()
})

test('double-click on an empty spot of a cell creates a touchpoint in that stage and lane', async ({ app: page }) => {
  await startCanvasJourney(page, 'Double-click')
  await page.mouse.dblclick(...Object.values(await cellPoint(page, 'Needs discovery', BACKSTAGE)) as [number, number])
  const titleField = inspector(page).getByLabel('Title', { exact: true })
  await expect(titleField).toBeFocused()
  await titleField.fill('Prepare the proposal')
  await expectCell(page, 'Prepare the proposal', 'Needs discovery', BACKSTAGE)
  // Double-clicking a card edits it, never adds another one.
  await card(page, 'Prepare the proposal').dblclick()
  await expect(titleField).toBeFocused()
  await expect(canvasOf(page).getByRole('button', { name: 'New touchpoint', exact: true })).toHaveCount(0)
})
