/** The real launcher, bin/mot-studio.js, running the built tool in a separate Node process. */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../helpers/journeyFiles'
import { cli, workedExampleSummary, writeCsv } from './harness'

const root = resolve(import.meta.dirname, '../../..')
const built = existsSync(join(root, 'out/main/cli.js'))

describe('bin/mot-studio.js', () => {
  const dir = useTempDir('mot-cli-bin-')

  it.skipIf(!built)('runs info --json from the build (skipped when out/main/cli.js is missing: run npm run build)', async () => {
    writeCsv(dir(), 'retail.csv')
    expect((await cli(dir(), ['import', 'retail.csv', '-o', 'retail.journey'])).code).toBe(0)
    const child = spawnSync(process.execPath, [join(root, 'bin/mot-studio.js'), 'info', 'retail.journey', '--json'], {
      cwd: dir(),
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
    })
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    expect(JSON.parse(child.stdout)).toEqual(workedExampleSummary('retail'))
    expect(child.stdout).toBe((await cli(dir(), ['info', 'retail.journey', '--json'])).stdout)

    const refused = spawnSync(process.execPath, [join(root, 'bin/mot-studio.js'), 'validate', 'retail.csv'], { cwd: dir(), encoding: 'utf8' })
    expect(refused.status).toBe(1)
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
  })
})
