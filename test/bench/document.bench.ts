/**
 * Document performance targets (run with `npm run bench`, see scripts/bench.mjs). Each target is a
 * test that measures with performance.now(), prints its figures and fails when the target is missed:
 *
 * 1. Open a 5,000-touchpoint journey (Workspace.open: header checks, snapshot copy, quick_check,
 *    schema allowlist, row copy into the working copy, validation, load) in under 1 s, and within 5×
 *    of a bare better-sqlite3 `SELECT *` of every table of the same file, measured in the same run.
 * 2. One edit persisted to the working copy (one touchpoint update through applyChanges): p95 under
 *    5 ms on the 5,000 file, and no more than 1.5× the p95 on a 50-touchpoint file (same run, interleaved).
 * 3. Save (atomic write of the 5,000-touchpoint journey): under 500 ms.
 *
 * Files live in the OS temp folder (a real disk here, so fsync costs what it costs).
 */
import { printAndSaveBenchReport, warnIfBusy, type BenchRow } from './report'
import { standard } from '../../shared/model/script'
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tablesOf, CURRENT_SCHEMA_VERSION } from '../../electron/services/document/format'
import { Workspace } from '../../electron/services/workspace'
import type { Touchpoint } from '../../shared/model/schema'
import { bigJourney, bigTouchpointId } from '../helpers/bigJourney'
import { changeSet, writeJourneyFile } from '../helpers/journeyFiles'

const BIG = 5000
const SMALL = 50
const OPEN_RUNS = 15
const SAVE_RUNS = 7
const EDITS = 1000
const WARMUP_EDITS = 50

type Row = BenchRow
const results: Row[] = []
const figures: Record<string, number> = {}

let root: string
let bigPath: string
let smallPath: string
let workspace: Workspace

const median = (values: number[]) => percentile(values, 50)
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`
function time(action: () => void): number {
  const start = performance.now()
  action()
  return performance.now() - start
}
async function timeAsync(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await action()
  return performance.now() - start
}

function record(target: string, figure: string, limit: string, pass: boolean) {
  results.push({ target, figure, limit, pass })
  console.info(`${pass ? 'PASS' : 'FAIL'}  ${target}: ${figure} (target ${limit})`)
}

/** The baseline: read every row of every table of the file with better-sqlite3, nothing else. */
function bareSelectAll(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  let rows = 0
  for (const table of tablesOf(CURRENT_SCHEMA_VERSION)) rows += db.prepare(`SELECT * FROM ${table}`).all().length
  db.close()
  return rows
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mot-bench-'))
  bigPath = join(root, 'big.journey')
  smallPath = join(root, 'small.journey')
  await writeJourneyFile(bigPath, bigJourney(BIG), join(root, 'writer'))
  await writeJourneyFile(smallPath, bigJourney(SMALL), join(root, 'writer'))
  workspace = new Workspace({ dataDir: join(root, 'data'), appVersion: 'bench' })
  const rows = bareSelectAll(bigPath)
  console.info(`${BIG}-touchpoint file: ${(statSync(bigPath).size / 1048576).toFixed(1)} MB, ${rows} rows; Node ${process.version}, temp folder ${tmpdir()}`)
  warnIfBusy()
}, 120_000)

afterAll(() => {
  workspace?.closeAll()
  if (root) rmSync(root, { recursive: true, force: true })
  printAndSaveBenchReport('document', 'Document benchmarks', results, figures, 44)
})

describe(`document performance (${BIG} touchpoints)`, () => {
  it('1. opens a 5,000-touchpoint journey in under 1 s, within 5× of a bare SELECT * of the same file', () => {
    // Warm both paths once (module code, page cache), then alternate them.
    bareSelectAll(bigPath)
    workspace.close(workspace.open(bigPath, 'zh-CN').docId, true)
    const open: number[] = []
    const bare: number[] = []
    for (let run = 0; run < OPEN_RUNS; run++) {
      bare.push(time(() => bareSelectAll(bigPath)))
      let docId = ''
      open.push(
        time(() => {
          const snapshot = workspace.open(bigPath, 'zh-CN')
          docId = snapshot.docId
          expect(Object.keys(snapshot.doc.touchpoints)).toHaveLength(BIG)
        }),
      )
      workspace.close(docId, true)
    }
    const openMedian = median(open)
    const bareMedian = median(bare)
    const ratio = openMedian / bareMedian
    const bestRatio = Math.min(...open) / Math.min(...bare)
    Object.assign(figures, { openMedianMs: openMedian, openMinMs: Math.min(...open), openMaxMs: Math.max(...open), bareSelectMedianMs: bareMedian, openToBareRatio: ratio, openToBareBestRatio: bestRatio })
    record('open, Workspace.open (median)', `${ms(openMedian)} (min ${ms(Math.min(...open))}, max ${ms(Math.max(...open))})`, '< 1000 ms', openMedian < 1000)
    record('open ÷ bare SELECT * (median)', `${ratio.toFixed(2)}× (bare ${ms(bareMedian)}; best-case ${bestRatio.toFixed(2)}×)`, '≤ 5×', ratio <= 5)
    expect(openMedian).toBeLessThan(1000)
    expect(ratio).toBeLessThanOrEqual(5)
  }, 120_000)

  it('2. persists one touchpoint edit with p95 under 5 ms, at most 1.5× the p95 on a 50-touchpoint file', () => {
    const sessions = [
      { name: 'big', docId: workspace.open(bigPath, 'zh-CN').docId, count: BIG, times: [] as number[] },
      { name: 'small', docId: workspace.open(smallPath, 'zh-CN').docId, count: SMALL, times: [] as number[] },
    ]
    const docs = sessions.map((session) => workspace.reload(session.docId))
    const revisions = docs.map((doc) => doc.revision)
    for (let edit = 0; edit < WARMUP_EDITS + EDITS; edit++) {
      // Interleaved, so both files see the same disk and cache conditions.
      sessions.forEach((session, index) => {
        const id = bigTouchpointId((edit * 37) % session.count)
        const touchpoint: Touchpoint = docs[index]!.doc.touchpoints[id]!
        const edited: Touchpoint = { ...touchpoint, title: `${touchpoint.title}·${edit}`, standards: [...touchpoint.standards.slice(0, 1), standard(`第 ${edit} 次修改的标准`)] }
        docs[index]!.doc.touchpoints[id] = edited
        const took = time(() => {
          revisions[index] = workspace.applyChanges(session.docId, revisions[index]!, changeSet({ upserts: { touchpoints: [edited] } }))
        })
        if (edit >= WARMUP_EDITS) session.times.push(took)
      })
    }
    const [big, small] = sessions.map((session) => ({ p50: median(session.times), p95: percentile(session.times, 95), max: Math.max(...session.times) })) as [
      { p50: number; p95: number; max: number },
      { p50: number; p95: number; max: number },
    ]
    const ratio = big.p95 / small.p95
    Object.assign(figures, { editBigP50Ms: big.p50, editBigP95Ms: big.p95, editBigMaxMs: big.max, editSmallP50Ms: small.p50, editSmallP95Ms: small.p95, editP95Ratio: ratio })
    record(`edit on ${BIG} (p95 of ${EDITS})`, `${ms(big.p95)} (p50 ${ms(big.p50)}, max ${ms(big.max)})`, '< 5 ms', big.p95 < 5)
    record(`edit ${BIG} ÷ ${SMALL} (p95)`, `${ratio.toFixed(2)}× (${SMALL}: p95 ${ms(small.p95)}, p50 ${ms(small.p50)})`, '≤ 1.5×', ratio <= 1.5)
    for (const session of sessions) workspace.close(session.docId, true)
    expect(big.p95).toBeLessThan(5)
    expect(ratio).toBeLessThanOrEqual(1.5)
  }, 120_000)

  it('3. saves a 5,000-touchpoint journey atomically in under 500 ms', async () => {
    const { docId } = workspace.open(bigPath, 'zh-CN')
    const target = join(root, 'saved.journey')
    await workspace.saveAs(docId, target)
    const times: number[] = []
    for (let run = 0; run < SAVE_RUNS; run++) times.push(await timeAsync(() => workspace.save(docId)))
    workspace.close(docId, true)
    const saveMedian = median(times)
    Object.assign(figures, { saveMedianMs: saveMedian, saveMaxMs: Math.max(...times) })
    record('save, atomic write (median)', `${ms(saveMedian)} (max ${ms(Math.max(...times))})`, '< 500 ms', saveMedian < 500)
    expect(saveMedian).toBeLessThan(500)
  }, 120_000)
})
