import { describe, expect, it } from 'vitest'
import {
  CLIPBOARD_MARKER,
  copyTouchpoints,
  looksLikeClipboard,
  parseClipboard,
  PASTE_SHIFT,
  pastePlan,
  serializeClipboard,
} from '../../../../shared/canvas/clipboard'
import { commands } from '../../../../shared/commands/registry'
import { JourneyEditor } from '../../../../shared/editor/journeyEditor'
import { createJourney, makeTouchpoint } from '../../../../shared/model/factory'
import { bySortKey } from '../../../../shared/model/order'
import { JourneyDocumentSchema, type JourneyDocument } from '../../../../shared/model/schema'
import { journeyWithPath, makeEdge, titles } from '../../../helpers/builders'

const byTitle = (doc: JourneyDocument, title: string) => Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === title)!
const stages = (doc: JourneyDocument) => bySortKey(Object.values(doc.stages))
const laneOf = (doc: JourneyDocument, kind: string) => Object.values(doc.lanes).find((lane) => lane.kind === kind)!

/** A → B → C on the main path, C in the second stage, plus an alternative A → C. */
function sample(): JourneyDocument {
  const doc = journeyWithPath([{ title: 'A', x: 10, y: 20 }, { title: 'B', x: 280 }, { title: 'C' }], { stageOf: (index) => (index === 2 ? 1 : 0) })
  const alternative = makeEdge(byTitle(doc, 'A').id, byTitle(doc, 'C').id, 'alternative', 'z')
  doc.edges[alternative.id] = { ...alternative, label: 'hesitant' }
  return doc
}

describe('copyTouchpoints', () => {
  it('copies the cards in document order with their stages, lanes and the edges between copied cards only', () => {
    const doc = sample()
    const payload = copyTouchpoints(doc, [byTitle(doc, 'C').id, byTitle(doc, 'A').id])
    expect(payload).toMatchObject({ format: 'mot-studio/clipboard', version: 1 })
    expect(titles(payload.touchpoints)).toEqual(['A', 'C'])
    expect(payload.stages.map((stage) => stage.name)).toEqual(['Consultation', 'Reception'])
    const frontstage = laneOf(doc, 'frontstage')
    expect(payload.lanes).toEqual([{ id: frontstage.id, kind: 'frontstage', name: frontstage.name }])
    expect(payload.edges).toHaveLength(1)
    expect(payload.edges[0]).toMatchObject({ kind: 'alternative', label: 'hesitant' })
  })

  it('ignores ids that are not cards of the journey', () => {
    expect(copyTouchpoints(sample(), ['tp_gone']).touchpoints).toEqual([])
  })
})

describe('parseClipboard', () => {
  it('reads back what serializeClipboard wrote, with or without the marker line', () => {
    const doc = sample()
    const payload = copyTouchpoints(doc, [byTitle(doc, 'B').id])
    const full = copyTouchpoints(doc, Object.keys(doc.touchpoints))
    const text = serializeClipboard(full)
    expect(text.startsWith(`${CLIPBOARD_MARKER}\n{`)).toBe(true)
    expect(looksLikeClipboard(text)).toBe(true)
    expect(parseClipboard(text)).toEqual(full)
    expect(parseClipboard(`\uFEFF  ${text}\r\n`)).toEqual(full)
    expect(parseClipboard(JSON.stringify(payload))).toEqual(payload)
  })

  it('gives null for anything else: other text, broken JSON, another format, invalid records', () => {
    const doc = sample()
    const good = copyTouchpoints(doc, Object.keys(doc.touchpoints))
    expect(looksLikeClipboard('Greeting at the door')).toBe(false)
    expect(parseClipboard('Greeting at the door')).toBeNull()
    expect(parseClipboard(`${CLIPBOARD_MARKER}\n{"format":`)).toBeNull()
    expect(parseClipboard(`${CLIPBOARD_MARKER}\nnull`)).toBeNull()
    expect(parseClipboard(serializeClipboard({ ...good, format: 'other' as 'mot-studio/clipboard' }))).toBeNull()
    expect(parseClipboard(serializeClipboard({ ...good, version: 2 as 1 }))).toBeNull()
    const badEmotion = { ...good, touchpoints: [{ ...good.touchpoints[0]!, emotion: 9 }] }
    expect(parseClipboard(serializeClipboard(badEmotion))).toBeNull()
    const badX = `${CLIPBOARD_MARKER}\n${JSON.stringify(good).replace('"x":10', '"x":"10"')}`
    expect(parseClipboard(badX)).toBeNull()
  })

  it('drops unknown fields (and a __proto__ key) rather than carrying them into the document', () => {
    const doc = sample()
    const good = copyTouchpoints(doc, [byTitle(doc, 'A').id])
    const extra = { ...good, touchpoints: [{ ...good.touchpoints[0]!, script: '<b>' }], sneaky: 1 }
    const json = JSON.stringify(extra).replace('"sneaky":1', '"sneaky":1,"__proto__":{"polluted":true}')
    const parsed = parseClipboard(`${CLIPBOARD_MARKER}\n${json}`)!
    expect(parsed).not.toHaveProperty('sneaky')
    expect(Object.keys(parsed)).not.toContain('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(parsed.touchpoints[0]).not.toHaveProperty('script')
  })
})

describe('pastePlan', () => {
  it('gives fresh ids, remaps the edges and keeps every other field', () => {
    const doc = sample()
    const plan = pastePlan(doc, copyTouchpoints(doc, Object.keys(doc.touchpoints)))
    expect(titles(plan.touchpoints)).toEqual(['A', 'B', 'C'])
    const newIds = new Set(plan.touchpoints.map((touchpoint) => touchpoint.id))
    for (const id of newIds) expect(doc.touchpoints[id]).toBeUndefined()
    expect(plan.edges).toHaveLength(3)
    for (const edge of plan.edges) {
      expect(doc.edges[edge.id]).toBeUndefined()
      expect(newIds.has(edge.sourceId) && newIds.has(edge.targetId)).toBe(true)
    }
    const [a, , c] = plan.touchpoints
    expect(plan.edges.find((edge) => edge.kind === 'alternative')).toMatchObject({ sourceId: a!.id, targetId: c!.id, label: 'hesitant' })
    const { id: _id, sortKey: _key, x: _x, y: _y, ...rest } = byTitle(doc, 'A')
    expect(a).toMatchObject(rest)
  })

  it('steps copies down and right while their originals sit in the same cell, and past earlier copies', () => {
    const doc = sample()
    const payload = copyTouchpoints(doc, [byTitle(doc, 'A').id, byTitle(doc, 'C').id])
    const first = pastePlan(doc, payload)
    expect(first.touchpoints.map(({ x, y }) => ({ x, y }))).toEqual([
      { x: 10 + PASTE_SHIFT, y: 20 + PASTE_SHIFT },
      { x: PASTE_SHIFT, y: PASTE_SHIFT },
    ])
    const editor = new JourneyEditor(doc)
    editor.dispatch(commands.pasteTouchpoints, first)
    const second = pastePlan(editor.doc, payload)
    expect(second.touchpoints.map(({ x, y }) => ({ x, y }))).toEqual([
      { x: 10 + 2 * PASTE_SHIFT, y: 20 + 2 * PASTE_SHIFT },
      { x: 2 * PASTE_SHIFT, y: 2 * PASTE_SHIFT },
    ])
  })

  it('keeps the offsets when the originals are gone (cut and paste) and adds the given offset', () => {
    const doc = sample()
    const payload = copyTouchpoints(doc, [byTitle(doc, 'A').id])
    const editor = new JourneyEditor(doc)
    editor.dispatch(commands.removeTouchpoints, { ids: [byTitle(doc, 'A').id] })
    expect(pastePlan(editor.doc, payload).touchpoints[0]).toMatchObject({ x: 10, y: 20 })
    expect(pastePlan(doc, payload, { offset: { x: 100, y: -50 } }).touchpoints[0]).toMatchObject({ x: 110, y: 0 })
  })

  it('maps cells of another journey: stage by name (NFKC, any case), lane by kind, else the first ones', () => {
    const source = sample()
    const a = byTitle(source, 'A')
    const c = byTitle(source, 'C')
    source.stages[c.stageId]!.name = 'ＲＥＣＥＰＴＩＯＮ ' // full-width letters and a trailing space
    source.stages[a.stageId]!.name = 'Nowhere'
    const support = laneOf(source, 'support')
    source.touchpoints[c.id] = { ...c, laneId: support.id }
    const payload = copyTouchpoints(source, [a.id, c.id])

    const target = createJourney({ locale: 'en', title: 'Other' })
    const plan = pastePlan(target, payload)
    const targetStages = stages(target)
    expect(plan.touchpoints.map((touchpoint) => touchpoint.stageId)).toEqual([targetStages[0]!.id, targetStages[1]!.id])
    expect(plan.touchpoints.map((touchpoint) => touchpoint.laneId)).toEqual([laneOf(target, 'frontstage').id, laneOf(target, 'support').id])
    // Nothing of theirs sits in the target, so the copies keep their offsets.
    expect(plan.touchpoints[0]).toMatchObject({ x: 10, y: 20 })

    const lanesOnlyCustomer = createJourney({ locale: 'zh-CN' })
    for (const lane of Object.values(lanesOnlyCustomer.lanes)) if (lane.kind !== 'customer') delete lanesOnlyCustomer.lanes[lane.id]
    const fallback = pastePlan(lanesOnlyCustomer, payload)
    expect(new Set(fallback.touchpoints.map((touchpoint) => touchpoint.laneId))).toEqual(new Set([laneOf(lanesOnlyCustomer, 'customer').id]))
    expect(fallback.touchpoints.map((touchpoint) => touchpoint.stageId)).toEqual([stages(lanesOnlyCustomer)[0]!.id, stages(lanesOnlyCustomer)[0]!.id])
  })

  it('puts copies after the last cards and edges, in the copied order', () => {
    const doc = sample()
    const lastKey = bySortKey(Object.values(doc.touchpoints)).at(-1)!.sortKey
    const lastEdgeKey = bySortKey(Object.values(doc.edges)).at(-1)!.sortKey
    const plan = pastePlan(doc, copyTouchpoints(doc, Object.keys(doc.touchpoints)))
    const keys = plan.touchpoints.map((touchpoint) => touchpoint.sortKey)
    expect(keys.every((key) => key > lastKey)).toBe(true)
    expect([...keys].sort()).toEqual(keys)
    expect(plan.edges.every((edge) => edge.sortKey > lastEdgeKey)).toBe(true)
    expect(plan.touchpoints.every((touchpoint) => touchpoint.sortKey.length <= 64)).toBe(true)
  })

  it('plans nothing for a journey without stages or lanes', () => {
    const doc = sample()
    expect(pastePlan(createJourney({ locale: 'en', bare: true }), copyTouchpoints(doc, Object.keys(doc.touchpoints)))).toEqual({ touchpoints: [], edges: [] })
  })

  it('pastes into a valid document, across journeys and many times over', () => {
    const source = sample()
    const payload = parseClipboard(serializeClipboard(copyTouchpoints(source, Object.keys(source.touchpoints))))!
    const editor = new JourneyEditor(createJourney({ locale: 'zh-CN' }))
    for (let round = 0; round < 30; round++) editor.dispatch(commands.pasteTouchpoints, pastePlan(editor.doc, payload))
    expect(Object.keys(editor.doc.touchpoints)).toHaveLength(90)
    expect(Object.keys(editor.doc.edges)).toHaveLength(90)
    expect(JourneyDocumentSchema.safeParse(editor.doc).success).toBe(true)
    const spots = Object.values(editor.doc.touchpoints).map((touchpoint) => `${touchpoint.stageId}/${touchpoint.laneId}/${touchpoint.x}/${touchpoint.y}`)
    expect(new Set(spots).size).toBe(spots.length)
  })

  it('copies a card on its own (no edges) and a card added by the factory', () => {
    const doc = createJourney({ locale: 'en' })
    const touchpoint = makeTouchpoint({ stageId: stages(doc)[2]!.id, laneId: laneOf(doc, 'backstage').id, sortKey: 'V', title: 'Prepare quote' })
    doc.touchpoints[touchpoint.id] = touchpoint
    const plan = pastePlan(doc, copyTouchpoints(doc, [touchpoint.id]))
    expect(plan.edges).toEqual([])
    expect(plan.touchpoints[0]).toMatchObject({ stageId: touchpoint.stageId, laneId: touchpoint.laneId, x: PASTE_SHIFT, y: PASTE_SHIFT, title: 'Prepare quote' })
  })
})
