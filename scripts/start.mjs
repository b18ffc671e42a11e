// npm start: build with electron-vite, then run the app in Electron. Electron 42+ downloads its
// binary lazily on the first require('electron') and throws if it cannot, so that happens in a
// child process and a failure becomes plain guidance instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const MIN_NODE_MAJOR = 22

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'))
  process.exit(1)
}

const nodeMajor = Number(process.versions.node.split('.')[0])
if (nodeMajor < MIN_NODE_MAJOR) {
  fail([
    `MOT Studio needs Node.js ${MIN_NODE_MAJOR} or newer; this is Node.js ${process.versions.node}.`,
    'Install a current Node.js LTS (https://nodejs.org/) and run `npm start` again.',
  ])
}

const build = spawnSync('npx', ['--no', '--', 'electron-vite', 'build'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
})
if (build.status !== 0) fail(['The build failed (see the messages above), so MOT Studio was not started.'])

console.log('Locating the Electron binary (the first run downloads it)…')
const locate = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
})
// node_modules/electron may print a progress line before the path: the path is the last line.
const electronPath = locate.status === 0 ? (locate.stdout.trim().split(/\r?\n/).at(-1) ?? '') : ''
if (!electronPath || !existsSync(electronPath)) {
  fail([
    'The Electron binary could not be downloaded, so the desktop app cannot start.',
    '',
    'On networks that block GitHub, download it from a mirror, for example:',
    '    ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ ELECTRON_CUSTOM_DIR="{{ version }}" npm start',
    '(PowerShell: $env:ELECTRON_MIRROR="https://npmmirror.com/mirrors/electron/"; $env:ELECTRON_CUSTOM_DIR="{{ version }}"; npm start)',
    '',
    'Or use MOT Studio in your browser instead, which needs no Electron:',
    '    npm run web',
  ])
}

// ELECTRON_RUN_AS_NODE (set by some tools) would make the binary behave as plain Node.
const env = { ...process.env }
delete env.ELECTRON_RUN_AS_NODE
const app = spawn(electronPath, ['.'], { cwd: root, stdio: 'inherit', env })
app.on('error', (error) => fail([`Electron could not be started: ${error.message}`]))
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
