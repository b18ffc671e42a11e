/**
 * The order of the script view: the main path, first to last; under each touchpoint the
 * alternative paths that leave it (an alternative edge, then its target's main edges until the path
 * reaches a touchpoint already placed — usually back on the main path — or ends); then every
 * touchpoint on no path, in document order. Every touchpoint appears exactly once. Pure.
 */
import { mainEdgesBySource, mainPath, touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { bySortKey } from '../../shared/model/order'
import type { Edge, JourneyDocument, Touchpoint } from '../../shared/model/schema'

export interface ScriptEntry {
  touchpoint: Touchpoint
  branches: ScriptBranch[]
}

export interface ScriptBranch {
  edge: Edge
  /** The touchpoints of the alternative path, in order (empty when it goes straight to a placed one). */
  entries: ScriptEntry[]
  /** Where the path continues: a touchpoint placed elsewhere (on the main path when `rejoinsMain`). */
  continuesAt: Touchpoint | null
  rejoinsMain: boolean
}

export interface ScriptOutline {
  main: ScriptEntry[]
  offPath: Touchpoint[]
}

export function scriptOutline(doc: JourneyDocument): ScriptOutline {
  const path = mainPath(doc)
  const onMain = new Set(path.map((touchpoint) => touchpoint.id))
  const placed = new Set(onMain)
  const mainBySource = mainEdgesBySource(doc)
  const alternativesBySource = new Map<string, Edge[]>()
  for (const edge of bySortKey(Object.values(doc.edges))) {
    if (edge.kind !== 'alternative' || edge.sourceId === edge.targetId || !doc.touchpoints[edge.targetId]) continue
    alternativesBySource.set(edge.sourceId, [...(alternativesBySource.get(edge.sourceId) ?? []), edge])
  }

  const branchesOf = (touchpoint: Touchpoint): ScriptBranch[] =>
    (alternativesBySource.get(touchpoint.id) ?? []).flatMap((edge) => {
      const chain: Touchpoint[] = []
      let current: Touchpoint | undefined = doc.touchpoints[edge.targetId]
      while (current && !placed.has(current.id)) {
        chain.push(current)
        placed.add(current.id)
        const next: Edge | undefined = mainBySource.get(current.id)?.find((candidate) => doc.touchpoints[candidate.targetId])
        current = next ? doc.touchpoints[next.targetId] : undefined
      }
      if (chain.length === 0 && !current) return []
      const entries = chain.map((step) => ({ touchpoint: step, branches: [] as ScriptBranch[] }))
      for (const entry of entries) entry.branches = branchesOf(entry.touchpoint)
      return [{ edge, entries, continuesAt: current ?? null, rejoinsMain: current !== undefined && onMain.has(current.id) }]
    })

  const main = path.map((touchpoint) => ({ touchpoint, branches: [] as ScriptBranch[] }))
  for (const entry of main) entry.branches = branchesOf(entry.touchpoint)
  const offPath = touchpointsInDocumentOrder(doc).filter((touchpoint) => !placed.has(touchpoint.id))
  return { main, offPath }
}

/** The touchpoint ids in the order the script view shows them. */
export function outlineOrder(outline: ScriptOutline): string[] {
  const ids: string[] = []
  const visit = (entry: ScriptEntry) => {
    ids.push(entry.touchpoint.id)
    for (const branch of entry.branches) branch.entries.forEach(visit)
  }
  outline.main.forEach(visit)
  for (const touchpoint of outline.offPath) ids.push(touchpoint.id)
  return ids
}
