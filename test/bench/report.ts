/** What every benchmark file shares: a result row, the busy-machine warning, and the saved report. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'

export interface BenchRow {
  target: string
  figure: string
  limit: string
  pass: boolean
}

/** Figures taken while other work runs are noisy: say so next to them. */
export function warnIfBusy(): void {
  const [load] = loadavg()
  if (load! > availableParallelism() / 2) {
    console.warn(`Load average ${load!.toFixed(2)} on ${availableParallelism()} CPUs: other work is running, figures will be noisy.`)
  }
}

/** Writes `.bench/<name>.json`, which scripts/bench.mjs gathers into the combined table. */
export function saveBenchReport(name: string, results: readonly BenchRow[], figures: Record<string, number>): void {
  mkdirSync('.bench', { recursive: true })
  writeFileSync(join('.bench', `${name}.json`), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), figures, results }, null, 2)}\n`)
}

/** Prints the rows as a PASS/FAIL table under a heading, then saves the report. */
export function printAndSaveBenchReport(name: string, heading: string, results: readonly BenchRow[], figures: Record<string, number>, figureWidth: number): void {
  const width = Math.max(...results.map((row) => row.target.length))
  console.info(['', heading, ...results.map((row) => `${row.pass ? 'PASS' : 'FAIL'}  ${row.target.padEnd(width)}  ${row.figure.padEnd(figureWidth)}  target ${row.limit}`)].join('\n'))
  saveBenchReport(name, results, figures)
}
