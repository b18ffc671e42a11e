/** `mot-studio import` and `mot-studio info`: the spreadsheet becomes a journey whose summary is the contract. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { filesIn, fingerprint, useTempDir } from '../../helpers/journeyFiles'
import { HEADERS, WORKED_EXAMPLE_ROWS, cli, workedExampleSummary, writeCsv } from './harness'

describe('mot-studio import + info', () => {
  const dir = useTempDir('mot-cli-')

  it('imports a CSV and info --json reports the worked example of methods.md', async () => {
    writeCsv(dir(), 'retail.csv')
    const imported = await cli(dir(), ['import', 'retail.csv', '-o', 'retail.journey'])
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(imported.outLines).toEqual(['Wrote retail.journey: 12 touchpoints in 8 stages.'])

    const info = await cli(dir(), ['info', 'retail.journey', '--json'])
    expect(info).toMatchObject({ code: 0, stderr: '' })
    expect(info.stdout.endsWith('}\n')).toBe(true)
    // Spreadsheets take their title from the file name.
    expect(JSON.parse(info.stdout)).toEqual(workedExampleSummary('retail'))
    // The JSON is language-neutral: the same bytes whatever the user's language.
    expect((await cli(dir(), ['info', 'retail.journey', '--json', '--lang', 'zh-CN'])).stdout).toBe(info.stdout)
  })

  it('imports the same sheet from XLSX with Chinese headers', async () => {
    const chinese: Record<string, string> = {
      Stage: '阶段', Touchpoint: '接触点', Channel: '渠道', Role: '岗位', Lane: '泳道', MOT: '关键时刻', Importance: '重要度',
      Emotion: '情绪', Peak: '峰值', End: '终点', SERVQUAL: '服务质量维度', Standard: '服务标准', Script: '标准话术', Next: '下一步',
    }
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('旅程')
    sheet.addRow(HEADERS.map((header) => chinese[header]!))
    for (const row of WORKED_EXAMPLE_ROWS) sheet.addRow(HEADERS.map((header) => row[header] ?? ''))
    await workbook.xlsx.writeFile(join(dir(), '门店旅程.xlsx'))

    const imported = await cli(dir(), ['import', '门店旅程.xlsx', '-o', 'store.journey', '--lang', 'zh-CN'])
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(imported.outLines).toEqual(['已写入 store.journey：8 个阶段，12 个接触点。'])
    const info = await cli(dir(), ['info', 'store.journey', '--json'])
    expect(JSON.parse(info.stdout)).toEqual(workedExampleSummary('门店旅程'))
  })

  it('prints a readable, localized summary without --json', async () => {
    writeCsv(dir(), 'retail.csv')
    await cli(dir(), ['import', 'retail.csv', '-o', 'retail.journey'])
    const before = fingerprint(join(dir(), 'retail.journey'))

    const en = await cli(dir(), ['info', 'retail.journey'])
    expect(en.code).toBe(0)
    expect(en.outLines).toEqual([
      'Journey: retail',
      'Stages: 8   Touchpoints: 12   Connections: 12',
      'Moments of truth: 7 (Life moment 1, Process moment 2, Business moment 3, Family not set 1)',
      'Designed peaks: Hand-over ceremony',
      'Designed end: Follow-up call',
      'Main path: 11 touchpoints',
      'Emotion along the main path: mean 0.64, peak -3, end 2, remembered -0.50',
      'SERVQUAL (touchpoints tagged): Tangibles 2, Reliability 3, Responsiveness 3, Assurance 3, Empathy 5',
    ])

    const zh = await cli(dir(), ['info', 'retail.journey'], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })
    expect(zh.code).toBe(0)
    expect(zh.outLines).toContain('主路径情绪：平均 0.64，峰值 -3，终点 2，记忆体验 -0.50')
    expect(zh.outLines).toContain('关键时刻：7 个（生活关键时刻 1，流程关键时刻 2，业务关键时刻 3，未分类 1）')
    // Reading never modifies the input.
    expect(fingerprint(join(dir(), 'retail.journey'))).toEqual(before)
  })

  it('refuses to overwrite an existing output unless --force', async () => {
    writeCsv(dir(), 'retail.csv')
    writeFileSync(join(dir(), 'taken.journey'), 'precious')
    const refused = await cli(dir(), ['import', 'retail.csv', '-o', 'taken.journey'])
    expect(refused.code).toBe(1)
    expect(refused.errLines).toEqual(['mot-studio: taken.journey: The output file already exists; use --force to replace it.'])
    expect(readFileSync(join(dir(), 'taken.journey'), 'utf8')).toBe('precious')

    const forced = await cli(dir(), ['import', 'retail.csv', '-o', 'taken.journey', '--force'])
    expect(forced.code).toBe(0)
    expect((await cli(dir(), ['validate', 'taken.journey'])).code).toBe(0)
  })

  it('refuses a spreadsheet with bad rows: one stderr line per problem, and no output at all', async () => {
    const rows = WORKED_EXAMPLE_ROWS.map((row) => ({ ...row }))
    rows[1]!.Emotion = '5'
    rows[4]!.SERVQUAL = 'reliability, price'
    writeCsv(dir(), 'bad.csv', rows)
    const result = await cli(dir(), ['import', 'bad.csv', '-o', 'bad.journey'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.errLines).toHaveLength(3)
    expect(result.errLines[0]).toMatch(/^bad\.csv: Row 3, column "Emotion": "5"/)
    expect(result.errLines[1]).toMatch(/^bad\.csv: Row 6, column "SERVQUAL": "price"/)
    expect(result.errLines[2]).toMatch(/^mot-studio: bad\.csv: 2 problem\(s\), so nothing was written\. .*--skip-bad-rows/)
    expect(filesIn(dir())).toEqual(['bad.csv'])
  })

  it('with --skip-bad-rows imports the clean rows and lists the skipped ones', async () => {
    const rows = WORKED_EXAMPLE_ROWS.map((row) => ({ ...row }))
    rows[2]!.Lane = 'kitchen'
    writeCsv(dir(), 'bad.csv', rows)
    const result = await cli(dir(), ['import', 'bad.csv', '-o', 'partial.journey', '--skip-bad-rows'])
    expect(result.code).toBe(0)
    expect(result.errLines).toEqual([
      expect.stringMatching(/^bad\.csv: Row 4, column "Lane": "kitchen"/),
      'mot-studio: bad.csv: Skipped 1 row(s) with problems.',
    ])
    const info = JSON.parse((await cli(dir(), ['info', 'partial.journey', '--json'])).stdout) as { touchpoints: number }
    expect(info.touchpoints).toBe(11)
  })

  it('reports a missing or unsupported input in one line', async () => {
    const missing = await cli(dir(), ['import', 'nowhere.csv', '-o', 'x.journey'])
    expect(missing.code).toBe(1)
    expect(missing.errLines).toHaveLength(1)
    expect(missing.errLines[0]).toMatch(/^mot-studio: nowhere\.csv: /)

    writeFileSync(join(dir(), 'notes.txt'), 'hello')
    const unsupported = await cli(dir(), ['import', 'notes.txt', '-o', 'x.journey', '--lang', 'zh-CN'])
    expect(unsupported.code).toBe(1)
    expect(unsupported.errLines).toEqual(['mot-studio: notes.txt: 无法导入“.txt”类型的文件，请使用 .csv、.xlsx 或 .json 文件。'])
    expect(filesIn(dir())).toEqual(['notes.txt'])
  })

  it('reports an output folder that does not exist, writing nothing', async () => {
    writeCsv(dir(), 'retail.csv')
    const result = await cli(dir(), ['import', 'retail.csv', '-o', 'no/such/folder/out.journey'])
    expect(result.code).toBe(1)
    expect(result.errLines).toEqual(['mot-studio: no/such/folder/out.journey: The file or folder does not exist.'])
    expect(filesIn(dir())).toEqual(['retail.csv'])
  })
})
