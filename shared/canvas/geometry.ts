/**
 * The service-blueprint grid: stages are columns, lanes are rows, and a touchpoint's x/y are its
 * position inside its stage × lane cell. Column widths and row heights grow with their content, so
 * the grid is derived from the document, never stored. Pure: the canvas, the image export and
 * the tests share it.
 */
import { bySortKey } from '../model/order'
import type { JourneyDocument, Touchpoint } from '../model/schema'

export const CARD_WIDTH = 224
export const CARD_HEIGHT = 132
export const CARD_GAP = 32
export const CELL_PADDING = 24
export const STAGE_HEADER_HEIGHT = 64
export const LANE_HEADER_WIDTH = 168
export const MIN_STAGE_WIDTH = CARD_WIDTH + 2 * CELL_PADDING
export const MIN_LANE_HEIGHT = CARD_HEIGHT + 2 * CELL_PADDING
/**
 * The farthest a card sits from its cell's corner (about 800 cards side by side). A file may hold
 * any finite offset (another tool, a bug, a stranger): beyond this the card is drawn at the edge,
 * so one stray card can't stretch the canvas or an exported image to millions of pixels. The
 * stored value is kept; dragging the card sets a new one.
 */
export const MAX_CELL_OFFSET = 200_000

/** A stored offset as drawn: never negative, never beyond {@link MAX_CELL_OFFSET}. */
export const cellOffset = (value: number): number => Math.min(MAX_CELL_OFFSET, Math.max(0, value))

export interface Band {
  id: string
  /** Left edge (stages) or top edge (lanes) in canvas coordinates. */
  start: number
  size: number
}

export interface BlueprintGeometry {
  stages: Band[]
  lanes: Band[]
  stageById: Map<string, Band>
  laneById: Map<string, Band>
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

export interface Rect extends Point {
  width: number
  height: number
}

function bands(ids: string[], sizes: Map<string, number>, minimum: number, origin: number): Band[] {
  let start = origin
  return ids.map((id) => {
    const band = { id, start, size: Math.max(minimum, sizes.get(id) ?? 0) }
    start += band.size
    return band
  })
}

/** Columns and rows sized to hold every card of every cell. */
export function blueprintGeometry(doc: JourneyDocument): BlueprintGeometry {
  const widths = new Map<string, number>()
  const heights = new Map<string, number>()
  for (const touchpoint of Object.values(doc.touchpoints)) {
    const right = cellOffset(touchpoint.x) + CARD_WIDTH + 2 * CELL_PADDING
    const bottom = cellOffset(touchpoint.y) + CARD_HEIGHT + 2 * CELL_PADDING
    widths.set(touchpoint.stageId, Math.max(widths.get(touchpoint.stageId) ?? 0, right))
    heights.set(touchpoint.laneId, Math.max(heights.get(touchpoint.laneId) ?? 0, bottom))
  }
  const stages = bands(bySortKey(Object.values(doc.stages)).map((stage) => stage.id), widths, MIN_STAGE_WIDTH, LANE_HEADER_WIDTH)
  const lanes = bands(bySortKey(Object.values(doc.lanes)).map((lane) => lane.id), heights, MIN_LANE_HEIGHT, STAGE_HEADER_HEIGHT)
  const lastStage = stages.at(-1)
  const lastLane = lanes.at(-1)
  return {
    stages,
    lanes,
    stageById: new Map(stages.map((band) => [band.id, band])),
    laneById: new Map(lanes.map((band) => [band.id, band])),
    width: lastStage ? lastStage.start + lastStage.size : LANE_HEADER_WIDTH + MIN_STAGE_WIDTH,
    height: lastLane ? lastLane.start + lastLane.size : STAGE_HEADER_HEIGHT + MIN_LANE_HEIGHT,
  }
}

/** Where a card sits on the canvas (its cell's inner corner plus its own offset). */
export function cardPosition(geometry: BlueprintGeometry, touchpoint: Pick<Touchpoint, 'stageId' | 'laneId' | 'x' | 'y'>): Point {
  const stage = geometry.stageById.get(touchpoint.stageId)
  const lane = geometry.laneById.get(touchpoint.laneId)
  return {
    x: (stage?.start ?? LANE_HEADER_WIDTH) + CELL_PADDING + cellOffset(touchpoint.x),
    y: (lane?.start ?? STAGE_HEADER_HEIGHT) + CELL_PADDING + cellOffset(touchpoint.y),
  }
}

function bandAt(list: Band[], coordinate: number): Band | undefined {
  if (list.length === 0) return undefined
  return list.find((band) => coordinate < band.start + band.size) ?? list.at(-1)
}

/** The cell a canvas point falls in; points beyond the grid go to the nearest edge cell. */
export function cellAt(geometry: BlueprintGeometry, point: Point): { stageId: string; laneId: string } | null {
  const stage = bandAt(geometry.stages, point.x)
  const lane = bandAt(geometry.lanes, point.y)
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null
}

/** A card dropped with its top-left corner at `topLeft`: its cell (by the card's centre) and its offset there. */
export function dropTarget(geometry: BlueprintGeometry, topLeft: Point): { stageId: string; laneId: string; x: number; y: number } | null {
  const cell = cellAt(geometry, { x: topLeft.x + CARD_WIDTH / 2, y: topLeft.y + CARD_HEIGHT / 2 })
  if (!cell) return null
  const stage = geometry.stageById.get(cell.stageId)!
  const lane = geometry.laneById.get(cell.laneId)!
  return {
    ...cell,
    x: Math.round(Math.max(0, topLeft.x - stage.start - CELL_PADDING)),
    y: Math.round(Math.max(0, topLeft.y - lane.start - CELL_PADDING)),
  }
}

/** The offset for a new card in a cell: to the right of the cards already there, on the first row. */
export function nextFreeOffset(doc: JourneyDocument, stageId: string, laneId: string): Point {
  let right = -CARD_GAP - CARD_WIDTH
  for (const touchpoint of Object.values(doc.touchpoints)) {
    if (touchpoint.stageId === stageId && touchpoint.laneId === laneId && touchpoint.y < CARD_HEIGHT) {
      right = Math.max(right, cellOffset(touchpoint.x))
    }
  }
  return { x: cellOffset(right + CARD_WIDTH + CARD_GAP), y: 0 }
}

/** The bounding box of some cards on the canvas (for exporting a selection). */
export function cardsBounds(geometry: BlueprintGeometry, touchpoints: Iterable<Touchpoint>): Rect | null {
  let bounds: Rect | null = null
  for (const touchpoint of touchpoints) {
    const { x, y } = cardPosition(geometry, touchpoint)
    if (!bounds) bounds = { x, y, width: CARD_WIDTH, height: CARD_HEIGHT }
    else {
      const right = Math.max(bounds.x + bounds.width, x + CARD_WIDTH)
      const bottom = Math.max(bounds.y + bounds.height, y + CARD_HEIGHT)
      bounds = { x: Math.min(bounds.x, x), y: Math.min(bounds.y, y), width: 0, height: 0 }
      bounds.width = right - bounds.x
      bounds.height = bottom - bounds.y
    }
  }
  return bounds
}
