/**
 * A description of the schema at a version, for the schema guard (Actual's idea): tables with their
 * columns, foreign keys and indexes (from pragma_table_info / pragma_foreign_key_list /
 * pragma_index_list), plus view and trigger names. The committed copy lives in
 * `electron/services/document/schemaSnapshot.json`; migrations may only add to it.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { migrate } from '../../electron/services/document/migrations/index'

export const SCHEMA_SNAPSHOT_PATH = join(import.meta.dirname, '..', '..', 'electron', 'services', 'document', 'schemaSnapshot.json')

export interface ColumnSnapshot {
  cid: number
  name: string
  type: string
  notnull: number
  dflt_value: string | null
  pk: number
}
export interface ForeignKeySnapshot {
  from: string
  table: string
  to: string
  on_update: string
  on_delete: string
}
export interface IndexSnapshot {
  name: string
  unique: number
  origin: string
  partial: number
  columns: string[]
}
export interface TableSnapshot {
  strict: boolean
  withoutRowid: boolean
  columns: ColumnSnapshot[]
  foreignKeys: ForeignKeySnapshot[]
  indexes: IndexSnapshot[]
}
export interface SchemaSnapshot {
  version: number
  tables: Record<string, TableSnapshot>
  views: string[]
  triggers: string[]
}

/** The schema our migrations build at `version`, described. */
export function describeSchema(version: number): SchemaSnapshot {
  const db = new Database(':memory:')
  try {
    migrate(db, version)
    const names = (type: string) =>
      db.prepare(`SELECT name FROM sqlite_schema WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all(type) as string[]
    const tables: Record<string, TableSnapshot> = {}
    for (const table of names('table')) {
      const list = db.prepare(`SELECT strict, wr FROM pragma_table_list WHERE schema = 'main' AND name = ?`).get(table) as { strict: number; wr: number }
      tables[table] = {
        strict: list.strict === 1,
        withoutRowid: list.wr === 1,
        columns: db.prepare(`SELECT cid, name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as ColumnSnapshot[],
        foreignKeys: db
          .prepare(`SELECT "from", "table", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq`)
          .all(table) as ForeignKeySnapshot[],
        indexes: (
          db.prepare(`SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name`).all(table) as Omit<IndexSnapshot, 'columns'>[]
        ).map((index) => ({
          ...index,
          columns: db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(index.name) as string[],
        })),
      }
    }
    return { version, tables, views: names('view'), triggers: names('trigger') }
  } finally {
    db.close()
  }
}

/**
 * What `current` removed or changed relative to `committed` (never allowed: files in the wild have
 * that schema), and what it added (allowed, but must be recorded in the snapshot).
 */
export function compareSchemas(committed: SchemaSnapshot, current: SchemaSnapshot): { broken: string[]; added: string[] } {
  const broken: string[] = []
  const added: string[] = []
  if (current.version < committed.version) broken.push(`schema version went back from ${committed.version} to ${current.version}`)
  for (const [name, old] of Object.entries(committed.tables)) {
    const now = current.tables[name]
    if (!now) {
      broken.push(`table ${name} was removed`)
      continue
    }
    if (now.strict !== old.strict || now.withoutRowid !== old.withoutRowid) broken.push(`table ${name} changed its STRICT / WITHOUT ROWID options`)
    for (const column of old.columns) {
      const match = now.columns.find((candidate) => candidate.name === column.name)
      if (!match) broken.push(`column ${name}.${column.name} was removed`)
      else {
        const changes = (Object.keys(column) as (keyof ColumnSnapshot)[])
          .filter((field) => match[field] !== column[field])
          .map((field) => `${field}: ${String(column[field])} → ${String(match[field])}`)
        if (changes.length > 0) broken.push(`column ${name}.${column.name} changed (${changes.join(', ')})`)
      }
    }
    for (const column of now.columns) if (!old.columns.some((candidate) => candidate.name === column.name)) added.push(`column ${name}.${column.name}`)
    for (const key of old.foreignKeys) {
      if (!now.foreignKeys.some((candidate) => JSON.stringify(candidate) === JSON.stringify(key))) broken.push(`foreign key ${name}.${key.from} → ${key.table}.${key.to} was removed or changed`)
    }
    for (const key of now.foreignKeys) if (!old.foreignKeys.some((candidate) => JSON.stringify(candidate) === JSON.stringify(key))) added.push(`foreign key ${name}.${key.from}`)
    for (const index of old.indexes) {
      const match = now.indexes.find((candidate) => candidate.name === index.name)
      if (!match) broken.push(`index ${index.name} on ${name} was removed`)
      else if (JSON.stringify(match) !== JSON.stringify(index)) broken.push(`index ${index.name} on ${name} changed`)
    }
    for (const index of now.indexes) if (!old.indexes.some((candidate) => candidate.name === index.name)) added.push(`index ${index.name}`)
  }
  for (const name of Object.keys(current.tables)) if (!committed.tables[name]) added.push(`table ${name}`)
  for (const kind of ['views', 'triggers'] as const) {
    for (const name of committed[kind]) if (!current[kind].includes(name)) broken.push(`${kind.slice(0, -1)} ${name} was removed`)
    for (const name of current[kind]) if (!committed[kind].includes(name)) added.push(`${kind.slice(0, -1)} ${name}`)
  }
  if (current.version > committed.version) added.push(`schema version ${current.version}`)
  return { broken, added }
}

/** JSON for the committed file: two-space indents, each column, key and index on one line (readable diffs). */
export function formatSnapshot(snapshot: SchemaSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)
    .replace(/\[\n\s+([^{}[\]]*?)\n\s+\]/g, (_, inner: string) => `[${inner.replace(/\n\s+/g, ' ')}]`)
    .replace(/\{\n\s+([^{}]*?)\n\s+\}/g, (_, inner: string) => `{ ${inner.replace(/\n\s+/g, ' ')} }`)}\n`
}
