/** Edge commands: the main path and its alternatives. */
import { z } from 'zod'
import { keyAfterLast } from '../model/order'
import { EdgeSchema, IdSchema } from '../model/schema'
import { CommandError, defineCommand, requireRecord } from './types'

/**
 * Connects two touchpoints. Refuses self-loops and a second edge between the same pair.
 * @example dispatch(connectTouchpoints, { id: newId('ed'), sourceId, targetId, kind: 'main' })
 */
export const connectTouchpoints = defineCommand({
  name: 'connectTouchpoints',
  payload: z.object({
    id: IdSchema,
    sourceId: IdSchema,
    targetId: IdSchema,
    kind: EdgeSchema.shape.kind,
    label: EdgeSchema.shape.label.optional(),
  }),
  apply(draft, { id, sourceId, targetId, kind, label }) {
    requireRecord(draft.touchpoints[sourceId], 'touchpoint', sourceId)
    requireRecord(draft.touchpoints[targetId], 'touchpoint', targetId)
    if (sourceId === targetId) throw new CommandError({ key: 'command.selfLoop' })
    const existing = Object.values(draft.edges).some((edge) => edge.sourceId === sourceId && edge.targetId === targetId)
    if (existing || draft.edges[id]) throw new CommandError({ key: 'command.edgeExists' })
    draft.edges[id] = { id, sourceId, targetId, kind, label: label ?? '', sortKey: keyAfterLast(Object.values(draft.edges)) }
  },
})

/** @example dispatch(updateEdge, { id, changes: { kind: 'alternative', label: '犹豫型顾客' } }) */
export const updateEdge = defineCommand({
  name: 'updateEdge',
  payload: z.object({ id: IdSchema, changes: EdgeSchema.pick({ kind: true, label: true }).partial() }),
  apply(draft, { id, changes }) {
    Object.assign(requireRecord(draft.edges[id], 'edge', id), changes)
  },
  mergeKey: ({ id, changes }) => `edge:${id}:${Object.keys(changes).sort().join(',')}`,
})

/** @example dispatch(removeEdges, { ids: [id] }) */
export const removeEdges = defineCommand({
  name: 'removeEdges',
  payload: z.object({ ids: z.array(IdSchema).min(1) }),
  apply(draft, { ids }) {
    for (const id of ids) {
      requireRecord(draft.edges[id], 'edge', id)
      delete draft.edges[id]
    }
  },
})
