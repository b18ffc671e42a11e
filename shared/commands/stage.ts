/** Stage commands: the journey's columns (consultation → … → referral). */
import { z } from 'zod'
import { bySortKey, keyBetween } from '../model/order'
import { IdSchema, StageSchema, type JourneyDocument } from '../model/schema'
import { defineCommand, requireRecord } from './types'
import { removeTouchpointCascade } from './touchpoint'

/** The sort key that puts a record at `index` among `siblings` (which exclude the record itself). */
export function keyAtIndex(siblings: { sortKey: string; id: string }[], index: number): string {
  const sorted = bySortKey(siblings)
  const clamped = Math.max(0, Math.min(index, sorted.length))
  return keyBetween(sorted[clamped - 1]?.sortKey ?? null, sorted[clamped]?.sortKey ?? null)
}

/**
 * Adds a stage at `index` (default: last).
 * @example dispatch(addStage, { id: newId('st'), name: '回访' })
 */
export const addStage = defineCommand({
  name: 'addStage',
  payload: z.object({ id: IdSchema, name: StageSchema.shape.name, index: z.number().int().min(0).optional() }),
  apply(draft, { id, name, index }) {
    const siblings = Object.values(draft.stages)
    draft.stages[id] = { id, name, sortKey: keyAtIndex(siblings, index ?? siblings.length) }
  },
})

/** @example dispatch(renameStage, { id, name: '需求挖掘' }) */
export const renameStage = defineCommand({
  name: 'renameStage',
  payload: z.object({ id: IdSchema, name: StageSchema.shape.name }),
  apply(draft, { id, name }) {
    requireRecord(draft.stages[id], 'stage', id).name = name
  },
  mergeKey: ({ id }) => `stage:${id}:name`,
})

/** Moves a stage to position `index` among the others. @example dispatch(moveStage, { id, index: 0 }) */
export const moveStage = defineCommand({
  name: 'moveStage',
  payload: z.object({ id: IdSchema, index: z.number().int().min(0) }),
  apply(draft, { id, index }) {
    const stage = requireRecord(draft.stages[id], 'stage', id)
    stage.sortKey = keyAtIndex(
      Object.values(draft.stages).filter((other) => other.id !== id),
      index,
    )
  },
})

/** Removes a stage with its touchpoints and their edges. @example dispatch(removeStage, { id }) */
export const removeStage = defineCommand({
  name: 'removeStage',
  payload: z.object({ id: IdSchema }),
  apply(draft, { id }) {
    requireRecord(draft.stages[id], 'stage', id)
    for (const touchpoint of Object.values(draft.touchpoints)) {
      if (touchpoint.stageId === id) removeTouchpointCascade(draft, touchpoint.id)
    }
    delete draft.stages[id]
  },
})

/** Touchpoints a stage holds (to ask for confirmation before removing a non-empty one). */
export function stageTouchpointCount(doc: JourneyDocument, stageId: string): number {
  return Object.values(doc.touchpoints).filter((touchpoint) => touchpoint.stageId === stageId).length
}

/** @example dispatch(renameLane, { id, name: '顾客行为' }) */
export const renameLane = defineCommand({
  name: 'renameLane',
  payload: z.object({ id: IdSchema, name: StageSchema.shape.name }),
  apply(draft, { id, name }) {
    requireRecord(draft.lanes[id], 'lane', id).name = name
  },
  mergeKey: ({ id }) => `lane:${id}:name`,
})
