/** Persona commands: who the journey is drawn for (a tier or a named persona). */
import { z } from 'zod'
import { keyAfterLast } from '../model/order'
import { IdSchema, PersonaSchema } from '../model/schema'
import { defineCommand, requireRecord } from './types'

/** @example dispatch(addPersona, { id: newId('pe'), name: '装修业主', tier: 'key' }) */
export const addPersona = defineCommand({
  name: 'addPersona',
  payload: PersonaSchema.pick({ id: true, name: true, tier: true }).extend({ note: PersonaSchema.shape.note.optional() }),
  apply(draft, { id, name, tier, note }) {
    draft.personas[id] = { id, name, tier, note: note ?? '', sortKey: keyAfterLast(Object.values(draft.personas)) }
  },
})

/** @example dispatch(updatePersona, { id, changes: { note: '首次装修' } }) */
export const updatePersona = defineCommand({
  name: 'updatePersona',
  payload: z.object({ id: IdSchema, changes: PersonaSchema.pick({ name: true, tier: true, note: true }).partial() }),
  apply(draft, { id, changes }) {
    Object.assign(requireRecord(draft.personas[id], 'persona', id), changes)
  },
  mergeKey: ({ id, changes }) => `persona:${id}:${Object.keys(changes).sort().join(',')}`,
})

/** @example dispatch(removePersona, { id }) */
export const removePersona = defineCommand({
  name: 'removePersona',
  payload: z.object({ id: IdSchema }),
  apply(draft, { id }) {
    requireRecord(draft.personas[id], 'persona', id)
    delete draft.personas[id]
  },
})
