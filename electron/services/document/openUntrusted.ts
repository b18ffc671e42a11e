/**
 * Opens a `.journey` file from anyone, defensively (docs/file-format.md, "Opening a file"):
 * 1. plain file checks and the 100-byte header, read with fs: size, magic, application_id, version;
 * 2. a private snapshot copy, so SQLite never touches the original (no journal rollback, no locks);
 * 3. the snapshot opened read-only with trusted_schema off: quick_check, then an exact schema allowlist
 *    (no views, triggers, tables or indexes we did not create at that version);
 * 4. rows copied into a new working copy built from our own schema, migrated, then read back through
 *    the validating reader; rows that fail are listed, removed from the copy, never silently lost.
 */
import Database from 'better-sqlite3'
import { closeSync, copyFileSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs'
import type { DroppedRow } from '../../../shared/ipc/contract'
import { translate } from '../../../shared/i18n/translate'
import { changesFor, emptyChangedKeys } from '../../../shared/editor/changedKeys'
import type { JourneyDocument, Locale } from '../../../shared/model/schema'
import { ServiceError } from '../errors'
import {
  APPLICATION_ID,
  CURRENT_SCHEMA_VERSION,
  MAX_FILE_BYTES,
  SQLITE_HEADER,
  columnsOf,
  expectedSchema,
  harden,
  readSchema,
  tablesOf,
} from './format'
import { migrate } from './migrations/index'
import { REVISION_KEY, WorkingCopy } from './workingCopy'

export interface OpenedFile {
  workingCopy: WorkingCopy
  doc: JourneyDocument
  dropped: DroppedRow[]
  /** The file's schema version when it was older than ours, else null. */
  migratedFrom: number | null
  /** The revision the file was saved at. */
  fileRevision: number
}

interface Header {
  applicationId: number
  userVersion: number
  walMode: boolean
}

/** Reads and checks the database header without SQLite. */
export function checkHeader(path: string): Header {
  let size: number
  try {
    const stats = statSync(path)
    if (!stats.isFile()) throw new ServiceError('NOT_SQLITE', { key: 'open.notAFile' })
    size = stats.size
  } catch (error) {
    if (error instanceof ServiceError) throw error
    throw new ServiceError('NOT_FOUND', { key: 'open.notFound' })
  }
  if (size > MAX_FILE_BYTES) throw new ServiceError('TOO_LARGE', { key: 'open.tooLarge', params: { mb: MAX_FILE_BYTES / 1048576 } })
  const header = Buffer.alloc(100)
  const handle = openSync(path, 'r')
  const read = readSync(handle, header, 0, 100, 0)
  closeSync(handle)
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_HEADER) {
    throw new ServiceError('NOT_SQLITE', { key: 'open.notSqlite' })
  }
  const parsed = {
    applicationId: header.readUInt32BE(68),
    userVersion: header.readUInt32BE(60),
    walMode: header[18] === 2 || header[19] === 2,
  }
  if (parsed.applicationId !== APPLICATION_ID) throw new ServiceError('NOT_JOURNEY', { key: 'open.notJourney' })
  if (parsed.userVersion > CURRENT_SCHEMA_VERSION) {
    throw new ServiceError('TOO_NEW', { key: 'open.tooNew', params: { version: parsed.userVersion, supported: CURRENT_SCHEMA_VERSION } })
  }
  if (parsed.userVersion < 1) throw new ServiceError('CORRUPT', { key: 'open.corrupt' })
  return parsed
}

/** Opens the snapshot read-only and proves it is intact and exactly our schema. */
function inspectSnapshot(snapshot: string, version: number): void {
  let db: Database.Database | undefined
  try {
    db = new Database(snapshot, { readonly: true, fileMustExist: true })
    harden(db)
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new ServiceError('CORRUPT', { key: 'open.corrupt' })
    const expected = new Map(expectedSchema(version).map((object) => [`${object.type}:${object.name}`, object]))
    const theirs = readSchema(db)
    const unexpected = theirs.filter((object) => {
      const mine = expected.get(`${object.type}:${object.name}`)
      return !mine || mine.sql !== object.sql || mine.tableName !== object.tableName
    })
    const present = new Set(theirs.map((object) => `${object.type}:${object.name}`))
    const missing = expectedSchema(version).filter((object) => !present.has(`${object.type}:${object.name}`))
    if (unexpected.length > 0 || missing.length > 0) {
      throw new ServiceError(
        'UNEXPECTED_SCHEMA',
        { key: 'open.unexpectedSchema' },
        [
          ...unexpected.map((object) => ({ key: 'open.unexpectedObject' as const, params: { type: object.type, name: object.name } })),
          ...missing.map((object) => ({ key: 'open.missingObject' as const, params: { type: object.type, name: object.name } })),
        ],
      )
    }
  } catch (error) {
    if (error instanceof ServiceError) throw error
    throw new ServiceError('CORRUPT', { key: 'open.corrupt' })
  } finally {
    db?.close()
  }
}

/** Copies every row of our tables from the attached snapshot; a table whose bulk copy fails goes row by row. */
function copyRows(workingCopy: WorkingCopy, version: number, dropped: DroppedRow[]): void {
  const { db } = workingCopy
  for (const table of tablesOf(version)) {
    const columns = columnsOf(db, table).join(', ')
    try {
      db.exec(`SAVEPOINT copy_table`)
      db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM source.${table}`)
      db.exec(`RELEASE copy_table`)
    } catch {
      db.exec(`ROLLBACK TO copy_table; RELEASE copy_table`)
      const insert = db.prepare(`INSERT INTO main.${table} (${columns}) VALUES (${columns.split(', ').map(() => '?').join(', ')})`)
      // .all(), not .iterate(): better-sqlite3 refuses to run the insert while a read is still open.
      for (const row of db.prepare(`SELECT ${columns} FROM source.${table}`).raw().all() as unknown[][]) {
        try {
          insert.run(...row)
        } catch (error) {
          dropped.push({ table, id: String(row[0]), reason: { key: 'open.rowRejected', params: { detail: (error as Error).message } } })
        }
      }
    }
  }
}

/** A touchpoint's list rows: they belong to it, so they go with it without being listed on their own. */
const TOUCHPOINT_PARTS = new Set(['touchpoint_servqual', 'service_standard', 'script_line'])

/**
 * Removes rows whose parent is missing (foreign_key_check) and lists them. Foreign keys are off while
 * importing, so a removal cascades to nothing: repeat until the check is clean, or the children of a
 * removed touchpoint (its lists, its edges) would stay behind as orphans and be saved with the file.
 */
function dropForeignKeyViolations(workingCopy: WorkingCopy, dropped: DroppedRow[]): void {
  const { db } = workingCopy
  const goneTouchpoints = new Set(dropped.filter((row) => row.table === 'touchpoint').map((row) => row.id))
  for (;;) {
    const violations = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number }[]
    let removed = 0
    for (const { table, rowid } of violations) {
      const row = db.prepare(`SELECT * FROM ${table} WHERE rowid = ?`).get(rowid) as Record<string, unknown> | undefined
      if (!row) continue
      removed += db.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(rowid).changes
      if (table === 'touchpoint') goneTouchpoints.add(String(row.id))
      if (TOUCHPOINT_PARTS.has(table) && goneTouchpoints.has(String(row.touchpoint_id))) continue
      dropped.push({ table, id: String(row.id ?? row.touchpoint_id ?? rowid), reason: { key: 'open.rowOrphan' } })
    }
    if (removed === 0) return
  }
}

export function openUntrusted(path: string, workingPath: string, snapshotPath: string, locale: Locale): OpenedFile {
  const header = checkHeader(path)
  copyFileSync(path, snapshotPath)
  let workingCopy: WorkingCopy | undefined
  try {
    if (header.walMode) markSnapshotAsRollbackJournal(snapshotPath)
    inspectSnapshot(snapshotPath, header.userVersion)
    const dropped: DroppedRow[] = []
    workingCopy = WorkingCopy.create(workingPath, header.userVersion)
    const { db } = workingCopy
    workingCopy.bulkLoad(() => {
      db.pragma('foreign_keys = OFF')
      db.prepare('ATTACH DATABASE ? AS source').run(snapshotPath)
      db.transaction(() => copyRows(workingCopy!, header.userVersion, dropped))()
      db.exec('DETACH DATABASE source')
      db.transaction(() => dropForeignKeyViolations(workingCopy!, dropped))()
      db.pragma('foreign_keys = ON')
      migrate(db)
    })
    const fileRevision = workingCopy.revision
    const fallbackMeta = { title: translate(locale, 'journey.untitled'), description: '', locale, versionLabel: '1.0' }
    const read = workingCopy.read(fallbackMeta)
    dropped.push(...read.dropped)
    if (dropped.length > 0) {
      // The copy now differs from the file: note it as one edit, so the journey shows unsaved changes.
      db.transaction(() => {
        workingCopy!.repository.deleteDropped(read.dropped)
        workingCopy!.repository.writeChanges({ ...changesFor(read.doc, emptyChangedKeys()), meta: read.doc.meta })
        workingCopy!.repository.setInfo(REVISION_KEY, String(fileRevision + 1))
      })()
    }
    return {
      workingCopy,
      doc: read.doc,
      dropped,
      migratedFrom: header.userVersion < CURRENT_SCHEMA_VERSION ? header.userVersion : null,
      fileRevision,
    }
  } catch (error) {
    workingCopy?.destroy()
    if (error instanceof ServiceError) throw error
    throw new ServiceError('CORRUPT', { key: 'open.corrupt' })
  } finally {
    rmSync(snapshotPath, { force: true })
  }
}

function markSnapshotAsRollbackJournal(snapshot: string): void {
  const handle = openSync(snapshot, 'r+')
  writeSync(handle, Buffer.from([1, 1]), 0, 2, 18)
  closeSync(handle)
}


