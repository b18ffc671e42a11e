#!/usr/bin/env node
// Launcher of the `mot-studio` command-line tool (package.json "bin"). It checks what the tool
// needs before loading it, so a wrong setup gives one clear line instead of a stack trace.
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `mot-studio: needs Node.js 22.12 or newer (this is ${process.version}): ` +
      'it stores journeys with better-sqlite3 13, whose native module needs N-API 10.\n',
  )
  process.exit(1)
}

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(cli)) {
  process.stderr.write(`mot-studio: the tool is not built yet (${cli} is missing); run "npm run build" in the MOT Studio folder first.\n`)
  process.exit(1)
}

await import(pathToFileURL(cli).href)
