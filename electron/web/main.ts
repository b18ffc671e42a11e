/**
 * `npm run web -- [folder | file.journey] [--port N] [--data-dir DIR]`: starts the browser host and
 * prints its URL (with the token) as the first line of stdout.
 */
import { existsSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { APP_VERSION } from '../services/appVersion'
import { startWebHost } from './server'

function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share')
  return join(base, 'mot-studio', 'web-host')
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    process.stdout.write('Usage: npm run web -- [folder | file.journey] [--port N] [--data-dir DIR]\n')
    return
  }
  const target = resolve(positionals[0] ?? process.cwd())
  if (!existsSync(target)) throw new Error(`No such file or folder: ${target}`)
  const isFile = statSync(target).isFile()
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${values.port}`)
  const host = await startWebHost({
    folder: isFile ? dirname(target) : target,
    openFile: isFile ? target : undefined,
    dataDir: resolve(values['data-dir'] ?? process.env.MOT_STUDIO_DATA_DIR ?? defaultDataDir()),
    staticDir: join(import.meta.dirname, '../renderer'),
    version: APP_VERSION,
    port,
  })
  process.stdout.write(`${host.url}\n`)
  process.stdout.write(`MOT Studio browser host: files in ${isFile ? dirname(target) : target}. Press Ctrl+C to stop.\n`)
  const stop = () => void host.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`mot-studio web: ${(error as Error).message}\n`)
  process.exit(1)
})
