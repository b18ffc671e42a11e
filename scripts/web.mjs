// `npm run web -- [folder | file.journey] [--port N] [--data-dir DIR]`: build, then serve the app to a browser.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { requireNode22 } from './node-check.mjs'

requireNode22('npm run web')
const root = fileURLToPath(new URL('..', import.meta.url))
const build = spawnSync('npx', ['--no', '--', 'electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
if (build.status !== 0) {
  console.error('The build failed; see the messages above.')
  process.exit(build.status ?? 1)
}
const host = spawnSync(process.execPath, [`${root}/out/main/web.js`, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(host.status ?? 0)
