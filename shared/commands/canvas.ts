/** Canvas commands that touch many cards at once: paste (or duplicate) cards, arrange their offsets. */
import type { Draft } from 'immer'
import { z } from 'zod'
import { EdgeSchema, IdSchema, TouchpointSchema, type JourneyDocument } from '../model/schema'
import { normalizePhraseLinks } from './script'
import { CommandError, defineCommand, requireRecord } from './types'

function assertCell(draft: Draft<JourneyDocument>, stageId: string, laneId: string): void {
  requireRecord(draft.stages[stageId], 'stage', stageId)
  requireRecord(draft.lanes[laneId], 'lane', laneId)
}

/**
 * Adds copied cards and the connections among them, as one step (see `pastePlan`, which makes the
 * payload: fresh ids, cells of this journey, sort keys after the last ones). Refuses an id that is
 * already taken, a cell that does not exist, and a connection whose ends are missing, loop on
 * themselves or are already connected; then nothing is added.
 * @example dispatch(pasteTouchpoints, pastePlan(doc, parseClipboard(text)!))
 */
export const pasteTouchpoints = defineCommand({
  name: 'pasteTouchpoints',
  payload: z.object({
    touchpoints: z.array(TouchpointSchema).min(1),
    edges: z.array(EdgeSchema),
  }),
  apply(draft, { touchpoints, edges }) {
    for (const touchpoint of touchpoints) {
      if (draft.touchpoints[touchpoint.id]) throw new CommandError({ key: 'command.duplicateId', params: { id: touchpoint.id } })
      assertCell(draft, touchpoint.stageId, touchpoint.laneId)
      draft.touchpoints[touchpoint.id] = touchpoint
      normalizePhraseLinks(draft, draft.touchpoints[touchpoint.id]!)
    }
    for (const edge of edges) {
      if (draft.edges[edge.id]) throw new CommandError({ key: 'command.duplicateId', params: { id: edge.id } })
      requireRecord(draft.touchpoints[edge.sourceId], 'touchpoint', edge.sourceId)
      requireRecord(draft.touchpoints[edge.targetId], 'touchpoint', edge.targetId)
      if (edge.sourceId === edge.targetId) throw new CommandError({ key: 'command.selfLoop' })
      const existing = Object.values(draft.edges).some((other) => other.sourceId === edge.sourceId && other.targetId === edge.targetId)
      if (existing) throw new CommandError({ key: 'command.edgeExists' })
      draft.edges[edge.id] = edge
    }
  },
})

/**
 * Sets the offsets of many cards inside their own cells (align, distribute, auto-layout): one undo
 * step, and never a change of stage or lane. Negative offsets become 0 (the cell's inner corner).
 * @example dispatch(arrangeTouchpoints, { positions: [{ id, x: 0, y: 40 }] })
 */
export const arrangeTouchpoints = defineCommand({
  name: 'arrangeTouchpoints',
  payload: z.object({
    positions: z.array(z.object({ id: IdSchema, x: z.number().finite(), y: z.number().finite() })).min(1),
  }),
  apply(draft, { positions }) {
    for (const { id, x, y } of positions) {
      const touchpoint = requireRecord(draft.touchpoints[id], 'touchpoint', id)
      const nextX = Math.max(0, x)
      const nextY = Math.max(0, y)
      if (touchpoint.x !== nextX) touchpoint.x = nextX
      if (touchpoint.y !== nextY) touchpoint.y = nextY
    }
  },
})
