import { describe, expect, it } from 'vitest'
import { commands } from '../../../shared/commands/registry'
import { changesFor, collectChangedKeys, emptyChangedKeys, isEmptyChanges } from '../../../shared/editor/changedKeys'
import { JourneyEditor, type EditorChange } from '../../../shared/editor/journeyEditor'
import { makeTouchpoint } from '../../../shared/model/factory'
import { bySortKey } from '../../../shared/model/order'
import { journeyWithPath } from '../../helpers/builders'

function setup() {
  let clock = 0
  const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }, { title: 'C' }])
  const editor = new JourneyEditor(doc, { now: () => clock, mergeWindowMs: 1000 })
  const changes: EditorChange[] = []
  editor.subscribe((change) => changes.push(change))
  const tick = (ms: number) => (clock += ms)
  const [a, b, c] = bySortKey(Object.values(doc.touchpoints))
  return { doc, editor, changes, tick, a: a!, b: b!, c: c! }
}

describe('undo and redo on immer patches', () => {
  it('undoes and redoes a command exactly', () => {
    const { doc, editor, a } = setup()
    editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { title: 'Greeting' } })
    const edited = editor.doc
    expect(editor.undo()).toBe(true)
    expect(editor.doc).toEqual(doc)
    expect(editor.redo()).toBe(true)
    expect(editor.doc).toEqual(edited)
    expect(editor.redo()).toBe(false)
  })

  it('merges typing into one field into one undo step, but not across fields, pauses or a break', () => {
    const { doc, editor, a, tick } = setup()
    for (const title of ['G', 'Gr', 'Gre', 'Greet']) {
      editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { title } })
      tick(200)
    }
    editor.undo()
    expect(editor.doc.touchpoints[a.id]!.title).toBe('A')
    editor.redo()
    editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { channel: 'store' } })
    editor.undo()
    expect(editor.doc.touchpoints[a.id]).toMatchObject({ title: 'Greet', channel: '' })
    editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { notes: 'x' } })
    tick(5000)
    editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { notes: 'xy' } })
    editor.undo()
    expect(editor.doc.touchpoints[a.id]!.notes).toBe('x')
    editor.breakMerge()
    editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { notes: 'xz' } })
    editor.undo()
    expect(editor.doc.touchpoints[a.id]!.notes).toBe('x')
    while (editor.undo());
    expect(editor.doc).toEqual(doc)
  })

  it('a new command clears the redo stack', () => {
    const { editor, a } = setup()
    editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { emotion: 2 } })
    editor.undo()
    editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { emotion: 1 } })
    expect(editor.canRedo).toBe(false)
  })

  it('a refused command changes nothing and records nothing', () => {
    const { doc, editor, a } = setup()
    expect(() => editor.dispatch(commands.connectTouchpoints, { id: 'ed_1', sourceId: a.id, targetId: a.id, kind: 'main' })).toThrow()
    expect(editor.doc).toBe(doc)
    expect(editor.canUndo).toBe(false)
  })

  it('caps the history', () => {
    const doc = journeyWithPath([{ title: 'A' }])
    const editor = new JourneyEditor(doc, { historyLimit: 3 })
    const id = Object.keys(doc.touchpoints)[0]!
    for (let emotion = -3; emotion <= 3; emotion++) {
      editor.dispatch(commands.updateTouchpoint, { id, changes: { emotion } })
      editor.breakMerge()
    }
    let steps = 0
    while (editor.undo()) steps++
    expect(steps).toBe(3)
  })

  it('round-trips a long random sequence of commands: undo all restores the original', () => {
    const { doc, editor } = setup()
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let step = 0; step < 150; step++) {
      const ids = Object.keys(editor.doc.touchpoints)
      const stage = bySortKey(Object.values(editor.doc.stages))[Math.floor(random() * 3)]!
      const lane = Object.values(editor.doc.lanes)[0]!
      const pick = ids[Math.floor(random() * ids.length)]
      const roll = random()
      try {
        if (roll < 0.3 || !pick) {
          editor.dispatch(commands.addTouchpoint, { touchpoint: makeTouchpoint({ stageId: stage.id, laneId: lane.id, sortKey: 'V', title: `T${step}` }) })
        } else if (roll < 0.6) {
          editor.dispatch(commands.updateTouchpoint, { id: pick, changes: { emotion: Math.floor(random() * 7) - 3, title: `E${step}` } })
        } else if (roll < 0.75) {
          const target = ids[Math.floor(random() * ids.length)]!
          editor.dispatch(commands.connectTouchpoints, { id: `ed_r${step}`, sourceId: pick, targetId: target, kind: random() < 0.5 ? 'main' : 'alternative' })
        } else if (roll < 0.85) {
          editor.dispatch(commands.removeTouchpoints, { ids: [pick] })
        } else {
          editor.dispatch(commands.moveStage, { id: stage.id, index: Math.floor(random() * 9) })
        }
      } catch {
        // Refused commands (self-loops, duplicate edges) are part of the sequence too.
      }
      if (random() < 0.3) editor.breakMerge()
    }
    while (editor.undo());
    expect(editor.doc).toEqual(doc)
  })
})

describe('changed keys: what persistence writes', () => {
  it('names exactly the records a step touched, including cascaded deletes', () => {
    const { editor, changes, b } = setup()
    editor.dispatch(commands.removeTouchpoints, { ids: [b.id] })
    const keys = collectChangedKeys(changes[0]!.patches)
    expect([...keys.records.touchpoints]).toEqual([b.id])
    expect(keys.records.edges.size).toBe(2)
    expect(keys.meta).toBe(false)
    const write = changesFor(editor.doc, keys)
    expect(write.upserts.touchpoints).toEqual([])
    expect(write.deletes.touchpoints).toEqual([b.id])
    expect(write.deletes.edges).toHaveLength(2)
  })

  it('turns an undo of a delete into upserts of the restored records', () => {
    const { editor, changes, b } = setup()
    editor.dispatch(commands.removeTouchpoints, { ids: [b.id] })
    editor.undo()
    const write = changesFor(editor.doc, collectChangedKeys(changes[1]!.patches))
    expect(write.upserts.touchpoints.map((touchpoint) => touchpoint.id)).toEqual([b.id])
    expect(write.upserts.edges).toHaveLength(2)
  })

  it('accumulates several steps and reports the journey properties when they change', () => {
    const { editor, changes, a } = setup()
    editor.dispatch(commands.setJourneyMeta, { changes: { title: 'New' } })
    editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { emotion: 3 } })
    const keys = emptyChangedKeys()
    for (const change of changes) collectChangedKeys(change.patches, keys)
    const write = changesFor(editor.doc, keys)
    expect(write.meta?.title).toBe('New')
    expect(write.upserts.touchpoints.map((touchpoint) => touchpoint.emotion)).toEqual([3])
    expect(isEmptyChanges(changesFor(editor.doc, emptyChangedKeys()))).toBe(true)
  })
})

describe('batches: several commands, one intent', () => {
  it('undoes and redoes a batch as one step', () => {
    const { doc, editor, a, c } = setup()
    editor.batch('add and connect', () => {
      editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { title: 'Greet' } })
      editor.dispatch(commands.connectTouchpoints, { id: 'ed_alt', sourceId: a.id, targetId: c.id, kind: 'alternative' })
    })
    const after = editor.doc
    expect(editor.undo()).toBe(true)
    expect(editor.doc).toEqual(doc)
    expect(editor.canUndo).toBe(false)
    editor.redo()
    expect(editor.doc).toEqual(after)
  })

  it('rolls back what a failing batch applied', () => {
    const { doc, editor, a } = setup()
    expect(() =>
      editor.batch('broken', () => {
        editor.dispatch(commands.updateTouchpoint, { id: a.id, changes: { title: 'Greet' } })
        editor.dispatch(commands.connectTouchpoints, { id: 'ed_self', sourceId: a.id, targetId: a.id, kind: 'main' })
      }),
    ).toThrow()
    expect(editor.doc).toEqual(doc)
    expect(editor.canUndo).toBe(false)
  })
})
