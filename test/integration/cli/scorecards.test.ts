/**
 * `mot-studio scorecards|audits|surveys import` and `mot-studio score`: the worked examples of
 * methods.md §2, §4 and §5 end to end through real files, the journey changed atomically in place,
 * refused sheets leaving it byte for byte as it was.
 */
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesIn, fingerprint, tamper, useTempDir, writeJourneyFile } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'
import { V1_RETAIL } from '../../fixtures/scripts/makeFixtures'
import { auditRows, npsSheet, servqualSheet, workedAuditSheet, workedScorecardSheet, writeCsvSheet, writeXlsxSheet } from '../scorecards/sheets'
import { cli } from './harness'

describe('mot-studio scorecards / audits / surveys import and score', () => {
  const dir = useTempDir('mot-cli-score-')

  async function journey(name = 'shop.journey'): Promise<string> {
    await writeJourneyFile(join(dir(), name), retailJourney(), join(dir(), 'writer'))
    return name
  }

  it('imports the worked example and score --json gives 76.3 and 78.8', async () => {
    const file = await journey()
    writeCsvSheet(dir(), 'indicators.csv', workedScorecardSheet())
    writeCsvSheet(dir(), 'audits.csv', workedAuditSheet())

    const scorecards = await cli(dir(), ['scorecards', 'import', file, 'indicators.csv'])
    expect(scorecards).toMatchObject({ code: 0, stderr: '' })
    expect(scorecards.outLines).toEqual(['Imported 1 scorecard(s) with 10 indicator(s) into shop.journey (0 replaced an existing scorecard).'])
    const audits = await cli(dir(), ['audits', 'import', file, 'audits.csv'])
    expect(audits).toMatchObject({ code: 0, stderr: '' })
    expect(audits.outLines).toEqual(['Imported 2 audit(s) with 20 score(s) into shop.journey (0 replaced an audit with the same number).'])

    const score = await cli(dir(), ['score', file, '--json'])
    expect(score).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(score.stdout)).toEqual({
      audits: { 'A-0001': 76.3, 'A-0002': 78.8 },
      byPost: { Sales: 77.55 },
      byStore: { 'Store 1': 76.3, 'Store 2': 78.8 },
      byMonth: { '2025-03': 76.3, '2025-04': 78.8 },
      byDimension: {
        'Store visit/tangibles': 90,
        'Store visit/reliability': 95,
        'Store visit/responsiveness': 94,
        'Store visit/assurance': 82.5,
        'Store visit/empathy': 25,
      },
      nps: null,
      servqual: null,
    })
    // Language-neutral bytes.
    expect((await cli(dir(), ['score', file, '--json', '--lang', 'zh-CN'])).stdout).toBe(score.stdout)
    // No side files, no temp files left beside the journey.
    expect(filesIn(dir()).filter((name) => name.startsWith('.') || name.endsWith('-wal') || name.endsWith('-journal'))).toEqual([])
  })

  it('re-importing an audit number replaces the audit instead of duplicating it', async () => {
    const file = await journey()
    writeCsvSheet(dir(), 'indicators.csv', workedScorecardSheet())
    writeCsvSheet(dir(), 'audits.csv', workedAuditSheet())
    await cli(dir(), ['scorecards', 'import', file, 'indicators.csv'])
    await cli(dir(), ['audits', 'import', file, 'audits.csv'])
    // A-0001 again, now with promises N/A: 78.80 instead of 76.30.
    writeCsvSheet(dir(), 'again.csv', { headers: ['audit', 'date', 'store', 'post', 'indicator', 'score'], rows: auditRows('A-0001', '2025-03-14', 'Store 1', ['yes', '4', 'N/A', '5', 'yes', '9', '4', 'yes', '3', 'no']) })
    const again = await cli(dir(), ['audits', 'import', file, 'again.csv'])
    expect(again.outLines).toEqual(['Imported 1 audit(s) with 10 score(s) into shop.journey (1 replaced an audit with the same number).'])
    const score = JSON.parse((await cli(dir(), ['score', file, '--json'])).stdout)
    expect(score.audits).toEqual({ 'A-0001': 78.8, 'A-0002': 78.8 })
    expect(score.byPost).toEqual({ Sales: 78.8 })
  })

  it('re-importing a scorecard of the same name replaces it and keeps its audits', async () => {
    const file = await journey()
    writeCsvSheet(dir(), 'indicators.csv', workedScorecardSheet())
    writeCsvSheet(dir(), 'audits.csv', workedAuditSheet())
    await cli(dir(), ['scorecards', 'import', file, 'indicators.csv'])
    await cli(dir(), ['audits', 'import', file, 'audits.csv'])
    const again = await cli(dir(), ['scorecards', 'import', file, 'indicators.csv'])
    expect(again.outLines).toEqual(['Imported 1 scorecard(s) with 10 indicator(s) into shop.journey (1 replaced an existing scorecard).'])
    const score = JSON.parse((await cli(dir(), ['score', file, '--json'])).stdout)
    expect(score.audits).toEqual({ 'A-0001': 76.3, 'A-0002': 78.8 })
  })

  it('lists bad rows with row and column, changes nothing, and imports the rest with --skip-bad-rows', async () => {
    const file = await journey()
    writeCsvSheet(dir(), 'indicators.csv', workedScorecardSheet())
    await cli(dir(), ['scorecards', 'import', file, 'indicators.csv'])
    const sheet = workedAuditSheet()
    sheet.rows.push(...auditRows('A-0003', '2025-05-06', 'Store 3', ['yes', '6', '8', '5', 'maybe', '9', '4', 'yes', '3', 'no']))
    writeCsvSheet(dir(), 'audits.csv', sheet)
    const before = fingerprint(join(dir(), file))

    const refused = await cli(dir(), ['audits', 'import', file, 'audits.csv'])
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.errLines).toEqual([
      'audits.csv: Row 23, column "score": 6 is outside the scale 1–5 of indicator "Display".',
      'audits.csv: Row 26, column "score": "maybe" is not yes or no, which indicator "Greet" needs (leave it blank or write N/A if it does not apply).',
      'mot-studio: audits.csv: 2 problem(s), so the journey was not changed. Fix them, or use --skip-bad-rows to import the rest.',
    ])
    expect(fingerprint(join(dir(), file))).toEqual(before)

    const skipped = await cli(dir(), ['audits', 'import', file, 'audits.csv', '--skip-bad-rows'])
    expect(skipped.code).toBe(0)
    expect(skipped.errLines).toEqual([
      'audits.csv: Row 22, column "audit": audit "A-0003" is left out whole (10 rows), because some of its rows have problems.',
      'audits.csv: Row 23, column "score": 6 is outside the scale 1–5 of indicator "Display".',
      'audits.csv: Row 26, column "score": "maybe" is not yes or no, which indicator "Greet" needs (leave it blank or write N/A if it does not apply).',
      'mot-studio: audits.csv: Left out the rows with 3 problem(s).',
    ])
    expect(skipped.outLines).toEqual(['Imported 2 audit(s) with 20 score(s) into shop.journey (0 replaced an audit with the same number).'])
    expect(Object.keys(JSON.parse((await cli(dir(), ['score', file, '--json'])).stdout).audits)).toEqual(['A-0001', 'A-0002'])
  })

  it('imports surveys: NPS and SERVQUAL in score --json and in the readable summary', async () => {
    const file = await journey()
    writeCsvSheet(dir(), 'nps.csv', npsSheet())
    await writeXlsxSheet(dir(), 'servqual.xlsx', servqualSheet('zh'))
    expect((await cli(dir(), ['surveys', 'import', file, 'nps.csv'])).outLines).toEqual([
      'Imported 200 survey response(s) into shop.journey (0 replaced a response of the same respondent).',
    ])
    let score = JSON.parse((await cli(dir(), ['score', file, '--json'])).stdout)
    expect(score.nps).toEqual({ score: 20, promoters: 90, passives: 60, detractors: 50, n: 200, margin: 11.26, indicative: false })
    expect(score.servqual).toBeNull()

    expect((await cli(dir(), ['surveys', 'import', file, 'servqual.xlsx', '--lang', 'zh-CN'])).code).toBe(0)
    score = JSON.parse((await cli(dir(), ['score', file, '--json'])).stdout)
    expect(score.servqual).toEqual({
      unweighted: -0.6,
      weighted: -0.71,
      dimensions: { tangibles: -0.13, reliability: -0.8, responsiveness: -1.13, assurance: -0.13, empathy: -0.8 },
      servperf: { overall: expect.any(Number), dimensions: expect.any(Object) },
    })
    // 202 answers of recommend now: R1 promoter (9), R2 detractor (3).
    expect(score.nps).toMatchObject({ n: 202, promoters: 91, detractors: 51 })

    const human = await cli(dir(), ['score', file])
    expect(human.code).toBe(0)
    expect(human.outLines).toContain('Audits: none yet')
    expect(human.outLines).toContain('NPS: 20 (±11.24, n = 202; promoters 91, passives 60, detractors 51)')
    expect(human.outLines).toContain('SERVQUAL gap (P − E): unweighted -0.60, weighted -0.71 (each respondent’s own importance points); SERVPERF 5.21')
    expect(human.outLines).toContain('  Responsiveness: gap -1.13, perception 4.88')
  })

  it('prints a readable summary in Chinese', async () => {
    const file = await journey()
    writeCsvSheet(dir(), 'indicators.csv', workedScorecardSheet('zh', '门店考核表'))
    writeCsvSheet(dir(), 'audits.csv', workedAuditSheet('zh'))
    await cli(dir(), ['scorecards', 'import', file, 'indicators.csv', '--lang', 'zh-CN'])
    await cli(dir(), ['audits', 'import', file, 'audits.csv', '--lang', 'zh-CN'])
    const human = await cli(dir(), ['score', file, '--lang', 'zh-CN'])
    expect(human.code).toBe(0)
    expect(human.outLines.slice(0, 3)).toEqual(['检查：2 次（2 次有指数）', '满意度指数（0–100），按岗位：', '  Sales：77.55（n = 2）'])
    expect(human.outLines).toContain('  门店考核表 / 有形性：90.00（n = 2）')
    expect(human.outLines).toContain('净推荐值 NPS：暂无答案')
  })

  it('imports into a version-1 journey, which is saved at the current version', async () => {
    copyFileSync(V1_RETAIL, join(dir(), 'old.journey'))
    writeCsvSheet(dir(), 'indicators.csv', workedScorecardSheet())
    writeCsvSheet(dir(), 'audits.csv', workedAuditSheet())
    expect((await cli(dir(), ['scorecards', 'import', 'old.journey', 'indicators.csv'])).code).toBe(0)
    expect((await cli(dir(), ['audits', 'import', 'old.journey', 'audits.csv'])).code).toBe(0)
    expect(JSON.parse((await cli(dir(), ['score', 'old.journey', '--json'])).stdout).audits).toEqual({ 'A-0001': 76.3, 'A-0002': 78.8 })
    expect((await cli(dir(), ['validate', 'old.journey'])).code).toBe(0)
  })

  it('refuses unknown indicators before any scorecard exists, and names the sheet', async () => {
    const file = await journey()
    writeCsvSheet(dir(), 'audits.csv', workedAuditSheet())
    const before = fingerprint(join(dir(), file))
    const refused = await cli(dir(), ['audits', 'import', file, 'audits.csv'])
    expect(refused.code).toBe(1)
    expect(refused.errLines[0]).toBe('audits.csv: Row 2, column "indicator": no scorecard of the journey has an indicator "Appearance".')
    expect(refused.errLines.at(-1)).toBe('mot-studio: audits.csv: 20 problem(s), so the journey was not changed. Fix them, or use --skip-bad-rows to import the rest.')
    expect(fingerprint(join(dir(), file))).toEqual(before)
  })

  it('reports a missing sheet or journey against the right file', async () => {
    const file = await journey()
    expect((await cli(dir(), ['audits', 'import', file, 'missing.csv'])).errLines).toEqual(['mot-studio: missing.csv: The file could not be found or read.'])
    writeCsvSheet(dir(), 'audits.csv', workedAuditSheet())
    expect((await cli(dir(), ['audits', 'import', 'missing.journey', 'audits.csv'])).errLines).toEqual([
      'mot-studio: missing.journey: The file could not be found or read.',
    ])
    expect((await cli(dir(), ['audits', 'import', file, 'audits.json'])).errLines).toEqual([
      'mot-studio: audits.json: Files of type ".json" cannot be imported here. Use a .csv or .xlsx file.',
    ])
  })

  it('warns about weights that do not add up, and still imports the scorecard', async () => {
    const file = await journey()
    const sheet = workedScorecardSheet()
    sheet.rows[1]![6] = '30'
    writeCsvSheet(dir(), 'indicators.csv', sheet)
    const result = await cli(dir(), ['scorecards', 'import', file, 'indicators.csv'])
    expect(result.code).toBe(0)
    expect(result.errLines).toEqual([
      'mot-studio: shop.journey: warning: The indicator weights within Tangibles of scorecard "Store visit" add up to 90; they must add up to 100.',
    ])
    const human = await cli(dir(), ['score', file])
    expect(human.outLines.slice(-2)).toEqual([
      'Weight problems (the scorecard’s indices are not reliable until they are fixed):',
      '  The indicator weights within Tangibles of scorecard "Store visit" add up to 90; they must add up to 100.',
    ])
  })

  it('refuses to change a journey with rows it could not read', async () => {
    const file = await journey()
    tamper(join(dir(), file), (db) => {
      db.prepare("INSERT INTO indicator (id, scorecard_id, sort_key, name, description, dimension, weight, scale_kind, scale_min, scale_max) VALUES ('in_lost', 'sc_gone', 'V', 'Lost', '', 'empathy', 1, 'yesNo', NULL, NULL)").run()
    })
    writeCsvSheet(dir(), 'indicators.csv', workedScorecardSheet())
    const before = fingerprint(join(dir(), file))
    const result = await cli(dir(), ['scorecards', 'import', file, 'indicators.csv'])
    expect(result.code).toBe(1)
    expect(result.errLines.at(-1)).toMatch(/^mot-studio: shop\.journey: some rows of this journey could not be read/)
    expect(fingerprint(join(dir(), file))).toEqual(before)
  })

  it.each([
    [['scorecards'], '"scorecards" needs an action: scorecards import …'],
    [['scorecards', 'export', 'a.journey', 'b.csv'], 'unknown action "export" for "scorecards" (use "import")'],
    [['audits', 'import'], '"audits import" needs an input file'],
    [['audits', 'import', 'a.journey'], '"audits import" needs the journey and the file to import: audits import <file.journey> <file.csv|file.xlsx>'],
    [['surveys', 'import', 'a.journey', 'b.csv', 'c.csv'], 'unexpected argument "c.csv"'],
    [['audits', 'import', 'a.journey', 'b.csv', '--json'], 'option --json cannot be used with "audits"'],
    [['score', 'a.journey', '--skip-bad-rows'], 'option --skip-bad-rows cannot be used with "score"'],
    [['score'], '"score" needs an input file'],
  ])('%j is a usage error: %s', async (args, detail) => {
    const result = await cli(dir(), args)
    expect(result.code).toBe(2)
    expect(result.errLines).toEqual([`mot-studio: ${detail} (run "mot-studio --help" for usage)`])
  })

  it('lists the new commands in --help', async () => {
    const help = await cli(dir(), ['--help'])
    expect(help.stdout).toContain('mot-studio audits import <file.journey> <audits.csv|xlsx> [--skip-bad-rows]')
    expect(help.stdout).toContain('mot-studio score <file.journey> [--json]')
  })
})
