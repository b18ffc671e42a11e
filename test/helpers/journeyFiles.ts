/**
 * Helpers for tests that work with real `.journey` files: temp folders that clean themselves up,
 * byte fingerprints to prove a file was not touched, and a way to craft hostile or damaged files
 * from a valid one.
 */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { closeSync, existsSync, mkdtempSync, openSync, readSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { ServiceError } from '../../electron/services/errors'
import { Workspace } from '../../electron/services/workspace'
import type { DocumentChanges, RecordDeletes, RecordUpserts } from '../../shared/editor/changedKeys'
import { COLLECTIONS, type JourneyDocument } from '../../shared/model/schema'

export const TEST_APP_VERSION = '0.1.0-test'

/** A fresh temp folder per test (`dir()` returns it), removed after the test with everything in it. */
export function useTempDir(prefix = 'mot-db-'): () => string {
  let current: string | undefined
  beforeEach(() => {
    current = mkdtempSync(join(tmpdir(), prefix))
  })
  afterEach(() => {
    if (current) rmSync(current, { recursive: true, force: true })
    current = undefined
  })
  return () => {
    if (!current) throw new Error('useTempDir: only available inside a test')
    return current
  }
}

/**
 * Workspaces made during a test (each on its own data folder under `dir`), all closed after it.
 * `closeAll` keeps working copies with unsaved work on disk, as quitting does; the temp folder goes anyway.
 */
export function useWorkspaces(dir: () => string): (name?: string) => Workspace {
  const made: Workspace[] = []
  afterEach(() => {
    for (const workspace of made.splice(0)) workspace.closeAll()
  })
  return (name = 'data') => {
    const workspace = new Workspace({ dataDir: join(dir(), name), appVersion: TEST_APP_VERSION })
    made.push(workspace)
    return workspace
  }
}

export interface Fingerprint {
  sha256: string
  size: number
  mtimeMs: number
}

/** Hash, size and mtime of a regular file, read in chunks (some test files are 200 MB sparse files). */
export function fingerprint(path: string): Fingerprint {
  const stats = statSync(path)
  if (!stats.isFile()) throw new Error(`fingerprint: ${path} is not a regular file`)
  const hash = createHash('sha256')
  const chunk = Buffer.alloc(1 << 20)
  const handle = openSync(path, 'r')
  try {
    for (let read = readSync(handle, chunk); read > 0; read = readSync(handle, chunk)) hash.update(chunk.subarray(0, read))
  } finally {
    closeSync(handle)
  }
  return { sha256: hash.digest('hex'), size: stats.size, mtimeMs: stats.mtimeMs }
}

/** SQLite side files next to `path` that exist right now. */
export function sideFilesOf(path: string): string[] {
  return ['-journal', '-wal', '-shm'].map((suffix) => path + suffix).filter((side) => existsSync(side))
}

export function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

/** Saves `doc` as a real journey file at `path` through a throwaway Workspace, as the app would. */
export async function writeJourneyFile(path: string, doc: JourneyDocument, dataDir: string, appVersion = TEST_APP_VERSION): Promise<void> {
  const workspace = new Workspace({ dataDir, appVersion })
  try {
    const { docId } = workspace.create(doc)
    await workspace.saveAs(docId, path)
    workspace.close(docId, false)
  } finally {
    workspace.closeAll()
  }
}

/**
 * Edits a database file directly with better-sqlite3, as an attacker or another tool would:
 * foreign keys off, and with `unsafe` the schema itself may be rewritten (writable_schema).
 * The connection is closed afterwards; files in rollback-journal mode leave no side file.
 */
export function tamper(path: string, edit: (db: Database.Database) => void, options: { unsafe?: boolean } = {}): void {
  const db = new Database(path, { fileMustExist: true })
  try {
    db.pragma('foreign_keys = OFF')
    if (options.unsafe) db.unsafeMode(true)
    edit(db)
  } finally {
    db.close()
  }
}

/** A change set that writes nothing; spread records into it. */
export function changeSet(parts: { meta?: JourneyDocument['meta']; upserts?: Partial<RecordUpserts>; deletes?: Partial<RecordDeletes> } = {}): DocumentChanges {
  const upserts = Object.fromEntries(COLLECTIONS.map((name) => [name, parts.upserts?.[name] ?? []])) as unknown as RecordUpserts
  const deletes = Object.fromEntries(COLLECTIONS.map((name) => [name, parts.deletes?.[name] ?? []])) as unknown as RecordDeletes
  return { ...(parts.meta ? { meta: parts.meta } : {}), upserts, deletes }
}

/** The ServiceError `action` throws; fails the test if it throws nothing or something else. */
export function serviceErrorOf(action: () => unknown): ServiceError {
  try {
    action()
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw new Error(`expected a ServiceError, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected a ServiceError, but nothing was thrown')
}

export async function serviceErrorOfAsync(action: () => Promise<unknown>): Promise<ServiceError> {
  try {
    await action()
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw new Error(`expected a ServiceError, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected a ServiceError, but nothing was resolved')
}

/** Every row of every table (with its rowid), for proving which rows an operation touched. */
export function dumpRows(db: Database.Database, tables: readonly string[]): Map<string, Record<string, unknown>> {
  const rows = new Map<string, Record<string, unknown>>()
  for (const table of tables) {
    for (const row of db.prepare(`SELECT rowid AS _rowid, * FROM ${table}`).all() as Record<string, unknown>[]) {
      rows.set(`${table}#${String(row._rowid)}`, row)
    }
  }
  return rows
}
