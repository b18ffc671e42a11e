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
} from '../../../shared/model/schema'
import { issueDetail, issueField } from '../../../shared/model/issueDetail'
import { quickAccept } from '../../../shared/model/quickAccept'
import { RECORD_TABLES, type ChildTable, type RecordTable, type Row } from './recordTables'
import type { z } from 'zod'

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
  /** Per collection, per child table: [delete the record's rows, insert one row]. */
  private readonly children: Record<CollectionName, [Statement, Statement][]>
  private readonly writeMeta: Statement
  private readonly readInfo: Statement
  private readonly writeInfo: Statement

  constructor(private readonly db: Database.Database) {
    const build = <T>(make: (name: CollectionName) => T) => Object.fromEntries(COLLECTIONS.map((name) => [name, make(name)])) as Record<CollectionName, T>
    this.upsert = build((name) => db.prepare(upsertSql(RECORD_TABLES[name].table, RECORD_TABLES[name].columns)))
    this.remove = build((name) => db.prepare(`DELETE FROM ${RECORD_TABLES[name].table} WHERE id = ?`))
    this.children = build((name) =>
      (RECORD_TABLES[name].children as ChildTable<unknown>[]).map((child) => [
        db.prepare(`DELETE FROM ${child.table} WHERE ${child.parentColumn} = ?`),
        db.prepare(
          `INSERT INTO ${child.table} (${[child.parentColumn, ...child.columns].join(', ')}) VALUES (${[child.parentColumn, ...child.columns].map(() => '?').join(', ')})`,
        ),
      ]),
    )
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
      const mapping = RECORD_TABLES[name] as RecordTable<unknown>
      const children = this.children[name]
      for (const record of changes.upserts[name] as unknown[]) {
        const row = mapping.toRow(record)
        this.upsert[name].run(row)
        mapping.children.forEach((child, index) => {
          const [clear, insert] = children[index]!
          clear.run(row.id)
          for (const values of child.rowsOf(record)) insert.run(row.id, ...values)
        })
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

  /** Reads the whole document, validating every record; invalid ones are listed in `dropped`. */
  readDocument(fallbackMeta: JourneyMeta): ReadResult {
    const dropped: DroppedRow[] = []
    const metaRow = this.db.prepare('SELECT title, description, locale, version_label AS versionLabel FROM journey WHERE id = 1').get()
    const meta = JourneyMetaSchema.safeParse(metaRow)
    if (!meta.success) dropped.push({ table: 'journey', id: '1', reason: { key: 'open.metaRepaired' } })
    const doc = { meta: meta.success ? meta.data : fallbackMeta } as JourneyDocument
    const raw = {} as Record<CollectionName, Map<string, Record<string, unknown>>>
    for (const name of COLLECTIONS) {
      const mapping = RECORD_TABLES[name] as RecordTable<unknown>
      const records = new Map<string, Record<string, unknown>>()
      for (const row of this.db.prepare(`SELECT * FROM ${mapping.table}`).all() as Row[]) records.set(String(row.id), mapping.fromRow(row))
      for (const child of mapping.children) {
        // Raw rows: the parent id first, then the child's columns.
        const rows = this.db.prepare(`SELECT ${[child.parentColumn, ...child.columns].join(', ')} FROM ${child.table} ORDER BY ${child.orderBy}`).raw().all() as unknown[][]
        // An indexed loop and no per-row copies: this runs for every list item of a large journey.
        for (let index = 0; index < rows.length; index++) {
          const row = rows[index]!
          const parent = records.get(row[0] as string)
          if (parent) child.attach(parent, row)
        }
      }
      raw[name] = records
    }
    for (const name of COLLECTIONS) {
      const valid: Record<string, unknown> = {}
      const schema = RECORD_SCHEMAS[name]
      const accept = quickAccept(schema)
      for (const [id, record] of raw[name]) {
        // Most records pass the quick test and are kept as read; zod decides the rest and says why.
        if (accept(record)) {
          valid[id] = record
          continue
        }
        const parsed = schema.safeParse(record, { reportInput: true })
        if (parsed.success) valid[id] = parsed.data
        else dropped.push({ table: RECORD_TABLES[name].table, id, reason: invalidReason(name, parsed.error) })
      }
      ;(doc as unknown as Record<string, unknown>)[name] = valid
    }
    // Every reference is a foreign key, so a record can only be orphaned by one dropped just above.
    if (dropped.some((row) => row.table !== 'journey')) dropOrphans(doc, dropped)
    return { doc, dropped }
  }

  /** Deletes the rows of records the reader dropped, so the working copy matches the document. */
  deleteDropped(dropped: readonly DroppedRow[]): void {
    const byTable = new Map(COLLECTIONS.map((name) => [RECORD_TABLES[name].table, name]))
    for (const row of dropped) {
      const name = byTable.get(row.table)
      if (name) this.remove[name].run(row.id)
    }
  }
}

function invalidReason(collection: CollectionName, error: z.ZodError): DroppedRow['reason'] {
  const issue = error.issues[0]
  if (!issue) return { key: 'open.rowInvalid', params: { field: '', detailKey: 'invalid.value' } }
  return { key: 'open.rowInvalid', params: { ...issueField(collection, issue), ...issueDetail(issue) } }
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
  for (const indicator of Object.values(doc.indicators)) {
    if (!doc.scorecards[indicator.scorecardId]) {
      dropped.push({ table: 'indicator', id: indicator.id, reason: { key: 'open.rowOrphan' } })
      delete doc.indicators[indicator.id]
    } else if (indicator.touchpointIds.some((id) => !doc.touchpoints[id])) {
      doc.indicators[indicator.id] = { ...indicator, touchpointIds: indicator.touchpointIds.filter((id) => doc.touchpoints[id]) }
    }
  }
}
