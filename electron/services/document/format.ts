/** Facts about the `.journey` file format (docs/file-format.md) and the schema each version has. */
import Database from 'better-sqlite3'
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate } from './migrations/index'

/** PRAGMA application_id: "MOTS" in ASCII. Tells our files from every other SQLite file. */
export const APPLICATION_ID = 0x4d4f5453
export const FILE_EXTENSION = '.journey'
export const MAX_FILE_BYTES = 200 * 1024 * 1024
export const SQLITE_HEADER = 'SQLite format 3\u0000'
export { CURRENT_SCHEMA_VERSION }

export interface SchemaObject {
  type: string
  name: string
  tableName: string
  sql: string | null
}

const normalize = (sql: string | null) => (sql === null ? null : sql.replace(/\s+/g, ' ').trim())

/** What sqlite_schema holds, in a stable order, with whitespace folded. */
export function readSchema(db: Database.Database, schemaName = 'main'): SchemaObject[] {
  return (
    db
      .prepare(`SELECT type, name, tbl_name AS tableName, sql FROM "${schemaName}".sqlite_schema ORDER BY type, name`)
      .all() as SchemaObject[]
  ).map((object) => ({ ...object, sql: normalize(object.sql) }))
}

interface EmptyDatabase {
  schema: SchemaObject[]
  /** The file's bytes (application_id stamped), copied for every new working copy: faster than running the DDL. */
  image: Buffer
}

const emptyDatabases = new Map<number, EmptyDatabase>()

/** An empty database with our schema at `version`, built once per run by running our migrations in memory. */
function emptyDatabase(version: number): EmptyDatabase {
  let built = emptyDatabases.get(version)
  if (!built) {
    const db = new Database(':memory:')
    createSchema(db, version)
    built = { schema: readSchema(db), image: db.serialize() }
    db.close()
    emptyDatabases.set(version, built)
  }
  return built
}

/** The exact schema a file of `version` must have. */
export const expectedSchema = (version: number): SchemaObject[] => emptyDatabase(version).schema

/** The bytes of a new, empty database file of `version`. */
export const emptyDatabaseImage = (version: number): Buffer => emptyDatabase(version).image

/** Our tables at `version`, in an order that respects foreign keys (parents first). */
export function tablesOf(version: number): string[] {
  const order = [
    'journey', 'file_info', 'stage', 'lane', 'persona', 'touchpoint', 'touchpoint_servqual', 'service_standard', 'script_line', 'edge',
    'scorecard', 'scorecard_dimension', 'indicator', 'indicator_touchpoint', 'audit', 'score',
    'survey_response', 'survey_answer', 'survey_importance', 'survey_setting',
    'script_alternative', 'touchpoint_avoid_phrase', 'recovery_step', 'phrase', 'accepted_finding',
  ]
  const tables = expectedSchema(version)
    .filter((object) => object.type === 'table')
    .map((object) => object.name)
  return tables.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
}

export function columnsOf(db: Database.Database, table: string, schemaName = 'main'): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schemaName) as { name: string }[]).map(
    (column) => column.name,
  )
}

/** Settings for every connection we open, trusted or not: no code from the schema runs. */
export function harden(db: Database.Database): void {
  db.pragma('trusted_schema = OFF')
  db.pragma('cell_size_check = ON')
  db.pragma('mmap_size = 0')
}

/** A fresh database file with our schema at `version` and our identity stamped in. */
function createSchema(db: Database.Database, version = CURRENT_SCHEMA_VERSION): void {
  db.pragma(`application_id = ${APPLICATION_ID}`)
  migrate(db, version)
}

export const KNOWN_VERSIONS = MIGRATIONS.map((migration) => migration.version)
