/**
 * Files damaged at random (deterministic seeds, so a failure reproduces): bytes flipped, a page
 * overwritten with noise or zeros, the file cut short. Whatever the damage, opening either loads a
 * valid journey (listing any rows it had to leave out) or refuses with a specific message that
 * exists in both languages. It never throws anything else, never changes the original and never
 * leaves a side file next to it or a working copy behind.
 */
import { copyFileSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../electron/services/errors'
import { Workspace } from '../../../electron/services/workspace'
import { ERROR_CODES } from '../../../shared/ipc/contract'
import { JourneyDocumentSchema } from '../../../shared/model/schema'
import { bigJourney } from '../../helpers/bigJourney'
import { filesIn, fingerprint, sideFilesOf, TEST_APP_VERSION, writeJourneyFile } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'
import { renderedEverywhere } from '../../helpers/messages'
import { seededRandom } from '../../helpers/random'

const PAGE = 4096
const ROUNDS = 200

type Damage = 'flip bytes' | 'noise page' | 'zero page' | 'cut short'
const DAMAGES: Damage[] = ['flip bytes', 'noise page', 'zero page', 'cut short']

function writeAt(path: string, position: number, bytes: Uint8Array): void {
  const handle = openSync(path, 'r+')
  try {
    writeSync(handle, bytes, 0, bytes.length, position)
  } finally {
    closeSync(handle)
  }
}

/** Damages the file at `path` in place; the 100-byte header is left alone half the time, so most damage reaches SQLite. */
function damage(path: string, kind: Damage, next: () => number): void {
  const size = statSync(path).size
  const pages = Math.floor(size / PAGE)
  const from = next() < 0.5 ? 100 : 0
  const anywhere = () => from + Math.floor(next() * (size - from))
  if (kind === 'flip bytes') {
    const bytes = readFileSync(path)
    for (let count = 1 + Math.floor(next() * 24); count > 0; count--) {
      const at = anywhere()
      writeAt(path, at, Uint8Array.of(bytes[at]! ^ (1 + Math.floor(next() * 255))))
    }
  } else if (kind === 'noise page' || kind === 'zero page') {
    const page = Math.floor(next() * pages)
    const bytes = new Uint8Array(PAGE)
    if (kind === 'noise page') for (let index = 0; index < PAGE; index++) bytes[index] = Math.floor(next() * 256)
    // Page 1 keeps its header unless the damage should reach the header checks too.
    const start = page === 0 ? from : 0
    writeAt(path, page * PAGE + start, bytes.subarray(start))
  } else {
    truncateSync(path, Math.max(0, (1 + Math.floor(next() * (pages - 1))) * PAGE - (next() < 0.3 ? 1 + Math.floor(next() * 100) : 0)))
  }
}

let templates: string
let workspace: Workspace
let dataDir: string

beforeAll(async () => {
  templates = mkdtempSync(join(tmpdir(), 'mot-damaged-'))
  dataDir = join(templates, 'data')
  await writeJourneyFile(join(templates, 'retail.journey'), retailJourney(), join(templates, 'writer'))
  await writeJourneyFile(join(templates, 'forty.journey'), bigJourney(40), join(templates, 'writer'))
  workspace = new Workspace({ dataDir, appVersion: TEST_APP_VERSION })
}, 60_000)

afterAll(() => {
  workspace?.closeAll()
  if (templates) rmSync(templates, { recursive: true, force: true })
})

describe('opening randomly damaged files', () => {
  it.each(['retail.journey', 'forty.journey'])(`%s, ${ROUNDS} kinds of damage: loads valid or refuses clearly, never touches the original`, (template) => {
    const working = () => filesIn(join(dataDir, 'working'))
    const workingBefore = working()
    const outcomes: Record<string, number> = {}
    for (let round = 0; round < ROUNDS; round++) {
      const next = seededRandom(round + (template === 'retail.journey' ? 1 : 10_000))
      const kind = DAMAGES[round % DAMAGES.length]!
      const path = join(templates, `victim-${round}.journey`)
      copyFileSync(join(templates, template), path)
      damage(path, kind, next)
      const before = fingerprint(path)
      const label = `round ${round} (${kind})`
      try {
        const snapshot = workspace.open(path, 'en')
        // What loads is a valid journey, whatever was left out.
        expect(JourneyDocumentSchema.safeParse(snapshot.doc).success, label).toBe(true)
        for (const row of snapshot.dropped) expect(renderedEverywhere(row.reason), label).toBe(true)
        outcomes[snapshot.dropped.length > 0 ? 'opened, rows left out' : 'opened intact'] = (outcomes[snapshot.dropped.length > 0 ? 'opened, rows left out' : 'opened intact'] ?? 0) + 1
        workspace.close(snapshot.docId, true)
      } catch (error) {
        if (!(error instanceof ServiceError)) throw new Error(`${label}: ${String(error)}`, { cause: error })
        expect(ERROR_CODES, label).toContain(error.code)
        expect(renderedEverywhere(error.userMessage), label).toBe(true)
        outcomes[`refused ${error.code}`] = (outcomes[`refused ${error.code}`] ?? 0) + 1
      }
      expect(fingerprint(path), label).toEqual(before)
      expect(sideFilesOf(path), label).toEqual([])
      rmSync(path)
    }
    // Nothing left behind in the data folder: no working copy, no snapshot.
    expect(working()).toEqual(workingBefore)
    console.info(`${template}: ${JSON.stringify(outcomes)}`)
    // The damage reached every stage: some files open, some are refused as damaged.
    expect(Object.keys(outcomes).some((outcome) => outcome.startsWith('opened'))).toBe(true)
    expect(outcomes['refused CORRUPT']).toBeGreaterThan(0)
  }, 120_000)
})
