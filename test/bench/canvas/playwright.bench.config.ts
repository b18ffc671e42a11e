import { defineConfig } from '@playwright/test'

/**
 * The canvas performance benchmark (`npm run bench` → scripts/bench.mjs, after the document
 * benchmarks): Debian's Chromium, headless, software compositing, drives the browser host
 * (out/main/web.js, so build first) and a bare React Flow page built only for the benchmark.
 * Never part of the e2e run (that config's testDir is test/e2e).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.spec.ts',
  timeout: 300_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../../test-results/bench-canvas',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
})
