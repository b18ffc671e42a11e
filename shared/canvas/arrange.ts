/**
 * Tidy card offsets: within each stage, cards stand left to right in the given order (document order
 * by default, or the order an automatic layout found), each in its own lane's row, so time reads
 * left to right across lanes as on a service blueprint. Cells stay as they are: arranging never
 * moves a card to another stage or lane.
 */
import { touchpointsInDocumentOrder } from '../journey/mainPath'
import type { JourneyDocument } from '../model/schema'
import { CARD_GAP, CARD_WIDTH, type Point } from './geometry'

/** New offsets for every touchpoint, stage by stage, following `order` (ids; missing ones go last in document order). */
export function arrangeCells(doc: JourneyDocument, order?: readonly string[]): Map<string, Point> {
  const rank = new Map((order ?? []).map((id, index) => [id, index]))
  const documentOrder = touchpointsInDocumentOrder(doc)
  const fallback = new Map(documentOrder.map((touchpoint, index) => [touchpoint.id, index]))
  const cells = new Map<string, string[]>()
  for (const touchpoint of documentOrder) {
    const key = touchpoint.stageId
    cells.set(key, [...(cells.get(key) ?? []), touchpoint.id])
  }
  const offsets = new Map<string, Point>()
  for (const ids of cells.values()) {
    ids.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || fallback.get(a)! - fallback.get(b)!)
    ids.forEach((id, index) => offsets.set(id, { x: index * (CARD_WIDTH + CARD_GAP), y: 0 }))
  }
  return offsets
}

/** The same document with tidy offsets (for templates and imports, which have no positions of their own). */
export function withArrangedCells(doc: JourneyDocument): JourneyDocument {
  const offsets = arrangeCells(doc)
  const touchpoints = Object.fromEntries(
    Object.values(doc.touchpoints).map((touchpoint) => [touchpoint.id, { ...touchpoint, ...offsets.get(touchpoint.id)! }]),
  )
  return { ...doc, touchpoints }
}
