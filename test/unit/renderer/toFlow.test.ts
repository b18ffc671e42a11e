/**
 * The canvas's node and edge cache (renderer/canvas/toFlow): React Flow redoes work for every node
 * whenever it gets a new node array, so with thousands of cards the cache must hand back the very
 * same objects, and the same array, for whatever did not change.
 */
import { describe, expect, it } from 'vitest'
import { blueprintGeometry } from '../../../shared/canvas/geometry'
import { NO_FILTER } from '../../../shared/canvas/filter'
import type { JourneyDocument } from '../../../shared/model/schema'
import { cardTitleId, FlowCache, type FlowInputs } from '../../../renderer/canvas/toFlow'
import { bigJourney, bigTouchpointId } from '../../helpers/bigJourney'

function inputs(doc: JourneyDocument, changes: Partial<FlowInputs> = {}): FlowInputs {
  return {
    doc,
    geometry: blueprintGeometry(doc),
    selected: new Set(),
    selectedEdges: new Set(),
    filter: NO_FILTER,
    dragging: new Map(),
    describeEdge: (edge, source, target) => `${edge.kind} from ${source.title} to ${target.title}`,
    ...changes,
  }
}

function withTouchpoint(doc: JourneyDocument, id: string, changes: Partial<JourneyDocument['touchpoints'][string]>): JourneyDocument {
  return { ...doc, touchpoints: { ...doc.touchpoints, [id]: { ...doc.touchpoints[id]!, ...changes } } }
}

describe('FlowCache', () => {
  const doc = bigJourney(40)
  const edited = bigTouchpointId(7)

  it('hands back the same node array when a card’s text changes (the card reads its text itself)', () => {
    const cache = new FlowCache()
    const before = cache.nodesFor(inputs(doc))
    expect(before).toHaveLength(41) // the blueprint grid and 40 cards
    const after = cache.nodesFor(inputs(withTouchpoint(doc, edited, { title: 'Greeting, reworded', notes: 'new notes', emotion: 3 })))
    expect(after).toBe(before)
    // The node is named by the card's visible title, never by a copy of the text.
    const node = after.find((candidate) => candidate.id === edited)!
    expect(node.ariaLabel).toBeUndefined()
    expect(node.domAttributes).toEqual({ 'aria-labelledby': cardTitleId(edited) })
  })

  it('replaces only the node whose position, selection or dimming changed', () => {
    const cache = new FlowCache()
    // Card 5 sits in the middle of its cell, so nudging it leaves the grid (and the blueprint node) as it is.
    const nudged = withTouchpoint(doc, bigTouchpointId(5), { x: doc.touchpoints[bigTouchpointId(5)]!.x + 40 })
    const before = cache.nodesFor(inputs(doc))
    const moved = cache.nodesFor(inputs(nudged))
    expect(moved).not.toBe(before)
    const changedIds = moved.filter((node, index) => node !== before[index]).map((node) => node.id)
    expect(changedIds).toEqual([bigTouchpointId(5)])
    const selected = cache.nodesFor(inputs(nudged, { selected: new Set([bigTouchpointId(3)]) }))
    expect(selected.filter((node, index) => node !== moved[index]).map((node) => node.id)).toEqual([bigTouchpointId(3)])
  })

  it('replaces the edges of a card whose title changed, since their names carry it, and no others', () => {
    const cache = new FlowCache()
    const before = cache.edgesFor(inputs(doc))
    const after = cache.edgesFor(inputs(withTouchpoint(doc, edited, { title: 'Greeting, reworded' })))
    const changed = after.filter((edge, index) => edge !== before[index])
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.every((edge) => edge.source === edited || edge.target === edited)).toBe(true)
    expect(changed.every((edge) => edge.ariaLabel!.includes('Greeting, reworded'))).toBe(true)
  })
})
