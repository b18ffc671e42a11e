import { describe, expect, it } from 'vitest'
import { copyTouchpoints, pastePlan } from '../../../../shared/canvas/clipboard'
import { commands } from '../../../../shared/commands/registry'
import { CommandError } from '../../../../shared/commands/types'
import { JourneyEditor } from '../../../../shared/editor/journeyEditor'
import type { JourneyDocument } from '../../../../shared/model/schema'
import { journeyWithPath, titles } from '../../../helpers/builders'

function editorWith(doc: JourneyDocument) {
  return new JourneyEditor(doc, { now: () => 0 })
}

const sample = () => journeyWithPath([{ title: 'A' }, { title: 'B', x: 256 }, { title: 'C' }], { stageOf: (index) => index })

describe('pasteTouchpoints', () => {
  it('adds the cards and their edges as one undo step', () => {
    const editor = editorWith(sample())
    const before = editor.doc
    const plan = pastePlan(editor.doc, copyTouchpoints(editor.doc, Object.keys(editor.doc.touchpoints)))
    expect(editor.dispatch(commands.pasteTouchpoints, plan)).toBe(true)
    expect(titles(Object.values(editor.doc.touchpoints))).toEqual(['A', 'B', 'C', 'A', 'B', 'C'])
    expect(Object.keys(editor.doc.edges)).toHaveLength(4)
    editor.undo()
    expect(editor.doc).toEqual(before)
    editor.redo()
    expect(Object.keys(editor.doc.touchpoints)).toHaveLength(6)
  })

  it('refuses an id clash, a missing cell and a bad edge, and then adds nothing', () => {
    const editor = editorWith(sample())
    const before = editor.doc
    const plan = pastePlan(editor.doc, copyTouchpoints(editor.doc, Object.keys(editor.doc.touchpoints)))
    const existingId = Object.keys(editor.doc.touchpoints)[0]!
    const existingEdge = Object.values(editor.doc.edges)[0]!
    const [first, second] = plan.touchpoints
    const attempts = [
      { ...plan, touchpoints: [{ ...first!, id: existingId }, ...plan.touchpoints.slice(1)] },
      { ...plan, touchpoints: [first!, { ...second!, id: first!.id }, ...plan.touchpoints.slice(2)] },
      { ...plan, touchpoints: [{ ...first!, stageId: 'st_gone' }, ...plan.touchpoints.slice(1)] },
      { ...plan, touchpoints: [{ ...first!, laneId: 'ln_gone' }, ...plan.touchpoints.slice(1)] },
      { ...plan, edges: [...plan.edges, { ...plan.edges[0]!, id: existingEdge.id }] },
      { ...plan, edges: [{ ...plan.edges[0]!, targetId: 'tp_gone' }] },
      { ...plan, edges: [{ ...plan.edges[0]!, targetId: plan.edges[0]!.sourceId }] },
      { ...plan, edges: [...plan.edges, { ...plan.edges[0]!, id: 'ed_again' }] },
    ]
    for (const attempt of attempts) {
      expect(() => editor.dispatch(commands.pasteTouchpoints, attempt)).toThrow(CommandError)
      expect(editor.doc).toBe(before)
    }
    expect(() => editor.dispatch(commands.pasteTouchpoints, { touchpoints: [], edges: [] })).toThrow()
    expect(editor.canUndo).toBe(false)
  })

  it('may connect a pasted card to a card already there', () => {
    const editor = editorWith(sample())
    const a = Object.values(editor.doc.touchpoints).find((touchpoint) => touchpoint.title === 'A')!
    const plan = pastePlan(editor.doc, copyTouchpoints(editor.doc, [a.id]))
    const copy = plan.touchpoints[0]!
    editor.dispatch(commands.pasteTouchpoints, { touchpoints: plan.touchpoints, edges: [{ id: 'ed_new', sourceId: a.id, targetId: copy.id, kind: 'alternative', label: '', sortKey: 'zz' }] })
    expect(editor.doc.edges.ed_new).toMatchObject({ sourceId: a.id, targetId: copy.id })
  })
})

describe('arrangeTouchpoints', () => {
  it('sets many offsets in one undo step, keeps stage and lane, and clamps negative offsets to 0', () => {
    const editor = editorWith(sample())
    const [a, b] = Object.values(editor.doc.touchpoints)
    const cells = Object.values(editor.doc.touchpoints).map(({ stageId, laneId }) => ({ stageId, laneId }))
    editor.dispatch(commands.arrangeTouchpoints, { positions: [{ id: a!.id, x: 40, y: 80 }, { id: b!.id, x: -5, y: 12 }] })
    expect(editor.doc.touchpoints[a!.id]).toMatchObject({ x: 40, y: 80 })
    expect(editor.doc.touchpoints[b!.id]).toMatchObject({ x: 0, y: 12 })
    expect(Object.values(editor.doc.touchpoints).map(({ stageId, laneId }) => ({ stageId, laneId }))).toEqual(cells)
    editor.undo()
    expect(editor.doc.touchpoints[a!.id]).toMatchObject({ x: 0, y: 0 })
    expect(editor.doc.touchpoints[b!.id]).toMatchObject({ x: 256, y: 0 })
    expect(editor.canUndo).toBe(false)
  })

  it('ignores stage and lane fields, refuses a missing card and changes nothing for the same offsets', () => {
    const editor = editorWith(sample())
    const a = Object.values(editor.doc.touchpoints)[0]!
    const otherStage = Object.values(editor.doc.stages).find((stage) => stage.id !== a.stageId)!.id
    editor.dispatch(commands.arrangeTouchpoints, { positions: [{ id: a.id, x: 8, y: 8, stageId: otherStage } as { id: string; x: number; y: number }] })
    expect(editor.doc.touchpoints[a.id]).toMatchObject({ stageId: a.stageId, x: 8, y: 8 })
    expect(() => editor.dispatch(commands.arrangeTouchpoints, { positions: [{ id: a.id, x: 0, y: 0 }, { id: 'tp_gone', x: 0, y: 0 }] })).toThrow(CommandError)
    expect(editor.doc.touchpoints[a.id]).toMatchObject({ x: 8, y: 8 })
    expect(editor.dispatch(commands.arrangeTouchpoints, { positions: [{ id: a.id, x: 8, y: 8 }] })).toBe(false)
    expect(() => editor.dispatch(commands.arrangeTouchpoints, { positions: [{ id: a.id, x: Number.NaN, y: 0 }] })).toThrow()
  })
})
