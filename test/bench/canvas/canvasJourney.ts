/**
 * The canvas benchmark's journey: 2,000 touchpoints over 12 stages × 4 lanes (test/helpers/bigJourney:
 * Chinese titles, standards, script lines, notes), re-laid out as a real blueprint would be (each
 * stage × lane cell holds its cards in two rows, in journey order, so the main path zig-zags down
 * the lanes and on to the next column), and 2,500 connections: the main path through every card
 * (1,999 edges) plus 501 alternatives that skip one to three steps. Written to a real `.journey`
 * file with the app's own services (Workspace.create + saveAs), and the same nodes and edges
 * exported as plain React Flow data for the bare baseline page.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { blueprintGeometry, cardPosition, CARD_GAP, CARD_HEIGHT, CARD_WIDTH } from '../../../shared/canvas/geometry'
import { sequentialKeys } from '../../../shared/model/order'
import type { Edge, JourneyDocument } from '../../../shared/model/schema'
import { Workspace } from '../../../electron/services/workspace'
import { bigJourney, bigTouchpointId } from '../../helpers/bigJourney'

export const TOUCHPOINTS = 2000
export const EDGES = 2500
const ROWS_PER_CELL = 2
const ALTERNATIVE_LABELS = ['跳过此步骤', '顾客改约', '线上办理', '', '转人工服务', '']

export function canvasJourney(): JourneyDocument {
  const doc = bigJourney(TOUCHPOINTS)
  const touchpoints = Object.values(doc.touchpoints)
  const laneIds = Object.keys(doc.lanes)
  const perStage = Math.ceil(TOUCHPOINTS / Object.keys(doc.stages).length)
  touchpoints.forEach((touchpoint, index) => {
    // bigJourney already puts card `index` in stage index / perStage and lane index % 4.
    const slot = Math.floor((index % perStage) / laneIds.length)
    touchpoint.x = Math.floor(slot / ROWS_PER_CELL) * (CARD_WIDTH + CARD_GAP)
    touchpoint.y = (slot % ROWS_PER_CELL) * (CARD_HEIGHT + CARD_GAP)
    touchpoint.isEnd = index === TOUCHPOINTS - 1
  })
  const edges: Record<string, Edge> = {}
  const keys = sequentialKeys(EDGES)
  const add = (sourceIndex: number, targetIndex: number, kind: Edge['kind'], label: string) => {
    const count = Object.keys(edges).length
    const id = `ed_${String(count).padStart(5, '0')}`
    edges[id] = { id, sourceId: bigTouchpointId(sourceIndex), targetId: bigTouchpointId(targetIndex), kind, label, sortKey: keys[count]! }
  }
  for (let index = 0; index + 1 < TOUCHPOINTS; index++) add(index, index + 1, 'main', '')
  for (let k = 0; Object.keys(edges).length < EDGES; k++) {
    const source = (4 * k + 1) % (TOUCHPOINTS - 4)
    add(source, source + 2 + (k % 3), 'alternative', ALTERNATIVE_LABELS[k % ALTERNATIVE_LABELS.length]!)
  }
  doc.edges = edges
  doc.meta = { ...doc.meta, title: `门店销售旅程（${TOUCHPOINTS} 个触点）`, description: '画布性能基准：2000 个触点、2500 条连线。' }
  return doc
}

/** Saves `doc` as a `.journey` file through a throwaway Workspace, as the app would. */
export async function writeJourney(doc: JourneyDocument, path: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-bench-writer-'))
  const workspace = new Workspace({ dataDir, appVersion: 'bench' })
  try {
    const { docId } = workspace.create(doc)
    await workspace.saveAs(docId, path)
    workspace.close(docId, false)
  } finally {
    workspace.closeAll()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export interface BareGraph {
  nodes: { id: string; position: { x: number; y: number }; data: { label: string } }[]
  edges: { id: string; source: string; target: string }[]
}

/** The same cards at the same canvas positions, as React Flow default nodes and default edges. */
export function bareGraph(doc: JourneyDocument): BareGraph {
  const geometry = blueprintGeometry(doc)
  return {
    nodes: Object.values(doc.touchpoints).map((touchpoint) => ({ id: touchpoint.id, position: cardPosition(geometry, touchpoint), data: { label: touchpoint.title } })),
    edges: Object.values(doc.edges).map((edge) => ({ id: edge.id, source: edge.sourceId, target: edge.targetId })),
  }
}
