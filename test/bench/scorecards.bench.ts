/**
 * Scorecard performance targets (run with `npm run bench`, next to document.bench.ts): each target
 * is a test that measures with performance.now(), prints its figures and fails when missed.
 *
 * 1. Import 100,000 audit score rows (10,000 audits × 10 indicators, a CSV) end to end through the
 *    API (`import.audits`: read and decode the file, parse, check every row against the journey's
 *    scorecard, write in one transaction) in under 5 s — into an empty journey, and again as a
 *    re-import that replaces all 10,000 audits.
 * 2. Compute every index over them (the `scores.report` computation, uncached: read the journey's
 *    scorecards, read 10,000 audits and 100,000 scores, score each audit, aggregate per post, store,
 *    month, auditor, dimension, indicator and touchpoint) in under 500 ms, shown beside a plain SQL
 *    aggregate of the same rows (`SELECT audit, avg(normalised) FROM audit_score GROUP BY audit`)
 *    measured in the same run.
 *
 * Files live in the OS temp folder (a real disk, so fsync costs what it costs).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printAndSaveBenchReport, warnIfBusy, type BenchRow } from './report'
import { ApiService } from '../../electron/services/api'
import { buildScoreReport, readScoreInputs } from '../../electron/services/scoring/report'
import { Workspace } from '../../electron/services/workspace'
import { createWebHostAdapter } from '../../electron/web/webHost'
import { importScorecardTable } from '../../shared/import/scorecardTable'
import type { JourneyDocument } from '../../shared/model/schema'
import { retailJourney } from '../helpers/retailJourney'
import { INDICATOR_NAMES, workedScorecardSheet } from '../integration/scorecards/sheets'

const AUDITS = 10_000
const ROWS = AUDITS * INDICATOR_NAMES.length
const IMPORT_RUNS = 3
const REPORT_RUNS = 9

type Row = BenchRow
const results: Row[] = []
const figures: Record<string, number> = {}

let root: string
let csvPath: string
let workspace: Workspace
let api: ApiService<null>
let journey: JourneyDocument

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`
async function timeAsync(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await action()
  return performance.now() - start
}
function time(action: () => unknown): number {
  const start = performance.now()
  action()
  return performance.now() - start
}

function record(target: string, figure: string, limit: string, pass: boolean) {
  results.push({ target, figure, limit, pass })
  console.info(`${pass ? 'PASS' : 'FAIL'}  ${target}: ${figure} (target ${limit})`)
}

/** 10,000 audits × 10 indicators of the worked-example scorecard: 50 stores, 5 posts, 12 months, 20 auditors. */
function auditCsv(): string {
  const lines = ['audit,date,store,post,indicator,score,auditor']
  let seed = 42
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
  const answer = [
    () => (random() < 0.8 ? 'yes' : 'no'),
    () => String(1 + Math.floor(random() * 5)),
    () => (random() < 0.05 ? 'N/A' : String(Math.floor(random() * 11))),
    () => String(1 + Math.floor(random() * 5)),
    () => (random() < 0.9 ? '是' : '否'),
    () => String(Math.floor(random() * 11)),
    () => String(1 + Math.floor(random() * 5)),
    () => (random() < 0.95 ? 'yes' : 'no'),
    () => String(1 + Math.floor(random() * 5)),
    () => (random() < 0.7 ? 'yes' : 'no'),
  ]
  for (let audit = 0; audit < AUDITS; audit++) {
    const id = `A-${String(audit + 1).padStart(6, '0')}`
    const date = `2025-${String((audit % 12) + 1).padStart(2, '0')}-${String((audit % 28) + 1).padStart(2, '0')}`
    const store = `门店 ${(audit % 50) + 1}`
    const post = ['导购', '收银', '店长', '客服', '安装'][audit % 5]!
    const auditor = `检查员 ${(audit % 20) + 1}`
    INDICATOR_NAMES.forEach((indicator, index) => lines.push(`${id},${date},${store},${post},${indicator},${answer[index]!()},${auditor}`))
  }
  return `${lines.join('\r\n')}\r\n`
}

function journeyWithScorecard(): JourneyDocument {
  const doc = retailJourney()
  const sheet = workedScorecardSheet()
  const imported = importScorecardTable(sheet, doc, 'en', { skipBadRows: false })
  if (!imported.ok) throw new Error(JSON.stringify(imported.problems))
  for (const scorecard of imported.scorecards) doc.scorecards[scorecard.id] = scorecard
  for (const indicator of imported.indicators) doc.indicators[indicator.id] = indicator
  return doc
}

async function call<T>(method: Parameters<ApiService<null>['handle']>[0], request: unknown): Promise<T> {
  const result = await api.handle(method, request, null)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as T
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mot-bench-score-'))
  mkdirSync(join(root, 'files'))
  csvPath = join(root, 'files', 'audits.csv')
  writeFileSync(csvPath, auditCsv())
  workspace = new Workspace({ dataDir: join(root, 'data'), appVersion: 'bench' })
  api = new ApiService(workspace, createWebHostAdapter(join(root, 'files'), 'bench'))
  journey = journeyWithScorecard()
  console.info(`${ROWS} score rows (${AUDITS} audits): ${(statSync(csvPath).size / 1048576).toFixed(1)} MB CSV; Node ${process.version}, temp folder ${tmpdir()}`)
  warnIfBusy()
}, 120_000)

afterAll(() => {
  workspace?.closeAll()
  if (root) rmSync(root, { recursive: true, force: true })
  printAndSaveBenchReport('scorecards', 'Scorecard benchmarks', results, figures, 52)
})

describe(`scorecard performance (${ROWS} score rows)`, () => {
  let docId = ''

  it('1. imports 100,000 audit score rows end to end (import.audits) in under 5 s, also as a full re-import', async () => {
    const ref = api.refFor(csvPath)
    const fresh: number[] = []
    for (let run = 0; run < IMPORT_RUNS; run++) {
      if (docId) workspace.close(docId, true)
      docId = workspace.create(journey).docId
      fresh.push(
        await timeAsync(async () => {
          const result = await call<{ imported: number; replaced: number }>('import.audits', { docId, ref, locale: 'zh-CN', skipBadRows: false })
          expect(result).toMatchObject({ imported: AUDITS, replaced: 0 })
        }),
      )
    }
    const again = await timeAsync(async () => {
      const result = await call<{ imported: number; replaced: number }>('import.audits', { docId, ref, locale: 'zh-CN', skipBadRows: false })
      expect(result).toMatchObject({ imported: AUDITS, replaced: AUDITS })
    })
    const freshMedian = median(fresh)
    Object.assign(figures, { importMedianMs: freshMedian, importMaxMs: Math.max(...fresh), reimportMs: again, rowsPerSecond: ROWS / (freshMedian / 1000) })
    record('import 100,000 rows (median of 3)', `${ms(freshMedian)} (max ${ms(Math.max(...fresh))}; ${Math.round(ROWS / (freshMedian / 1000)).toLocaleString('en')} rows/s)`, '< 5000 ms', freshMedian < 5000)
    record('re-import replacing 10,000 audits', ms(again), '< 5000 ms', again < 5000)
    expect(freshMedian).toBeLessThan(5000)
    expect(again).toBeLessThan(5000)
  }, 120_000)

  it('2. computes every index over 100,000 rows in under 500 ms, beside a plain SQL aggregate', () => {
    const workingCopy = workspace.workingCopyOf(docId)
    const bare = workingCopy.db.prepare('SELECT audit, avg(normalised) AS mean FROM audit_score GROUP BY audit')
    const reportTimes: number[] = []
    const sqlTimes: number[] = []
    let audits = 0
    // Warm once, then alternate.
    buildScoreReport(readScoreInputs(workingCopy))
    bare.all()
    for (let run = 0; run < REPORT_RUNS; run++) {
      sqlTimes.push(time(() => expect(bare.all()).toHaveLength(AUDITS)))
      reportTimes.push(
        time(() => {
          const report = buildScoreReport(readScoreInputs(workingCopy))
          audits = Object.keys(report.audits).length
        }),
      )
    }
    expect(audits).toBe(AUDITS)
    const reportMedian = median(reportTimes)
    const sqlMedian = median(sqlTimes)
    const ratio = reportMedian / sqlMedian
    Object.assign(figures, { reportMedianMs: reportMedian, reportMaxMs: Math.max(...reportTimes), sqlAggregateMedianMs: sqlMedian, reportToSqlRatio: ratio })
    record('all indices (scores.report, median of 9)', `${ms(reportMedian)} (max ${ms(Math.max(...reportTimes))})`, '< 500 ms', reportMedian < 500)
    record('  ÷ plain SQL GROUP BY audit (same run)', `${ratio.toFixed(2)}× (SQL ${ms(sqlMedian)})`, 'shown', true)
    expect(reportMedian).toBeLessThan(500)
  }, 120_000)
})
