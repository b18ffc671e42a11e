import { describe, expect, it } from 'vitest'
import { blueprintGeometry, CARD_GAP, CARD_WIDTH, CELL_PADDING } from '../../../../shared/canvas/geometry'
import { commands } from '../../../../shared/commands/registry'
import { JourneyEditor } from '../../../../shared/editor/journeyEditor'
import { bySortKey } from '../../../../shared/model/order'
import type { JourneyDocument } from '../../../../shared/model/schema'
import { alignedPositions, autoLayoutPositions, distributedPositions, elkGraph, layoutOrder, loadElk } from '../../../../renderer/canvas/layoutActions'
import { journeyWithPath, makeEdge } from '../../../helpers/builders'

const byTitle = (doc: JourneyDocument, title: string) => Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === title)!
const idOf = (doc: JourneyDocument, title: string) => byTitle(doc, title).id
const cells = (doc: JourneyDocument) => Object.values(doc.touchpoints).map(({ id, stageId, laneId }) => ({ id, stageId, laneId }))

function apply(doc: JourneyDocument, positions: { id: string; x: number; y: number }[]): JourneyDocument {
  const editor = new JourneyEditor(doc)
  if (positions.length > 0) editor.dispatch(commands.arrangeTouchpoints, { positions })
  return editor.doc
}

describe('align and distribute', () => {
  const doc = () =>
    journeyWithPath(
      [
        { title: 'A', x: 40, y: 90 },
        { title: 'B', x: 300, y: 10 },
        { title: 'C', x: 120, y: 200 },
      ],
      { stageOf: (index) => (index === 2 ? 1 : 0) },
    )

  it('align left gives every card the smallest x offset, align top the smallest y, each in its own cell', () => {
    const start = doc()
    const left = apply(start, alignedPositions(start, Object.keys(start.touchpoints), 'left'))
    expect(Object.values(left.touchpoints).map(({ x, y }) => ({ x, y }))).toEqual([{ x: 40, y: 90 }, { x: 40, y: 10 }, { x: 40, y: 200 }])
    const top = apply(start, alignedPositions(start, Object.keys(start.touchpoints), 'top'))
    expect(Object.values(top.touchpoints).map(({ x, y }) => ({ x, y }))).toEqual([{ x: 40, y: 10 }, { x: 300, y: 10 }, { x: 120, y: 10 }])
    expect(cells(left)).toEqual(cells(start))
    expect(alignedPositions(start, [idOf(start, 'A'), 'tp_gone'], 'left')).toEqual([])
  })

  it('distribute spreads the cards of one lane evenly by canvas x, the outer ones staying put', () => {
    const start = journeyWithPath(
      [
        { title: 'A', x: 0 },
        { title: 'B', x: 50, y: 160 },
        { title: 'C', x: 900 },
      ],
      { stageOf: () => 0 },
    )
    const after = apply(start, distributedPositions(start, Object.keys(start.touchpoints)))
    expect(byTitle(after, 'A')).toMatchObject({ x: 0, y: 0 })
    expect(byTitle(after, 'B')).toMatchObject({ x: 450, y: 160 })
    expect(byTitle(after, 'C')).toMatchObject({ x: 900, y: 0 })
    expect(distributedPositions(start, [idOf(start, 'A'), idOf(start, 'C')])).toEqual([])
  })

  it('distribute keeps a card inside its own column when the even spot lies outside it', () => {
    const start = journeyWithPath(
      [
        { title: 'A', x: 0 },
        { title: 'B', x: 300 },
        { title: 'C', x: 600 },
        { title: 'D', x: 0 },
      ],
      { stageOf: (index) => (index < 2 ? 0 : index === 2 ? 1 : 2) },
    )
    const after = apply(start, distributedPositions(start, Object.keys(start.touchpoints)))
    expect(cells(after)).toEqual(cells(start))
    const geometry = blueprintGeometry(start)
    for (const touchpoint of Object.values(after.touchpoints)) {
      const stage = geometry.stageById.get(touchpoint.stageId)!
      expect(touchpoint.x).toBeGreaterThanOrEqual(0)
      expect(touchpoint.x + CARD_WIDTH + 2 * CELL_PADDING).toBeLessThanOrEqual(stage.size)
    }
    // B's even spot is beyond its column's right edge: it goes as far as the column allows.
    expect(byTitle(after, 'B').x).toBe(300)
    expect(byTitle(after, 'C').x).toBeGreaterThan(0)
    expect(byTitle(after, 'C').x).toBeLessThan(600)
    expect(byTitle(after, 'A').x).toBe(0)
    expect(byTitle(after, 'D').x).toBe(0)
  })
})

describe('auto-layout with ELK', () => {
  /** Stage 1: A, B (B before A in document order); stage 2: C, D in other lanes; a back edge D → A. */
  function branching(): JourneyDocument {
    const doc = journeyWithPath(
      [
        { title: 'B', x: 500, y: 40 },
        { title: 'A', x: 0, y: 0 },
        { title: 'C', x: 80, y: 30 },
        { title: 'D', x: 10, y: 5 },
      ],
      { stageOf: (index) => (index < 2 ? 0 : 1) },
    )
    for (const edge of Object.values(doc.edges)) delete doc.edges[edge.id]
    const lanes = bySortKey(Object.values(doc.lanes))
    doc.touchpoints[idOf(doc, 'D')]!.laneId = lanes[2]!.id
    const add = (from: string, to: string, kind: 'main' | 'alternative') => {
      const edge = makeEdge(idOf(doc, from), idOf(doc, to), kind, `k${Object.keys(doc.edges).length}`)
      doc.edges[edge.id] = edge
    }
    add('A', 'B', 'main')
    add('B', 'C', 'main')
    add('C', 'D', 'main')
    add('D', 'A', 'alternative')
    return doc
  }

  it('builds a layered, rightward, stage-partitioned graph with main edges weighing more', () => {
    const doc = branching()
    const graph = elkGraph(doc)
    expect(graph.layoutOptions).toMatchObject({ 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.partitioning.activate': 'true' })
    const partition = (title: string) => graph.children!.find((node) => node.id === idOf(doc, title))!.layoutOptions!['elk.partitioning.partition']
    expect(['A', 'B', 'C', 'D'].map(partition)).toEqual(['0', '0', '1', '1'])
    const priority = (kind: string) => graph.edges!.find((edge) => doc.edges[edge.id]!.kind === kind)!.layoutOptions!['elk.layered.priority.direction']
    expect(Number(priority('main'))).toBeGreaterThan(Number(priority('alternative')))
  })

  it('orders the cards of each stage along the connections and keeps every card in its cell', async () => {
    const doc = branching()
    const elk = await loadElk()
    const result = await elk.layout(elkGraph(doc))
    const order = layoutOrder(result).map((id) => doc.touchpoints[id]!.title)
    expect(order).toEqual(['A', 'B', 'C', 'D'])
    const after = apply(doc, await autoLayoutPositions(doc, elk))
    expect(cells(after)).toEqual(cells(doc))
    const step = CARD_WIDTH + CARD_GAP
    expect(['A', 'B', 'C', 'D'].map((title) => ({ x: byTitle(after, title).x, y: byTitle(after, title).y }))).toEqual([
      { x: 0, y: 0 },
      { x: step, y: 0 },
      { x: 0, y: 0 },
      { x: step, y: 0 },
    ])
  })

  it('keeps the stages in order even when the connections run backwards', async () => {
    const doc = journeyWithPath([{ title: 'P' }, { title: 'Q' }, { title: 'R' }, { title: 'S' }], { stageOf: (index) => 3 - index })
    const result = await (await loadElk()).layout(elkGraph(doc))
    const xOf = (title: string) => result.children!.find((node) => node.id === idOf(doc, title))!.x!
    expect(xOf('S')).toBeLessThan(xOf('R'))
    expect(xOf('R')).toBeLessThan(xOf('Q'))
    expect(xOf('Q')).toBeLessThan(xOf('P'))
  })

  it('lays out an empty journey and a large one', async () => {
    expect(await autoLayoutPositions(journeyWithPath([]))).toEqual([])
    const specs = Array.from({ length: 300 }, (_, index) => ({ title: `T${index}`, x: (index * 37) % 400, y: (index * 53) % 300 }))
    const big = journeyWithPath(specs, { stageOf: (index) => Math.floor(index / 34) })
    const positions = await autoLayoutPositions(big)
    expect(positions).toHaveLength(300)
    const after = apply(big, positions)
    expect(cells(after)).toEqual(cells(big))
  })
})
