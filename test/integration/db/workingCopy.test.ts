import { staffLine, standard } from '../../../shared/model/script'
import Database from 'better-sqlite3'
import { closeSync, existsSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION } from '../../../electron/services/document/format'
import { openUntrusted } from '../../../electron/services/document/openUntrusted'
import { REVISION_KEY, WorkingCopy } from '../../../electron/services/document/workingCopy'
import { ServiceError } from '../../../electron/services/errors'
import type { JourneyDocument, Touchpoint } from '../../../shared/model/schema'
import { changeSet, dumpRows, filesIn, serviceErrorOf, serviceErrorOfAsync, sideFilesOf, useTempDir } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'

const dir = useTempDir('mot-wc-')
const FALLBACK_META = { title: 'fallback', description: '', locale: 'en', versionLabel: '1.0' } as const
const ALL_TABLES = ['journey', 'file_info', 'stage', 'lane', 'persona', 'touchpoint', 'touchpoint_servqual', 'service_standard', 'script_line', 'edge']

/** The retail journey plus a touchpoint whose lists test ordering and awkward text. */
function richJourney(): JourneyDocument {
  const doc = retailJourney()
  const tricky: Touchpoint = {
    ...doc.touchpoints.tp_try!,
    id: 'tp_tricky',
    sortKey: '2k',
    title: `引号 "双" 与 '单'；'); DROP TABLE stage;-- 😀`,
    // Not alphabetical: the order the user chose must survive.
    servqual: ['responsiveness', 'assurance', 'empathy'],
    standards: ['第三条', '第一条', '第二条'].map((text) => standard(text, text === '第一条' ? '3 秒' : '')),
    // Twelve lines: position 10 and 11 must sort after 9 (numbers, not text).
    scriptLines: Array.from({ length: 12 }, (_, index) => ({
      ...staffLine(`第 ${index + 1} 句台词\n换行`),
      speaker: index % 3 === 0 ? ('customer' as const) : ('staff' as const),
      tone: index === 1 ? '亲切' : '',
      alternatives: index === 2 ? [{ customerType: '犹豫型', text: '您慢慢看，不着急。' }] : [],
    })),
    notes: '多行\n备注\t制表符',
    x: -12.5,
    y: 1e6 + 0.25,
  }
  doc.touchpoints[tricky.id] = tricky
  return doc
}

function createCopy(doc: JourneyDocument = richJourney(), revision = 1): WorkingCopy {
  const copy = WorkingCopy.create(join(dir(), 'working.journey'))
  copy.writeDocument(doc, revision)
  return copy
}

const totalChanges = (db: Database.Database) => db.prepare('SELECT total_changes()').pluck().get() as number

function headerBytes(path: string): Buffer {
  const header = Buffer.alloc(100)
  const handle = openSync(path, 'r')
  readSync(handle, header, 0, 100, 0)
  closeSync(handle)
  return header
}

describe('WorkingCopy', () => {
  describe('create', () => {
    it('makes a database with our application id, the current schema version and foreign keys on', () => {
      const copy = WorkingCopy.create(join(dir(), 'new.journey'))
      try {
        expect(copy.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
        expect(copy.db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION)
        expect(copy.db.pragma('foreign_keys', { simple: true })).toBe(1)
        expect(copy.db.pragma('trusted_schema', { simple: true })).toBe(0)
        expect(copy.revision).toBe(0)
      } finally {
        copy.destroy()
      }
    })

    it('replaces whatever file was at its path', () => {
      const path = join(dir(), 'stale.journey')
      writeFileSync(path, 'left over from a crash')
      const copy = WorkingCopy.create(path)
      try {
        expect(copy.db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION)
      } finally {
        copy.destroy()
      }
    })

    it('bulkLoad writes without the WAL or fsyncs, then leaves the copy in WAL mode with synchronous=FULL', () => {
      const copy = WorkingCopy.create(join(dir(), 'bulk.journey'))
      try {
        expect(copy.db.pragma('journal_mode', { simple: true })).toBe('wal')
        const seen = copy.bulkLoad(() => {
          copy.writeDocument(richJourney(), 1)
          return [copy.db.pragma('journal_mode', { simple: true }), copy.db.pragma('synchronous', { simple: true })]
        })
        expect(seen).toEqual(['memory', 0])
        expect(copy.db.pragma('journal_mode', { simple: true })).toBe('wal')
        expect(copy.db.pragma('synchronous', { simple: true })).toBe(2)
        expect([headerBytes(copy.path)[18], headerBytes(copy.path)[19]]).toEqual([2, 2])
        expect(copy.read(FALLBACK_META).doc).toEqual(richJourney())
      } finally {
        copy.destroy()
      }
    })

    it('destroy removes the database and its side files', () => {
      const copy = createCopy()
      copy.destroy()
      expect(filesIn(dir())).toEqual([])
    })
  })

  describe('writeDocument and read', () => {
    it('round-trips a document exactly, with its revision', () => {
      const doc = richJourney()
      const copy = createCopy(doc, 7)
      try {
        const read = copy.read(FALLBACK_META)
        expect(read.dropped).toEqual([])
        expect(read.doc).toEqual(doc)
        expect(copy.revision).toBe(7)
      } finally {
        copy.destroy()
      }
    })
  })

  describe('applyChanges', () => {
    it('bumps the revision by one per change set and returns it', () => {
      const copy = createCopy(richJourney(), 3)
      try {
        expect(copy.applyChanges(changeSet())).toBe(4)
        expect(copy.applyChanges(changeSet(), 4)).toBe(5)
        expect(copy.revision).toBe(5)
        expect(copy.repository.info(REVISION_KEY)).toBe('5')
      } finally {
        copy.destroy()
      }
    })

    it('updating one touchpoint rewrites only that touchpoint, its lists and the revision', () => {
      const doc = richJourney()
      const copy = createCopy(doc)
      try {
        const before = dumpRows(copy.db, ALL_TABLES)
        const changesBefore = totalChanges(copy.db)
        const edited: Touchpoint = { ...doc.touchpoints.tp_pay!, title: '排队结账（高峰）', standards: [standard('开第二个收银台')], emotion: -3 }
        copy.applyChanges(changeSet({ upserts: { touchpoints: [edited] } }))

        // 1 upsert + (2 servqual + 2 standards + 2 script lines) cleared + (2 + 1 + 2) re-inserted + 1 revision.
        expect(totalChanges(copy.db) - changesBefore).toBe(1 + 6 + 5 + 1)
        const after = dumpRows(copy.db, ALL_TABLES)
        const isRewritten = (key: string, row: Record<string, unknown>) =>
          (row.touchpoint_id === 'tp_pay' && /^(touchpoint_servqual|service_standard|script_line)#/.test(key)) ||
          (key.startsWith('file_info#') && row.key === REVISION_KEY)
        for (const [key, row] of before) {
          if (isRewritten(key, row)) continue
          if (key.startsWith('touchpoint#') && row.id === 'tp_pay') {
            // Same row (same rowid), new values.
            expect(after.get(key)).toMatchObject({ id: 'tp_pay', title: '排队结账（高峰）', emotion: -3 })
            continue
          }
          expect(after.get(key), key).toEqual(row)
        }
        const untouchedAfter = [...after].filter(([key, row]) => !isRewritten(key, row))
        expect(untouchedAfter.length).toBe([...before].filter(([key, row]) => !isRewritten(key, row)).length)
        expect(copy.read(FALLBACK_META).doc.touchpoints.tp_pay).toEqual(edited)
      } finally {
        copy.destroy()
      }
    })

    it('updating an edge leaves every touchpoint row alone', () => {
      const doc = richJourney()
      const copy = createCopy(doc)
      try {
        const before = dumpRows(copy.db, ['touchpoint', 'touchpoint_servqual', 'service_standard', 'script_line', 'stage', 'lane'])
        const changesBefore = totalChanges(copy.db)
        copy.applyChanges(changeSet({ upserts: { edges: [{ ...doc.edges.ed_skip!, label: '直接购买' }] } }))
        expect(totalChanges(copy.db) - changesBefore).toBe(2)
        expect(dumpRows(copy.db, ['touchpoint', 'touchpoint_servqual', 'service_standard', 'script_line', 'stage', 'lane'])).toEqual(before)
        expect(copy.read(FALLBACK_META).doc.edges.ed_skip!.label).toBe('直接购买')
      } finally {
        copy.destroy()
      }
    })

    it('deleting a touchpoint cascades to its SERVQUAL tags, standards, script lines and edges', () => {
      const copy = createCopy()
      try {
        const countFor = (table: string, column: string) =>
          copy.db.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = 'tp_advise'`).pluck().get() as number
        expect(countFor('touchpoint_servqual', 'touchpoint_id')).toBe(2)
        copy.applyChanges(changeSet({ deletes: { touchpoints: ['tp_advise'] } }))
        for (const table of ['touchpoint_servqual', 'service_standard', 'script_line']) expect(countFor(table, 'touchpoint_id'), table).toBe(0)
        expect(countFor('edge', 'source_id') + countFor('edge', 'target_id')).toBe(0)
        const { doc, dropped } = copy.read(FALLBACK_META)
        expect(dropped).toEqual([])
        expect(Object.keys(doc.edges).sort()).toEqual(['ed_3', 'ed_4'])
        expect(doc.touchpoints.tp_greet!.standards).toHaveLength(2)
      } finally {
        copy.destroy()
      }
    })

    it('deletes a stage together with its touchpoints in one change set', () => {
      const copy = createCopy()
      try {
        copy.applyChanges(changeSet({ deletes: { stages: ['st_arrive'], touchpoints: ['tp_greet'] } }))
        const { doc } = copy.read(FALLBACK_META)
        expect(doc.stages.st_arrive).toBeUndefined()
        expect(doc.touchpoints.tp_greet).toBeUndefined()
        expect(doc.edges.ed_1).toBeUndefined()
      } finally {
        copy.destroy()
      }
    })

    it('refuses a change set that leaves a dangling reference, and writes none of it', () => {
      const doc = richJourney()
      const copy = createCopy(doc, 5)
      try {
        const before = dumpRows(copy.db, ALL_TABLES)
        const bad = changeSet({
          upserts: {
            touchpoints: [{ ...doc.touchpoints.tp_greet!, title: '不应保存' }],
            edges: [{ id: 'ed_bad', sourceId: 'tp_greet', targetId: 'tp_missing', kind: 'main', label: '', sortKey: 'z' }],
          },
        })
        expect(() => copy.applyChanges(bad, 5)).toThrow(/FOREIGN KEY/)
        expect(() => copy.applyChanges(changeSet({ deletes: { stages: ['st_choose'] } }), 5)).toThrow(/FOREIGN KEY/)
        expect(copy.db.inTransaction).toBe(false)
        expect(copy.revision).toBe(5)
        expect(dumpRows(copy.db, ALL_TABLES)).toEqual(before)
      } finally {
        copy.destroy()
      }
    })

    it('refuses a stale baseRevision with CONFLICT and writes nothing', () => {
      const doc = richJourney()
      const copy = createCopy(doc, 2)
      try {
        const before = dumpRows(copy.db, ALL_TABLES)
        const edit = changeSet({ upserts: { stages: [{ ...doc.stages.st_arrive!, name: '改名' }] } })
        const error = serviceErrorOf(() => copy.applyChanges(edit, 1))
        expect(error.code).toBe('CONFLICT')
        expect(error.userMessage.key).toBe('doc.conflict')
        expect(copy.revision).toBe(2)
        expect(dumpRows(copy.db, ALL_TABLES)).toEqual(before)
        expect(copy.applyChanges(edit, 2)).toBe(3)
      } finally {
        copy.destroy()
      }
    })

    it('writes the journey properties only when the change set carries them', () => {
      const doc = richJourney()
      const copy = createCopy(doc)
      try {
        copy.applyChanges(changeSet({ meta: { ...doc.meta, title: '新标题', locale: 'en' } }))
        expect(copy.read(FALLBACK_META).doc.meta).toEqual({ ...doc.meta, title: '新标题', locale: 'en' })
        copy.applyChanges(changeSet({ upserts: { personas: [{ ...doc.personas.pe_commuter!, tier: 'regular' }] } }))
        expect(copy.read(FALLBACK_META).doc.meta.title).toBe('新标题')
      } finally {
        copy.destroy()
      }
    })
  })

  describe('saveTo', () => {
    it('writes a self-contained file: our application id, current version, rollback journal, no side files', async () => {
      const copy = createCopy()
      const target = join(dir(), 'out', '零售旅程.journey')
      mkdirSync(join(dir(), 'out'))
      try {
        await copy.saveTo(target, { last_saved_with: 'MOT Studio test' })
      } finally {
        copy.destroy()
      }
      expect(filesIn(join(dir(), 'out'))).toEqual(['零售旅程.journey'])
      expect(sideFilesOf(target)).toEqual([])
      const header = headerBytes(target)
      expect(header.toString('latin1', 0, 16)).toBe('SQLite format 3\u0000')
      // Bytes 18 and 19 are 2 in WAL mode and 1 with a rollback journal.
      expect([header[18], header[19]]).toEqual([1, 1])
      expect(header.readUInt32BE(68)).toBe(0x4d4f5453)
      expect(header.readUInt32BE(60)).toBe(CURRENT_SCHEMA_VERSION)

      const db = new Database(target, { readonly: true, fileMustExist: true })
      try {
        expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
        expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
        expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION)
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(db.prepare("SELECT value FROM file_info WHERE key = 'last_saved_with'").pluck().get()).toBe('MOT Studio test')
        expect(db.prepare("SELECT value FROM file_info WHERE key = 'revision'").pluck().get()).toBe('1')
      } finally {
        db.close()
      }
      expect(sideFilesOf(target)).toEqual([])
    })

    it('writes a file that reopens through the untrusted pipeline to an equal document', async () => {
      const doc = richJourney()
      const copy = createCopy(doc, 4)
      const target = join(dir(), 'round-trip.journey')
      try {
        await copy.saveTo(target, {})
      } finally {
        copy.destroy()
      }
      const opened = openUntrusted(target, join(dir(), 'reopened.journey'), join(dir(), 'snapshot'), 'en')
      try {
        expect(opened.dropped).toEqual([])
        expect(opened.migratedFrom).toBeNull()
        expect(opened.fileRevision).toBe(4)
        expect(opened.workingCopy.revision).toBe(4)
        expect(opened.doc).toEqual(doc)
        const tricky = opened.doc.touchpoints.tp_tricky!
        expect(tricky.servqual).toEqual(['responsiveness', 'assurance', 'empathy'])
        expect(tricky.standards).toEqual([standard('第三条'), standard('第一条', '3 秒'), standard('第二条')])
        expect(tricky.scriptLines.at(-1)!.text).toBe('第 12 句台词\n换行')
        expect(tricky.scriptLines.map((line) => line.speaker).slice(0, 4)).toEqual(['customer', 'staff', 'staff', 'customer'])
        expect(tricky.scriptLines[1]!.tone).toBe('亲切')
        expect(tricky.scriptLines[2]!.alternatives).toEqual([{ customerType: '犹豫型', text: '您慢慢看，不着急。' }])
        expect(tricky.title).toBe(`引号 "双" 与 '单'；'); DROP TABLE stage;-- 😀`)
      } finally {
        opened.workingCopy.destroy()
      }
    })

    it('replaces an existing file with the new content', async () => {
      const doc = richJourney()
      const copy = createCopy(doc)
      const target = join(dir(), 'twice.journey')
      try {
        await copy.saveTo(target, {})
        copy.applyChanges(changeSet({ deletes: { touchpoints: ['tp_tricky'] } }))
        await copy.saveTo(target, {})
      } finally {
        copy.destroy()
      }
      const opened = openUntrusted(target, join(dir(), 'reopened.journey'), join(dir(), 'snapshot'), 'en')
      try {
        expect(opened.doc.touchpoints.tp_tricky).toBeUndefined()
        expect(opened.fileRevision).toBe(2)
      } finally {
        opened.workingCopy.destroy()
      }
      expect(filesIn(dir())).toEqual(['twice.journey'])
    })

    it('fails with IO and leaves no temp file when the target folder does not exist', async () => {
      const copy = createCopy()
      try {
        const error = await serviceErrorOfAsync(() => copy.saveTo(join(dir(), 'missing', 'x.journey'), {}))
        expect(error).toBeInstanceOf(ServiceError)
        expect(error.code).toBe('IO')
        expect(error.userMessage.key).toBe('save.failed')
        expect(existsSync(join(dir(), 'missing'))).toBe(false)
        expect(filesIn(dir()).filter((name) => !name.startsWith('working.journey'))).toEqual([])
        // The working copy is still usable afterwards.
        expect(copy.applyChanges(changeSet())).toBe(2)
      } finally {
        copy.destroy()
      }
    })

    it('fails with IO and removes its temp file when the final rename fails', async () => {
      const copy = createCopy()
      const target = join(dir(), 'out', 'taken.journey')
      // A non-empty folder where the file should go: the backup succeeds, the rename cannot.
      mkdirSync(target, { recursive: true })
      writeFileSync(join(target, 'keep.txt'), 'x')
      try {
        const error = await serviceErrorOfAsync(() => copy.saveTo(target, {}))
        expect(error.code).toBe('IO')
      } finally {
        copy.destroy()
      }
      expect(filesIn(join(dir(), 'out'))).toEqual(['taken.journey'])
      expect(filesIn(target)).toEqual(['keep.txt'])
    })
  })
})
