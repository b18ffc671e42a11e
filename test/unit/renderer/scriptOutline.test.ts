import { describe, expect, it } from 'vitest'
import { outlineOrder, scriptOutline, type ScriptEntry } from '../../../renderer/scripts/scriptOutline'
import { bySortKey } from '../../../shared/model/order'
import { journeyWithPath, makeEdge } from '../../helpers/builders'

/** A → B → C on the main path, with touchpoints X, Y, Z, W and the edges each test adds. */
function journey(edges: [string, string, 'main' | 'alternative', string?][]) {
  const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }, { title: 'C' }])
  const extra = journeyWithPath([{ title: 'X' }, { title: 'Y' }, { title: 'Z' }, { title: 'W' }])
  for (const edge of Object.values(extra.edges)) delete extra.edges[edge.id]
  for (const touchpoint of bySortKey(Object.values(extra.touchpoints))) {
    doc.touchpoints[touchpoint.id] = { ...touchpoint, stageId: Object.values(doc.touchpoints)[0]!.stageId, sortKey: `z${touchpoint.sortKey}` }
  }
  const id = (title: string) => Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === title)!.id
  edges.forEach(([from, to, kind, label], index) => {
    const edge = { ...makeEdge(id(from), id(to), kind, `z${index}`), label: label ?? '' }
    doc.edges[edge.id] = edge
  })
  const title = (touchpointId: string) => doc.touchpoints[touchpointId]!.title
  return { doc, title }
}

const shape = (entry: ScriptEntry, title: (id: string) => string): unknown => ({
  [entry.touchpoint.title]: entry.branches.map((branch) => ({
    label: branch.edge.label,
    entries: branch.entries.map((inner) => shape(inner, title)),
    continuesAt: branch.continuesAt?.title ?? null,
    rejoinsMain: branch.rejoinsMain,
  })),
})

describe('the script view outline', () => {
  it('follows the main path, puts an alternative path under the touchpoint it leaves, and cards on no path last', () => {
    const { doc, title } = journey([
      ['A', 'X', 'alternative', 'Hesitant customer'],
      ['X', 'Y', 'main'],
      ['Y', 'C', 'main'],
    ])
    const outline = scriptOutline(doc)
    expect(outline.main.map((entry) => shape(entry, title))).toEqual([
      { A: [{ label: 'Hesitant customer', entries: [{ X: [] }, { Y: [] }], continuesAt: 'C', rejoinsMain: true }] },
      { B: [] },
      { C: [] },
    ])
    expect(outline.offPath.map((touchpoint) => touchpoint.title)).toEqual(['Z', 'W'])
    expect(outlineOrder(outline).map(title)).toEqual(['A', 'X', 'Y', 'B', 'C', 'Z', 'W'])
  })

  it('shows an alternative path that ends, one that goes straight back, and a branch off a branch', () => {
    const { doc, title } = journey([
      ['B', 'X', 'alternative'],
      ['X', 'Y', 'alternative', 'Complaint'],
      ['C', 'B', 'alternative', 'Back to the quote'],
    ])
    const outline = scriptOutline(doc)
    expect(outline.main.map((entry) => shape(entry, title))).toEqual([
      { A: [] },
      { B: [{ label: '', entries: [{ X: [{ label: 'Complaint', entries: [{ Y: [] }], continuesAt: null, rejoinsMain: false }] }], continuesAt: null, rejoinsMain: false }] },
      { C: [{ label: 'Back to the quote', entries: [], continuesAt: 'B', rejoinsMain: true }] },
    ])
    expect(outline.offPath.map((touchpoint) => touchpoint.title)).toEqual(['Z', 'W'])
  })

  it('places every touchpoint once, even when two alternative paths meet', () => {
    const { doc, title } = journey([
      ['A', 'X', 'alternative'],
      ['B', 'Y', 'alternative'],
      ['Y', 'X', 'main'],
      ['X', 'C', 'main'],
    ])
    const outline = scriptOutline(doc)
    expect(outline.main.map((entry) => shape(entry, title))).toEqual([
      { A: [{ label: '', entries: [{ X: [] }], continuesAt: 'C', rejoinsMain: true }] },
      { B: [{ label: '', entries: [{ Y: [] }], continuesAt: 'X', rejoinsMain: false }] },
      { C: [] },
    ])
    const order = outlineOrder(outline)
    expect(new Set(order).size).toBe(order.length)
    expect(order).toHaveLength(Object.keys(doc.touchpoints).length)
  })
})
