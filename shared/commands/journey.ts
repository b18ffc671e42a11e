/** Journey-level commands: title, description, language, version label. */
import { z } from 'zod'
import { JourneyMetaSchema } from '../model/schema'
import { defineCommand } from './types'

/**
 * Changes journey properties.
 * @example dispatch(setJourneyMeta, { changes: { title: '门店咨询旅程' } })
 */
export const setJourneyMeta = defineCommand({
  name: 'setJourneyMeta',
  payload: z.object({ changes: JourneyMetaSchema.partial() }),
  apply(draft, { changes }) {
    Object.assign(draft.meta, changes)
  },
  mergeKey: ({ changes }) => `meta:${Object.keys(changes).sort().join(',')}`,
})
