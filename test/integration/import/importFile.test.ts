/** Importing real files from disk: encodings Excel and WPS produce, xlsx cell kinds, JSON, refusals. */
import { lineFromText, standard } from '../../../shared/model/script'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ServiceError } from '../../../electron/services/errors'
import { importJourneyFile } from '../../../electron/services/import/importFile'
import { declaredUnzippedBytes } from '../../../electron/services/import/zipSize'
import { render } from '../../../shared/i18n/translate'
import { stringifyJourney } from '../../../shared/interchange/journeyJson'
import { mainPath } from '../../../shared/journey/mainPath'
import { bySortKey } from '../../../shared/model/order'
import { LOCALES } from '../../../shared/model/schema'
import { journeyWithPath } from '../../helpers/builders'
import { useTempDir } from '../../helpers/journeyFiles'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import')

const ENGLISH_CSV = [
  'Stage,Touchpoint,Emotion,Standard,Next',
  'Reception,Greeting,+1,"Greet within 3 s\r\nSmile",',
  'Quote,"Price, itemised",−1,Written quote,Follow-up call',
  'Follow-up,Follow-up call,2,,',
].join('\r\n')

const CHINESE_CSV = ['阶段,接触点,情绪,服务标准', '接待,门口迎宾,1,"3 秒内问候\n微笑"', '回访,回访电话,2,24 小时内回访'].join('\r\n')

const titles = (doc: Parameters<typeof mainPath>[0]) => mainPath(doc).map((touchpoint) => touchpoint.title)

/** The ServiceError an import refused with (fails the test if it succeeded or threw something else). */
async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => expect.fail('import succeeded'),
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ServiceError)
  return error as ServiceError
}

describe('importJourneyFile: CSV encodings and layouts', () => {
  const dir = useTempDir('mot-import-')
  const write = (name: string, data: string | Uint8Array) => {
    const path = join(dir(), name)
    writeFileSync(path, data)
    return path
  }

  it('reads UTF-8 without BOM, with quoted multi-line cells, and titles the journey after the file', async () => {
    const { doc, skipped } = await importJourneyFile(write('Store visit.csv', ENGLISH_CSV), 'en', { skipBadRows: false })
    expect(skipped).toEqual([])
    expect(doc.meta.title).toBe('Store visit')
    expect(titles(doc)).toEqual(['Greeting', 'Price, itemised', 'Follow-up call'])
    const greeting = mainPath(doc)[0]!
    expect(greeting.standards.map((item) => item.text)).toEqual(['Greet within 3 s', 'Smile'])
    expect(mainPath(doc)[1]!.emotion).toBe(-1)
  })

  it('reads UTF-8 with a BOM, whose first header must still match', async () => {
    const { doc } = await importJourneyFile(write('bom.csv', `\uFEFF${CHINESE_CSV}`), 'zh-CN', { skipBadRows: false })
    expect(titles(doc)).toEqual(['门口迎宾', '回访电话'])
    expect(mainPath(doc)[0]!.standards.map((item) => item.text)).toEqual(['3 秒内问候', '微笑'])
  })

  it('reads the GB18030 file Excel saves on Chinese Windows (committed fixture, not valid UTF-8)', async () => {
    const bytes = readFileSync(join(FIXTURES, 'journey-gb18030.csv'))
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const { doc } = await importJourneyFile(join(FIXTURES, 'journey-gb18030.csv'), 'zh-CN', { skipBadRows: false })
    expect(doc.meta.title).toBe('journey-gb18030')
    expect(bySortKey(Object.values(doc.stages)).map((stage) => stage.name)).toEqual(['接待', '需求挖掘', '方案/报价', '回访'])
    const [greeting, needs, , call] = bySortKey(Object.values(doc.touchpoints))
    expect(greeting).toMatchObject({ title: '门口迎宾', servqual: ['tangibles', 'assurance'], standards: ['顾客进店 3 秒内问候', '微笑、目光接触'].map((text) => standard(text)) })
    expect(needs).toMatchObject({ isMot: true, motFamily: null, isPeak: true })
    expect(call).toMatchObject({ role: '客服吉𠮷', isEnd: true, servqual: ['responsiveness', 'empathy'] })
    expect(Object.values(doc.edges).filter((edge) => edge.kind === 'alternative')).toHaveLength(1)
  })

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
  ])('reads CSV separated by %s', async (_name, separator) => {
    const text = CHINESE_CSV.replace(/,/g, separator)
    const { doc } = await importJourneyFile(write('separated.csv', text), 'zh-CN', { skipBadRows: false })
    expect(titles(doc)).toEqual(['门口迎宾', '回访电话'])
  })

  it('reads UTF-16 with a BOM (Excel\u2019s "Unicode text")', async () => {
    const text = CHINESE_CSV.replace(/,/g, '\t')
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const { doc } = await importJourneyFile(write('unicode.csv', bytes), 'zh-CN', { skipBadRows: false })
    expect(titles(doc)).toEqual(['门口迎宾', '回访电话'])
  })

  it('refuses bad rows with every problem as details, or skips them when asked', async () => {
    const path = write('bad.csv', ['stage,touchpoint,importance', 'S,a,', 'S,b,9', ',c,', 'S,d,'].join('\n'))
    const error = await refusal(importJourneyFile(path, 'en', { skipBadRows: false }))
    expect(error.code).toBe('IMPORT_PROBLEMS')
    expect(error.userMessage).toEqual({ key: 'import.problems', params: { count: 2 } })
    expect(error.details?.map((detail) => [detail.key, detail.params?.row])).toEqual([
      ['import.badImportance', 3],
      ['import.requiredEmpty', 4],
    ])
    for (const locale of LOCALES) {
      expect(render(locale, error.details![0]!)).toMatch(/3.*importance|importance.*3/)
    }
    const { doc, skipped } = await importJourneyFile(path, 'en', { skipBadRows: true })
    expect(skipped).toEqual(error.details)
    expect(Object.values(doc.touchpoints).map((touchpoint) => touchpoint.title).sort()).toEqual(['a', 'd'])
  })

  it('refuses a CSV with an unclosed quotation mark, naming the line', async () => {
    const error = await refusal(importJourneyFile(write('quote.csv', 'stage,touchpoint\nS,"a\nS,b\n'), 'en', { skipBadRows: true }))
    expect(error.code).toBe('IMPORT_PROBLEMS')
    expect(error.userMessage.key).toBe('import.csvUnreadable')
    expect(render('zh-CN', error.userMessage)).toContain(String(error.userMessage.params?.line))
  })
})

describe('importJourneyFile: xlsx', () => {
  const dir = useTempDir('mot-import-')

  it('reads the first worksheet: rich text, numbers, booleans, formula results, dates, line breaks', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Touchpoints')
    sheet.addRow(['Stage', { richText: [{ text: 'Touch' }, { text: 'point', font: { bold: true } }] }, 'Importance', 'Emotion', 'Peak', 'Notes', 'Script'])
    sheet.addRow(['Reception', 'Greeting', 4, -1, true, new Date(Date.UTC(2025, 2, 14)), 'Hello!\nWelcome.'])
    sheet.addRow(['Follow-up', { richText: [{ text: 'Follow-up ' }, { text: 'call' }] }, { formula: '2+3', result: 5 }, { formula: '1+1', result: 2 }, false, '', ''])
    sheet.getRow(8).getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }
    workbook.addWorksheet('Scratch').addRow(['not', 'read'])
    const path = join(dir(), 'Workshop.xlsx')
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()))

    const { doc, skipped } = await importJourneyFile(path, 'en', { skipBadRows: false })
    expect(skipped).toEqual([])
    expect(doc.meta.title).toBe('Workshop')
    const [greeting, call] = mainPath(doc)
    expect(greeting).toMatchObject({ title: 'Greeting', importance: 4, emotion: -1, isPeak: true, notes: '2025-03-14', scriptLines: ['Hello!', 'Welcome.'].map(lineFromText) })
    expect(call).toMatchObject({ title: 'Follow-up call', importance: 5, emotion: 2, isPeak: false })
    expect(Object.keys(doc.touchpoints)).toHaveLength(2)
  })

  it('reports row numbers as Excel shows them, blank rows included', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Sheet1')
    sheet.addRow(['阶段', '接触点', '情绪'])
    sheet.addRow(['接待', '迎宾', 1])
    sheet.getRow(4).values = ['回访', '回访电话', 9]
    const path = join(dir(), 'rows.xlsx')
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()))
    const error = await refusal(importJourneyFile(path, 'zh-CN', { skipBadRows: false }))
    expect(error.details).toEqual([{ key: 'import.badEmotion', params: { row: 4, column: '情绪', value: '9' } }])
    expect(render('zh-CN', error.details![0]!)).toBe('第 4 行“情绪”列：“9”不是有效的情绪值，请填写 -3 到 +3 的整数。')
  })

  it('gives a merged stage cell to every row it spans, as workshop sheets are drawn', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Sheet1')
    sheet.addRow(['阶段', '接触点'])
    sheet.addRow(['接待', '迎宾'])
    sheet.addRow(['', '奉茶'])
    sheet.addRow(['回访', '回访电话'])
    sheet.mergeCells('A2:A3')
    const path = join(dir(), 'merged.xlsx')
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()))
    const { doc } = await importJourneyFile(path, 'zh-CN', { skipBadRows: false })
    const stageOf = (title: string) => doc.stages[mainPath(doc).find((touchpoint) => touchpoint.title === title)!.stageId]?.name
    expect(['迎宾', '奉茶', '回访电话'].map(stageOf)).toEqual(['接待', '接待', '回访'])
  })

  it('refuses a damaged or fake workbook as unreadable', async () => {
    const path = join(dir(), 'broken.xlsx')
    writeFileSync(path, 'this is not a zip file')
    const error = await refusal(importJourneyFile(path, 'en', { skipBadRows: true }))
    expect(error.code).toBe('CORRUPT')
    expect(error.userMessage.key).toBe('import.unreadableWorkbook')
  })

  it('refuses a workbook that unpacks to more than 300 MB before inflating it (a zip bomb)', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Sheet1').addRow(['阶段', '接触点'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const honest = declaredUnzippedBytes(bytes)!
    expect(honest).toBeGreaterThan(1000)
    expect(honest).toBeLessThan(100 * bytes.length)
    // Make the first entry claim 400 MB, as a bomb made with an ordinary zip tool would.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const eocd = bytes.length - 22
    expect(view.getUint32(eocd, true)).toBe(0x06054b50)
    view.setUint32(view.getUint32(eocd + 16, true) + 24, 400 * 1024 * 1024, true)
    expect(declaredUnzippedBytes(bytes)).toBeGreaterThan(400 * 1024 * 1024)
    const path = join(dir(), 'bomb.xlsx')
    writeFileSync(path, bytes)
    const error = await refusal(importJourneyFile(path, 'zh-CN', { skipBadRows: true }))
    expect(error.code).toBe('TOO_LARGE')
    expect(render('zh-CN', error.userMessage)).toBe('这个 Excel 文件解压后超过 300 MB，太大，无法导入。请拆分成较小的工作簿，或确认选对了文件。')
    expect(declaredUnzippedBytes(new TextEncoder().encode('PK not really a zip'))).toBeNull()
  })

  it('refuses a workbook whose first sheet is empty', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Empty')
    const path = join(dir(), 'empty.xlsx')
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()))
    const error = await refusal(importJourneyFile(path, 'en', { skipBadRows: true }))
    expect(error.details).toEqual([{ key: 'import.empty' }])
  })
})

describe('importJourneyFile: JSON and refusals', () => {
  const dir = useTempDir('mot-import-')

  it('round-trips a journey through the JSON interchange format unchanged', async () => {
    const original = journeyWithPath(
      [
        { title: 'Greeting', emotion: 1, servqual: ['tangibles'], standards: ['Greet within 3 s'] },
        { title: 'Quote', emotion: -2, isMot: true, motFamily: 'business' },
        { title: 'Follow-up call', emotion: 2, isEnd: true },
      ],
      { locale: 'zh-CN', stageOf: (index) => index },
    )
    const path = join(dir(), 'journey.json')
    writeFileSync(path, `\uFEFF${stringifyJourney(original)}`)
    const { doc, skipped } = await importJourneyFile(path, 'en', { skipBadRows: true })
    expect(skipped).toEqual([])
    expect(doc).toEqual(original)
  })

  it('refuses invalid JSON with its problems as details', async () => {
    const path = join(dir(), 'broken.JSON')
    writeFileSync(path, '{"format": "mot-studio/journey", ')
    const error = await refusal(importJourneyFile(path, 'en', { skipBadRows: true }))
    expect(error.code).toBe('IMPORT_PROBLEMS')
    expect(error.userMessage).toEqual({ key: 'import.problems', params: { count: 1 } })
    expect(error.details?.[0]?.key).toBe('json.syntax')
  })

  it.each(['notes.txt', 'old.xls', 'no-extension'])('refuses %s as an unsupported type', async (name) => {
    const path = join(dir(), name)
    writeFileSync(path, 'stage,touchpoint\nS,a\n')
    const error = await refusal(importJourneyFile(path, 'en', { skipBadRows: false }))
    expect(error.code).toBe('BAD_REQUEST')
    expect(error.userMessage.key).toBe('import.unsupportedType')
    expect(render('en', error.userMessage)).toContain(name.includes('.') ? name.slice(name.lastIndexOf('.')) : name)
  })

  it('says so when the file is missing', async () => {
    const error = await refusal(importJourneyFile(join(dir(), 'gone.csv'), 'en', { skipBadRows: false }))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.userMessage.key).toBe('open.notFound')
  })
})
