#!/usr/bin/env node
/**
 * `npm run bench`: the performance targets (test/bench/*.bench.ts: the document, the scorecards,
 * the script exports and lint) through vitest, alone and in one process. Prints a PASS/FAIL table
 * per file, writes .bench/document.json, .bench/scorecards.json and .bench/scripts.json, and exits
 * non-zero when a target is missed. Needs
 * Node ≥ 22 (better-sqlite3 13).
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const [major] = process.versions.node.split('.').map(Number)
if (major < 22) {
  console.error(`npm run bench needs Node 22 or newer (this is ${process.version}).`)
  process.exit(2)
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs')
const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.bench.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
if (result.error) {
  console.error(result.error.message)
  process.exit(2)
}
process.exit(result.status ?? 1)
