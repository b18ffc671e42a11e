/** `mot-studio validate`: exit 0 with "valid", or exit 1 with one line per problem; refusals in one line. */
import Database from 'better-sqlite3'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesIn, fingerprint, tamper, useTempDir } from '../../helpers/journeyFiles'
import { cli, writeCsv } from './harness'

describe('mot-studio validate', () => {
  const dir = useTempDir('mot-cli-')

  async function importedJourney(name = 'retail.journey'): Promise<string> {
    writeCsv(dir(), 'retail.csv')
    expect((await cli(dir(), ['import', 'retail.csv', '-o', name])).code).toBe(0)
    return join(dir(), name)
  }

  it('says a good file is valid and exits 0', async () => {
    await importedJourney()
    const result = await cli(dir(), ['validate', 'retail.journey'])
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: 'retail.journey: valid\n' })
    expect((await cli(dir(), ['validate', 'retail.journey', '--lang', 'zh-CN'])).stdout).toBe('retail.journey：有效\n')
  })

  it('lists dropped rows and integrity problems, one line each, and exits 1', async () => {
    const path = await importedJourney()
    tamper(path, (db) => {
      const id = (title: string) => db.prepare('SELECT id FROM touchpoint WHERE title = ?').pluck().get(title) as string
      // A second main-path connection out of the first touchpoint: the main path forks.
      db.prepare(`INSERT INTO edge (id, sort_key, source_id, target_id, kind, label) VALUES ('ed_fork', 'zz', ?, ?, 'main', '')`).run(
        id('Phone enquiry'),
        id('Offer of tea'),
      )
      // A persona the validating reader cannot accept (empty sort key): dropped on open.
      db.prepare(`INSERT INTO persona (id, sort_key, name, tier, note) VALUES ('pr_bad', '', 'Walk-in', 'regular', '')`).run()
    })
    const before = fingerprint(path)

    const result = await cli(dir(), ['validate', 'retail.journey'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.outLines).toEqual([
      'retail.journey: persona pr_bad: Invalid value in field "sortKey": must not be empty',
      'retail.journey: More than one main-path connection leaves "Phone enquiry"; make the others alternatives.',
    ])
    expect(fingerprint(path)).toEqual(before)

    const zh = await cli(dir(), ['validate', 'retail.journey', '--lang', 'zh-CN'])
    expect(zh.code).toBe(1)
    expect(zh.outLines[0]).toBe('retail.journey: persona pr_bad: 字段“sortKey”的值无效：不能为空')
    expect(zh.outLines[1]).toBe('retail.journey: 从“Phone enquiry”出发的主路径连线不止一条，请把其余的改为备选路径。')

    // info still summarises what could be read, and warns on stderr about the rest.
    const info = await cli(dir(), ['info', 'retail.journey', '--json'])
    expect(info.code).toBe(0)
    expect(info.errLines).toEqual([expect.stringMatching(/^mot-studio: retail\.journey: warning: persona pr_bad could not be read/)])
  })

  it('refuses a file that is not SQLite, in one line, in English and in Chinese', async () => {
    writeFileSync(join(dir(), 'notes.journey'), 'Workshop notes, definitely not a database.\n'.repeat(10))
    const en = await cli(dir(), ['validate', 'notes.journey'])
    expect(en).toMatchObject({ code: 1, stdout: '' })
    expect(en.errLines).toEqual(['mot-studio: notes.journey: This is not a MOT Studio journey: it is not a SQLite database file.'])
    const zh = await cli(dir(), ['validate', 'notes.journey', '--lang', 'zh-CN'])
    expect(zh).toMatchObject({ code: 1, stdout: '' })
    expect(zh.errLines).toEqual(['mot-studio: notes.journey: 这不是 MOT Studio 旅程文件：它不是 SQLite 数据库文件。'])
  })

  it('refuses a SQLite file of another application, in one line, in English and in Chinese', async () => {
    const db = new Database(join(dir(), 'other.journey'))
    db.exec('CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)')
    db.close()
    const en = await cli(dir(), ['info', 'other.journey'])
    expect(en).toMatchObject({ code: 1, stdout: '' })
    expect(en.errLines).toEqual(['mot-studio: other.journey: This SQLite file was not made by MOT Studio (wrong application id).'])
    const zh = await cli(dir(), ['validate', 'other.journey'], { LANG: 'zh_CN.UTF-8' })
    expect(zh.errLines).toEqual(['mot-studio: other.journey: 这个 SQLite 文件不是由 MOT Studio 创建的（应用标识不符）。'])
  })

  it('refuses a journey with foreign schema objects, naming them on the same line', async () => {
    const path = await importedJourney()
    tamper(path, (db) => db.exec('CREATE VIEW spy AS SELECT 1'))
    const result = await cli(dir(), ['validate', 'retail.journey'])
    expect(result.code).toBe(1)
    expect(result.errLines).toHaveLength(1)
    expect(result.errLines[0]).toMatch(/^mot-studio: retail\.journey: The file contains tables, .* \(Unexpected view "spy"\)$/)
  })

  it('removes its temporary working copies, after success and after a refusal', async () => {
    await importedJourney()
    writeFileSync(join(dir(), 'notes.journey'), 'not a database'.repeat(20))
    const scratch = join(dir(), 'scratch')
    mkdirSync(scratch)
    const saved = process.env.TMPDIR
    process.env.TMPDIR = scratch
    try {
      for (const args of [
        ['validate', 'retail.journey'],
        ['info', 'retail.journey', '--json'],
        ['export', 'retail.journey', '-o', 'out.json'],
        ['import', 'out.json', '-o', 'copy.journey'],
        ['validate', 'notes.journey'],
      ]) {
        await cli(dir(), args)
        expect(filesIn(scratch), args.join(' ')).toEqual([])
      }
    } finally {
      if (saved === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = saved
    }
    expect(filesIn(dir())).toEqual(['copy.journey', 'notes.journey', 'out.json', 'retail.csv', 'retail.journey', 'scratch'])
  })

  it('reports a missing file in one line', async () => {
    const result = await cli(dir(), ['validate', 'gone.journey'])
    expect(result.code).toBe(1)
    expect(result.errLines).toEqual(['mot-studio: gone.journey: The file could not be found or read.'])
  })
})
