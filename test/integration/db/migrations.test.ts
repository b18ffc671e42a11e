/**
 * The migration framework (Signal style): ordered, one transaction per step with the user_version
 * bump, idempotent; and the frozen version-1 fixture still opens to the journey it was written from.
 */
import Database from 'better-sqlite3'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION, columnsOf, expectedSchema, readSchema } from '../../../electron/services/document/format'
import { MIGRATIONS, migrate } from '../../../electron/services/document/migrations/index'
import type { Migration } from '../../../electron/services/document/migrations/types'
import { V1_RETAIL } from '../../fixtures/scripts/makeFixtures'
import { fingerprint, sideFilesOf, useTempDir, useWorkspaces } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'

const dir = useTempDir('mot-migrate-')
const workspaces = useWorkspaces(dir)

/** sha256 of the committed fixture: it is frozen, so it must never change. */
const V1_RETAIL_SHA256 = 'e942fd0867d62cbc5cae8cf3b959df56a715672b9c5a626970faabb2cc414cfc'

const [initial] = MIGRATIONS as [Migration]

/** A test-only version 2: a new persona column with a backfill, and a new table. */
function addPersonaColor(calls: { count: number } = { count: 0 }): Migration {
  return {
    version: 2,
    name: 'test-add-persona-color',
    up(db) {
      calls.count += 1
      db.exec(`ALTER TABLE persona ADD COLUMN color TEXT NOT NULL DEFAULT '';
        CREATE TABLE tag (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;`)
      db.prepare(`UPDATE persona SET color = '#c0392b' WHERE tier = 'key'`).run()
    },
  }
}

const version3: Migration = { version: 3, name: 'test-add-tag-color', up: (db) => db.exec(`ALTER TABLE tag ADD COLUMN color TEXT`) }

/** A writable copy of the v1 fixture, opened directly (the caller closes it). */
function v1Database(): Database.Database {
  const path = join(dir(), 'v1.journey')
  copyFileSync(V1_RETAIL, path)
  return new Database(path, { fileMustExist: true })
}

const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number
const tableNames = (db: Database.Database) => readSchema(db).filter((object) => object.type === 'table').map((object) => object.name)

describe('migrate', () => {
  it('brings a version-1 file to version 2: sets user_version, adds the column and table, keeps and backfills rows', () => {
    const db = v1Database()
    try {
      expect(userVersion(db)).toBe(1)
      expect(migrate(db, 2, [initial, addPersonaColor()])).toBe(1)
      expect(userVersion(db)).toBe(2)
      expect(columnsOf(db, 'persona')).toContain('color')
      expect(tableNames(db)).toContain('tag')
      expect(db.prepare('SELECT id, name, color FROM persona').all()).toEqual([{ id: 'pe_commuter', name: '通勤白领小王', color: '#c0392b' }])
      expect(db.prepare('SELECT count(*) FROM touchpoint').pluck().get()).toBe(5)
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    } finally {
      db.close()
    }
  })

  it('is idempotent: a second run changes nothing and runs no step again', () => {
    const db = v1Database()
    try {
      const calls = { count: 0 }
      const migrations = [initial, addPersonaColor(calls)]
      migrate(db, 2, migrations)
      const schema = readSchema(db)
      expect(migrate(db, 2, migrations)).toBe(2)
      expect(calls.count).toBe(1)
      expect(readSchema(db)).toEqual(schema)
      expect(userVersion(db)).toBe(2)
    } finally {
      db.close()
    }
  })

  it('runs each step in a transaction: a step that fails half-way leaves the file at its old version, unchanged', () => {
    const db = v1Database()
    try {
      const schema = readSchema(db)
      const failing: Migration = {
        version: 2,
        name: 'test-fails-half-way',
        up(inner) {
          inner.exec(`ALTER TABLE persona ADD COLUMN color TEXT; CREATE TABLE tag (id TEXT PRIMARY KEY) STRICT;`)
          inner.prepare(`UPDATE persona SET color = 'x'`).run()
          throw new Error('backfill failed')
        },
      }
      expect(() => migrate(db, 2, [initial, failing])).toThrow('backfill failed')
      expect(userVersion(db)).toBe(1)
      expect(readSchema(db)).toEqual(schema)
      expect(columnsOf(db, 'persona')).not.toContain('color')
      expect(db.inTransaction).toBe(false)
    } finally {
      db.close()
    }
  })

  it('stops at the target version', () => {
    const db = v1Database()
    try {
      migrate(db, 2, [initial, addPersonaColor(), version3])
      expect(userVersion(db)).toBe(2)
      expect(columnsOf(db, 'tag')).toEqual(['id', 'name'])
      migrate(db, 3, [initial, addPersonaColor(), version3])
      expect(userVersion(db)).toBe(3)
      expect(columnsOf(db, 'tag')).toEqual(['id', 'name', 'color'])
    } finally {
      db.close()
    }
  })

  it('refuses a list with a gap, a repeat or a wrong order, before changing anything', () => {
    const db = v1Database()
    try {
      const schema = readSchema(db)
      expect(() => migrate(db, 3, [initial, version3])).toThrow(/out of order/)
      expect(() => migrate(db, 3, [initial, initial, addPersonaColor()])).toThrow(/out of order/)
      expect(() => migrate(db, 3, [initial, version3, addPersonaColor()])).toThrow(/out of order/)
      expect(userVersion(db)).toBe(1)
      expect(readSchema(db)).toEqual(schema)
    } finally {
      db.close()
    }
  })

  it('leaves a file newer than the target alone', () => {
    const db = v1Database()
    try {
      migrate(db, 2, [initial, addPersonaColor()])
      expect(migrate(db, 1)).toBe(2)
      expect(userVersion(db)).toBe(2)
    } finally {
      db.close()
    }
  })

  it('the app’s own list is numbered 1…N and N is the current schema version', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, index) => index + 1))
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length)
  })
})

describe('the frozen version-1 fixture', () => {
  it('is byte-for-byte the committed file (never regenerated)', () => {
    expect(fingerprint(V1_RETAIL).sha256).toBe(V1_RETAIL_SHA256)
  })

  it('has exactly the version-1 schema', () => {
    const db = new Database(V1_RETAIL, { readonly: true, fileMustExist: true })
    try {
      expect(userVersion(db)).toBe(1)
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
      expect(readSchema(db)).toEqual(expectedSchema(1))
    } finally {
      db.close()
    }
  })

  it('opens to the journey it was written from, without touching the file', () => {
    const path = join(dir(), 'v1-retail.journey')
    copyFileSync(V1_RETAIL, path)
    const before = fingerprint(path)
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'en')
    expect(snapshot.dropped).toEqual([])
    expect(snapshot.migratedFrom).toBe(CURRENT_SCHEMA_VERSION > 1 ? 1 : null)
    expect(snapshot.doc).toEqual(retailJourney())
    expect(snapshot.savedRevision).toBe(1)
    expect(workspace.isDirty(snapshot.docId)).toBe(false)
    expect(fingerprint(path)).toEqual(before)
    expect(sideFilesOf(path)).toEqual([])
  })

  it('survives a save as the current version and reopens equal', async () => {
    const path = join(dir(), 'v1-retail.journey')
    copyFileSync(V1_RETAIL, path)
    const workspace = workspaces()
    const { docId } = workspace.open(path, 'en')
    const target = join(dir(), 'current.journey')
    await workspace.saveAs(docId, target)
    workspace.close(docId, false)
    const db = new Database(target, { readonly: true })
    try {
      expect(userVersion(db)).toBe(CURRENT_SCHEMA_VERSION)
    } finally {
      db.close()
    }
    expect(workspace.open(target, 'en').doc).toEqual(retailJourney())
  })
})
