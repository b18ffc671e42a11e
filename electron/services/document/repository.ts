/**
 * Reads and writes journey records in a database of the current schema. Writing is incremental:
 * a change set touches only the rows of the records it names. Reading is tolerant: a row that does
 * not validate is reported (table, id, reason), never silently dropped or half-loaded.
 */
import type Database from 'better-sqlite3'
import type { Statement } from 'better-sqlite3'
import type { DocumentChanges } from '../../../shared/editor/changedKeys'
import type { DroppedRow } from '../../../shared/ipc/contract'
import {
  COLLECTIONS,
  JourneyMetaSchema,
  RECORD_SCHEMAS,
  type CollectionName,
  type JourneyDocument,
  type JourneyMeta,
  type Touchpoint,
} from '../../../shared/model/schema'
import type { z } from 'zod'

const TABLE_OF: Record<CollectionName, string> = {
  stages: 'stage',
  lanes: 'lane',
  touchpoints: 'touchpoint',
  edges: 'edge',
  personas: 'persona',
}
const TOUCHPOINT_LISTS = { standards: 'service_standard', scriptLines: 'script_line' } as const

type Row = Record<string, unknown>
const bool = (value: unknown) => value === 1
const int = (value: boolean) => (value ? 1 : 0)

const toRow: { [C in CollectionName]: (record: z.infer<(typeof RECORD_SCHEMAS)[C]>) => Row } = {
  stages: (s) => ({ id: s.id, sort_key: s.sortKey, name: s.name }),
  lanes: (l) => ({ id: l.id, sort_key: l.sortKey, kind: l.kind, name: l.name }),
  personas: (p) => ({ id: p.id, sort_key: p.sortKey, name: p.name, tier: p.tier, note: p.note }),
  edges: (e) => ({ id: e.id, sort_key: e.sortKey, source_id: e.sourceId, target_id: e.targetId, kind: e.kind, label: e.label }),
  touchpoints: (t) => ({
    id: t.id, stage_id: t.stageId, lane_id: t.laneId, sort_key: t.sortKey, title: t.title, channel: t.channel,
    role: t.role, is_mot: int(t.isMot), mot_family: t.motFamily, importance: t.importance, is_peak: int(t.isPeak),
    is_end: int(t.isEnd), emotion: t.emotion, delight: t.delight, risk: t.risk, recovery: t.recovery,
    expectation: t.expectation, notes: t.notes, x: t.x, y: t.y,
  }),
}

const fromRow: Record<CollectionName, (row: Row) => unknown> = {
  stages: (r) => ({ id: r.id, sortKey: r.sort_key, name: r.name }),
  lanes: (r) => ({ id: r.id, sortKey: r.sort_key, kind: r.kind, name: r.name }),
  personas: (r) => ({ id: r.id, sortKey: r.sort_key, name: r.name, tier: r.tier, note: r.note }),
  edges: (r) => ({ id: r.id, sortKey: r.sort_key, sourceId: r.source_id, targetId: r.target_id, kind: r.kind, label: r.label }),
  touchpoints: (r) => ({
    id: r.id, stageId: r.stage_id, laneId: r.lane_id, sortKey: r.sort_key, title: r.title, channel: r.channel,
    role: r.role, isMot: bool(r.is_mot), motFamily: r.mot_family, importance: r.importance, isPeak: bool(r.is_peak),
    isEnd: bool(r.is_end), emotion: r.emotion, delight: r.delight, risk: r.risk, recovery: r.recovery,
    expectation: r.expectation, notes: r.notes, x: r.x, y: r.y, servqual: [], standards: [], scriptLines: [],
  }),
}

function upsertSql(table: string, columns: string[]): string {
  const updates = columns.filter((column) => column !== 'id').map((column) => `${column} = excluded.${column}`)
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`
}

export interface ReadResult {
  doc: JourneyDocument
  dropped: DroppedRow[]
}

export class JourneyRepository {
  private readonly upsert: Record<CollectionName, Statement>
  private readonly remove: Record<CollectionName, Statement>
  private readonly clearList: Record<'servqual' | keyof typeof TOUCHPOINT_LISTS, Statement>
  private readonly insertServqual: Statement
  private readonly insertListItem: Record<keyof typeof TOUCHPOINT_LISTS, Statement>
  private readonly writeMeta: Statement
  private readonly readInfo: Statement
  private readonly writeInfo: Statement

  constructor(private readonly db: Database.Database) {
    const sample = {
      stages: toRow.stages({ id: '', sortKey: '', name: '' }),
      lanes: toRow.lanes({ id: '', sortKey: '', kind: 'customer', name: '' }),
      personas: toRow.personas({ id: '', sortKey: '', name: '', tier: 'key', note: '' }),
      edges: toRow.edges({ id: '', sortKey: '', sourceId: '', targetId: '', kind: 'main', label: '' }),
      touchpoints: toRow.touchpoints({} as Touchpoint),
    }
    const build = (make: (name: CollectionName) => Statement) =>
      Object.fromEntries(COLLECTIONS.map((name) => [name, make(name)])) as Record<CollectionName, Statement>
    this.upsert = build((name) => db.prepare(upsertSql(TABLE_OF[name], Object.keys(sample[name]))))
    this.remove = build((name) => db.prepare(`DELETE FROM ${TABLE_OF[name]} WHERE id = ?`))
    this.clearList = {
      servqual: db.prepare('DELETE FROM touchpoint_servqual WHERE touchpoint_id = ?'),
      standards: db.prepare('DELETE FROM service_standard WHERE touchpoint_id = ?'),
      scriptLines: db.prepare('DELETE FROM script_line WHERE touchpoint_id = ?'),
    }
    this.insertServqual = db.prepare('INSERT INTO touchpoint_servqual (touchpoint_id, dimension) VALUES (?, ?)')
    this.insertListItem = {
      standards: db.prepare('INSERT INTO service_standard (touchpoint_id, position, text) VALUES (?, ?, ?)'),
      scriptLines: db.prepare('INSERT INTO script_line (touchpoint_id, position, text) VALUES (?, ?, ?)'),
    }
    this.writeMeta = db.prepare(`INSERT INTO journey (id, title, description, locale, version_label)
      VALUES (1, @title, @description, @locale, @versionLabel)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description,
        locale = excluded.locale, version_label = excluded.version_label`)
    this.readInfo = db.prepare('SELECT value FROM file_info WHERE key = ?').pluck()
    this.writeInfo = db.prepare(
      'INSERT INTO file_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
  }

  info(key: string): string | undefined {
    return this.readInfo.get(key) as string | undefined
  }

  setInfo(key: string, value: string): void {
    this.writeInfo.run(key, value)
  }

  /** Writes exactly the records `changes` names; the caller wraps it in a transaction. */
  writeChanges(changes: DocumentChanges): void {
    if (changes.meta) this.writeMeta.run(changes.meta)
    for (const name of COLLECTIONS) {
      for (const record of changes.upserts[name]) {
        this.upsert[name].run((toRow[name] as (r: typeof record) => Row)(record))
        if (name === 'touchpoints') this.writeTouchpointLists(record as Touchpoint)
      }
    }
    // Children before parents, so cascades never delete a row the same change set re-created.
    for (const name of [...COLLECTIONS].reverse()) {
      for (const id of changes.deletes[name]) this.remove[name].run(id)
    }
  }

  /** Writes a whole document into an empty database. */
  writeDocument(doc: JourneyDocument): void {
    const upserts = Object.fromEntries(COLLECTIONS.map((name) => [name, Object.values(doc[name])]))
    const deletes = Object.fromEntries(COLLECTIONS.map((name) => [name, []]))
    this.writeChanges({ meta: doc.meta, upserts, deletes } as unknown as DocumentChanges)
  }

  private writeTouchpointLists(touchpoint: Touchpoint): void {
    this.clearList.servqual.run(touchpoint.id)
    for (const dimension of new Set(touchpoint.servqual)) this.insertServqual.run(touchpoint.id, dimension)
    for (const list of ['standards', 'scriptLines'] as const) {
      this.clearList[list].run(touchpoint.id)
      touchpoint[list].forEach((text, position) => this.insertListItem[list].run(touchpoint.id, position, text))
    }
  }

  /** Reads the whole document, validating every record; invalid ones are listed in `dropped`. */
  readDocument(fallbackMeta: JourneyMeta): ReadResult {
    const dropped: DroppedRow[] = []
    const metaRow = this.db.prepare('SELECT title, description, locale, version_label AS versionLabel FROM journey WHERE id = 1').get()
    const meta = JourneyMetaSchema.safeParse(metaRow)
    if (!meta.success) dropped.push({ table: 'journey', id: '1', reason: { key: 'open.metaRepaired' } })
    const doc = { meta: meta.success ? meta.data : fallbackMeta } as JourneyDocument
    const raw = {} as Record<CollectionName, Map<string, Record<string, unknown>>>
    for (const name of COLLECTIONS) {
      const records = new Map<string, Record<string, unknown>>()
      const toRecord = fromRow[name]
      for (const row of this.db.prepare(`SELECT * FROM ${TABLE_OF[name]}`).all() as Row[]) {
        records.set(String(row.id), toRecord(row) as Record<string, unknown>)
      }
      raw[name] = records
    }
    this.attachTouchpointLists(raw.touchpoints)
    for (const name of COLLECTIONS) {
      const valid: Record<string, unknown> = {}
      const schema = RECORD_SCHEMAS[name]
      for (const [id, record] of raw[name]) {
        const parsed = schema.safeParse(record)
        if (parsed.success) valid[id] = parsed.data
        else dropped.push({ table: TABLE_OF[name], id, reason: invalidReason(parsed.error) })
      }
      ;(doc as unknown as Record<string, unknown>)[name] = valid
    }
    dropOrphans(doc, dropped)
    return { doc, dropped }
  }

  /** Fills each touchpoint's lists: SERVQUAL tags in the order they were written, standards and script lines by position. */
  private attachTouchpointLists(touchpoints: Map<string, Record<string, unknown>>): void {
    // Raw rows: every column is TEXT in a STRICT table, so no conversion is needed.
    const tags = this.db.prepare('SELECT touchpoint_id, dimension FROM touchpoint_servqual ORDER BY rowid').raw().all() as [string, string][]
    for (const [id, dimension] of tags) (touchpoints.get(id)?.servqual as string[] | undefined)?.push(dimension)
    for (const [list, table] of Object.entries(TOUCHPOINT_LISTS)) {
      const rows = this.db.prepare(`SELECT touchpoint_id, text FROM ${table} ORDER BY touchpoint_id, position`).raw().all() as [string, string][]
      for (const [id, text] of rows) (touchpoints.get(id)?.[list] as string[] | undefined)?.push(text)
    }
  }

  /** Deletes the rows of records the reader dropped, so the working copy matches the document. */
  deleteDropped(dropped: readonly DroppedRow[]): void {
    const byTable = new Map(Object.entries(TABLE_OF).map(([name, table]) => [table, name as CollectionName]))
    for (const row of dropped) {
      const name = byTable.get(row.table)
      if (name) this.remove[name].run(row.id)
    }
  }
}

function invalidReason(error: z.ZodError): DroppedRow['reason'] {
  const issue = error.issues[0]
  return { key: 'open.rowInvalid', params: { field: issue?.path.join('.') ?? '', detail: issue?.message ?? '' } }
}

/** Touchpoints whose stage or lane is gone and edges whose ends are gone can't be shown: list and drop them. */
function dropOrphans(doc: JourneyDocument, dropped: DroppedRow[]): void {
  for (const touchpoint of Object.values(doc.touchpoints)) {
    if (!doc.stages[touchpoint.stageId] || !doc.lanes[touchpoint.laneId]) {
      dropped.push({ table: 'touchpoint', id: touchpoint.id, reason: { key: 'open.touchpointOrphan', params: { title: touchpoint.title } } })
      delete doc.touchpoints[touchpoint.id]
    }
  }
  for (const edge of Object.values(doc.edges)) {
    if (!doc.touchpoints[edge.sourceId] || !doc.touchpoints[edge.targetId]) {
      dropped.push({ table: 'edge', id: edge.id, reason: { key: 'open.edgeOrphan' } })
      delete doc.edges[edge.id]
    }
  }
}
