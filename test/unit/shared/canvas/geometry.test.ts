import { describe, expect, it } from 'vitest'
import { arrangeCells } from '../../../../shared/canvas/arrange'
import {
  blueprintGeometry,
  cardPosition,
  cardsBounds,
  cellAt,
  dropTarget,
  nextFreeOffset,
  CARD_GAP,
  CARD_HEIGHT,
  CARD_WIDTH,
  CELL_PADDING,
  LANE_HEADER_WIDTH,
  MIN_LANE_HEIGHT,
  MIN_STAGE_WIDTH,
  MAX_CELL_OFFSET,
  STAGE_HEADER_HEIGHT,
} from '../../../../shared/canvas/geometry'
import { bySortKey } from '../../../../shared/model/order'
import { journeyWithPath } from '../../../helpers/builders'

function setup() {
  const doc = journeyWithPath([{ title: 'A' }, { title: 'B', x: 600, y: 40 }, { title: 'C' }], { stageOf: (index) => [0, 0, 2][index]! })
  const stages = bySortKey(Object.values(doc.stages))
  const lanes = bySortKey(Object.values(doc.lanes))
  const byTitle = (title: string) => Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === title)!
  return { doc, stages, lanes, byTitle }
}

describe('blueprint geometry: stage columns × lane rows', () => {
  it('starts after the lane headers and the stage headers, and grows a column and a row to hold their cards', () => {
    const { doc, stages, lanes } = setup()
    const geometry = blueprintGeometry(doc)
    expect(geometry.stages[0]).toEqual({ id: stages[0]!.id, start: LANE_HEADER_WIDTH, size: 600 + CARD_WIDTH + 2 * CELL_PADDING })
    expect(geometry.stages[1]).toEqual({ id: stages[1]!.id, start: LANE_HEADER_WIDTH + geometry.stages[0]!.size, size: MIN_STAGE_WIDTH })
    expect(geometry.lanes[0]).toEqual({ id: lanes[0]!.id, start: STAGE_HEADER_HEIGHT, size: MIN_LANE_HEIGHT })
    const frontstage = geometry.laneById.get(lanes[1]!.id)!
    expect(frontstage.size).toBe(40 + CARD_HEIGHT + 2 * CELL_PADDING)
    expect(geometry.width).toBe(geometry.stages.at(-1)!.start + geometry.stages.at(-1)!.size)
    expect(geometry.height).toBe(geometry.lanes.at(-1)!.start + geometry.lanes.at(-1)!.size)
  })

  it('places a card at its cell corner plus its own offset', () => {
    const { doc, byTitle } = setup()
    const geometry = blueprintGeometry(doc)
    const b = byTitle('B')
    const stage = geometry.stageById.get(b.stageId)!
    const lane = geometry.laneById.get(b.laneId)!
    expect(cardPosition(geometry, b)).toEqual({ x: stage.start + CELL_PADDING + 600, y: lane.start + CELL_PADDING + 40 })
  })

  it('finds the cell under a point, sending points beyond the grid to the nearest edge cell', () => {
    const { doc, stages, lanes } = setup()
    const geometry = blueprintGeometry(doc)
    const third = geometry.stageById.get(stages[2]!.id)!
    const support = geometry.laneById.get(lanes[3]!.id)!
    expect(cellAt(geometry, { x: third.start + 5, y: support.start + 5 })).toEqual({ stageId: stages[2]!.id, laneId: lanes[3]!.id })
    expect(cellAt(geometry, { x: 1e6, y: 1e6 })).toEqual({ stageId: stages.at(-1)!.id, laneId: lanes.at(-1)!.id })
  })

  it('drops a card into the cell under its centre, at an offset that is never negative', () => {
    const { doc, stages, lanes } = setup()
    const geometry = blueprintGeometry(doc)
    const second = geometry.stageById.get(stages[1]!.id)!
    const backstage = geometry.laneById.get(lanes[2]!.id)!
    const topLeft = { x: second.start + CELL_PADDING + 30, y: backstage.start + CELL_PADDING + 10 }
    expect(dropTarget(geometry, topLeft)).toEqual({ stageId: stages[1]!.id, laneId: lanes[2]!.id, x: 30, y: 10 })
    const nearEdge = dropTarget(geometry, { x: second.start - CARD_WIDTH / 2 + 10, y: backstage.start })
    expect(nearEdge).toMatchObject({ stageId: stages[1]!.id, x: 0, y: 0 })
  })

  it('offers the spot right of the cards already in a cell for a new one', () => {
    const { doc, byTitle } = setup()
    const a = byTitle('A')
    expect(nextFreeOffset(doc, a.stageId, a.laneId)).toEqual({ x: 600 + CARD_WIDTH + CARD_GAP, y: 0 })
    const emptyStage = bySortKey(Object.values(doc.stages))[5]!
    expect(nextFreeOffset(doc, emptyStage.id, a.laneId)).toEqual({ x: 0, y: 0 })
  })

  it('draws a card with an absurd stored offset at the edge, so one stray card cannot stretch the grid to millions of pixels', () => {
    const { doc, byTitle } = setup()
    const b = byTitle('B')
    doc.touchpoints[b.id] = { ...b, x: 1e15, y: -1e15 }
    const geometry = blueprintGeometry(doc)
    const stage = geometry.stageById.get(b.stageId)!
    expect(stage.size).toBe(MAX_CELL_OFFSET + CARD_WIDTH + 2 * CELL_PADDING)
    expect(geometry.width).toBeLessThan(2 * MAX_CELL_OFFSET)
    expect(cardPosition(geometry, doc.touchpoints[b.id]!)).toEqual({ x: stage.start + CELL_PADDING + MAX_CELL_OFFSET, y: geometry.laneById.get(b.laneId)!.start + CELL_PADDING })
    // The stored value is kept (nothing is lost); a new card in that cell stays within the limit too.
    expect(doc.touchpoints[b.id]!.x).toBe(1e15)
    expect(nextFreeOffset(doc, b.stageId, b.laneId).x).toBeLessThanOrEqual(MAX_CELL_OFFSET)
  })

  it('bounds a selection of cards', () => {
    const { doc, byTitle } = setup()
    const geometry = blueprintGeometry(doc)
    const a = cardPosition(geometry, byTitle('A'))
    const c = cardPosition(geometry, byTitle('C'))
    expect(cardsBounds(geometry, [byTitle('A'), byTitle('C')])).toEqual({ x: a.x, y: a.y, width: c.x + CARD_WIDTH - a.x, height: CARD_HEIGHT })
    expect(cardsBounds(geometry, [])).toBeNull()
  })
})

describe('arranging cards inside their stages', () => {
  it('stands a stage’s cards left to right in document order, each in its own lane row, never changing cells', () => {
    const { doc, byTitle } = setup()
    const offsets = arrangeCells(doc)
    expect(offsets.get(byTitle('A').id)).toEqual({ x: 0, y: 0 })
    expect(offsets.get(byTitle('B').id)).toEqual({ x: CARD_WIDTH + CARD_GAP, y: 0 })
    expect(offsets.get(byTitle('C').id)).toEqual({ x: 0, y: 0 })
  })

  it('follows a given order (an automatic layout’s) before document order', () => {
    const { doc, byTitle } = setup()
    const offsets = arrangeCells(doc, [byTitle('B').id, byTitle('A').id])
    expect(offsets.get(byTitle('B').id)!.x).toBe(0)
    expect(offsets.get(byTitle('A').id)!.x).toBe(CARD_WIDTH + CARD_GAP)
  })
})
