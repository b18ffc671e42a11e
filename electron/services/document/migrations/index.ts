/**
 * Ordered migrations (Signal style): each brings the schema from `version − 1` to `version`, runs in
 * one transaction with the `user_version` bump, and is additive only (retired names are never reused).
 */
import type { Database } from 'better-sqlite3'
import { initial } from './0001-initial'
import { scorecards } from './0002-scorecards'
import { scripts } from './0003-scripts'
import type { Migration } from './types'

export const MIGRATIONS: readonly Migration[] = [initial, scorecards, scripts]

/** Throws unless `migrations` are numbered 1, 2, 3… with no gap or repeat (Signal's startup assertion). */
export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration ${migration.name} is out of order`)
  })
}

assertOrdered(MIGRATIONS)

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length

/** Runs the migrations after the file's version up to `target` (default: current). */
export function migrate(db: Database, target = CURRENT_SCHEMA_VERSION, migrations = MIGRATIONS): number {
  assertOrdered(migrations)
  const from = db.pragma('user_version', { simple: true }) as number
  for (const migration of migrations) {
    if (migration.version <= from || migration.version > target) continue
    db.transaction(() => {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    })()
  }
  return from
}
