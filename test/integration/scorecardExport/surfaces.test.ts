/**
 * The scorecard exports through their two doors: the API method `export.scorecards` (as the
 * renderer calls it, with a file reference) and `mot-studio export --scorecards`.
 */
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiService } from '../../../electron/services/api'
import { chromiumCandidates } from '../../../electron/services/export/pdf/htmlToPdf'
import { AuditData } from '../../../electron/services/scoring/auditData'
import { Workspace } from '../../../electron/services/workspace'
import { fakeHost } from '../../helpers/fakeHost'
import { cli } from '../cli/harness'
import { AUDITS, INDEX_1, INDEX_2, SCORES, workedFile, workedJourney } from './fixture'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mot-scorecard-surfaces-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('export.scorecards (API)', () => {
  let workspace: Workspace
  beforeEach(() => {
    workspace = new Workspace({ dataDir: join(dir, 'data'), appVersion: '9.9.9' })
  })
  afterEach(() => workspace.closeAll())

  /** An open journey holding the worked example, its audits saved through the shared data API. */
  function openWorked() {
    const { docId } = workspace.create(workedJourney())
    const data = AuditData.of(workspace.workingCopyOf(docId))
    for (const audit of AUDITS) data.saveAudit(audit, SCORES.filter((score) => score.auditId === audit.id))
    return docId
  }

  it('writes each format to the file the reference stands for', async () => {
    const printed: string[] = []
    const api = new ApiService(workspace, fakeHost(async (html) => {
      printed.push(html)
      return new TextEncoder().encode('%PDF-1.4 fake')
    }))
    const docId = openWorked()
    const call = (format: string, name: string, pdfKind?: string) =>
      api.handle('export.scorecards', { docId, ref: api.refFor(join(dir, name)), format, locale: 'zh-CN', ...(pdfKind ? { pdfKind } : {}) }, null)

    expect(await call('sqlite', 'scores.sqlite')).toEqual({ ok: true, value: { fileName: 'scores.sqlite' } })
    const db = new Database(join(dir, 'scores.sqlite'), { readonly: true })
    const indices = db.prepare('SELECT index_0_100 FROM audit ORDER BY id').pluck().all() as number[]
    expect(db.prepare('SELECT app_version, source_file FROM about').get()).toEqual({ app_version: '9.9.9', source_file: '门店服务旅程.journey' })
    db.close()
    expect(indices[0]).toBeCloseTo(INDEX_1, 10)
    expect(indices[1]).toBeCloseTo(INDEX_2, 10)

    expect((await call('xlsx', 'scores.xlsx')).ok).toBe(true)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, 'scores.xlsx'))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['检查录入', '汇总', '导购服务考核表'])

    expect((await call('csv', 'scores.csv')).ok).toBe(true)
    expect(readFileSync(join(dir, 'scores.csv'), 'utf8')).toContain('兑现承诺')

    expect(await call('pdf', 'form.pdf', 'form')).toEqual({ ok: true, value: { fileName: 'form.pdf' } })
    expect(await call('pdf', 'report.pdf')).toEqual({ ok: true, value: { fileName: 'report.pdf' } })
    expect(printed).toHaveLength(2)
    expect(printed[0]).toContain('满意度考核表 — 导购服务考核表') // the form
    expect(printed[1]).toContain('76.30') // the report (the default kind)
    expect(readFileSync(join(dir, 'report.pdf'), 'utf8')).toBe('%PDF-1.4 fake')
  })

  it('refuses a file name that does not fit the format, an unknown reference and a bad request', async () => {
    const api = new ApiService(workspace, fakeHost())
    const docId = openWorked()
    const wrong = await api.handle('export.scorecards', { docId, ref: api.refFor(join(dir, 'scores.csv')), format: 'xlsx', locale: 'en' }, null)
    expect(wrong).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: { key: 'scorecardExport.error.wrongExtension', params: { extension: '.xlsx' } } } })
    expect(existsSync(join(dir, 'scores.csv'))).toBe(false)
    const unknown = await api.handle('export.scorecards', { docId, ref: 'file_nope', format: 'csv', locale: 'en' }, null)
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND')
    const bad = await api.handle('export.scorecards', { docId, ref: api.refFor(join(dir, 'x.pdf')), format: 'docx', locale: 'en' }, null)
    expect(bad.ok ? null : bad.error.code).toBe('BAD_REQUEST')
  })

  // Only where no browser is installed (elsewhere `findChromium` is tested with a stand-in file system).
  it.skipIf(chromiumCandidates(process.platform, {}).some((path) => existsSync(path)))('says clearly when no browser is there to print the PDF', async () => {
    const api = new ApiService(workspace, fakeHost())
    const docId = openWorked()
    const saved = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = join(dir, 'no-such-browser')
    try {
      const result = await api.handle('export.scorecards', { docId, ref: api.refFor(join(dir, 'r.pdf')), format: 'pdf', locale: 'en' }, null)
      expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: { key: 'scorecardExport.error.noChromium' } } })
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = saved
    }
  })
})

const canPrint = chromiumCandidates().some((path) => existsSync(path)) && (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
})()

describe('mot-studio export --scorecards', () => {
  it('writes the package, the workbook and the CSV, and leaves the journey as it was', async () => {
    const file = await workedFile(dir)
    const before = readFileSync(file)
    const sqlite = await cli(dir, ['export', file, '--scorecards', '--format', 'sqlite', '-o', 'out.sqlite'])
    expect(sqlite).toMatchObject({ code: 0, stderr: '', outLines: ['Wrote out.sqlite.'] })
    const db = new Database(join(dir, 'out.sqlite'), { readonly: true })
    const index = db.prepare("SELECT index_0_100 FROM audit WHERE id = 'A-0001'").pluck().get() as number
    expect(db.prepare('SELECT source_file FROM about').pluck().get()).toBe('门店旅程.journey')
    db.close()
    expect(index).toBeCloseTo(INDEX_1, 10)

    expect((await cli(dir, ['export', file, '--scorecards', '--format', 'xlsx', '-o', 'out.xlsx'])).code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, 'out.xlsx'))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Audit entry', 'Summary', '导购服务考核表'])

    const zh = await cli(dir, ['export', file, '--scorecards', '--format', 'csv', '-o', 'out.csv', '--lang', 'zh-CN'])
    expect(zh).toMatchObject({ code: 0, outLines: ['已写入 out.csv。'] })
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').split('\r\n')[0]).toMatch(/^\uFEFF考核表,检查编号,/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it.skipIf(!canPrint)('prints the form and the report', async () => {
    const file = await workedFile(dir)
    expect((await cli(dir, ['export', file, '--scorecards', '--format', 'pdf', '--pdf', 'form', '-o', 'form.pdf', '--lang', 'zh-CN'])).code).toBe(0)
    expect(execFileSync('pdftotext', [join(dir, 'form.pdf'), '-'], { encoding: 'utf8' })).toContain('兑现承诺')
    expect((await cli(dir, ['export', file, '--scorecards', '--format', 'pdf', '-o', 'report.pdf'])).code).toBe(0)
    expect(execFileSync('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' })).toContain('76.30')
  }, 60_000)

  it('refuses unclear command lines with exit code 2', async () => {
    const file = await workedFile(dir)
    const usage = async (args: string[]) => {
      const run = await cli(dir, ['export', file, ...args])
      expect(run.code).toBe(2)
      return run.errLines[0]
    }
    expect(await usage(['--scorecards', '-o', 'x'])).toContain('--scorecards needs --format sqlite, xlsx, csv, pdf')
    expect(await usage(['--scorecards', '--format', 'json', '-o', 'x'])).toContain('unknown scorecard export format "json"')
    expect(await usage(['--format', 'xlsx', '-o', 'x.xlsx'])).toContain('unsupported format "xlsx" (supported: json)')
    expect(await usage(['--scorecards', '--format', 'csv', '--pdf', 'form', '-o', 'x.csv'])).toContain('--pdf only applies to --format pdf')
    expect(await usage(['--scorecards', '--format', 'pdf', '--pdf', 'poster', '-o', 'x.pdf'])).toContain('--pdf must be "form" or "report", not "poster"')
    expect(await usage(['--scorecards', '--format', 'csv', '-o', '-'])).toContain('give -o <file>, not -o -')
    expect(await usage(['--scorecards', '--format', 'csv'])).toBeDefined()
    expect(await usage(['--pdf', 'form', '-o', 'x.json'])).toContain('--pdf only applies to --format pdf')
    const help = await cli(dir, ['--help'])
    expect(help.stdout).toContain('mot-studio export <file.journey> --scorecards --format sqlite|xlsx|csv|pdf [--pdf form|report] -o <out>')
  })

  it('reports a journey it cannot open on one line, exit code 1', async () => {
    const run = await cli(dir, ['export', 'missing.journey', '--scorecards', '--format', 'csv', '-o', 'x.csv'])
    expect(run.code).toBe(1)
    expect(run.errLines).toHaveLength(1)
    expect(run.errLines[0]).toMatch(/^mot-studio: missing\.journey: /)
    expect(existsSync(join(dir, 'x.csv'))).toBe(false)
  })
})
