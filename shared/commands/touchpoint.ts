/** Touchpoint commands: the cards of the journey. */
import type { Draft } from 'immer'
import { z } from 'zod'
import { bySortKey, keyBetween } from '../model/order'
import { IdSchema, TouchpointSchema, type JourneyDocument } from '../model/schema'
import { normalizePhraseLinks } from './script'
import { CommandError, defineCommand, requireRecord } from './types'

const TouchpointChangesSchema = TouchpointSchema.omit({ id: true, sortKey: true }).partial()
export type TouchpointChanges = z.infer<typeof TouchpointChangesSchema>

function assertCell(draft: Draft<JourneyDocument>, stageId: string, laneId: string): void {
  requireRecord(draft.stages[stageId], 'stage', stageId)
  requireRecord(draft.lanes[laneId], 'lane', laneId)
}

/** Deletes a touchpoint, every edge that touches it and its links from indicators (nothing dangles). */
export function removeTouchpointCascade(draft: Draft<JourneyDocument>, id: string): void {
  for (const edge of Object.values(draft.edges)) {
    if (edge.sourceId === id || edge.targetId === id) delete draft.edges[edge.id]
  }
  for (const indicator of Object.values(draft.indicators)) {
    if (indicator.touchpointIds.includes(id)) indicator.touchpointIds = indicator.touchpointIds.filter((other) => other !== id)
  }
  delete draft.touchpoints[id]
}

/**
 * Adds a touchpoint; placed after `afterId` in document order when given, else last.
 * @example dispatch(addTouchpoint, { touchpoint: makeTouchpoint({ stageId, laneId, sortKey: 'V', title: '进店问候' }) })
 */
export const addTouchpoint = defineCommand({
  name: 'addTouchpoint',
  payload: z.object({ touchpoint: TouchpointSchema, afterId: IdSchema.optional() }),
  apply(draft, { touchpoint, afterId }) {
    if (draft.touchpoints[touchpoint.id]) {
      throw new CommandError({ key: 'command.duplicateId', params: { id: touchpoint.id } })
    }
    assertCell(draft, touchpoint.stageId, touchpoint.laneId)
    const ordered = bySortKey(Object.values(draft.touchpoints))
    const afterIndex = afterId ? ordered.findIndex((other) => other.id === afterId) : ordered.length - 1
    const sortKey = keyBetween(ordered[afterIndex]?.sortKey ?? null, ordered[afterIndex + 1]?.sortKey ?? null)
    draft.touchpoints[touchpoint.id] = { ...touchpoint, sortKey }
    normalizePhraseLinks(draft, draft.touchpoints[touchpoint.id]!)
  },
})

/**
 * Edits fields of one touchpoint. Clearing the MOT flag clears its family too; a script line whose
 * text no longer matches its library phrase (or whose phrase is gone) is unlinked.
 * @example dispatch(updateTouchpoint, { id, changes: { emotion: 2, isPeak: true } })
 */
export const updateTouchpoint = defineCommand({
  name: 'updateTouchpoint',
  payload: z.object({ id: IdSchema, changes: TouchpointChangesSchema }),
  apply(draft, { id, changes }) {
    const touchpoint = requireRecord(draft.touchpoints[id], 'touchpoint', id)
    if (changes.stageId !== undefined || changes.laneId !== undefined) {
      assertCell(draft, changes.stageId ?? touchpoint.stageId, changes.laneId ?? touchpoint.laneId)
    }
    Object.assign(touchpoint, changes)
    if (!touchpoint.isMot) touchpoint.motFamily = null
    if (changes.servqual) touchpoint.servqual = [...new Set(changes.servqual)]
    if (changes.scriptLines) normalizePhraseLinks(draft, touchpoint)
  },
  mergeKey: ({ id, changes }) => `touchpoint:${id}:${Object.keys(changes).sort().join(',')}`,
})

/**
 * Moves touchpoints on the canvas (and into another stage × lane cell when given).
 * @example dispatch(moveTouchpoints, { moves: [{ id, x: 120, y: 40, stageId, laneId }] })
 */
export const moveTouchpoints = defineCommand({
  name: 'moveTouchpoints',
  payload: z.object({
    moves: z
      .array(z.object({ id: IdSchema, x: z.number().finite(), y: z.number().finite(), stageId: IdSchema.optional(), laneId: IdSchema.optional() }))
      .min(1),
  }),
  apply(draft, { moves }) {
    for (const move of moves) {
      const touchpoint = requireRecord(draft.touchpoints[move.id], 'touchpoint', move.id)
      const stageId = move.stageId ?? touchpoint.stageId
      const laneId = move.laneId ?? touchpoint.laneId
      assertCell(draft, stageId, laneId)
      Object.assign(touchpoint, { x: move.x, y: move.y, stageId, laneId })
    }
  },
})

/** Moves a touchpoint to position `index` in document order. @example dispatch(reorderTouchpoint, { id, index: 0 }) */
export const reorderTouchpoint = defineCommand({
  name: 'reorderTouchpoint',
  payload: z.object({ id: IdSchema, index: z.number().int().min(0) }),
  apply(draft, { id, index }) {
    const touchpoint = requireRecord(draft.touchpoints[id], 'touchpoint', id)
    const others = bySortKey(Object.values(draft.touchpoints).filter((other) => other.id !== id))
    const clamped = Math.min(index, others.length)
    touchpoint.sortKey = keyBetween(others[clamped - 1]?.sortKey ?? null, others[clamped]?.sortKey ?? null)
  },
})

/** Removes touchpoints and their edges. @example dispatch(removeTouchpoints, { ids: [id] }) */
export const removeTouchpoints = defineCommand({
  name: 'removeTouchpoints',
  payload: z.object({ ids: z.array(IdSchema).min(1) }),
  apply(draft, { ids }) {
    for (const id of ids) {
      requireRecord(draft.touchpoints[id], 'touchpoint', id)
      removeTouchpointCascade(draft, id)
    }
  },
})
