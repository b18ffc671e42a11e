#!/usr/bin/env node
/**
 * `npm run bench`: every performance target, in one run, one after the other:
 *
 * 1. test/bench/*.bench.ts (the document, the scorecards, the script exports and lint) through
 *    vitest, alone and in one process: .bench/document.json, .bench/scorecards.json,
 *    .bench/scripts.json. Extra arguments go to vitest.
 * 2. The canvas (test/bench/canvas, Playwright in Debian's Chromium against the browser host and a
 *    bare React Flow page): first paint, pan and zoom frame times against the bare page, keystroke
 *    latency in the inspector; .bench/canvas.json. Builds the app first (BENCH_NO_BUILD=1 skips
 *    the build and uses out/ as it is).
 *
 * Each part prints its own figures and PASS/FAIL table; at the end one table with every target of
 * this run and the total time. Exits non-zero when a target is missed or a part fails. Needs
 * Node ≥ 22 (better-sqlite3 13).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const [major] = process.versions.node.split('.').map(Number)
if (major < 22) {
  console.error(`npm run bench needs Node 22 or newer (this is ${process.version}).`)
  process.exit(2)
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const started = Date.now()
const failures = []

function run(name, args, env = {}) {
  console.log(`\n=== ${name}`)
  const begun = Date.now()
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.error) console.error(result.error.message)
  const ok = !result.error && result.status === 0
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.error?.message})`} in ${((Date.now() - begun) / 1000).toFixed(1)} s`)
  if (!ok) failures.push(name)
  return ok
}

run('document, scorecards, scripts (vitest)', [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.bench.config.ts', ...process.argv.slice(2)])
rmSync(join(root, '.bench', 'canvas.json'), { force: true })
const built = process.env.BENCH_NO_BUILD === '1' || run('build (electron-vite)', [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'])
if (built) {
  run('canvas (Playwright, Chromium)', [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '-c', 'test/bench/canvas/playwright.bench.config.ts'], {
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  })
}

// One table with every target this run measured (result files older than this run are left out).
const rows = []
for (const name of ['document', 'scorecards', 'scripts', 'canvas']) {
  const path = join(root, '.bench', `${name}.json`)
  if (!existsSync(path)) continue
  const report = JSON.parse(readFileSync(path, 'utf8'))
  if (!(Date.parse(report.date) >= started)) continue
  for (const row of report.results ?? []) rows.push({ part: name, ...row })
}
const width = Math.max(0, ...rows.map((row) => row.target.length))
console.log(`\nAll benchmarks (${rows.length} targets)`)
for (const row of rows) console.log(`${row.pass ? 'PASS' : 'FAIL'}  ${row.part.padEnd(10)}  ${row.target.padEnd(width)}  ${String(row.figure).padEnd(52)}  target ${row.limit}`)
const missed = rows.filter((row) => !row.pass).length
if (failures.length > 0) console.log(`Failed parts: ${failures.join(', ')}`)
console.log(`${rows.length - missed} passed, ${missed} missed; total bench time ${((Date.now() - started) / 60000).toFixed(1)} min`)
process.exit(failures.length > 0 || missed > 0 ? 1 : 0)
