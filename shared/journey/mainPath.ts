/**
 * The journey's main path (methods.md §1): start at the first touchpoint in document order that no
 * edge enters, then follow main-path edges until none is left. Alternative edges branch off it.
 */
import { bySortKey } from '../model/order'
import type { Edge, JourneyDocument, Touchpoint } from '../model/schema'

/** Touchpoints in document order: stage order first, then each touchpoint's own sort key. */
export function touchpointsInDocumentOrder(doc: JourneyDocument): Touchpoint[] {
  const stageRank = new Map(bySortKey(Object.values(doc.stages)).map((stage, rank) => [stage.id, rank]))
  return bySortKey(Object.values(doc.touchpoints)).sort(
    (a, b) => (stageRank.get(a.stageId) ?? Infinity) - (stageRank.get(b.stageId) ?? Infinity),
  )
}

/** Outgoing main-path edges per touchpoint, in edge order (the first one wins if there are several). */
export function mainEdgesBySource(doc: JourneyDocument): Map<string, Edge[]> {
  const bySource = new Map<string, Edge[]>()
  for (const edge of bySortKey(Object.values(doc.edges))) {
    if (edge.kind !== 'main') continue
    const list = bySource.get(edge.sourceId)
    if (list) list.push(edge)
    else bySource.set(edge.sourceId, [edge])
  }
  return bySource
}

/** The touchpoints on the main path, first to last. Empty for an empty journey; stops at a cycle. */
export function mainPath(doc: JourneyDocument): Touchpoint[] {
  const entered = new Set<string>()
  for (const edge of Object.values(doc.edges)) {
    if (edge.sourceId !== edge.targetId && doc.touchpoints[edge.sourceId]) entered.add(edge.targetId)
  }
  const start = touchpointsInDocumentOrder(doc).find((touchpoint) => !entered.has(touchpoint.id))
  if (!start) return []
  const bySource = mainEdgesBySource(doc)
  const path: Touchpoint[] = []
  const visited = new Set<string>()
  let current: Touchpoint | undefined = start
  while (current && !visited.has(current.id)) {
    path.push(current)
    visited.add(current.id)
    const next: Edge | undefined = bySource.get(current.id)?.find((edge) => doc.touchpoints[edge.targetId])
    current = next ? doc.touchpoints[next.targetId] : undefined
  }
  return path
}

/** Ids of touchpoints reachable from the main path's start over any edge. */
export function reachableFromStart(doc: JourneyDocument): Set<string> {
  const start = mainPath(doc)[0]
  const reached = new Set<string>()
  if (!start) return reached
  const outgoing = new Map<string, string[]>()
  for (const edge of Object.values(doc.edges)) {
    outgoing.set(edge.sourceId, [...(outgoing.get(edge.sourceId) ?? []), edge.targetId])
  }
  const queue = [start.id]
  while (queue.length > 0) {
    const id = queue.pop()!
    if (reached.has(id) || !doc.touchpoints[id]) continue
    reached.add(id)
    queue.push(...(outgoing.get(id) ?? []))
  }
  return reached
}
