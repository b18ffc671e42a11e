/** The downloadable import template: written to disk in both languages and formats, and read back. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { importJourneyFile, writeImportTemplate } from '../../../electron/services/import/importFile'
import { translate } from '../../../shared/i18n/translate'
import { mainPath } from '../../../shared/journey/mainPath'
import { LOCALES } from '../../../shared/model/schema'
import { useTempDir } from '../../helpers/journeyFiles'

const FORMATS = ['csv', 'xlsx'] as const
const CASES = LOCALES.flatMap((locale) => FORMATS.map((format) => [locale, format] as const))

describe('writeImportTemplate', () => {
  const dir = useTempDir('mot-template-')

  it.each(CASES)('writes a %s %s template that imports cleanly', async (locale, format) => {
    const path = join(dir(), `template.${format}`)
    await writeImportTemplate(path, locale, format)
    expect(readdirSync(dir())).toEqual([`template.${format}`])
    const { doc, skipped } = await importJourneyFile(path, locale, { skipBadRows: false })
    expect(skipped).toEqual([])
    const steps = mainPath(doc)
    expect(steps.map((touchpoint) => doc.stages[touchpoint.stageId]?.name)).toEqual(
      (['stage.reception', 'stage.needsDiscovery', 'stage.proposal', 'stage.followUp'] as const).map((key) => translate(locale, key)),
    )
    expect(steps.some((touchpoint) => touchpoint.isPeak)).toBe(true)
    expect(steps.at(-1)?.isEnd).toBe(true)
    expect(steps.every((touchpoint) => touchpoint.standards.length >= 2 && touchpoint.scriptLines.length >= 2)).toBe(true)
    expect(Object.values(doc.edges).some((edge) => edge.kind === 'alternative')).toBe(true)
  })

  it.each(LOCALES)('writes the %s CSV as Excel wants it: UTF-8 BOM, CRLF records, quoted multi-line cells', async (locale) => {
    const path = join(dir(), 'template.csv')
    await writeImportTemplate(path, locale, 'csv')
    const bytes = readFileSync(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    expect(text.startsWith(locale === 'zh-CN' ? '阶段,接触点,渠道' : 'Stage,Touchpoint,Channel')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    // Five records (header + four examples); line breaks inside quoted cells are LF only.
    expect(text.split('\r\n')).toHaveLength(6)
    expect(text).toMatch(/"[^"]*\n[^"]*"/)
  })

  it('writes an xlsx with a bold, frozen header row explained in notes', async () => {
    const path = join(dir(), '模板.xlsx')
    await writeImportTemplate(path, 'zh-CN', 'xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(readFileSync(path)).buffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('接触点')
    expect(sheet.getCell('A1').value).toBe('阶段')
    expect(sheet.getCell('A1').font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(String(sheet.getCell('A1').note)).toContain('必填')
    expect(sheet.rowCount).toBe(5)
  })
})
