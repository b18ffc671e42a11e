import { defineConfig } from 'vitest/config'

/** Performance targets (`npm run bench` → scripts/bench.mjs): plain tests that time themselves, run alone. */
export default defineConfig({
  test: {
    include: ['test/bench/**/*.bench.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
