// `npm test`: typecheck, lint (with the layering rule), build, unit + integration tests (vitest), then
// end-to-end tests (Playwright in Debian's Chromium against the browser host). Prints one plain
// closing line, `N passed, N failed`, summed from the runners' JSON reports.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { requireNode22 } from './node-check.mjs'

requireNode22('npm test')
const root = fileURLToPath(new URL('..', import.meta.url))
const reports = `${root}/test-results/reports`
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const failures = []
function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (result.status !== 0) failures.push(name)
  return result.status === 0
}

const npx = (...args) => ['--no', '--', ...args]
step('typecheck', 'npx', npx('tsc', '-b'))
step('lint', 'npx', npx('eslint', '.', '--max-warnings=0'))
const built = step('build', 'npx', npx('electron-vite', 'build'))
step('vitest', 'npx', npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`))
if (built) {
  step('playwright', 'npx', npx('playwright', 'test', '-c', 'test/e2e/playwright.config.ts'), {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json`,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  })
}

let passed = 0
let failed = 0
let skipped = 0
const vitestReport = `${reports}/vitest.json`
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
} else failed += 1
const playwrightReport = `${reports}/playwright.json`
if (existsSync(playwrightReport)) {
  const { stats } = JSON.parse(readFileSync(playwrightReport, 'utf8'))
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  failed += stats.unexpected ?? 0
  skipped += stats.skipped ?? 0
} else if (built) failed += 1
// Steps without test reports (typecheck, lint, build) count as one failed check each when they fail.
failed += failures.filter((name) => !['vitest', 'playwright'].includes(name)).length

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`)
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failures.length > 0 || failed > 0 ? 1 : 0)
