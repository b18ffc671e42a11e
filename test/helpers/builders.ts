/** Builders for test documents (Excalidraw's diagram factory idea): terse, deterministic, valid. */
import { createJourney, makeTouchpoint } from '../../shared/model/factory'
import { lineFromText, standard, type ScriptLine, type ServiceStandard } from '../../shared/model/script'
import { bySortKey, sequentialKeys } from '../../shared/model/order'
import type { Edge, JourneyDocument, Locale, Touchpoint } from '../../shared/model/schema'

/** A touchpoint in a test: standards and script lines may be written as plain text ("顾客：…" makes a customer line). */
export interface TouchpointSpec extends Partial<Omit<Touchpoint, 'standards' | 'scriptLines'>> {
  title: string
  standards?: (string | ServiceStandard)[]
  scriptLines?: (string | ScriptLine)[]
}

/** The touchpoint fields of a spec, with plain-text standards and script lines made structured. */
export function touchpointFields(spec: TouchpointSpec): Partial<Touchpoint> {
  const { standards, scriptLines, ...rest } = spec
  return {
    ...rest,
    ...(standards ? { standards: standards.map((item) => (typeof item === 'string' ? standard(item) : item)) } : {}),
    ...(scriptLines ? { scriptLines: scriptLines.map((item) => (typeof item === 'string' ? lineFromText(item) : item)) } : {}),
  }
}

/**
 * A journey whose touchpoints form one main path in the given order, spread over the canonical
 * stages (`stage` picks one by index), all in the frontstage lane unless told otherwise.
 */
export function journeyWithPath(specs: TouchpointSpec[], options: { locale?: Locale; stageOf?: (index: number) => number } = {}): JourneyDocument {
  const doc = createJourney({ locale: options.locale ?? 'en', title: 'Test journey' })
  const stages = bySortKey(Object.values(doc.stages))
  const frontstage = Object.values(doc.lanes).find((lane) => lane.kind === 'frontstage')!
  const keys = sequentialKeys(specs.length)
  const touchpoints = specs.map((spec, index) =>
    makeTouchpoint({
      stageId: stages[Math.min(options.stageOf?.(index) ?? 0, stages.length - 1)]!.id,
      laneId: frontstage.id,
      sortKey: keys[index]!,
      ...touchpointFields(spec),
    }),
  )
  for (const touchpoint of touchpoints) doc.touchpoints[touchpoint.id] = touchpoint
  touchpoints.slice(1).forEach((touchpoint, index) => {
    const edge = makeEdge(touchpoints[index]!.id, touchpoint.id, 'main', keys[index]!)
    doc.edges[edge.id] = edge
  })
  return doc
}

let edgeCounter = 0
export function makeEdge(sourceId: string, targetId: string, kind: Edge['kind'] = 'main', sortKey = 'V'): Edge {
  edgeCounter += 1
  return { id: `ed_test${edgeCounter}`, sourceId, targetId, kind, label: '', sortKey }
}

export function titles(touchpoints: { title: string }[]): string[] {
  return touchpoints.map((touchpoint) => touchpoint.title)
}
