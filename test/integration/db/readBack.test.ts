/**
 * The reader keeps the records it builds from rows as they are when quickAccept vouches for them
 * (shared/model/quickAccept.ts), which it does only for records with the schema's keys in the
 * schema's order. These tests prove that records read from a file have that shape, so opening a
 * large journey never pays for zod's copies, and that what is loaded is exactly what zod would return.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { quickAccept } from '../../../shared/model/quickAccept'
import { COLLECTIONS, RECORD_SCHEMAS, type JourneyDocument } from '../../../shared/model/schema'
import { TEMPLATES } from '../../../shared/templates'
import { buildTemplate } from '../../../shared/templates/spec'
import { bigJourney } from '../../helpers/bigJourney'
import { retailJourney } from '../../helpers/retailJourney'
import { useTempDir, useWorkspaces, writeJourneyFile } from '../../helpers/journeyFiles'

const dir = useTempDir('mot-readback-')
const workspaces = useWorkspaces(dir)

const DOCUMENTS: [string, () => JourneyDocument][] = [
  ['the retail journey', retailJourney],
  ['a 200-touchpoint journey', () => bigJourney(200)],
  ...TEMPLATES.map((spec): [string, () => JourneyDocument] => [`the ${spec.id} template`, () => buildTemplate(spec, 'zh-CN')]),
]

describe('reading records back from a file', () => {
  it.each(DOCUMENTS)('keeps every record of %s as read, equal to what zod returns', async (_label, make) => {
    const path = join(dir(), 'readback.journey')
    await writeJourneyFile(path, make(), join(dir(), 'writer'))
    const snapshot = workspaces().open(path, 'en')
    expect(snapshot.dropped).toEqual([])
    for (const name of COLLECTIONS) {
      const schema = RECORD_SCHEMAS[name] as z.ZodType
      const accept = quickAccept(schema)
      for (const record of Object.values(snapshot.doc[name])) {
        // Same content and key order as zod's output: the file looks the same whichever path read it.
        expect(JSON.stringify(schema.parse(record))).toBe(JSON.stringify(record))
        if (name !== 'scorecards' && name !== 'indicators') expect(accept(record), `${name} ${JSON.stringify(record)}`).toBe(true)
      }
    }
  })
})
