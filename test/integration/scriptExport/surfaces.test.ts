/**
 * The script exports and the lint through their doors: the API method `export.scripts` (as the
 * renderer calls it, with a file reference), `mot-studio export --scripts` and `mot-studio lint`.
 */
import { EMPTY_RECOVERY_STEPS } from '../../../shared/model/script'
import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiService } from '../../../electron/services/api'
import type { PdfPageOptions } from '../../../electron/services/export/pdf/htmlToPdf'
import { Workspace } from '../../../electron/services/workspace'
import { METHOD_NAMES } from '../../../shared/ipc/channels'
import { LINT_RULES } from '../../../shared/lint/engine'
import type { JourneyDocument } from '../../../shared/model/schema'
import { writeJourneyFile } from '../../helpers/journeyFiles'
import { EVIL_TITLE, scriptJourney } from '../../helpers/scriptJourney'
import { fakeHost } from '../../helpers/fakeHost'
import { cli } from '../cli/harness'
import { readDocx } from './parse'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mot-script-surfaces-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('export.scripts (API)', () => {
  let workspace: Workspace
  beforeEach(() => {
    workspace = new Workspace({ dataDir: join(dir, 'data'), appVersion: '9.9.9' })
  })
  afterEach(() => workspace.closeAll())

  it('is a method of the contract and its IPC channel list', () => {
    expect(METHOD_NAMES).toContain('export.scripts')
  })

  it('writes each format to the file the reference stands for, printing PDFs with the host’s printer', async () => {
    const printed: { html: string; options?: PdfPageOptions }[] = []
    const api = new ApiService(
      workspace,
      fakeHost(async (html, options) => {
        printed.push({ html, options })
        return new TextEncoder().encode('%PDF-1.4 fake')
      }),
    )
    const { docId } = workspace.create(scriptJourney())
    const call = (format: string, name: string, extra: Record<string, unknown> = {}) =>
      api.handle('export.scripts', { docId, ref: api.refFor(join(dir, name)), format, locale: 'zh-CN', ...extra }, null)

    for (const [format, name] of [
      ['sqlite', 'script.sqlite'],
      ['docx', 'script.docx'],
      ['pdf', 'script.pdf'],
      ['html', 'script.html'],
      ['markdown', 'script.md'],
      ['csv', 'script.csv'],
    ] as const) {
      expect(await call(format, name), format).toEqual({ ok: true, value: { fileName: name } })
      expect(existsSync(join(dir, name)), name).toBe(true)
    }
    expect(readFileSync(join(dir, 'script.pdf'), 'utf8')).toBe('%PDF-1.4 fake')
    expect(printed).toHaveLength(1)
    expect(printed[0]!.html).toContain('需求挖掘 &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(printed[0]!.options?.headerTemplate).toContain('版本：1.0')
    const db = new Database(join(dir, 'script.sqlite'), { readonly: true })
    try {
      expect(db.prepare('SELECT count(*) FROM touchpoint').pluck().get()).toBe(7)
      expect(db.prepare('SELECT source_file, app_version FROM journey').get()).toEqual({ source_file: expect.stringMatching(/\.journey$/), app_version: '9.9.9' })
    } finally {
      db.close()
    }

    expect(await call('docx', 'guide.docx', { role: '导购' })).toEqual({ ok: true, value: { fileName: 'guide.docx' } })
    const guide = await readDocx(join(dir, 'guide.docx'))
    expect(guide.paragraphs.filter((paragraph) => paragraph.style === 'Heading2')).toHaveLength(3)
    expect(await call('markdown', 'cards.md', { pocket: true })).toEqual({ ok: true, value: { fileName: 'cards.md' } })
    expect(readFileSync(join(dir, 'cards.md'), 'utf8').match(/^---$/gm)).toHaveLength(4)
  })

  it('exports the journey as it is now, unsaved edits included', async () => {
    const api = new ApiService(workspace, fakeHost())
    const doc = scriptJourney()
    const { docId } = workspace.create(doc)
    const changed: JourneyDocument = structuredClone(doc)
    changed.touchpoints.tp_pay!.title = '收银结账（已改）'
    const { revision } = workspace.reload(docId)
    const upserts = { stages: [], lanes: [], touchpoints: [changed.touchpoints.tp_pay!], edges: [], personas: [], scorecards: [], indicators: [], phrases: [], acceptedFindings: [] }
    const deletes = { stages: [], lanes: [], touchpoints: [], edges: [], personas: [], scorecards: [], indicators: [], phrases: [], acceptedFindings: [] }
    expect((await api.handle('doc.applyChanges', { docId, baseRevision: revision, changes: { upserts, deletes } }, null)).ok).toBe(true)
    expect(await api.handle('export.scripts', { docId, ref: api.refFor(join(dir, 'now.md')), format: 'markdown', locale: 'zh-CN' }, null)).toMatchObject({ ok: true })
    expect(readFileSync(join(dir, 'now.md'), 'utf8')).toContain('收银结账（已改）')
  })

  it('refuses a wrong extension, an unknown post, pocket cards of a table and a malformed request', async () => {
    const api = new ApiService(workspace, fakeHost())
    const { docId } = workspace.create(scriptJourney())
    const call = (request: Record<string, unknown>) => api.handle('export.scripts', { docId, locale: 'en', ...request }, null)
    expect(await call({ ref: api.refFor(join(dir, 'a.pdf')), format: 'docx' })).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: { key: 'scriptExport.error.wrongExtension', params: { extension: '.docx' } } },
    })
    expect(await call({ ref: api.refFor(join(dir, 'a.docx')), format: 'docx', role: '设计师' })).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: { key: 'scriptExport.error.noRole', params: { role: '设计师', roles: '导购, 店长, 收银员, 客服' } } },
    })
    expect(await call({ ref: api.refFor(join(dir, 'a.sqlite')), format: 'sqlite', pocket: true })).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: { key: 'scriptExport.error.pocketFormat' } },
    })
    expect(await call({ ref: api.refFor(join(dir, 'a.txt')), format: 'txt' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: { key: 'error.badRequest' } } })
    expect(existsSync(join(dir, 'a.docx'))).toBe(false)
  })
})

describe('mot-studio export --scripts', () => {
  beforeEach(async () => {
    await writeJourneyFile(join(dir, 'store.journey'), scriptJourney(), join(dir, 'data'))
  })

  it('writes the script in each format, and html, markdown or csv to standard output', async () => {
    for (const [format, name] of [
      ['sqlite', 'out.sqlite'],
      ['docx', 'out.docx'],
      ['html', 'out.html'],
      ['markdown', 'out.md'],
      ['md', 'out2.md'],
      ['csv', 'out.csv'],
    ] as const) {
      const run = await cli(dir, ['export', 'store.journey', '--scripts', '--format', format, '-o', name])
      expect(run, format).toMatchObject({ code: 0, stderr: '', outLines: [`Wrote ${name}.`] })
    }
    const markdown = await cli(dir, ['export', 'store.journey', '--scripts', '--format', 'markdown', '-o', '-', '--lang', 'zh-CN'])
    expect(markdown.code).toBe(0)
    expect(markdown.stdout.startsWith('# 客户体验流程脚本 1.0\n')).toBe(true)
    expect(markdown.stdout).toContain('### 6\\. 7 天回访电话')
    const csv = await cli(dir, ['export', 'store.journey', '--scripts', '--format', 'csv', '-o', '-'])
    expect(csv.stdout.startsWith('\uFEFFStage,No.,Touchpoint,Post,')).toBe(true)
    expect(csv.stdout).toContain(EVIL_TITLE)
  })

  it('extracts one post’s book and pocket cards', async () => {
    const run = await cli(dir, ['export', 'store.journey', '--scripts', '--format', 'sqlite', '--role', '店长', '-o', 'manager.sqlite'])
    expect(run.code).toBe(0)
    const db = new Database(join(dir, 'manager.sqlite'), { readonly: true })
    try {
      expect(db.prepare('SELECT role FROM journey').pluck().get()).toBe('店长')
      expect(db.prepare('SELECT title FROM touchpoint ORDER BY position').pluck().all()).toEqual(['等候区招待', '门店海报更新'])
    } finally {
      db.close()
    }
    const cards = await cli(dir, ['export', 'store.journey', '--scripts', '--pocket', '--format', 'md', '-o', '-'])
    expect(cards.stdout.match(/^---$/gm)).toHaveLength(4)
  })

  it('explains command-line mistakes (exit 2) and refusals (exit 1)', async () => {
    const usage = async (args: string[], message: string) => {
      const run = await cli(dir, args)
      expect(run, args.join(' ')).toMatchObject({ code: 2, stdout: '' })
      expect(run.stderr).toContain(message)
    }
    await usage(['export', 'store.journey', '--scripts', '-o', 'x.docx'], '"export --scripts" needs --format (supported: sqlite, docx, pdf, html, markdown, csv)')
    await usage(['export', 'store.journey', '--scripts', '--format', 'xlsx', '-o', 'x.xlsx'], 'unsupported script format "xlsx"')
    await usage(['export', 'store.journey', '--scripts', '--scorecards', '--format', 'csv', '-o', 'x.csv'], '--scripts and --scorecards cannot be combined')
    await usage(['export', 'store.journey', '--role', '导购', '-o', 'x.json'], '--role can only be used with "export --scripts"')
    await usage(['export', 'store.journey', '--pocket', '-o', 'x.json'], '--pocket can only be used with "export --scripts"')
    await usage(['export', 'store.journey', '--scripts', '--format', 'pdf', '-o', '-'], 'a pdf file cannot be written to standard output')
    await usage(['export', 'store.journey', '--scripts', '--format', 'csv', '--pocket', '-o', 'x.csv'], 'Pocket cards are printed')
    await usage(['export', 'store.journey', '--scripts', '--format', 'csv', '--role', ' ', '-o', 'x.csv'], '--role needs the name of a post')
    await usage(['lint', 'store.journey', '--pocket'], 'option --pocket cannot be used with "lint"')

    const wrongName = await cli(dir, ['export', 'store.journey', '--scripts', '--format', 'docx', '-o', 'x.pdf'])
    expect(wrongName).toMatchObject({ code: 1, errLines: ['mot-studio: x.pdf: This export needs a file name ending in .docx.'] })
    const noPost = await cli(dir, ['export', 'store.journey', '--scripts', '--format', 'docx', '--role', '设计师', '-o', 'x.docx', '--lang', 'zh-CN'])
    expect(noPost).toMatchObject({ code: 1, errLines: ['mot-studio: store.journey: 没有接触点属于岗位“设计师”。本旅程的岗位：导购、店长、收银员、客服。'] })
    expect(existsSync(join(dir, 'x.docx'))).toBe(false)
  })

  it('lists the script commands in the help', async () => {
    const help = await cli(dir, ['--help'])
    expect(help.stdout).toContain('mot-studio export <file.journey> --scripts --format sqlite|docx|pdf|html|markdown|csv [--role <post>] [--pocket] -o <out>')
    expect(help.stdout).toContain('mot-studio lint <file.journey> [--json] [--rules <rule,rule,…>]')
  })
})

describe('mot-studio lint', () => {
  beforeEach(async () => {
    // A risk with neither a recovery plan nor CLEAR steps, so risk-no-recovery has something to report.
    const doc = scriptJourney()
    doc.touchpoints.tp_quote = { ...doc.touchpoints.tp_quote!, recovery: '', recoverySteps: { ...EMPTY_RECOVERY_STEPS } }
    await writeJourneyFile(join(dir, 'store.journey'), doc, join(dir, 'data'))
  })

  it('prints one line per finding, the accepted ones apart with their reasons, and exits 0 without errors', async () => {
    const run = await cli(dir, ['lint', 'store.journey'])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.outLines).toEqual([
      'store.journey: Warning: "报价与成交" names a risk but no recovery plan (CLEAR). [risk-no-recovery]',
      'store.journey: Warning: The lowest point of the journey, "收银结账" (+1), sits right before the end. [lowest-before-end]',
      'store.journey: Warning: "门店海报更新" cannot be reached on any path from the start "进门迎宾": connect it. [unreachable]',
      'Accepted findings (1):',
      `store.journey: accepted Suggestion: No service standard of moment of truth "${EVIL_TITLE}" sets a time limit (e.g. "greet within 3 s", "call back within 24 h"). [mot-no-time-limit] (reason: 需求挖掘的时间因人而异)`,
      '0 error(s), 3 warning(s), 0 suggestion(s); 1 accepted',
    ])
  })

  it('speaks the user’s language', async () => {
    const run = await cli(dir, ['lint', 'store.journey'], { LANG: 'zh_CN.UTF-8' })
    expect(run.outLines[0]).toBe('store.journey：警告：“报价与成交”写了投诉/贬损风险点，但没有服务补救方案（CLEAR）。 [risk-no-recovery]')
    expect(run.outLines).toContain('已接受的问题（1 个）：')
    expect(run.outLines.at(-1)).toBe('错误 0 个，警告 3 个，建议 0 个；已接受 1 个')
  })

  it('runs only the rules asked for, and refuses unknown ones', async () => {
    const run = await cli(dir, ['lint', 'store.journey', '--rules', 'unreachable, risk-no-recovery'])
    expect(run.outLines.map((line) => /\[([a-z-]+)\]$/.exec(line)?.[1] ?? null)).toEqual(['risk-no-recovery', 'unreachable', null])
    const bad = await cli(dir, ['lint', 'store.journey', '--rules', 'no-such-rule'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(`unknown rule "no-such-rule" (rules: ${LINT_RULES.map((rule) => rule.id).join(', ')})`)
    const clean = await cli(dir, ['lint', 'store.journey', '--rules', 'no-role'])
    expect(clean).toMatchObject({ code: 0, outLines: ['store.journey: no findings'] })
  })

  it('prints the documented JSON with --json', async () => {
    const run = await cli(dir, ['lint', 'store.journey', '--json'])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(json.counts).toEqual({ error: 0, warning: 3, info: 0, accepted: 1 })
    expect(json.findings[0]).toEqual({
      ruleId: 'risk-no-recovery',
      severity: 'warning',
      key: 'risk-no-recovery:tp_quote',
      message: '"报价与成交" names a risk but no recovery plan (CLEAR).',
      messageKey: 'lint.risk-no-recovery',
      params: { title: '报价与成交' },
      touchpointId: 'tp_quote',
      stageId: null,
      dimension: null,
      lineIndex: null,
    })
    expect(json.accepted[0]).toMatchObject({ key: 'mot-no-time-limit:tp_needs', reason: '需求挖掘的时间因人而异', acceptedAt: '2025-05-01T08:00:00.000Z' })
  })

  it('exits 1 when a finding is an error', async () => {
    const doc = scriptJourney()
    doc.touchpoints.tp_note!.title = ''
    await writeJourneyFile(join(dir, 'broken.journey'), doc, join(dir, 'data2'))
    const run = await cli(dir, ['lint', 'broken.journey'])
    expect(run.code).toBe(1)
    expect(run.outLines[0]).toMatch(/^broken\.journey: Error: .+ \[integrity\]$/)
    const json = await cli(dir, ['lint', 'broken.journey', '--json'])
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout).counts.error).toBe(1)
  })

  it('fails cleanly on a file it cannot open', async () => {
    const run = await cli(dir, ['lint', 'missing.journey'])
    expect(run).toMatchObject({ code: 1, stdout: '' })
    expect(run.errLines).toHaveLength(1)
  })
})
