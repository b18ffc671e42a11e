/**
 * The whole open pipeline on an older file, ahead of the first real migration: here the app is made
 * to believe it is at schema version 2 (a test-only step that adds a persona column and a table),
 * and the frozen version-1 fixture is opened, checked against the version-1 allowlist, imported,
 * migrated in the working copy, saved as version 2 and reopened.
 */
import Database from 'better-sqlite3'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CURRENT_SCHEMA_VERSION, columnsOf, expectedSchema, readSchema } from '../../../electron/services/document/format'
import type * as MigrationsModule from '../../../electron/services/document/migrations/index'
import type { Migration } from '../../../electron/services/document/migrations/types'
import { V1_RETAIL } from '../../fixtures/scripts/makeFixtures'
import { fingerprint, serviceErrorOf, sideFilesOf, tamper, useTempDir, useWorkspaces } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'

vi.mock('../../../electron/services/document/migrations/index', async (importOriginal) => {
  const actual = await importOriginal<typeof MigrationsModule>()
  const version2: Migration = {
    version: 2,
    name: 'test-add-persona-color',
    up(db) {
      db.exec(`ALTER TABLE persona ADD COLUMN color TEXT NOT NULL DEFAULT '';
        CREATE TABLE tag (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;`)
    },
  }
  const MIGRATIONS = [...actual.MIGRATIONS, version2]
  return {
    ...actual,
    MIGRATIONS,
    CURRENT_SCHEMA_VERSION: MIGRATIONS.length,
    migrate: (db: Database.Database, target = MIGRATIONS.length, migrations = MIGRATIONS) => actual.migrate(db, target, migrations),
  }
})

const dir = useTempDir('mot-migrated-')
const workspaces = useWorkspaces(dir)

function v1Copy(): string {
  const path = join(dir(), 'v1-retail.journey')
  copyFileSync(V1_RETAIL, path)
  return path
}

describe('opening a version-1 file when the app is at version 2', () => {
  it('the test really runs at version 2 (the mock is in effect)', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2)
    expect(expectedSchema(2).map((object) => object.name)).toContain('tag')
  })

  it('migrates it in the working copy, reports migratedFrom 1, and leaves the original as it was', () => {
    const path = v1Copy()
    const before = fingerprint(path)
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'zh-CN')
    expect(snapshot.migratedFrom).toBe(1)
    expect(snapshot.dropped).toEqual([])
    expect(snapshot.doc).toEqual(retailJourney())
    expect(fingerprint(path)).toEqual(before)
    expect(sideFilesOf(path)).toEqual([])

    const working = new Database(join(dir(), 'data', 'working', `${snapshot.docId}.journey`), { readonly: true })
    try {
      expect(working.pragma('user_version', { simple: true })).toBe(2)
      expect(readSchema(working)).toEqual(expectedSchema(2))
      expect(columnsOf(working, 'persona')).toContain('color')
    } finally {
      working.close()
    }
  })

  it('saves it as a version-2 file that passes the version-2 allowlist on reopening', async () => {
    const path = v1Copy()
    const workspace = workspaces()
    const { docId } = workspace.open(path, 'en')
    await workspace.save(docId)
    workspace.close(docId, false)
    const saved = new Database(path, { readonly: true })
    try {
      expect(saved.pragma('user_version', { simple: true })).toBe(2)
      expect(readSchema(saved)).toEqual(expectedSchema(2))
    } finally {
      saved.close()
    }
    const reopened = workspace.open(path, 'en')
    expect(reopened.migratedFrom).toBeNull()
    expect(reopened.doc).toEqual(retailJourney())
  })

  it('still holds a version-1 file to the version-1 allowlist (a v2 table in a v1 file is refused)', () => {
    const path = v1Copy()
    tamper(path, (db) => db.exec('CREATE TABLE tag (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT'))
    const error = serviceErrorOf(() => workspaces().open(path, 'en'))
    expect(error.code).toBe('UNEXPECTED_SCHEMA')
  })

  it('refuses a file from version 3', () => {
    const path = v1Copy()
    tamper(path, (db) => db.pragma('user_version = 3'))
    const error = serviceErrorOf(() => workspaces().open(path, 'en'))
    expect(error.code).toBe('TOO_NEW')
    expect(error.userMessage.params).toEqual({ version: 3, supported: 2 })
  })
})
