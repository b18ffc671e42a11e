/**
 * The working copy: a SQLite file in the app's data folder that every edit lands in at once, row
 * by row. It is the crash-recovery draft; Save copies it atomically over the user's file.
 */
import Database from 'better-sqlite3'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { DocumentChanges } from '../../../shared/editor/changedKeys'
import type { JourneyDocument, JourneyMeta } from '../../../shared/model/schema'
import { ServiceError } from '../errors'
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION, emptyDatabaseImage, harden } from './format'
import { JourneyRepository, type ReadResult } from './repository'

export const REVISION_KEY = 'revision'

export class WorkingCopy {
  private repositoryInstance: JourneyRepository | undefined

  private constructor(
    readonly path: string,
    readonly db: Database.Database,
  ) {
  }

  /**
   * A new, empty working copy at `version` (older versions are used while importing a file that
   * is then migrated). WAL with synchronous=FULL: one fsync per edit, so an edit is on disk when
   * `applyChanges` returns; the side files never leave the data folder (saved files use DELETE).
   */
  static create(path: string, version = CURRENT_SCHEMA_VERSION): WorkingCopy {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
    writeFileSync(path, emptyDatabaseImage(version))
    return new WorkingCopy(path, WorkingCopy.connect(path, true))
  }

  static reopen(path: string): WorkingCopy {
    const db = WorkingCopy.connect(path, true)
    const version = db.pragma('user_version', { simple: true })
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID || version !== CURRENT_SCHEMA_VERSION) {
      db.close()
      throw new ServiceError('CORRUPT', { key: 'open.corrupt' })
    }
    return new WorkingCopy(path, db)
  }

  private static connect(path: string, mustExist = false): Database.Database {
    const db = new Database(path, { fileMustExist: mustExist })
    harden(db)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    return db
  }

  /**
   * Statements for the current schema, prepared on first use: while an older file is imported, the
   * working copy has that file's schema until it is migrated.
   */
  get repository(): JourneyRepository {
    this.repositoryInstance ??= new JourneyRepository(this.db)
    return this.repositoryInstance
  }

  get revision(): number {
    return Number(this.repository.info(REVISION_KEY) ?? 0)
  }

  /** Applies one change set in one transaction and bumps the revision; returns the new revision. */
  applyChanges(changes: DocumentChanges, baseRevision?: number): number {
    return this.db.transaction(() => {
      const revision = this.revision
      if (baseRevision !== undefined && baseRevision !== revision) {
        throw new ServiceError('CONFLICT', { key: 'doc.conflict' })
      }
      this.repository.writeChanges(changes)
      this.repository.setInfo(REVISION_KEY, String(revision + 1))
      return revision + 1
    })()
  }

  /**
   * Runs `load` (an import into a fresh copy) with an in-memory rollback journal and no fsyncs: rows
   * are written once, straight into the file, instead of into the WAL and again at checkpoint. Then
   * the file is fsynced and goes back to WAL with synchronous=FULL, as durable as ever. A crash
   * mid-import loses nothing: the copy's info file is written after the import, so no one offers to
   * recover it. If `load` throws, the copy is left non-durable: destroy it.
   */
  bulkLoad<T>(load: () => T): T {
    this.db.pragma('main.journal_mode = MEMORY')
    this.db.pragma('main.synchronous = OFF')
    const result = load()
    const handle = openSync(this.path, 'r+')
    try {
      fsyncSync(handle)
    } finally {
      closeSync(handle)
    }
    this.db.pragma('main.journal_mode = WAL')
    this.db.pragma('main.synchronous = FULL')
    return result
  }

  writeDocument(doc: JourneyDocument, revision: number): void {
    this.db.transaction(() => {
      this.repository.writeDocument(doc)
      this.repository.setInfo(REVISION_KEY, String(revision))
    })()
  }

  read(fallbackMeta: JourneyMeta): ReadResult {
    return this.repository.readDocument(fallbackMeta)
  }

  /**
   * Writes a complete, self-contained copy to `target` atomically: SQLite backup to a temp file
   * beside it, switch it to a rollback journal (no -wal side file), fsync, rename over the target.
   */
  async saveTo(target: string, stamp: Record<string, string>): Promise<void> {
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(stamp)) this.repository.setInfo(key, value)
    })()
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`)
    try {
      await this.db.backup(temp)
      const copy = new Database(temp)
      copy.pragma('journal_mode = DELETE')
      copy.close()
      const handle = openSync(temp, 'r+')
      fsyncSync(handle)
      closeSync(handle)
      renameSync(temp, target)
      syncDirectory(dirname(target))
    } catch (error) {
      rmSync(temp, { force: true })
      throw new ServiceError('IO', { key: 'save.failed', params: { detail: (error as Error).message } })
    }
  }

  close(): void {
    if (this.db.open) this.db.close()
  }

  /** Closes and deletes the working copy with its side files. */
  destroy(): void {
    this.close()
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(this.path + suffix, { force: true })
  }
}

/** Makes a rename durable (POSIX); a no-op where directories can't be opened (Windows). */
function syncDirectory(directory: string): void {
  try {
    const handle = openSync(directory, 'r')
    fsyncSync(handle)
    closeSync(handle)
  } catch {
    // Windows: NTFS journals the rename itself.
  }
}
