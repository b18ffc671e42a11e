/**
 * What the canvas does with a gesture, as small named actions over commands: drop cards into a
 * cell, connect, delete, add the next step of the main path, nudge, move a stage, walk the cards.
 */
import type { Connection } from '@xyflow/react'
import { connectTouchpoints, removeEdges, updateEdge } from '../../shared/commands/edge'
import { moveStage } from '../../shared/commands/stage'
import { addTouchpoint, moveTouchpoints, removeTouchpoints } from '../../shared/commands/touchpoint'
import { blueprintGeometry, CARD_GAP, CARD_HEIGHT, CARD_WIDTH, cardPosition, dropTarget, type BlueprintGeometry, type Point } from '../../shared/canvas/geometry'
import { translate } from '../../shared/i18n/translate'
import { mainEdgesBySource } from '../../shared/journey/mainPath'
import { makeTouchpoint } from '../../shared/model/factory'
import { newId } from '../../shared/model/ids'
import type { JourneyDocument } from '../../shared/model/schema'
import { requestFocus, selectTouchpoint } from '../editor/selection'
import type { DocumentSession } from '../state/documentSession'

/** Cards dropped at canvas positions: each lands in the cell under its centre, at that spot. */
export function dropCards(session: DocumentSession, geometry: BlueprintGeometry, dropped: { id: string; position: Point }[]): void {
  const moves = dropped.flatMap(({ id, position }) => {
    const target = dropTarget(geometry, position)
    return target ? [{ id, ...target }] : []
  })
  if (moves.length > 0) session.dispatch(moveTouchpoints, { moves })
}

/** Moves selected cards by a few pixels inside their cells (keyboard nudging). */
export function nudgeCards(session: DocumentSession, ids: Iterable<string>, dx: number, dy: number): void {
  const doc = session.editor.doc
  const moves = [...ids].flatMap((id) => {
    const touchpoint = doc.touchpoints[id]
    return touchpoint ? [{ id, x: Math.max(0, touchpoint.x + dx), y: Math.max(0, touchpoint.y + dy) }] : []
  })
  if (moves.length > 0) session.dispatch(moveTouchpoints, { moves })
}

/** A drag between two handles: the main path if the source has none leaving it yet, else an alternative. */
export function connectCards(session: DocumentSession, connection: Connection): void {
  const { source, target } = connection
  if (!source || !target) return
  const doc = session.editor.doc
  const hasMain = (mainEdgesBySource(doc).get(source) ?? []).length > 0
  session.dispatch(connectTouchpoints, { id: newId('ed'), sourceId: source, targetId: target, kind: hasMain ? 'alternative' : 'main' })
}

/** Deletes cards and connections as one undo step (a card's own edges go with it). */
export function deleteElements(session: DocumentSession, touchpointIds: string[], edgeIds: string[]): void {
  const doc = session.editor.doc
  const cards = touchpointIds.filter((id) => doc.touchpoints[id])
  const gone = new Set(cards)
  const edges = edgeIds.filter((id) => {
    const edge = doc.edges[id]
    return edge && !gone.has(edge.sourceId) && !gone.has(edge.targetId)
  })
  if (cards.length === 0 && edges.length === 0) return
  session.batch('delete', () => {
    if (edges.length > 0) session.dispatch(removeEdges, { ids: edges })
    if (cards.length > 0) session.dispatch(removeTouchpoints, { ids: cards })
  })
  if (cards.length > 0) selectTouchpoint(null)
}

/**
 * Enter on a card: a new card right after it, in the same stage and lane, joined to it on the main
 * path; if the main path went on from there, it now goes on from the new card.
 */
export function addNextStep(session: DocumentSession, fromId: string): void {
  const doc = session.editor.doc
  const from = doc.touchpoints[fromId]
  if (!from) return
  const touchpoint = makeTouchpoint({
    stageId: from.stageId,
    laneId: from.laneId,
    sortKey: 'V',
    title: translate(doc.meta.locale, 'editor.touchpoint.newTitle'),
    x: from.x + CARD_WIDTH + CARD_GAP,
    y: from.y,
  })
  const onward = (mainEdgesBySource(doc).get(fromId) ?? []).find((edge) => doc.touchpoints[edge.targetId])
  const added = session.batch('addNextStep', () => {
    if (!session.dispatch(addTouchpoint, { touchpoint, afterId: fromId })) return false
    if (onward) {
      session.dispatch(removeEdges, { ids: [onward.id] })
      session.dispatch(connectTouchpoints, { id: newId('ed'), sourceId: touchpoint.id, targetId: onward.targetId, kind: 'main', label: onward.label })
    }
    session.dispatch(connectTouchpoints, { id: newId('ed'), sourceId: fromId, targetId: touchpoint.id, kind: 'main' })
    return true
  })
  if (!added) return
  selectTouchpoint(touchpoint.id)
  requestFocus({ kind: 'touchpointTitle', id: touchpoint.id })
}

/** Switches a connection between the main path and an alternative. */
export function toggleEdgeKind(session: DocumentSession, edgeId: string): void {
  const edge = session.editor.doc.edges[edgeId]
  if (edge) session.dispatch(updateEdge, { id: edgeId, changes: { kind: edge.kind === 'main' ? 'alternative' : 'main' } })
}

/** A stage header dropped at canvas x: the stage takes the position of the column there. */
export function moveStageTo(session: DocumentSession, stageId: string, flowX: number): void {
  const doc = session.editor.doc
  const stages = Object.values(doc.stages)
  if (stages.length < 2) return
  const geometry = blueprintGeometry(doc)
  let index = geometry.stages.findIndex((band) => flowX < band.start + band.size)
  if (index < 0) index = geometry.stages.length - 1
  const current = geometry.stages.findIndex((band) => band.id === stageId)
  if (index === current) return
  session.dispatch(moveStage, { id: stageId, index })
}

export type Direction = 'left' | 'right' | 'up' | 'down'

/** The nearest card in a direction from another (keyboard navigation on the canvas). */
export function neighbourCard(doc: JourneyDocument, geometry: BlueprintGeometry, fromId: string, direction: Direction): string | null {
  const from = doc.touchpoints[fromId]
  if (!from) return null
  const origin = cardPosition(geometry, from)
  let best: { id: string; score: number } | null = null
  for (const touchpoint of Object.values(doc.touchpoints)) {
    if (touchpoint.id === fromId) continue
    const { x, y } = cardPosition(geometry, touchpoint)
    const dx = (x - origin.x) / CARD_WIDTH
    const dy = (y - origin.y) / CARD_HEIGHT
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx)
    if (along <= 0.01) continue
    const score = along + 2 * across
    if (!best || score < best.score) best = { id: touchpoint.id, score }
  }
  return best?.id ?? null
}

