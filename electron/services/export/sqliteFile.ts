/**
 * Writes a standalone SQLite file (an export package) whole or not at all: built in a temp file
 * beside the target with a rollback journal (no side files), fsynced, then renamed over the target.
 */
import Database from 'better-sqlite3'
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export function writeSqliteFileAtomic(target: string, schema: string, fill: (db: Database.Database) => void, options: { foreignKeys?: boolean } = {}): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    rmSync(temp, { force: true })
    const db = new Database(temp)
    try {
      db.pragma('journal_mode = DELETE')
      if (options.foreignKeys) db.pragma('foreign_keys = ON')
      db.exec(schema)
      db.transaction(() => fill(db))()
    } finally {
      db.close()
    }
    const handle = openSync(temp, 'r+')
    try {
      fsyncSync(handle)
    } finally {
      closeSync(handle)
    }
    renameSync(temp, target)
  } catch (error) {
    for (const suffix of ['', '-journal']) rmSync(temp + suffix, { force: true })
    throw error
  }
}
