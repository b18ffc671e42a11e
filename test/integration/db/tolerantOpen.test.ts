/**
 * Files whose rows break our rules (written by another tool, or damaged by hand) still open: the bad
 * records are listed in `dropped` and left out, everything else loads, and the journey shows
 * unsaved changes. Saving writes a clean file that reopens with nothing dropped.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { render } from '../../../shared/i18n/translate'
import type { DocSnapshot } from '../../../shared/ipc/contract'
import type { JourneyDocument } from '../../../shared/model/schema'
import { fingerprint, sideFilesOf, tamper, useTempDir, useWorkspaces, writeJourneyFile } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'

const dir = useTempDir('mot-tolerant-')
const workspaces = useWorkspaces(dir)

async function damagedJourney(damage: (db: Database.Database) => void, options: { unsafe?: boolean } = {}): Promise<string> {
  const path = join(dir(), 'damaged.journey')
  await writeJourneyFile(path, retailJourney(), join(dir(), 'writer'))
  tamper(path, damage, options)
  return path
}

/** The retail journey without `touchpoints` and without the edges that touch them. */
function withoutTouchpoints(...ids: string[]): JourneyDocument {
  const doc = retailJourney()
  for (const id of ids) delete doc.touchpoints[id]
  for (const edge of Object.values(doc.edges)) {
    if (ids.includes(edge.sourceId) || ids.includes(edge.targetId)) delete doc.edges[edge.id]
  }
  return doc
}

const droppedSummary = (snapshot: DocSnapshot) => snapshot.dropped.map((row) => `${row.table} ${row.id} ${row.reason.key}`)

function expectDirty(snapshot: DocSnapshot, workspace: ReturnType<typeof workspaces>) {
  expect(snapshot.revision).not.toBe(snapshot.savedRevision)
  expect(snapshot.revision).toBe(snapshot.savedRevision + 1)
  expect(workspace.isDirty(snapshot.docId)).toBe(true)
}

/** Saves over the file, reopens it, and expects a clean load of `expected` with no violations in the file. */
async function expectCleanAfterSave(snapshot: DocSnapshot, workspace: ReturnType<typeof workspaces>, path: string, expected: JourneyDocument) {
  await workspace.save(snapshot.docId)
  workspace.close(snapshot.docId, false)
  const db = new Database(path, { readonly: true })
  try {
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  } finally {
    db.close()
  }
  const reopened = workspace.open(path, 'zh-CN')
  expect(reopened.dropped).toEqual([])
  expect(reopened.doc).toEqual(expected)
  expect(workspace.isDirty(reopened.docId)).toBe(false)
}

describe('opening a journey with invalid rows', () => {
  it('drops a touchpoint whose emotion breaks the CHECK constraint, with its edges, and keeps the rest', async () => {
    const path = await damagedJourney((db) => {
      db.pragma('ignore_check_constraints = ON')
      db.prepare("UPDATE touchpoint SET emotion = 9 WHERE id = 'tp_try'").run()
    })
    const before = fingerprint(path)
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'zh-CN')

    expect(droppedSummary(snapshot)).toEqual([
      'touchpoint tp_try open.rowRejected',
      'edge ed_2 open.rowOrphan',
      'edge ed_3 open.rowOrphan',
    ])
    expect(snapshot.dropped[0]!.reason.params?.detail).toMatch(/CHECK constraint failed/)
    expect(snapshot.doc).toEqual(withoutTouchpoints('tp_try'))
    expectDirty(snapshot, workspace)
    expect(fingerprint(path)).toEqual(before)
    expect(sideFilesOf(path)).toEqual([])
    await expectCleanAfterSave(snapshot, workspace, path, withoutTouchpoints('tp_try'))
  })

  it('drops an edge that points to a touchpoint that does not exist', async () => {
    const path = await damagedJourney((db) => {
      db.prepare("INSERT INTO edge (id, sort_key, source_id, target_id, kind, label) VALUES ('ed_ghost', 'z', 'tp_pay', 'tp_ghost', 'main', '')").run()
    })
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'en')
    expect(droppedSummary(snapshot)).toEqual(['edge ed_ghost open.rowOrphan'])
    expect(snapshot.doc).toEqual(retailJourney())
    expectDirty(snapshot, workspace)
    await expectCleanAfterSave(snapshot, workspace, path, retailJourney())
  })

  it('drops a touchpoint in a stage that does not exist, with its edges and its lists (nothing left orphaned)', async () => {
    const path = await damagedJourney((db) => {
      db.prepare("UPDATE touchpoint SET stage_id = 'st_gone' WHERE id = 'tp_advise'").run()
    })
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'en')
    expect(droppedSummary(snapshot)).toEqual([
      'touchpoint tp_advise open.rowOrphan',
      'edge ed_1 open.rowOrphan',
      'edge ed_2 open.rowOrphan',
      'edge ed_skip open.rowOrphan',
    ])
    expect(snapshot.doc).toEqual(withoutTouchpoints('tp_advise'))
    expectDirty(snapshot, workspace)
    await expectCleanAfterSave(snapshot, workspace, path, withoutTouchpoints('tp_advise'))
  })

  it('drops a stage whose id names a built-in object property ("toString") and the touchpoint in it: never taken for a real stage', async () => {
    const path = await damagedJourney((db) => {
      db.prepare("INSERT INTO stage (id, sort_key, name) VALUES ('toString', 'zz', '假阶段')").run()
      db.prepare("UPDATE touchpoint SET stage_id = 'toString' WHERE id = 'tp_advise'").run()
    })
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'en')
    expect(droppedSummary(snapshot)).toEqual([
      'stage toString open.rowInvalid',
      // Its stage_id is refused by the same rule.
      'touchpoint tp_advise open.rowInvalid',
      'edge ed_1 open.edgeOrphan',
      'edge ed_2 open.edgeOrphan',
      'edge ed_skip open.edgeOrphan',
    ])
    expect(snapshot.dropped[0]!.reason.params).toEqual({ field: 'id', detailKey: 'invalid.reservedId' })
    expect(snapshot.doc).toEqual(withoutTouchpoints('tp_advise'))
    await expectCleanAfterSave(snapshot, workspace, path, withoutTouchpoints('tp_advise'))
  })

  it('drops list rows (standards) whose touchpoint does not exist', async () => {
    const path = await damagedJourney((db) => {
      db.prepare("INSERT INTO service_standard (touchpoint_id, position, text) VALUES ('tp_ghost', 0, '孤儿标准')").run()
    })
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'en')
    expect(droppedSummary(snapshot)).toEqual(['service_standard tp_ghost open.rowOrphan'])
    expect(snapshot.doc).toEqual(retailJourney())
    await expectCleanAfterSave(snapshot, workspace, path, retailJourney())
  })

  it('drops a touchpoint whose text breaks a validation rule SQLite does not know (title over 300 characters)', async () => {
    const path = await damagedJourney((db) => {
      db.prepare("UPDATE touchpoint SET title = ? WHERE id = 'tp_farewell'").run('长'.repeat(301))
    })
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'en')
    expect(droppedSummary(snapshot)).toEqual(['touchpoint tp_farewell open.rowInvalid', 'edge ed_4 open.edgeOrphan'])
    expect(snapshot.dropped[0]!.reason.params).toEqual({ fieldKey: 'editor.tp.title', detailKey: 'invalid.tooLong', max: 300 })
    expect(render('zh-CN', snapshot.dropped[0]!.reason)).toBe('字段“标题”的值无效：超过 300 个字符')
    expect(snapshot.doc).toEqual(withoutTouchpoints('tp_farewell'))
    expectDirty(snapshot, workspace)
    await expectCleanAfterSave(snapshot, workspace, path, withoutTouchpoints('tp_farewell'))
  })

  it('resets unreadable journey properties to defaults in the reader’s language', async () => {
    const path = await damagedJourney((db) => db.exec('DELETE FROM journey'))
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'zh-CN')
    expect(droppedSummary(snapshot)).toEqual(['journey 1 open.metaRepaired'])
    const expected = { ...retailJourney(), meta: { title: snapshot.doc.meta.title, description: '', locale: 'zh-CN' as const, versionLabel: '1.0' } }
    expect(snapshot.doc.meta.title).not.toBe(retailJourney().meta.title)
    expect(snapshot.doc.meta.title.length).toBeGreaterThan(0)
    expect(snapshot.doc).toEqual(expected)
    expectDirty(snapshot, workspace)
    await expectCleanAfterSave(snapshot, workspace, path, expected)
  })

  it('lists several problems at once and loads everything else', async () => {
    const path = await damagedJourney((db) => {
      db.pragma('ignore_check_constraints = ON')
      db.prepare("UPDATE touchpoint SET emotion = 9 WHERE id = 'tp_greet'").run()
      db.prepare("UPDATE touchpoint SET lane_id = 'ln_gone' WHERE id = 'tp_farewell'").run()
      db.prepare("UPDATE persona SET tier = 'vip' WHERE id = 'pe_commuter'").run()
    })
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'en')
    expect(droppedSummary(snapshot).sort()).toEqual(
      [
        'touchpoint tp_greet open.rowRejected',
        'persona pe_commuter open.rowRejected',
        'touchpoint tp_farewell open.rowOrphan',
        'edge ed_1 open.rowOrphan',
        'edge ed_4 open.rowOrphan',
      ].sort(),
    )
    const expected = withoutTouchpoints('tp_greet', 'tp_farewell')
    delete expected.personas.pe_commuter
    expect(snapshot.doc).toEqual(expected)
    expectDirty(snapshot, workspace)
    await expectCleanAfterSave(snapshot, workspace, path, expected)
  })
})
