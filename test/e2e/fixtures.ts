/**
 * Each test gets its own browser host (`out/main/web.js`) with a fresh files folder and data folder
 * (Actual's isolated-profile idea), so tests never see each other's files or recovery state.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

export interface WebHostProcess {
  url: string
  folder: string
  dataDir: string
  process: ChildProcess
  stop(): Promise<void>
}

/** Starts `node out/main/web.js` and resolves with the URL it prints on its first line. */
export async function startHost(options: { folder?: string; dataDir?: string; openFile?: string; lang?: string } = {}): Promise<WebHostProcess> {
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'mot-e2e-files-'))
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mot-e2e-data-'))
  const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), options.openFile ?? folder, '--data-dir', dataDir], {
    env: { ...process.env, LANG: options.lang ?? 'en_US.UTF-8', LC_ALL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = ''
    let errors = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const line = output.split('\n')[0]
      if (output.includes('\n') && line) resolveUrl(line.trim())
    })
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${errors}`)))
    setTimeout(() => reject(new Error(`web host did not start: ${errors}`)), 15_000)
  })
  return {
    url,
    folder,
    dataDir,
    process: child,
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null) return resolveStop()
        child.once('exit', () => resolveStop())
        child.kill('SIGTERM')
      }),
  }
}

/** A crash: the host dies without closing anything (working copies stay behind). */
export function killHard(host: WebHostProcess): Promise<void> {
  return new Promise((resolveKill) => {
    host.process.once('exit', () => resolveKill())
    host.process.kill('SIGKILL')
  })
}

export const test = base.extend<{ host: WebHostProcess; app: Page }>({
  // Playwright requires the fixtures argument to be an object pattern, even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost()
    await use(host)
    await host.stop()
    rmSync(host.folder, { recursive: true, force: true })
    rmSync(host.dataDir, { recursive: true, force: true })
  },
  app: async ({ page, host }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(host.url)
    await use(page)
    expect(errors, 'no errors or CSP violations in the page').toEqual([])
  },
})

export { expect }
