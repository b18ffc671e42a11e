/**
 * The printable exports: the HTML of the blank assessment form and the result report (escaping,
 * content), and real PDFs printed by the system's Chromium through playwright-core, checked with
 * poppler's pdfinfo/pdftotext.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportModelOf, scorecardPdfHtml, writeScorecardExport } from '../../../electron/services/export/scorecards'
import { chromiumCandidates, findChromium, playwrightHtmlToPdf } from '../../../electron/services/export/pdf/htmlToPdf'
import { WorkingCopy } from '../../../electron/services/document/workingCopy'
import { ServiceError } from '../../../electron/services/errors'
import { assessmentFormHtml, escapeHtml, scoreReportHtml } from '../../../shared/export/scorecardHtml'
import { WORKED_INDICATORS, insertData, workedCopy, workedJourney } from './fixture'

let dir: string
let workingCopy: WorkingCopy
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mot-scorecard-pdf-'))
})
afterEach(() => {
  workingCopy?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

const options = (locale: 'zh-CN' | 'en' = 'zh-CN') => ({ locale, sourceName: '门店旅程.journey', appVersion: '0.1.0', generatedAt: new Date('2025-05-01T08:00:00Z') })

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
}
const canPrint = chromiumCandidates().some((path) => existsSync(path)) && hasTool('pdftotext') && hasTool('pdfinfo')

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1])

describe('scorecard HTML', () => {
  it('escapes every text from the document: a <script> in a name comes out as text', () => {
    const evil = '<script>alert("x")</script>'
    const doc = workedJourney('en', {
      card: { name: `Card ${evil}`, post: '<b>post</b>' },
      indicators: WORKED_INDICATORS.map((indicator, index) => (index === 0 ? { ...indicator, name: evil, description: `"quoted" & <img src=x onerror=alert(1)>` } : indicator)),
    })
    workingCopy = WorkingCopy.create(join(dir, 'working.journey'))
    workingCopy.writeDocument(doc, 1)
    insertData(workingCopy.db, [{ id: `A-<script>`, scorecardId: 'card_worked', date: '2025-03-14', store: evil, post: '导购', auditor: evil, source: 'audit', comment: '' }], [])
    const model = exportModelOf(workingCopy, doc, options('en'))
    for (const html of [scorecardPdfHtml(model, 'form'), scorecardPdfHtml(model, 'report')]) {
      expect(html).not.toMatch(/<script/i)
      expect(html).not.toMatch(/<img/i)
      expect(html).not.toContain('<b>post')
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
      // The only markup is ours: a CSP that allows no script at all.
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
    }
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;')
  })

  it('lays out the form by dimension with a box per answer, and the report with charts', () => {
    ;({ workingCopy } = workedCopy(dir))
    const doc = workedJourney()
    const model = exportModelOf(workingCopy, doc, options())
    const form = scorecardPdfHtml(model, 'form')
    expect(form).toContain('<html lang="zh-CN">')
    expect(form).toContain('Noto Sans CJK SC')
    expect(form).toContain('Microsoft YaHei')
    expect(form).toContain('PingFang SC')
    expect(form.match(/<tr class="dimension">/g)).toHaveLength(5)
    expect(form).toContain('有形性 · 权重 15')
    // yes/no: 是, 否, 不适用; 1–5: five boxes and N/A; 0–10: eleven boxes and N/A.
    const row = (name: string) => form.split('\n').find((line) => line.includes(`<td>${name}</td>`))!
    expect(row('仪容仪表').match(/class="box"/g)).toHaveLength(3)
    expect(row('商品陈列').match(/class="box"/g)).toHaveLength(6)
    expect(row('兑现承诺').match(/class="box"/g)).toHaveLength(12)
    expect(row('兑现承诺')).toContain('12.50 %')
    expect(form).toContain('检查人签字')
    const report = scorecardPdfHtml(model, 'report')
    expect(report).toContain('77.55') // overall: mean of 76.30 and 78.80
    expect(report).toContain('76.30')
    expect(report).toContain('78.80')
    expect(report.match(/<svg /g)!.length).toBeGreaterThanOrEqual(4) // trend, dimension bars, IPA, SERVQUAL gaps
    expect(report).toContain('十字线位于所绘指标的平均值')
    expect(report).toContain('净推荐值（NPS）')
    expect(report).toContain('NPS 25（95% 误差 ±36.34），n = 20')
    expect(report).toContain('仅供参考：n = 20')
    expect(report).toContain('SERVQUAL 差距（感知 − 期望）')
  })

  it('builds a form and a report for a journey without scorecards', () => {
    const input = { locale: 'en' as const, journeyTitle: 'Empty', sourceName: 'e.journey', appVersion: '0.1.0', generatedAt: '2025-05-01T00:00:00Z', cards: [], report: emptyReport() }
    expect(assessmentFormHtml(input)).toContain('This journey has no scorecards.')
    expect(scoreReportHtml(input)).toContain('No audits have been recorded yet.')
  })
})

function emptyReport() {
  return { audits: {}, byPost: {}, byStore: {}, byMonth: {}, byAuditor: {}, byDimension: {}, byIndicator: {}, byTouchpoint: {}, trend: [], weightProblems: {}, nps: null, servqual: null }
}

describe('finding a browser', () => {
  it('says clearly when no Chromium, Chrome or Edge is found', () => {
    expect(() => findChromium(['/nowhere/chromium'], () => false)).toThrow(ServiceError)
    try {
      findChromium([], () => false)
    } catch (error) {
      expect((error as ServiceError).userMessage).toEqual({ key: 'scorecardExport.error.noChromium' })
    }
    expect(chromiumCandidates('linux', { CHROMIUM_PATH: '/opt/my/chrome' })[0]).toBe('/opt/my/chrome')
    expect(chromiumCandidates('darwin', {})).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
    expect(chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' }).some((path) => path.endsWith('msedge.exe'))).toBe(true)
  })
})

describe.skipIf(!canPrint)('PDF through the system Chromium', () => {
  it('prints the blank assessment form on A4 with the Chinese indicator names', async () => {
    ;({ workingCopy } = workedCopy(dir))
    const target = join(dir, '考核表.pdf')
    await writeScorecardExport(target, exportModelOf(workingCopy, workedJourney(), options()), { format: 'pdf', pdfKind: 'form', htmlToPdf: playwrightHtmlToPdf() })
    expect(pdfPages(target)).toBeGreaterThanOrEqual(1)
    expect(execFileSync('pdfinfo', [target], { encoding: 'utf8' })).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/)
    const text = pdfText(target)
    for (const indicator of WORKED_INDICATORS) expect(text).toContain(indicator.name)
    expect(text).toContain('满意度考核表')
    expect(text).toContain('检查人签字')
    expect(text).toMatch(/\b1 ?\/ ?1\b/) // page numbers in the footer: page 1 of 1
  }, 60_000)

  it('prints the result report with the index 76.30', async () => {
    ;({ workingCopy } = workedCopy(dir))
    const target = join(dir, 'report.pdf')
    await writeScorecardExport(target, exportModelOf(workingCopy, workedJourney(), options()), { format: 'pdf', pdfKind: 'report', htmlToPdf: playwrightHtmlToPdf() })
    expect(pdfPages(target)).toBeGreaterThanOrEqual(2)
    const text = pdfText(target)
    expect(text).toContain('76.30')
    expect(text).toContain('78.80')
    expect(text).toContain('77.55')
    expect(text).toContain('兑现承诺')
    expect(text).toContain('重要性-绩效分析')
    expect(text).toContain('净推荐值')
  }, 60_000)

  it('prints a <script> in a name as text, without running it', async () => {
    const html = assessmentFormHtml({
      locale: 'en',
      journeyTitle: 'x',
      sourceName: 'x.journey',
      appVersion: '0.1.0',
      generatedAt: '2025-05-01T00:00:00Z',
      report: emptyReport(),
      cards: [
        {
          scorecard: { id: 'c', name: '<script>document.title="pwned"</script>', post: '', weighting: 'flat', dimensionWeights: {}, description: '', sortKey: 'V' },
          indicators: [{ ...WORKED_INDICATORS[0]!, scorecardId: 'c', name: '<script>x</script>' }],
          effective: new Map([['appearance', 1]]),
          problems: [],
          audits: [],
        },
      ],
    })
    const target = join(dir, 'escaped.pdf')
    writeFileSync(target, await playwrightHtmlToPdf()(html))
    expect(pdfText(target)).toContain('<script>x</script>')
  }, 60_000)
})
