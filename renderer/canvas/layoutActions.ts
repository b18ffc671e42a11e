/**
 * Arranging cards inside their cells: align the selected ones, spread them evenly, or lay the whole
 * journey out automatically with ELK's layered algorithm (elkjs, loaded only when first used).
 * Every arrangement is one `arrangeTouchpoints` command, so one undo step, and none of them ever
 * moves a card to another stage or lane.
 */
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api'
import { arrangeCells } from '../../shared/canvas/arrange'
import { blueprintGeometry, CARD_GAP, CARD_HEIGHT, CARD_WIDTH, CELL_PADDING, cardPosition, type Point } from '../../shared/canvas/geometry'
import { arrangeTouchpoints } from '../../shared/commands/canvas'
import { touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { bySortKey } from '../../shared/model/order'
import type { JourneyDocument } from '../../shared/model/schema'
import { notify } from '../app/appStore'
import type { DocumentSession } from '../state/documentSession'

export interface Position extends Point {
  id: string
}

/** Applies new offsets as one undo step; only the cards whose offset really changes are sent. */
export function applyPositions(session: DocumentSession, positions: Iterable<Position>): boolean {
  const doc = session.editor.doc
  const changed = [...positions].filter(({ id, x, y }) => {
    const touchpoint = doc.touchpoints[id]
    return touchpoint !== undefined && (touchpoint.x !== Math.max(0, x) || touchpoint.y !== Math.max(0, y))
  })
  return changed.length > 0 && session.dispatch(arrangeTouchpoints, { positions: changed })
}

function existing(doc: JourneyDocument, ids: Iterable<string>) {
  return [...new Set(ids)].flatMap((id) => (doc.touchpoints[id] ? [doc.touchpoints[id]] : []))
}

/**
 * "Align left" gives every card the smallest x offset among them, "Align top" the smallest y offset;
 * each stays in its own cell (so cards of different stages line up with their columns' edges).
 */
export function alignedPositions(doc: JourneyDocument, ids: Iterable<string>, edge: 'left' | 'top'): Position[] {
  const cards = existing(doc, ids)
  if (cards.length < 2) return []
  const axis = edge === 'left' ? 'x' : 'y'
  const target = Math.max(0, Math.min(...cards.map((card) => card[axis])))
  return cards.map(({ id, x, y }) => ({ id, x, y, [axis]: target }))
}

/**
 * "Distribute": per lane, the selected cards spread evenly by their canvas x between the leftmost
 * and the rightmost of them (those two stay). A card never leaves its cell: when the even spot lies
 * outside its stage's column, it goes as near as the column allows.
 */
export function distributedPositions(doc: JourneyDocument, ids: Iterable<string>): Position[] {
  const geometry = blueprintGeometry(doc)
  const byLane = new Map<string, { id: string; x: number; y: number; stageId: string; canvasX: number }[]>()
  for (const card of existing(doc, ids)) {
    const list = byLane.get(card.laneId) ?? []
    list.push({ id: card.id, x: card.x, y: card.y, stageId: card.stageId, canvasX: cardPosition(geometry, card).x })
    byLane.set(card.laneId, list)
  }
  const positions: Position[] = []
  for (const cards of byLane.values()) {
    if (cards.length < 3) continue
    cards.sort((a, b) => a.canvasX - b.canvasX || a.y - b.y)
    const first = cards[0]!.canvasX
    const step = (cards.at(-1)!.canvasX - first) / (cards.length - 1)
    cards.forEach((card, index) => {
      const stage = geometry.stageById.get(card.stageId)
      if (!stage || index === 0 || index === cards.length - 1) return
      const inner = stage.start + CELL_PADDING
      const widest = Math.max(0, stage.size - 2 * CELL_PADDING - CARD_WIDTH)
      const x = Math.round(Math.min(widest, Math.max(0, first + step * index - inner)))
      positions.push({ id: card.id, x, y: card.y })
    })
  }
  return positions
}

export function alignCards(session: DocumentSession, ids: Iterable<string>, edge: 'left' | 'top'): boolean {
  return applyPositions(session, alignedPositions(session.editor.doc, ids, edge))
}

export function distributeCards(session: DocumentSession, ids: Iterable<string>): boolean {
  return applyPositions(session, distributedPositions(session.editor.doc, ids))
}

/** Main-path edges weigh more when ELK decides which connections to keep straight and pointing right. */
const MAIN_PRIORITY = '10'
const ALTERNATIVE_PRIORITY = '1'

/**
 * The journey as an ELK graph: a node per card, partitioned by its stage's index (so ELK keeps the
 * stages' order), and the journey's connections, main ones with a higher priority.
 */
export function elkGraph(doc: JourneyDocument): ElkNode {
  const stageIndex = new Map(bySortKey(Object.values(doc.stages)).map((stage, index) => [stage.id, index]))
  const children: ElkNode[] = touchpointsInDocumentOrder(doc).map((touchpoint) => ({
    id: touchpoint.id,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    layoutOptions: { 'elk.partitioning.partition': String(stageIndex.get(touchpoint.stageId) ?? 0) },
  }))
  const edges: ElkExtendedEdge[] = bySortKey(Object.values(doc.edges))
    .filter((edge) => edge.sourceId !== edge.targetId && doc.touchpoints[edge.sourceId] && doc.touchpoints[edge.targetId])
    .map((edge) => {
      const priority = edge.kind === 'main' ? MAIN_PRIORITY : ALTERNATIVE_PRIORITY
      return {
        id: edge.id,
        sources: [edge.sourceId],
        targets: [edge.targetId],
        layoutOptions: { 'elk.layered.priority.direction': priority, 'elk.layered.priority.straightness': priority },
      }
    })
  return {
    id: 'journey',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': String(CARD_GAP),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(CARD_GAP),
      // Ties (cards ELK has no reason to reorder) keep the document's order.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children,
    edges,
  }
}

/** The cards left to right as ELK placed them (top to bottom within a layer). */
export function layoutOrder(result: ElkNode): string[] {
  return (result.children ?? [])
    .map((node, index) => ({ id: node.id, x: node.x ?? 0, y: node.y ?? 0, index }))
    .sort((a, b) => a.x - b.x || a.y - b.y || a.index - b.index)
    .map((node) => node.id)
}

let elkInstance: Promise<ELK> | undefined

/** ELK's bundled build runs in this thread (no worker, no eval: fine under the app's CSP); loaded on first use. */
export function loadElk(): Promise<ELK> {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then(
    ({ default: ElkConstructor }) => new ElkConstructor(),
    (error: unknown) => {
      elkInstance = undefined // a failed load (e.g. an interrupted update) may succeed next time
      throw error
    },
  )
  return elkInstance
}

/** New offsets for every card: ELK's order within each stage, laid out by `arrangeCells` (cells kept). */
export async function autoLayoutPositions(doc: JourneyDocument, elk?: ELK): Promise<Position[]> {
  if (Object.keys(doc.touchpoints).length === 0) return []
  const engine = elk ?? (await loadElk())
  const result = await engine.layout(elkGraph(doc))
  const offsets = arrangeCells(doc, layoutOrder(result))
  return [...offsets].map(([id, { x, y }]) => ({ id, x, y }))
}

let running = false

/**
 * Lays the whole journey out (one undo step). If the journey changes while ELK works, the layout is
 * computed again for the new state, so it never undoes an edit made meanwhile.
 */
export async function autoLayout(session: DocumentSession): Promise<boolean> {
  if (running) return false
  running = true
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = session.editor.doc
      const positions = await autoLayoutPositions(doc)
      if (session.editor.doc === doc) return applyPositions(session, positions)
    }
    return false
  } catch (error) {
    notify({ tone: 'error', message: { key: 'canvas.autoLayout.failed', params: { detail: String((error as Error).message ?? error) } } })
    return false
  } finally {
    running = false
  }
}
