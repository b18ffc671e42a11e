/**
 * The whole open pipeline on an older file: the frozen version-1 fixture is opened, checked against
 * the version-1 allowlist, imported, migrated in the working copy to the current version (2 adds
 * the scorecard tables), saved as the current version and reopened.
 */
import Database from 'better-sqlite3'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, columnsOf, expectedSchema, readSchema } from '../../../electron/services/document/format'
import { V1_RETAIL } from '../../fixtures/scripts/makeFixtures'
import { fingerprint, serviceErrorOf, sideFilesOf, tamper, useTempDir, useWorkspaces } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'

const dir = useTempDir('mot-migrated-')
const workspaces = useWorkspaces(dir)

function v1Copy(): string {
  const path = join(dir(), 'v1-retail.journey')
  copyFileSync(V1_RETAIL, path)
  return path
}

describe('opening a version-1 file with the current app', () => {
  it('the app is past version 1, with the scorecard tables of version 2', () => {
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(2)
    expect(expectedSchema(2).map((object) => object.name)).toContain('scorecard')
    expect(expectedSchema(1).map((object) => object.name)).not.toContain('scorecard')
  })

  it('migrates it in the working copy, reports migratedFrom 1, and leaves the original as it was', () => {
    const path = v1Copy()
    const before = fingerprint(path)
    const workspace = workspaces()
    const snapshot = workspace.open(path, 'zh-CN')
    expect(snapshot.migratedFrom).toBe(1)
    expect(snapshot.dropped).toEqual([])
    expect(snapshot.doc).toEqual(retailJourney())
    expect(fingerprint(path)).toEqual(before)
    expect(sideFilesOf(path)).toEqual([])

    const working = new Database(join(dir(), 'data', 'working', `${snapshot.docId}.journey`), { readonly: true })
    try {
      expect(working.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION)
      expect(readSchema(working)).toEqual(expectedSchema(CURRENT_SCHEMA_VERSION))
      expect(columnsOf(working, 'indicator')).toContain('scale_kind')
    } finally {
      working.close()
    }
  })

  it('saves it as a current-version file that passes the current allowlist on reopening', async () => {
    const path = v1Copy()
    const workspace = workspaces()
    const { docId } = workspace.open(path, 'en')
    await workspace.save(docId)
    workspace.close(docId, false)
    const saved = new Database(path, { readonly: true })
    try {
      expect(saved.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION)
      expect(readSchema(saved)).toEqual(expectedSchema(CURRENT_SCHEMA_VERSION))
    } finally {
      saved.close()
    }
    const reopened = workspace.open(path, 'en')
    expect(reopened.migratedFrom).toBeNull()
    expect(reopened.doc).toEqual(retailJourney())
  })

  it('still holds a version-1 file to the version-1 allowlist (a v2 table in a v1 file is refused)', () => {
    const path = v1Copy()
    tamper(path, (db) => db.exec("CREATE TABLE survey_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"))
    const error = serviceErrorOf(() => workspaces().open(path, 'en'))
    expect(error.code).toBe('UNEXPECTED_SCHEMA')
  })

  it('refuses a file from a newer version', () => {
    const path = v1Copy()
    const newer = CURRENT_SCHEMA_VERSION + 1
    tamper(path, (db) => db.pragma(`user_version = ${newer}`))
    const error = serviceErrorOf(() => workspaces().open(path, 'en'))
    expect(error.code).toBe('TOO_NEW')
    expect(error.userMessage.params).toEqual({ version: newer, supported: CURRENT_SCHEMA_VERSION })
  })
})
