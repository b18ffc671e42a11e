/**
 * Workbooks and CSV files from strangers, damaged at random (deterministic seeds): bytes flipped
 * anywhere, or the file cut short. Importing one either reads a journey or refuses with a specific
 * message in both languages; it never throws anything else.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../electron/services/errors'
import { importJourneyFile } from '../../../electron/services/import/importFile'
import { tableToCsv, tableToXlsx } from '../../../electron/services/import/writeTable'
import { importTemplateTable } from '../../../shared/import/template'
import { renderedEverywhere } from '../../helpers/messages'
import { seededRandom } from '../../helpers/random'

const ROUNDS = 150
const dir = mkdtempSync(join(tmpdir(), 'mot-workbook-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Imports each damaged copy of `original` and counts the outcomes; anything but a journey or a ServiceError fails. */
async function importDamagedCopies(original: Uint8Array, extension: string, seed: number): Promise<Record<string, number>> {
  const outcomes: Record<string, number> = {}
  const next = seededRandom(seed)
  const path = join(dir, `damaged${extension}`)
  for (let round = 0; round < ROUNDS; round++) {
    const bytes = original.slice()
    if (round % 5 === 4) {
      writeFileSync(path, bytes.subarray(0, Math.floor(next() * bytes.length)))
    } else {
      for (let count = 1 + Math.floor(next() * 8); count > 0; count--) {
        const at = Math.floor(next() * bytes.length)
        bytes[at] = bytes[at]! ^ (1 + Math.floor(next() * 255))
      }
      writeFileSync(path, bytes)
    }
    try {
      await importJourneyFile(path, 'zh-CN', { skipBadRows: true })
      outcomes.imported = (outcomes.imported ?? 0) + 1
    } catch (error) {
      if (!(error instanceof ServiceError)) throw new Error(`round ${round}: ${String(error)}`, { cause: error })
      expect(renderedEverywhere(error.userMessage)).toBe(true)
      for (const detail of error.details ?? []) expect(renderedEverywhere(detail)).toBe(true)
      outcomes[error.code] = (outcomes[error.code] ?? 0) + 1
    }
  }
  return outcomes
}

describe('importing randomly damaged spreadsheet files', () => {
  it(`${ROUNDS} damaged copies of the template workbook: a journey or a clear refusal, never an exception`, async () => {
    const outcomes = await importDamagedCopies(await tableToXlsx(importTemplateTable('zh-CN'), { sheetName: '接触点' }), '.xlsx', 42)
    expect(outcomes.CORRUPT).toBeGreaterThan(0)
  }, 120_000)

  it(`${ROUNDS} damaged copies of the template CSV: a journey or a clear refusal, never an exception`, async () => {
    const outcomes = await importDamagedCopies(new TextEncoder().encode(tableToCsv(importTemplateTable('zh-CN'))), '.csv', 43)
    expect(outcomes.imported).toBeGreaterThan(0)
    expect(outcomes.IMPORT_PROBLEMS).toBeGreaterThan(0)
  }, 120_000)
})
