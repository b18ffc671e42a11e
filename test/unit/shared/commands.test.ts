import { describe, expect, it } from 'vitest'
import { commands } from '../../../shared/commands/registry'
import { CommandError } from '../../../shared/commands/types'
import { JourneyEditor } from '../../../shared/editor/journeyEditor'
import { mainPath } from '../../../shared/journey/mainPath'
import { createJourney, makeTouchpoint } from '../../../shared/model/factory'
import { bySortKey } from '../../../shared/model/order'
import { journeyWithPath, titles } from '../../helpers/builders'

function editorWith(doc = createJourney({ locale: 'zh-CN', title: '门店旅程' })) {
  return new JourneyEditor(doc, { now: () => 0 })
}

const cell = (editor: JourneyEditor) => ({
  stageId: bySortKey(Object.values(editor.doc.stages))[0]!.id,
  laneId: Object.values(editor.doc.lanes).find((lane) => lane.kind === 'frontstage')!.id,
})

describe('journey commands', () => {
  it('a new journey has the canonical stages and the four blueprint lanes, in the chosen language', () => {
    const doc = createJourney({ locale: 'zh-CN' })
    expect(bySortKey(Object.values(doc.stages)).map((stage) => stage.name)).toEqual([
      '咨询', '接待', '需求挖掘', '方案/报价', '异议处理', '成交', '交付/安装', '回访', '复购/转介绍',
    ])
    expect(bySortKey(Object.values(doc.lanes)).map((lane) => lane.kind)).toEqual(['customer', 'frontstage', 'backstage', 'support'])
    expect(doc.meta).toMatchObject({ title: '未命名旅程', locale: 'zh-CN', versionLabel: '1.0' })
  })

  it('setJourneyMeta changes the title and description', () => {
    const editor = editorWith()
    editor.dispatch(commands.setJourneyMeta, { changes: { title: '家装旅程', versionLabel: '1.1' } })
    expect(editor.doc.meta).toMatchObject({ title: '家装旅程', versionLabel: '1.1' })
  })

  it('addStage puts a stage at the given index; moveStage and renameStage reorder and rename it', () => {
    const editor = editorWith(createJourney({ locale: 'en', bare: true }))
    editor.dispatch(commands.addStage, { id: 'st_a', name: 'A' })
    editor.dispatch(commands.addStage, { id: 'st_c', name: 'C' })
    editor.dispatch(commands.addStage, { id: 'st_b', name: 'B', index: 1 })
    const names = () => bySortKey(Object.values(editor.doc.stages)).map((stage) => stage.name)
    expect(names()).toEqual(['A', 'B', 'C'])
    editor.dispatch(commands.moveStage, { id: 'st_a', index: 2 })
    expect(names()).toEqual(['B', 'C', 'A'])
    editor.dispatch(commands.renameStage, { id: 'st_a', name: 'Referral' })
    expect(names()).toEqual(['B', 'C', 'Referral'])
  })

  it('removeStage removes its touchpoints and the edges that touch them', () => {
    const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }, { title: 'C' }], { stageOf: (index) => (index === 1 ? 1 : 0) })
    const editor = editorWith(doc)
    const secondStage = bySortKey(Object.values(doc.stages))[1]!.id
    editor.dispatch(commands.removeStage, { id: secondStage })
    expect(titles(Object.values(editor.doc.touchpoints))).toEqual(['A', 'C'])
    expect(Object.keys(editor.doc.edges)).toHaveLength(0)
  })

  it('addTouchpoint refuses a cell that does not exist and a duplicate id', () => {
    const editor = editorWith()
    const touchpoint = makeTouchpoint({ ...cell(editor), sortKey: 'V', title: '进店问候' })
    expect(() => editor.dispatch(commands.addTouchpoint, { touchpoint: { ...touchpoint, stageId: 'st_nope' } })).toThrow(CommandError)
    editor.dispatch(commands.addTouchpoint, { touchpoint })
    expect(() => editor.dispatch(commands.addTouchpoint, { touchpoint })).toThrow(CommandError)
    expect(Object.values(editor.doc.touchpoints)).toHaveLength(1)
  })

  it('addTouchpoint after another places it right after it in document order', () => {
    const doc = journeyWithPath([{ title: 'A' }, { title: 'C' }])
    const editor = editorWith(doc)
    const a = Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === 'A')!
    editor.dispatch(commands.addTouchpoint, { touchpoint: makeTouchpoint({ stageId: a.stageId, laneId: a.laneId, sortKey: 'V', title: 'B' }), afterId: a.id })
    expect(titles(bySortKey(Object.values(editor.doc.touchpoints)))).toEqual(['A', 'B', 'C'])
  })

  it('updateTouchpoint edits fields, clears the family of a non-MOT and de-duplicates dimensions', () => {
    const doc = journeyWithPath([{ title: 'Quote', isMot: true, motFamily: 'business' }])
    const editor = editorWith(doc)
    const id = Object.keys(doc.touchpoints)[0]!
    editor.dispatch(commands.updateTouchpoint, { id, changes: { emotion: -3, servqual: ['reliability', 'reliability', 'empathy'] } })
    expect(editor.doc.touchpoints[id]).toMatchObject({ emotion: -3, servqual: ['reliability', 'empathy'], motFamily: 'business' })
    editor.dispatch(commands.updateTouchpoint, { id, changes: { isMot: false } })
    expect(editor.doc.touchpoints[id]!.motFamily).toBeNull()
  })

  it('rejects out-of-range values through the payload schema, leaving the document unchanged', () => {
    const doc = journeyWithPath([{ title: 'Quote' }])
    const editor = editorWith(doc)
    const id = Object.keys(doc.touchpoints)[0]!
    expect(() => editor.dispatch(commands.updateTouchpoint, { id, changes: { emotion: 4 } })).toThrow()
    expect(() => editor.dispatch(commands.updateTouchpoint, { id, changes: { importance: 0 } })).toThrow()
    expect(editor.doc).toBe(doc)
  })

  it('moveTouchpoints moves cards and changes their cell; reorderTouchpoint changes document order', () => {
    const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }])
    const editor = editorWith(doc)
    const [a, b] = bySortKey(Object.values(doc.touchpoints))
    const backstage = Object.values(doc.lanes).find((lane) => lane.kind === 'backstage')!
    editor.dispatch(commands.moveTouchpoints, { moves: [{ id: a!.id, x: 120, y: 40, laneId: backstage.id }] })
    expect(editor.doc.touchpoints[a!.id]).toMatchObject({ x: 120, y: 40, laneId: backstage.id })
    editor.dispatch(commands.reorderTouchpoint, { id: b!.id, index: 0 })
    expect(titles(bySortKey(Object.values(editor.doc.touchpoints)))).toEqual(['B', 'A'])
  })

  it('connectTouchpoints refuses self-loops and duplicates; removeTouchpoints takes edges along', () => {
    const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }, { title: 'C' }])
    const editor = editorWith(doc)
    const [a, b, c] = bySortKey(Object.values(doc.touchpoints))
    expect(() => editor.dispatch(commands.connectTouchpoints, { id: 'ed_x', sourceId: a!.id, targetId: a!.id, kind: 'main' })).toThrow(CommandError)
    expect(() => editor.dispatch(commands.connectTouchpoints, { id: 'ed_x', sourceId: a!.id, targetId: b!.id, kind: 'main' })).toThrow(CommandError)
    editor.dispatch(commands.connectTouchpoints, { id: 'ed_alt', sourceId: a!.id, targetId: c!.id, kind: 'alternative', label: '犹豫型顾客' })
    expect(editor.doc.edges.ed_alt).toMatchObject({ kind: 'alternative', label: '犹豫型顾客' })
    editor.dispatch(commands.removeTouchpoints, { ids: [c!.id] })
    expect(Object.values(editor.doc.edges).every((edge) => edge.sourceId !== c!.id && edge.targetId !== c!.id)).toBe(true)
    expect(titles(mainPath(editor.doc))).toEqual(['A', 'B'])
  })

  it('updateEdge turns a main edge into an alternative, which shortens the main path', () => {
    const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }])
    const editor = editorWith(doc)
    const edge = Object.values(doc.edges)[0]!
    editor.dispatch(commands.updateEdge, { id: edge.id, changes: { kind: 'alternative' } })
    expect(titles(mainPath(editor.doc))).toEqual(['A'])
    editor.dispatch(commands.removeEdges, { ids: [edge.id] })
    expect(editor.doc.edges).toEqual({})
  })

  it('persona commands add, edit and remove personas', () => {
    const editor = editorWith()
    editor.dispatch(commands.addPersona, { id: 'pe_1', name: '装修业主', tier: 'key' })
    editor.dispatch(commands.updatePersona, { id: 'pe_1', changes: { note: '首次装修' } })
    expect(editor.doc.personas.pe_1).toMatchObject({ name: '装修业主', tier: 'key', note: '首次装修' })
    editor.dispatch(commands.removePersona, { id: 'pe_1' })
    expect(editor.doc.personas).toEqual({})
  })

  it('renameLane renames a blueprint lane', () => {
    const editor = editorWith()
    const lane = Object.values(editor.doc.lanes)[0]!
    editor.dispatch(commands.renameLane, { id: lane.id, name: '顾客' })
    expect(editor.doc.lanes[lane.id]!.name).toBe('顾客')
  })
})
