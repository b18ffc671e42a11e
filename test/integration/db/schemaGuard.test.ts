/**
 * Schema guard: the schema our migrations build must keep everything in the committed snapshot
 * (`electron/services/document/schemaSnapshot.json`): no table, column, foreign key, index or view is
 * ever removed or changed, because files in the wild have it. Additions must be recorded:
 *
 *   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/integration/db/schemaGuard.test.ts
 *
 * rewrites the snapshot, but only when the change is purely additive.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../../../electron/services/document/format'
import { SCHEMA_SNAPSHOT_PATH, compareSchemas, describeSchema, formatSnapshot, type SchemaSnapshot } from '../../helpers/schemaSnapshot'

const readSnapshot = () => JSON.parse(readFileSync(SCHEMA_SNAPSHOT_PATH, 'utf8')) as SchemaSnapshot

describe('schema guard', () => {
  it('the migrated schema removes and changes nothing the committed snapshot has', () => {
    const current = describeSchema(CURRENT_SCHEMA_VERSION)
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) {
      if (existsSync(SCHEMA_SNAPSHOT_PATH)) expect(compareSchemas(readSnapshot(), current).broken).toEqual([])
      writeFileSync(SCHEMA_SNAPSHOT_PATH, formatSnapshot(current))
    }
    const { broken, added } = compareSchemas(readSnapshot(), current)
    expect(broken, 'migrations are additive only: never remove or change what a released version has').toEqual([])
    expect(added, 'record additions with UPDATE_SCHEMA_SNAPSHOT=1 (see this file)').toEqual([])
  })

  it('notices a removed column, a changed column type, a removed index and a removed view', () => {
    const committed = describeSchema(CURRENT_SCHEMA_VERSION)
    const current = structuredClone(committed)
    const touchpoint = current.tables.touchpoint!
    touchpoint.columns = touchpoint.columns.filter((column) => column.name !== 'notes')
    touchpoint.columns.find((column) => column.name === 'emotion')!.type = 'REAL'
    touchpoint.indexes = touchpoint.indexes.filter((index) => index.name !== 'touchpoint_by_lane')
    delete current.tables.persona
    current.views = current.views.filter((view) => view !== 'main_path')
    expect(compareSchemas(committed, current).broken).toEqual([
      'table persona was removed',
      'column touchpoint.emotion changed (type: INTEGER → REAL)',
      'column touchpoint.notes was removed',
      'index touchpoint_by_lane on touchpoint was removed',
      'view main_path was removed',
    ])
  })

  it('accepts an added column and table as additions, not breakage', () => {
    const committed = describeSchema(CURRENT_SCHEMA_VERSION)
    const current = structuredClone(committed)
    current.tables.persona!.columns.push({ cid: 5, name: 'color', type: 'TEXT', notnull: 0, dflt_value: null, pk: 0 })
    current.tables.tag = { strict: true, withoutRowid: false, columns: [], foreignKeys: [], indexes: [] }
    expect(compareSchemas(committed, current)).toEqual({ broken: [], added: ['column persona.color', 'table tag'] })
  })
})
