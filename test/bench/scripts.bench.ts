/**
 * Script performance targets (run with `npm run bench`, next to document.bench.ts and
 * scorecards.bench.ts): each target is a test that measures with performance.now(), prints its
 * figures with PASS/FAIL and fails when missed.
 *
 * The full script of a 2,000-touchpoint journey (test/helpers/bigJourney.ts: two standards and two
 * lines per touchpoint, Chinese text, a main path with an alternative branch every fifth step),
 * exported end to end from the document (build the script book, render, write the file atomically):
 * 1. SQLite script package under 1 s;
 * 2. DOCX under 5 s;
 * 3. PDF under 15 s (the system's Chromium through playwright-core: start, print, close);
 * 4. lint of that journey (every rule, shared/lint/engine.ts) under 100 ms.
 * Figures also go to .bench/scripts.json. Files go to the OS temp folder (a real disk, so fsync costs what it costs). Each figure is the
 * median of several runs (one for the PDF, which takes seconds), after a warm-up run.
 */
import { saveBenchReport, type BenchRow } from './report'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportScripts, type ScriptExportFormat } from '../../electron/services/export/scripts'
import { chromiumCandidates } from '../../electron/services/export/pdf/htmlToPdf'
import { lintJourney } from '../../shared/lint/engine'
import type { JourneyDocument } from '../../shared/model/schema'
import { bigJourney } from '../helpers/bigJourney'

const TOUCHPOINTS = 2_000
const LIMITS_MS: Record<'sqlite' | 'docx' | 'pdf' | 'lint', number> = { sqlite: 1_000, docx: 5_000, pdf: 15_000, lint: 100 }

type Row = BenchRow
const results: Row[] = []
const figures: Record<string, number> = {}

let root: string
let doc: JourneyDocument

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`

function record(target: string, value: number, limit: number) {
  const pass = value < limit
  figures[target] = value
  results.push({ target, figure: ms(value), limit: `< ${ms(limit)}`, pass })
  console.info(`${pass ? 'PASS' : 'FAIL'}  ${target}: ${ms(value)} (target < ${ms(limit)})`)
  return pass
}

async function timeExport(format: ScriptExportFormat, runs: number): Promise<{ median: number; size: number; path: string }> {
  const path = join(root, `script-${format}.${format === 'markdown' ? 'md' : format}`)
  const options = { format, locale: 'zh-CN' as const, sourceName: 'big.journey', appVersion: 'bench', date: '2025-05-01' }
  await exportScripts(doc, path, options) // warm-up (module loading, JIT; for the PDF, the browser's first start)
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await exportScripts(doc, path, options)
    times.push(performance.now() - start)
  }
  return { median: median(times), size: statSync(path).size, path }
}

const canPrint = chromiumCandidates().some((path) => existsSync(path))

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mot-bench-scripts-'))
  doc = bigJourney(TOUCHPOINTS)
  const [load1] = loadavg()
  console.info(`${TOUCHPOINTS} touchpoints; Node ${process.version}; ${availableParallelism()} CPUs, load ${load1!.toFixed(2)}; temp folder ${tmpdir()}`)
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  console.info('\nScript targets')
  for (const row of results) console.info(`  ${row.pass ? 'PASS' : 'FAIL'}  ${row.target.padEnd(44)} ${row.figure.padStart(12)}  (${row.limit})`)
  saveBenchReport('scripts', results, figures)
})

describe(`script export of a ${TOUCHPOINTS}-touchpoint journey`, () => {
  it('writes the SQLite script package in under 1 s', async () => {
    const { median: time, size, path } = await timeExport('sqlite', 5)
    console.info(`  package: ${(size / 1048576).toFixed(2)} MB at ${path}`)
    expect(record('SQLite package (2,000 touchpoints)', time, LIMITS_MS.sqlite)).toBe(true)
  })

  it('writes the DOCX in under 5 s', async () => {
    const { median: time, size } = await timeExport('docx', 3)
    console.info(`  docx: ${(size / 1048576).toFixed(2)} MB`)
    expect(record('DOCX (2,000 touchpoints)', time, LIMITS_MS.docx)).toBe(true)
  })

  it.skipIf(!canPrint)('prints the PDF in under 15 s', async () => {
    const { median: time, size, path } = await timeExport('pdf', 1)
    let pages = ''
    try {
      pages = `, ${/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]} pages`
    } catch {
      // pdfinfo is optional here
    }
    console.info(`  pdf: ${(size / 1048576).toFixed(2)} MB${pages}`)
    expect(record('PDF (2,000 touchpoints, system Chromium)', time, LIMITS_MS.pdf)).toBe(true)
  })

  it('lints the journey in under 100 ms', () => {
    lintJourney(doc) // warm-up
    const times: number[] = []
    for (let run = 0; run < 9; run++) {
      const start = performance.now()
      lintJourney(doc)
      times.push(performance.now() - start)
    }
    expect(record('lint, every rule (2,000 touchpoints)', median(times), LIMITS_MS.lint)).toBe(true)
  })
})
