/**
 * Opening hostile, damaged or foreign files: each is refused with its own error code, the original
 * is never modified (same bytes, same mtime), no SQLite side file appears next to it, and nothing
 * is left behind in the data folder.
 */
import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiError } from '../../../shared/ipc/contract'
import { CURRENT_SCHEMA_VERSION, MAX_FILE_BYTES, SQLITE_HEADER } from '../../../electron/services/document/format'
import type { ServiceError } from '../../../electron/services/errors'
import { bigJourney } from '../../helpers/bigJourney'
import {
  filesIn,
  fingerprint,
  serviceErrorOf,
  sideFilesOf,
  tamper,
  useTempDir,
  useWorkspaces,
  writeJourneyFile,
} from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'

const dir = useTempDir('mot-refuse-')
const workspaces = useWorkspaces(dir)

let templates: string
const VALID = () => join(templates, 'retail.journey')
/** Big enough that the touchpoint table spans several pages. */
const MULTI_PAGE = () => join(templates, 'forty.journey')

beforeAll(async () => {
  templates = mkdtempSync(join(tmpdir(), 'mot-refuse-templates-'))
  await writeJourneyFile(VALID(), retailJourney(), join(templates, 'data'))
  await writeJourneyFile(MULTI_PAGE(), bigJourney(40), join(templates, 'data'))
})
afterAll(() => rmSync(templates, { recursive: true, force: true }))

/** A copy of a valid journey in this test's folder. */
function validCopy(name = 'victim.journey', template = VALID()): string {
  const path = join(dir(), name)
  copyFileSync(template, path)
  return path
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile()
  } catch {
    return false
  }
}

interface Refusal {
  code: ApiError['code']
  key: string
}

/**
 * Opens `path` with a fresh Workspace and returns the refusal, after checking that the original
 * and its folder are exactly as before and that the data folder holds no leftovers.
 */
function refusalOf(path: string): ServiceError {
  const workspace = workspaces('refusing-data')
  const folder = join(path, '..')
  const filesBefore = filesIn(folder)
  // Only regular files are fingerprinted: reading a FIFO or a device would block or never end.
  const before = isRegularFile(path) ? fingerprint(path) : undefined
  const error = serviceErrorOf(() => workspace.open(path, 'zh-CN'))
  if (before) expect(fingerprint(path)).toEqual(before)
  expect(sideFilesOf(path)).toEqual([])
  expect(filesIn(folder)).toEqual(filesBefore)
  expect(filesIn(join(dir(), 'refusing-data', 'working'))).toEqual([])
  expect(workspace.settings.recent).toEqual([])
  return error
}

function expectRefusal(path: string, expected: Refusal): ServiceError {
  const error = refusalOf(path)
  expect({ code: error.code, key: error.userMessage.key }).toEqual(expected)
  return error
}

/** The unexpected/missing schema objects an UNEXPECTED_SCHEMA refusal names. */
const detailsOf = (error: ServiceError) => (error.details ?? []).map((detail) => `${detail.key} ${detail.params?.type} ${detail.params?.name}`)

function pageBounds(path: string, table: string): { pageSize: number; rootPage: number } {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const rootPage = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number
    return { pageSize, rootPage }
  } finally {
    db.close()
  }
}

/** The first leaf page of `table`'s b-tree (page type 0x0D), found by walking down left-most children. */
function firstLeafPage(bytes: Buffer, pageSize: number, rootPage: number): number {
  let page = rootPage
  for (;;) {
    const base = (page - 1) * pageSize
    const type = bytes[base]
    if (type === 0x0d) return page
    if (type !== 0x05) throw new Error(`page ${page} is not a table b-tree page`)
    const firstCell = bytes.readUInt16BE(base + 12)
    page = bytes.readUInt32BE(base + firstCell)
  }
}

describe('Workspace.open refuses, leaving the original untouched', () => {
  describe('files that are not SQLite databases', () => {
    it('an empty file: NOT_SQLITE', () => {
      const path = join(dir(), 'empty.journey')
      writeFileSync(path, '')
      expectRefusal(path, { code: 'NOT_SQLITE', key: 'open.notSqlite' })
    })

    it('a text file: NOT_SQLITE', () => {
      const path = join(dir(), 'notes.journey')
      writeFileSync(path, '这是一个文本文件，不是旅程。\n'.repeat(50))
      expectRefusal(path, { code: 'NOT_SQLITE', key: 'open.notSqlite' })
    })

    it('a PNG-like binary: NOT_SQLITE', () => {
      const path = join(dir(), 'picture.journey')
      const png = Buffer.alloc(4096, 0x7f)
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(png)
      writeFileSync(path, png)
      expectRefusal(path, { code: 'NOT_SQLITE', key: 'open.notSqlite' })
    })

    it('a file shorter than the 100-byte header, even with the SQLite magic: NOT_SQLITE', () => {
      const path = join(dir(), 'short.journey')
      writeFileSync(path, Buffer.concat([Buffer.from(SQLITE_HEADER, 'latin1'), Buffer.alloc(40)]))
      expectRefusal(path, { code: 'NOT_SQLITE', key: 'open.notSqlite' })
    })

    it('a folder: NOT_SQLITE (not a file)', () => {
      const path = join(dir(), 'folder.journey')
      mkdirSync(path)
      expectRefusal(path, { code: 'NOT_SQLITE', key: 'open.notAFile' })
    })

    it('a path that does not exist: NOT_FOUND', () => {
      expectRefusal(join(dir(), 'nowhere.journey'), { code: 'NOT_FOUND', key: 'open.notFound' })
    })

    it.skipIf(process.platform === 'win32')('a FIFO, without blocking on it: NOT_SQLITE (not a file)', () => {
      const path = join(dir(), 'pipe.journey')
      execFileSync('mkfifo', [path])
      expectRefusal(path, { code: 'NOT_SQLITE', key: 'open.notAFile' })
    })

    it.skipIf(process.platform === 'win32')('a symlink to a device: NOT_SQLITE (not a file)', () => {
      const path = join(dir(), 'device.journey')
      symlinkSync('/dev/zero', path)
      expectRefusal(path, { code: 'NOT_SQLITE', key: 'open.notAFile' })
    })

    it(`a file larger than ${MAX_FILE_BYTES / 1048576} MB, before reading it: TOO_LARGE`, () => {
      // A sparse file: a valid journey's first page, then a hole up to the limit plus one byte.
      const path = validCopy()
      truncateSync(path, MAX_FILE_BYTES + 1)
      const error = expectRefusal(path, { code: 'TOO_LARGE', key: 'open.tooLarge' })
      expect(error.userMessage.params).toEqual({ mb: 200 })
    })
  })

  describe('SQLite files that are not ours, or not for this version', () => {
    it('a SQLite database of another application (application_id 0): NOT_JOURNEY', () => {
      const path = join(dir(), 'other.journey')
      const db = new Database(path)
      db.exec('CREATE TABLE stage (id TEXT PRIMARY KEY, sort_key TEXT NOT NULL, name TEXT NOT NULL) STRICT')
      db.close()
      expectRefusal(path, { code: 'NOT_JOURNEY', key: 'open.notJourney' })
    })

    it('our schema under a wrong application_id: NOT_JOURNEY', () => {
      const path = validCopy()
      tamper(path, (db) => db.pragma('application_id = 305419896'))
      expectRefusal(path, { code: 'NOT_JOURNEY', key: 'open.notJourney' })
    })

    it('a file from a newer app (user_version = current + 1): TOO_NEW, naming both versions', () => {
      const path = validCopy()
      tamper(path, (db) => db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 1}`))
      const error = expectRefusal(path, { code: 'TOO_NEW', key: 'open.tooNew' })
      expect(error.userMessage.params).toEqual({ version: CURRENT_SCHEMA_VERSION + 1, supported: CURRENT_SCHEMA_VERSION })
    })

    it('our application_id with user_version 0 (no schema version): CORRUPT', () => {
      const path = validCopy()
      tamper(path, (db) => db.pragma('user_version = 0'))
      expectRefusal(path, { code: 'CORRUPT', key: 'open.corrupt' })
    })
  })

  describe('damaged journeys', () => {
    it('a touchpoint page whose first cell was overwritten mid-page: CORRUPT', () => {
      const path = validCopy('damaged.journey', MULTI_PAGE())
      const { pageSize, rootPage } = pageBounds(path, 'touchpoint')
      const bytes = readFileSync(path)
      const leaf = firstLeafPage(bytes, pageSize, rootPage)
      const base = (leaf - 1) * pageSize
      const contentStart = bytes.readUInt16BE(base + 5)
      expect(contentStart).toBeGreaterThan(8)
      expect(contentStart).toBeLessThan(pageSize - 64)
      // The cell's payload length, rowid and record header: the structure, not only text.
      bytes.fill(0xa5, base + contentStart, base + contentStart + 64)
      writeFileSync(path, bytes)
      expectRefusal(path, { code: 'CORRUPT', key: 'open.corrupt' })
    })

    it('a b-tree page replaced by garbage (a torn write): CORRUPT', () => {
      const path = validCopy('torn.journey', MULTI_PAGE())
      const { pageSize, rootPage } = pageBounds(path, 'touchpoint')
      const bytes = readFileSync(path)
      bytes.fill(0x5a, (rootPage - 1) * pageSize, rootPage * pageSize)
      writeFileSync(path, bytes)
      expectRefusal(path, { code: 'CORRUPT', key: 'open.corrupt' })
    })

    it('a file cut short (half of its pages missing): CORRUPT', () => {
      const path = validCopy('cut.journey', MULTI_PAGE())
      const { pageSize } = pageBounds(path, 'touchpoint')
      const bytes = readFileSync(path)
      writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / pageSize / 2) * pageSize))
      expectRefusal(path, { code: 'CORRUPT', key: 'open.corrupt' })
    })
  })

  describe('journeys whose schema is not exactly ours: UNEXPECTED_SCHEMA', () => {
    it('an extra table', () => {
      const path = validCopy()
      tamper(path, (db) => db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY, payload TEXT)'))
      const error = expectRefusal(path, { code: 'UNEXPECTED_SCHEMA', key: 'open.unexpectedSchema' })
      expect(detailsOf(error)).toEqual(['open.unexpectedObject table extra'])
    })

    it('a view named like one of ours (stage_view)', () => {
      const path = validCopy()
      tamper(path, (db) => db.exec('CREATE VIEW stage_view AS SELECT * FROM stage'))
      const error = expectRefusal(path, { code: 'UNEXPECTED_SCHEMA', key: 'open.unexpectedSchema' })
      expect(detailsOf(error)).toEqual(['open.unexpectedObject view stage_view'])
    })

    it('a trigger on touchpoint waiting for writes', () => {
      const path = validCopy()
      tamper(path, (db) =>
        db.exec(`CREATE TRIGGER touchpoint_spy AFTER UPDATE ON touchpoint BEGIN
          UPDATE stage SET name = 'pwned' WHERE id = NEW.stage_id; END`),
      )
      const error = expectRefusal(path, { code: 'UNEXPECTED_SCHEMA', key: 'open.unexpectedSchema' })
      expect(detailsOf(error)).toEqual(['open.unexpectedObject trigger touchpoint_spy'])
    })

    it('an extra index', () => {
      const path = validCopy()
      tamper(path, (db) => db.exec('CREATE INDEX touchpoint_by_title ON touchpoint (title)'))
      const error = expectRefusal(path, { code: 'UNEXPECTED_SCHEMA', key: 'open.unexpectedSchema' })
      expect(detailsOf(error)).toEqual(['open.unexpectedObject index touchpoint_by_title'])
    })

    it('one of our indexes redefined under its own name', () => {
      const path = validCopy()
      tamper(path, (db) => db.exec('DROP INDEX touchpoint_by_stage; CREATE INDEX touchpoint_by_stage ON touchpoint (title)'))
      const error = expectRefusal(path, { code: 'UNEXPECTED_SCHEMA', key: 'open.unexpectedSchema' })
      expect(detailsOf(error)).toEqual(['open.unexpectedObject index touchpoint_by_stage'])
    })

    it('a table replaced by a view of the same name', () => {
      const path = validCopy()
      tamper(path, (db) => db.exec(`DROP TABLE stage; CREATE VIEW stage AS SELECT 'st_x' AS id, 'V' AS sort_key, 'fake' AS name`))
      const error = expectRefusal(path, { code: 'UNEXPECTED_SCHEMA', key: 'open.unexpectedSchema' })
      expect(detailsOf(error)).toEqual([
        'open.unexpectedObject view stage',
        'open.missingObject index sqlite_autoindex_stage_1',
        'open.missingObject table stage',
      ])
    })

    it('a missing table', () => {
      const path = validCopy()
      tamper(path, (db) => db.exec('DROP TABLE persona'))
      const error = expectRefusal(path, { code: 'UNEXPECTED_SCHEMA', key: 'open.unexpectedSchema' })
      expect(detailsOf(error)).toEqual(['open.missingObject index sqlite_autoindex_persona_1', 'open.missingObject table persona'])
    })

    it('one of our tables with a CHECK constraint removed (schema rewritten in place)', () => {
      const path = validCopy()
      tamper(
        path,
        (db) => {
          db.pragma('writable_schema = ON')
          db.prepare("UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (emotion BETWEEN -3 AND 3)', '') WHERE name = 'touchpoint'").run()
          db.pragma('writable_schema = OFF')
        },
        { unsafe: true },
      )
      const error = expectRefusal(path, { code: 'UNEXPECTED_SCHEMA', key: 'open.unexpectedSchema' })
      expect(detailsOf(error)).toEqual(['open.unexpectedObject table touchpoint'])
    })

    it('one of our views redefined to read something else', () => {
      const path = validCopy()
      tamper(path, (db) => db.exec('DROP VIEW servqual_coverage; CREATE VIEW servqual_coverage AS SELECT * FROM file_info'))
      const error = expectRefusal(path, { code: 'UNEXPECTED_SCHEMA', key: 'open.unexpectedSchema' })
      expect(detailsOf(error)).toEqual(['open.unexpectedObject view servqual_coverage'])
    })
  })
})

describe('Workspace.open of a valid journey', () => {
  it('reads it without changing the original or creating side files next to it', () => {
    const path = validCopy()
    const before = fingerprint(path)
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'zh-CN')
    expect(snapshot.doc).toEqual(retailJourney())
    expect(snapshot.dropped).toEqual([])
    expect(fingerprint(path)).toEqual(before)
    expect(sideFilesOf(path)).toEqual([])
    expect(filesIn(dir()).filter((name) => name !== 'data')).toEqual(['victim.journey'])
    // The snapshot copy is gone; only the working copy (with its WAL side files) and its info remain.
    const working = join(dir(), 'data', 'working')
    expect(filesIn(working).filter((name) => !/-(wal|shm)$/.test(name))).toEqual([`${snapshot.docId}.journey`, `${snapshot.docId}.json`])
    // The import is done: the working copy is back in WAL mode, where every edit is durable.
    expect([...readFileSync(join(working, `${snapshot.docId}.journey`)).subarray(18, 20)]).toEqual([2, 2])
  })

  it('opens a journey left in WAL mode by another tool, from the main file alone', () => {
    const path = validCopy()
    tamper(path, (db) => db.pragma('journal_mode = WAL'))
    expect(sideFilesOf(path)).toEqual([])
    const header = readFileSync(path).subarray(18, 20)
    expect([...header]).toEqual([2, 2])
    const before = fingerprint(path)
    const snapshot = workspaces().open(path, 'en')
    expect(snapshot.doc).toEqual(retailJourney())
    expect(fingerprint(path)).toEqual(before)
    expect(sideFilesOf(path)).toEqual([])
  })
})
