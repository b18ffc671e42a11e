/**
 * The scorecard exports on the methods.md §2 worked example: the SQLite package's tables and
 * numbers, the workbook's formulas and cached results (read back with exceljs), its audit-entry
 * sheet read back by the audit importer, and the long-format CSV.
 */
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportModelOf, writeScorecardExport } from '../../../electron/services/export/scorecards'
import { COL, ROW } from '../../../electron/services/export/scorecards/xlsx'
import type { WorkingCopy } from '../../../electron/services/document/workingCopy'
import { parseCsv } from '../../../electron/services/import/readTable'
import { AuditData } from '../../../electron/services/scoring/auditData'
import { importAuditsFile } from '../../../electron/services/scoring/imports'
import type { JourneyDocument } from '../../../shared/model/schema'
import type { Indicator } from '../../../shared/model/scorecard'
import { scoreAudit } from '../../../shared/scoring/auditIndex'
import { CARD_ID, INDEX_1, INDEX_2, WORKED_INDICATORS, WORKED_VALUES, workedCopy } from './fixture'

let dir: string
let workingCopy: WorkingCopy
let doc: JourneyDocument

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mot-scorecard-export-'))
  ;({ workingCopy, doc } = workedCopy(dir))
})
afterEach(() => {
  workingCopy.destroy()
  rmSync(dir, { recursive: true, force: true })
})

const model = (locale: 'zh-CN' | 'en' = 'zh-CN') =>
  exportModelOf(workingCopy, doc, { locale, sourceName: '门店旅程.journey', appVersion: '0.1.0', generatedAt: new Date('2025-05-01T08:00:00Z') })

/** Adds a flat scorecard with two audits (81.25 with an N/A, 48) and a scorecard without indicators. */
function addFlatAndEmptyCards(): void {
  doc = structuredClone(doc)
  doc.scorecards.card_flat = { id: 'card_flat', name: '收银考核表', post: '收银', weighting: 'flat', dimensionWeights: {}, description: '', sortKey: 'W' }
  doc.scorecards.card_empty = { id: 'card_empty', name: '空白考核表', post: '', weighting: 'twoLevel', dimensionWeights: {}, description: '', sortKey: 'X' }
  const flat = (id: string, name: string, dimension: 'reliability' | 'responsiveness' | 'empathy', weight: number, scale: Indicator['scale'], sortKey: string): Indicator =>
    ({ id, scorecardId: 'card_flat', name, description: '', dimension, weight, scale, touchpointIds: [], sortKey })
  doc.indicators.f1 = flat('f1', '收银准确', 'reliability', 50, { kind: 'yesNo' }, 'a')
  doc.indicators.f2 = flat('f2', '找零速度', 'responsiveness', 30, { kind: 'range', min: 1, max: 5 }, 'b')
  doc.indicators.f3 = flat('f3', '满意度打分', 'empathy', 20, { kind: 'range', min: 0, max: 100 }, 'c')
  workingCopy.writeDocument(doc, 2)
  const audit = (id: string, date: string) => ({ id, scorecardId: 'card_flat', date, store: '西城店', post: '收银', auditor: '赵敏', source: 'audit' as const, comment: '' })
  const data = AuditData.of(workingCopy)
  data.saveAudit(audit('F-1', '2025-03-20'), [
    { auditId: 'F-1', indicatorId: 'f1', value: 1, comment: '' },
    { auditId: 'F-1', indicatorId: 'f2', value: 3, comment: '' },
    { auditId: 'F-1', indicatorId: 'f3', value: null, comment: '' },
  ])
  data.saveAudit(audit('F-2', '2025-04-20'), [
    { auditId: 'F-2', indicatorId: 'f1', value: 0, comment: '' },
    { auditId: 'F-2', indicatorId: 'f2', value: 5, comment: '' },
    { auditId: 'F-2', indicatorId: 'f3', value: 90, comment: '' },
  ])
}

const hasSqlite3 = (() => {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
})()

describe('SQLite scorecard package', () => {
  it('holds the documented tables with the app’s numbers', async () => {
    const target = join(dir, 'scorecards.sqlite')
    await writeScorecardExport(target, model(), { format: 'sqlite' })
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([])
    const db = new Database(target, { readonly: true })
    try {
      expect(db.pragma('application_id', { simple: true })).toBe(0)
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all()
      expect(tables).toEqual([
        'about',
        'audit',
        'audit_dimension',
        'dimension',
        'index_by_auditor',
        'index_by_dimension',
        'index_by_month',
        'index_by_post',
        'index_by_store',
        'index_by_touchpoint',
        'indicator',
        'nps',
        'score',
        'scorecard',
        'servqual_dimension',
      ])
      const about = db.prepare('SELECT * FROM about').get() as Record<string, unknown>
      expect(about).toMatchObject({ format_version: 1, app_version: '0.1.0', source_file: '门店旅程.journey', generated_at: '2025-05-01T08:00:00.000Z' })
      expect(String(about.formula)).toContain('Σ')
      expect(db.prepare('SELECT id, name, post, weighting, usable, index_n FROM scorecard').all()).toEqual([
        { id: CARD_ID, name: '导购服务考核表', post: '导购', weighting: 'twoLevel', usable: 1, index_n: 2 },
      ])
      const dimensions = db.prepare('SELECT dimension, dimension_name_zh, dimension_name_en, weight, normalised_weight FROM dimension ORDER BY rowid').all()
      expect(dimensions[0]).toEqual({ dimension: 'tangibles', dimension_name_zh: '有形性', dimension_name_en: 'Tangibles', weight: 15, normalised_weight: 0.15 })
      const promises = db.prepare("SELECT name, weight, effective_weight, scale, scale_min, scale_max FROM indicator WHERE id = 'promises'").get()
      expect(promises).toEqual({ name: '兑现承诺', weight: 50, effective_weight: 0.125, scale: 'range', scale_min: 0, scale_max: 10 })
      expect(db.prepare("SELECT touchpoints FROM indicator WHERE id = 'greet'").pluck().get()).toBe('门口迎宾')
      const sum = db.prepare('SELECT sum(effective_weight) FROM indicator').pluck().get() as number
      expect(sum).toBeCloseTo(1, 12)
      const audits = db.prepare('SELECT id, month, store, index_0_100, answered, total FROM audit ORDER BY id').all() as Array<{ index_0_100: number }>
      expect(audits).toMatchObject([
        { id: 'A-0001', month: '2025-03', store: '旗舰店', answered: 10, total: 10 },
        { id: 'A-0002', month: '2025-04', store: '东城店', answered: 9, total: 10 },
      ])
      expect(audits[0]!.index_0_100).toBeCloseTo(INDEX_1, 10)
      expect(audits[1]!.index_0_100).toBeCloseTo(INDEX_2, 10)
      expect(db.prepare("SELECT raw, normalised_0_100 FROM score WHERE audit_id = 'A-0002' AND indicator_id = 'promises'").get()).toEqual({ raw: null, normalised_0_100: null })
      expect(db.prepare("SELECT raw, normalised_0_100 FROM score WHERE audit_id = 'A-0001' AND indicator_id = 'display'").get()).toEqual({ raw: 4, normalised_0_100: 75 })
      const reliability = db.prepare("SELECT score_0_100 FROM audit_dimension WHERE audit_id = 'A-0002' AND dimension = 'reliability'").pluck().get() as number
      expect(reliability).toBeCloseTo(100, 10)
      const byPost = db.prepare('SELECT key, mean, n FROM index_by_post').all() as Array<{ key: string; mean: number; n: number }>
      expect(byPost).toHaveLength(1)
      expect(byPost[0]).toMatchObject({ key: '导购', n: 2 })
      expect(byPost[0]!.mean).toBeCloseTo((INDEX_1 + INDEX_2) / 2, 10)
      expect(db.prepare('SELECT key, n FROM index_by_month ORDER BY key').all()).toEqual([
        { key: '2025-03', n: 1 },
        { key: '2025-04', n: 1 },
      ])
      expect(db.prepare('SELECT key, n FROM index_by_store ORDER BY key').all()).toHaveLength(2)
      expect(db.prepare('SELECT n, promoters, passives, detractors, nps FROM nps').get()).toEqual({ n: 20, promoters: 10, passives: 5, detractors: 5, nps: 25 })
      expect(db.prepare('SELECT count(*) FROM audit_score').pluck().get()).toBe(20)
    } finally {
      db.close()
    }
  })

  it.skipIf(!hasSqlite3)('is read by the sqlite3 shell', async () => {
    const target = join(dir, 'scorecards.sqlite')
    await writeScorecardExport(target, model(), { format: 'sqlite' })
    const out = execFileSync('sqlite3', ['-readonly', target, "SELECT id, printf('%.2f', index_0_100) FROM audit ORDER BY id"], { encoding: 'utf8' })
    expect(out.trim().split('\n')).toEqual(['A-0001|76.30', 'A-0002|78.80'])
  })
})

/** The formula text of a cell, or undefined when it holds a plain value. */
const formulaOf = (cell: ExcelJS.Cell) => (cell.value && typeof cell.value === 'object' && 'formula' in cell.value ? cell.value.formula : undefined)
const resultOf = (cell: ExcelJS.Cell) => (cell.value && typeof cell.value === 'object' && 'formula' in cell.value ? cell.value.result : undefined)

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  return workbook
}

/** The row whose column A reads `label`. */
function rowLabelled(sheet: ExcelJS.Worksheet, label: string): number {
  for (let row = 1; row <= sheet.rowCount; row++) if (sheet.getCell(row, 1).value === label) return row
  throw new Error(`no row labelled ${label}`)
}

describe('XLSX workbook', () => {
  it('reproduces the weighted index with formulas whose cached results are the app’s numbers', async () => {
    const target = join(dir, 'scorecards.xlsx')
    await writeScorecardExport(target, model(), { format: 'xlsx' })
    const workbook = await loadWorkbook(target)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['检查录入', '汇总', '导购服务考核表'])
    expect(workbook.views[0]?.activeTab).toBe(1) // opens on the Summary
    const sheet = workbook.getWorksheet('导购服务考核表')!
    expect(sheet.getCell(ROW.title, 1).value).toBe('导购服务考核表')
    expect(sheet.getCell(ROW.auditId, COL.firstAudit).value).toBe('A-0001')
    expect(sheet.getCell(ROW.auditId, COL.firstAudit + 1).value).toBe('A-0002')
    expect(sheet.getCell(ROW.store, COL.firstAudit).value).toBe('旗舰店')

    // The indicator table: the indicators in dimension order, raw scores, effective weights as formulas.
    const first = ROW.firstIndicator
    expect(sheet.getCell(first, COL.indicator).value).toBe('仪容仪表')
    const promisesRow = first + WORKED_INDICATORS.findIndex((indicator) => indicator.id === 'promises')
    const promises = sheet.getCell(promisesRow, COL.effective)
    expect(formulaOf(promises)).toMatch(/SUMIF\(\$A\$13:\$A\$22,A15,\$H\$13:\$H\$22\)/)
    expect(resultOf(promises)).toBeCloseTo(0.125, 12)
    expect(formulaOf(sheet.getCell(promisesRow, COL.dimensionWeight))).toMatch(/^\$G\$\d+$/)
    expect(resultOf(sheet.getCell(promisesRow, COL.dimensionWeight))).toBe(25)
    expect(sheet.getCell(promisesRow, COL.weight).value).toBe(50)
    expect(sheet.getCell(promisesRow, COL.firstAudit).value).toBe(8)
    expect(sheet.getCell(promisesRow, COL.firstAudit + 1).value).toBeNull()

    // Normalised scores.
    const normalisedRow = rowLabelled(sheet, '换算为 0–100 的得分') + 1
    const display = sheet.getCell(normalisedRow + 1, COL.firstAudit)
    expect(formulaOf(display)).toBe('IF(AND(ISNUMBER(J14),J14>=$E14,J14<=$F14),(J14-$E14)/($F14-$E14)*100,"")')
    expect(resultOf(display)).toBe(75)
    const appearance = sheet.getCell(normalisedRow, COL.firstAudit)
    expect(formulaOf(appearance)).toBe('IF(AND(ISNUMBER(J13),OR(J13=0,J13=1)),J13*100,"")')
    expect(resultOf(appearance)).toBe(100)
    // N/A: an empty-text result (exceljs reads it back as no result).
    expect(resultOf(sheet.getCell(normalisedRow + 2, COL.firstAudit + 1)) ?? '').toBe('')

    // Dimension scores, the index formula, and the app's own index beside it.
    const dimensionRow = rowLabelled(sheet, '维度得分（0–100）') + 1
    expect(sheet.getCell(dimensionRow + 1, COL.dimension).value).toBe('可靠性')
    expect(sheet.getCell(dimensionRow + 1, COL.dimensionWeight).value).toBe(25)
    const reliability = sheet.getCell(dimensionRow + 1, COL.firstAudit)
    expect(formulaOf(reliability)).toMatch(/^IF\(SUMPRODUCT\(\$H\$15:\$H\$16\*\(J\d+:J\d+<>""\)\)=0,"",SUMPRODUCT\(\$H\$15:\$H\$16,J\d+:J\d+\)\/SUMPRODUCT/)
    expect(resultOf(reliability)).toBeCloseTo(90, 10)
    expect(resultOf(sheet.getCell(dimensionRow + 1, COL.firstAudit + 1))).toBeCloseTo(100, 10)
    const indexRow = rowLabelled(sheet, '加权满意度指数（0–100）')
    const index1 = sheet.getCell(indexRow, COL.firstAudit)
    const index2 = sheet.getCell(indexRow, COL.firstAudit + 1)
    expect(formulaOf(index1)).toMatch(/^IF\(SUMPRODUCT\(\$G\$\d+:\$G\$\d+\*\(J\d+:J\d+<>""\)\)=0,"",SUMPRODUCT\(\$G\$\d+:\$G\$\d+,J\d+:J\d+\)\/SUMPRODUCT/)
    expect(resultOf(index1)).toBeCloseTo(INDEX_1, 10)
    expect(resultOf(index2)).toBeCloseTo(INDEX_2, 10)
    expect((resultOf(index1) as number).toFixed(2)).toBe('76.30')
    expect((resultOf(index2) as number).toFixed(2)).toBe('78.80')
    expect(sheet.getCell(indexRow + 1, COL.firstAudit).value).toBeCloseTo(INDEX_1, 10)

    // Summary: formulas over the scorecard sheet, cached with the app's means.
    const summary = workbook.getWorksheet('汇总')!
    const storeRow = rowLabelled(summary, '旗舰店')
    expect(formulaOf(summary.getCell(storeRow, 2))).toContain("SUMPRODUCT(--('导购服务考核表'!$J$8:$K$8=\"旗舰店\")")
    expect(resultOf(summary.getCell(storeRow, 2))).toBeCloseTo(INDEX_1, 10)
    expect(resultOf(summary.getCell(storeRow, 3))).toBe(1)
    const cardRow = rowLabelled(summary, '导购服务考核表')
    expect(resultOf(summary.getCell(cardRow, 2))).toBeCloseTo((INDEX_1 + INDEX_2) / 2, 10)
    expect(rowLabelled(summary, '2025-04')).toBeGreaterThan(0)
  })

  it('has an audit-entry sheet that the audit importer reads back', async () => {
    const target = join(dir, 'scorecards.xlsx')
    await writeScorecardExport(target, model(), { format: 'xlsx' })
    const workbook = await loadWorkbook(target)
    const sheet = workbook.getWorksheet('检查录入')!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(headers).toEqual(['检查编号', '日期', '门店', '岗位', '检查人', '考核表', '指标', '得分', '备注'])
    expect(sheet.getCell(2, 8).dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否,不适用"'] })
    // An auditor fills in the block of one audit (yes/no as 是/否), and the file goes back in as is.
    for (let row = 2; row <= sheet.rowCount; row++) {
      const indicator = WORKED_INDICATORS.find((candidate) => candidate.name === sheet.getCell(row, 7).value)!
      const value = WORKED_VALUES[indicator.id]!
      sheet.getCell(row, 1).value = 'A-0100'
      sheet.getCell(row, 2).value = '2025-05-06'
      sheet.getCell(row, 3).value = '旗舰店'
      sheet.getCell(row, 5).value = '李明'
      sheet.getCell(row, 8).value = indicator.scale.kind === 'yesNo' ? (value === 1 ? '是' : '否') : value
    }
    const filled = join(dir, 'filled.xlsx')
    await workbook.xlsx.writeFile(filled)
    const result = await importAuditsFile(workingCopy, filled, { locale: 'zh-CN', skipBadRows: false })
    expect(result).toMatchObject({ imported: 1, replaced: 0, scores: 10, skipped: [] })
    const audit = AuditData.of(workingCopy).getAudit('A-0100')!
    expect(audit.audit).toMatchObject({ scorecardId: CARD_ID, date: '2025-05-06', store: '旗舰店', post: '导购', auditor: '李明' })
    expect(scoreAudit(doc.scorecards[CARD_ID]!, Object.values(doc.indicators), audit.scores).index).toBeCloseTo(INDEX_1, 10)
  })

  it('writes flat scorecards with flat formulas, and a sheet for a scorecard without indicators', async () => {
    addFlatAndEmptyCards()
    const target = join(dir, 'scorecards.xlsx')
    await writeScorecardExport(target, model(), { format: 'xlsx' })
    const workbook = await loadWorkbook(target)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['检查录入', '汇总', '导购服务考核表', '收银考核表', '空白考核表'])
    const sheet = workbook.getWorksheet('收银考核表')!
    expect(formulaOf(sheet.getCell(ROW.firstIndicator, COL.effective))).toBe('IF(SUM($H$13:$H$15)=0,0,H13/SUM($H$13:$H$15))')
    expect(resultOf(sheet.getCell(ROW.firstIndicator, COL.effective))).toBeCloseTo(0.5, 12)
    expect(sheet.getCell(ROW.firstIndicator, COL.dimensionWeight).value).toBeNull()
    const indexRow = rowLabelled(sheet, '加权满意度指数（0–100）')
    expect(formulaOf(sheet.getCell(indexRow, COL.firstAudit))).toMatch(/^IF\(SUMPRODUCT\(\$H\$13:\$H\$15\*\(J\d+:J\d+<>""\)\)=0,""/)
    expect(resultOf(sheet.getCell(indexRow, COL.firstAudit))).toBeCloseTo(81.25, 10)
    expect(resultOf(sheet.getCell(indexRow, COL.firstAudit + 1))).toBeCloseTo(48, 10)
    const empty = workbook.getWorksheet('空白考核表')!
    expect(empty.getCell(ROW.header, COL.indicator).value).toBe('指标')
    expect(empty.rowCount).toBe(ROW.header)
    const summary = workbook.getWorksheet('汇总')!
    expect(resultOf(summary.getCell(rowLabelled(summary, '收银考核表'), 2))).toBeCloseTo((81.25 + 48) / 2, 10)
    expect(summary.getCell(rowLabelled(summary, '空白考核表'), 3).value).toBe(0)
  })

  it('speaks English when asked', async () => {
    const target = join(dir, 'scorecards.xlsx')
    await writeScorecardExport(target, model('en'), { format: 'xlsx' })
    const workbook = await loadWorkbook(target)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Audit entry', 'Summary', '导购服务考核表'])
    expect(workbook.getWorksheet('导购服务考核表')!.getCell(ROW.header, COL.effective).value).toBe('Effective weight')
  })
})

describe('CSV', () => {
  it('is one long-format file: a row per audit × indicator, UTF-8 with BOM, CRLF', async () => {
    const target = join(dir, 'scorecards.csv')
    await writeScorecardExport(target, model(), { format: 'csv' })
    const bytes = readFileSync(target)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    const table = parseCsv(text.slice(1))
    expect(table.headers).toEqual([
      '考核表',
      '检查编号',
      '日期',
      '月份',
      '门店',
      '岗位',
      '检查人',
      '来源',
      '维度',
      '指标编号',
      '指标',
      '评分标准',
      '维度权重',
      '指标权重',
      '综合权重',
      '原始得分',
      '得分（0–100）',
      '本次检查指数（0–100）',
    ])
    expect(table.rows).toHaveLength(20)
    const find = (audit: string, indicator: string) => table.rows.find((row) => row[1] === audit && row[9] === indicator)!
    expect(find('A-0001', 'promises')).toEqual([
      '导购服务考核表',
      'A-0001',
      '2025-03-14',
      '2025-03',
      '旗舰店',
      '导购',
      '李明',
      '检查',
      '可靠性',
      'promises',
      '兑现承诺',
      '0–10',
      '25',
      '50',
      '0.125',
      '8',
      '80',
      '76.3',
    ])
    expect(find('A-0002', 'promises').slice(15)).toEqual(['', '', '78.8'])
    expect(find('A-0002', 'farewell')[7]).toBe('神秘顾客')
    expect(find('A-0001', 'farewell').slice(11, 17)).toEqual(['是/否（1/0）', '20', '50', '0.1', '0', '0'])
  })
})

describe.skipIf(!existsSync('/usr/bin/soffice') && !existsSync('/usr/lib/libreoffice/program/soffice'))('XLSX recalculated by LibreOffice', () => {
  it('computes 76.3 and 78.8 (and a flat scorecard’s 81.25 and 48) from the formulas alone (cached results removed)', async () => {
    addFlatAndEmptyCards()
    const target = join(dir, 'scorecards.xlsx')
    await writeScorecardExport(target, model('en'), { format: 'xlsx' })
    // Strip every cached result, so nothing but the formulas can produce the numbers.
    const workbook = await loadWorkbook(target)
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const formula = formulaOf(cell)
          if (formula) cell.value = { formula } as ExcelJS.CellFormulaValue
        }),
      ),
    )
    const stripped = join(dir, 'stripped.xlsx')
    await workbook.xlsx.writeFile(stripped)
    const out = join(dir, 'csv')
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, stripped],
      { stdio: 'pipe', timeout: 120_000 },
    )
    const sheetCsv = readdirSync(out).find((name) => name.includes('导购服务考核表'))
    expect(sheetCsv).toBeDefined()
    const lines = parseCsv(readFileSync(join(out, sheetCsv!), 'utf8')).rows
    const indexLine = lines.find((cells) => cells[0] === 'Weighted satisfaction index (0–100)')!
    expect(Number(indexLine[COL.firstAudit - 1])).toBeCloseTo(INDEX_1, 10)
    expect(Number(indexLine[COL.firstAudit])).toBeCloseTo(INDEX_2, 10)
    const promises = lines.find((cells) => cells[1] === '兑现承诺' && cells[COL.effective - 1] !== '')!
    expect(promises[COL.effective - 1]).toBe('12.5%')
    const summaryCsv = readdirSync(out).find((name) => name.includes('Summary'))!
    const summary = parseCsv(readFileSync(join(out, summaryCsv), 'utf8')).rows
    const store = summary.find((cells) => cells[0] === '旗舰店')!
    expect(Number(store[1])).toBeCloseTo(INDEX_1, 10)
    expect(store[2]).toBe('1')
    const card = summary.find((cells) => cells[0] === '导购服务考核表')!
    expect(Number(card[1])).toBeCloseTo((INDEX_1 + INDEX_2) / 2, 10)
    expect(card[2]).toBe('2')
    const flatCsv = readdirSync(out).find((name) => name.includes('收银考核表'))!
    const flatIndex = parseCsv(readFileSync(join(out, flatCsv), 'utf8')).rows.find((cells) => cells[0] === 'Weighted satisfaction index (0–100)')!
    expect(Number(flatIndex[COL.firstAudit - 1])).toBeCloseTo(81.25, 10)
    expect(Number(flatIndex[COL.firstAudit])).toBeCloseTo(48, 10)
    const flatStore = summary.find((cells) => cells[0] === '西城店')!
    expect(Number(flatStore[1])).toBeCloseTo((81.25 + 48) / 2, 10)
  }, 180_000)
})
