/**
 * Canvas positions for imported touchpoints: a plain grid that reads like the workshop wall.
 * Stages are columns left to right, lanes are rows top to bottom, and the cards of one stage and
 * lane sit side by side in file order. A real layout engine will replace this later.
 */

/** Horizontal distance between neighbouring cards. */
export const CARD_PITCH_X = 260
/** Vertical distance between lanes. */
export const LANE_PITCH_Y = 220
/** Extra space between the last card of a stage and the first card of the next. */
export const STAGE_GAP = 80

export interface GridCell {
  stageIndex: number
  laneIndex: number
}

/** Positions for `cells`, in the same order; a stage is as wide as its busiest lane. */
export function gridPositions(cells: readonly GridCell[]): { x: number; y: number }[] {
  const cellKey = (cell: GridCell) => `${cell.stageIndex}:${cell.laneIndex}`
  const cardsInCell = new Map<string, number>()
  const widestLane = new Map<number, number>()
  for (const cell of cells) {
    const count = (cardsInCell.get(cellKey(cell)) ?? 0) + 1
    cardsInCell.set(cellKey(cell), count)
    widestLane.set(cell.stageIndex, Math.max(widestLane.get(cell.stageIndex) ?? 0, count))
  }
  const stageCount = Math.max(0, ...cells.map((cell) => cell.stageIndex + 1))
  const stageLeft: number[] = []
  let left = 0
  for (let stage = 0; stage < stageCount; stage++) {
    stageLeft.push(left)
    left += Math.max(1, widestLane.get(stage) ?? 0) * CARD_PITCH_X + STAGE_GAP
  }
  const placed = new Map<string, number>()
  return cells.map((cell) => {
    const slot = placed.get(cellKey(cell)) ?? 0
    placed.set(cellKey(cell), slot + 1)
    return { x: (stageLeft[cell.stageIndex] ?? 0) + slot * CARD_PITCH_X, y: cell.laneIndex * LANE_PITCH_Y }
  })
}
