/**
 * The script exports as files (electron/services/export/scripts): each format written from the
 * document, then read back and compared with it — the DOCX unzipped (paragraph text, headings,
 * contents field, header and footer, East Asian fonts), the SQLite package queried, the HTML,
 * Markdown and CSV files read. Complete (every touchpoint in book order, every line, every
 * standard), faithful (phrase-linked lines read the library), escaped.
 */
import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../electron/services/errors'
import { exportScripts, type ScriptExportOptions } from '../../../electron/services/export/scripts'
import { SCRIPT_PACKAGE_FORMAT_VERSION } from '../../../electron/services/export/scripts/sqlitePackage'
import { standardText } from '../../../shared/scripts/labels'
import { buildScriptBook } from '../../../shared/scripts/scriptBook'
import type { JourneyDocument } from '../../../shared/model/schema'
import { bigJourney } from '../../helpers/bigJourney'
import { EVIL_TITLE, scriptJourney } from '../../helpers/scriptJourney'
import { readDocx } from './parse'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mot-script-export-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const OPTIONS = { locale: 'zh-CN', sourceName: '家电门店.journey', appVersion: '0.1.0', date: '2025-05-01', generatedAt: new Date('2025-05-01T08:00:00Z') } as const
const write = (doc: JourneyDocument, name: string, options: Partial<ScriptExportOptions> & Pick<ScriptExportOptions, 'format'>) =>
  exportScripts(doc, join(dir, name), { ...OPTIONS, ...options })

/** What the document says, as the book must show it: touchpoints in book order with their non-blank lines (library text) and standards. */
function expected(doc: JourneyDocument, role?: string) {
  return buildScriptBook(doc, { locale: 'zh-CN', date: '2025-05-01', role }).sections.flatMap((section) => section.touchpoints)
}

describe('DOCX', () => {
  it('holds a cover, a contents field filled in, and every touchpoint in order with all its lines and standards', async () => {
    const doc = scriptJourney()
    expect(await write(doc, 'script.docx', { format: 'docx' })).toEqual({ fileName: 'script.docx' })
    const docx = await readDocx(join(dir, 'script.docx'))
    const texts = docx.paragraphs.map((paragraph) => paragraph.text)
    // Cover.
    expect(texts.slice(0, 5)).toEqual(['家电门店客户体验', '客户体验流程脚本 1.0', '版本：1.0', '日期：2025-05-01', '岗位：全部岗位'])
    expect(docx.paragraphs[1]!.style).toBe('Title')
    // Contents: Word's TOC field over headings 1–2, already filled in (readable without updating fields).
    expect(docx.document).toContain('TOC \\h \\o &quot;1-2&quot;')
    const toc = docx.paragraphs.filter((paragraph) => paragraph.style?.startsWith('TOC'))
    expect(toc.map((paragraph) => paragraph.text.split('\t')[0])).toEqual([
      '1 咨询接待',
      '1. 进门迎宾  〔关键时刻 · 流程关键时刻〕',
      `2. ${EVIL_TITLE}  〔关键时刻 · 业务关键时刻〕`,
      '↳ 3. 等候区招待',
      '2 方案成交',
      '4. 报价与成交  〔关键时刻 · 业务关键时刻〕  〔峰值体验〕',
      '5. 收银结账',
      '3 回访',
      '6. 7 天回访电话  〔关键时刻 · 流程关键时刻〕  〔终点体验〕',
      '7. 门店海报更新',
      '4 复购',
    ])
    // Body: stages as heading 1, touchpoints as heading 2, in book order.
    expect(docx.paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text)).toEqual(['1 咨询接待', '2 方案成交', '3 回访', '4 复购'])
    const headings = docx.paragraphs.filter((paragraph) => paragraph.style === 'Heading2').map((paragraph) => paragraph.text)
    const touchpoints = expected(doc)
    expect(headings.map((heading) => heading.split('  〔')[0])).toEqual(touchpoints.map((touchpoint) => `${touchpoint.placement === 'branch' ? '↳ ' : ''}${touchpoint.number}. ${touchpoint.title}`))
    // Each touchpoint's standards and lines, in order, under its heading.
    const bodyStart = texts.findIndex((text, index) => docx.paragraphs[index]!.style === 'Heading1')
    touchpoints.forEach((touchpoint, index) => {
      const from = texts.findIndex((text, at) => at > bodyStart && docx.paragraphs[at]!.style === 'Heading2' && text.startsWith(`${touchpoint.placement === 'branch' ? '↳ ' : ''}${touchpoint.number}. `))
      const next = texts.findIndex((text, at) => at > from && (docx.paragraphs[at]!.style === 'Heading2' || docx.paragraphs[at]!.style === 'Heading1'))
      const section = texts.slice(from, next === -1 ? undefined : next)
      expect(section.filter((text) => /^\d+\.\t/.test(text)).length, touchpoint.title).toBe(touchpoint.standards.length + touchpoint.lines.length + touchpoint.recoverySteps.length)
      let at = 0
      for (const wanted of [...touchpoint.standards.map((standard) => standardText('zh-CN', standard)), ...touchpoint.lines.map((line) => line.text)]) {
        const found = section.findIndex((text, position) => position >= at && text.includes(wanted))
        expect(found, `${index}: ${wanted}`).toBeGreaterThanOrEqual(at)
        at = found + 1
      }
    })
    expect(texts).toContain('1.\t员工：您好，欢迎光临！')
    expect(texts).toContain('2.\t员工：今天想看看哪一类产品？我可以为您介绍。（语气：热情、不急促）')
    expect(texts).toContain('○\t面对犹豫型的顾客：您先慢慢看，有需要随时叫我。')
    expect(texts).toContain('4.\t员工：好的，这是我们的新品手册，\n您可以边看边了解。')
    expect(texts).toContain('1.\t控制情绪：先稳定自己的情绪')
    expect(texts).toContain('✗\t不买就别看')
    expect(texts).toContain('✗\t这是规定')
    expect(texts.join('\n')).not.toContain('旧的问候语')
  })

  it('escapes the text: a <script> in a card title is text in document.xml', async () => {
    await write(scriptJourney(), 'script.docx', { format: 'docx' })
    const { document } = await readDocx(join(dir, 'script.docx'))
    expect(document).not.toMatch(/<script/i)
    expect(document).toContain('需求挖掘 &lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('repeats the version label, date and page numbers in the header and footer, and asks for an East Asian font', async () => {
    await write(scriptJourney(), 'script.docx', { format: 'docx' })
    const docx = await readDocx(join(dir, 'script.docx'))
    expect(docx.document).toMatch(/<w:headerReference w:type="default"/)
    expect(docx.document).toMatch(/<w:footerReference w:type="default"/)
    expect(docx.headers.map((xml) => paragraphsText(xml))).toContain('家电门店客户体验 · 客户体验流程脚本 1.0\t版本：1.0 · 日期：2025-05-01')
    const footer = docx.footers.join('')
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/)
    expect(paragraphsText(footer)).toBe('第  页，共  页') // the numbers are fields
    expect(docx.styles).toContain('w:eastAsia="Microsoft YaHei"')
    expect(docx.styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/)
    expect(docx.document).toContain('<w:pgSz w:w="11906" w:h="16838"')
  })

  it('writes one page per moment of truth as pocket cards, and one post’s book', async () => {
    await write(scriptJourney(), 'cards.docx', { format: 'docx', pocket: true })
    const cards = await readDocx(join(dir, 'cards.docx'))
    expect(cards.paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text.split('  〔')[0])).toEqual([
      '1. 进门迎宾',
      `2. ${EVIL_TITLE}`,
      '4. 报价与成交',
      '6. 7 天回访电话',
    ])
    expect(cards.document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(3)
    expect(cards.paragraphs[0]!.text).toBe('关键时刻 1/4 · 阶段：咨询接待')

    await write(scriptJourney(), 'guide.docx', { format: 'docx', role: '导购' })
    const guide = await readDocx(join(dir, 'guide.docx'))
    expect(guide.paragraphs.filter((paragraph) => paragraph.style === 'Heading2').map((paragraph) => paragraph.text.split('  〔')[0])).toEqual(['1. 进门迎宾', `2. ${EVIL_TITLE}`, '3. 报价与成交'])
    expect(guide.paragraphs.map((paragraph) => paragraph.text)).toContain('岗位：导购')
    expect(guide.paragraphs.map((paragraph) => paragraph.text)).toContain('3.\t顾客（提示）：我就随便看看。')
  })
})

function paragraphsText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((match) => (match[0] === '<w:tab/>' ? '\t' : match[1])).join('')
}

describe('SQLite script package', () => {
  const open = (name: string) => new Database(join(dir, name), { readonly: true, fileMustExist: true })

  it('holds the journey in plain tables, in order, as the document says', async () => {
    const doc = scriptJourney()
    await write(doc, 'script.sqlite', { format: 'sqlite' })
    expect(readdirSync(dir)).toEqual(['script.sqlite'])
    const db = open('script.sqlite')
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual([
        'alternative', 'journey', 'phrase_to_avoid', 'recovery_step', 'script_line', 'stage', 'standard', 'touchpoint',
      ])
      expect(db.prepare('SELECT * FROM journey').get()).toEqual({
        format_version: SCRIPT_PACKAGE_FORMAT_VERSION,
        title: '家电门店客户体验',
        description: '从进店咨询到成交、回访的完整体验。',
        version_label: '1.0',
        locale: 'zh-CN',
        book_title: '客户体验流程脚本 1.0',
        role: null,
        date: '2025-05-01',
        generated_at: '2025-05-01T08:00:00.000Z',
        app_version: '0.1.0',
        source_file: '家电门店.journey',
      })
      expect(db.prepare('SELECT id, position, name FROM stage ORDER BY position').all()).toEqual([
        { id: 'st_consult', position: 1, name: '咨询接待' },
        { id: 'st_deal', position: 2, name: '方案成交' },
        { id: 'st_follow', position: 3, name: '回访' },
        { id: 'st_repurchase', position: 4, name: '复购' },
      ])
      const rows = db.prepare('SELECT id, position, stage_id, position_in_stage, placement, main_path_step, branch_from_id, branch_label, is_mot, mot_family, is_peak, is_end, servqual, lane_kind FROM touchpoint ORDER BY position').all()
      expect(rows).toEqual([
        { id: 'tp_greet', position: 1, stage_id: 'st_consult', position_in_stage: 1, placement: 'main', main_path_step: 1, branch_from_id: null, branch_label: null, is_mot: 1, mot_family: 'process', is_peak: 0, is_end: 0, servqual: 'empathy,tangibles', lane_kind: 'frontstage' },
        { id: 'tp_needs', position: 2, stage_id: 'st_consult', position_in_stage: 2, placement: 'main', main_path_step: 2, branch_from_id: null, branch_label: null, is_mot: 1, mot_family: 'business', is_peak: 0, is_end: 0, servqual: 'assurance', lane_kind: 'frontstage' },
        { id: 'tp_wait', position: 3, stage_id: 'st_consult', position_in_stage: 3, placement: 'branch', main_path_step: null, branch_from_id: 'tp_needs', branch_label: '顾客需要等待', is_mot: 0, mot_family: null, is_peak: 0, is_end: 0, servqual: '', lane_kind: 'frontstage' },
        { id: 'tp_quote', position: 4, stage_id: 'st_deal', position_in_stage: 1, placement: 'main', main_path_step: 3, branch_from_id: null, branch_label: null, is_mot: 1, mot_family: 'business', is_peak: 1, is_end: 0, servqual: 'reliability', lane_kind: 'frontstage' },
        { id: 'tp_pay', position: 5, stage_id: 'st_deal', position_in_stage: 2, placement: 'main', main_path_step: 4, branch_from_id: null, branch_label: null, is_mot: 0, mot_family: null, is_peak: 0, is_end: 0, servqual: '', lane_kind: 'frontstage' },
        { id: 'tp_call', position: 6, stage_id: 'st_follow', position_in_stage: 1, placement: 'main', main_path_step: 5, branch_from_id: null, branch_label: null, is_mot: 1, mot_family: 'process', is_peak: 0, is_end: 1, servqual: 'empathy,responsiveness', lane_kind: 'frontstage' },
        { id: 'tp_note', position: 7, stage_id: 'st_follow', position_in_stage: 2, placement: 'off_path', main_path_step: null, branch_from_id: null, branch_label: null, is_mot: 0, mot_family: null, is_peak: 0, is_end: 0, servqual: '', lane_kind: 'backstage' },
      ])
      // Every line and standard of the document, in order (lines from the library read the library's text).
      for (const touchpoint of Object.values(doc.touchpoints)) {
        const lines = db.prepare('SELECT speaker, text, tone, phrase_id FROM script_line WHERE touchpoint_id = ? ORDER BY position').all(touchpoint.id)
        expect(lines, touchpoint.id).toEqual(
          touchpoint.scriptLines.map((line) => ({
            speaker: line.speaker === 'customer' || line.text.startsWith('顾客：') ? 'customer' : 'staff',
            text: line.phraseId ? doc.phrases[line.phraseId]!.text : line.text,
            tone: line.tone,
            phrase_id: line.phraseId,
          })),
        )
        expect(db.prepare('SELECT text, time_limit AS timeLimit FROM standard WHERE touchpoint_id = ? ORDER BY position').all(touchpoint.id)).toEqual(touchpoint.standards)
        expect(db.prepare('SELECT text FROM phrase_to_avoid WHERE touchpoint_id = ? ORDER BY position').pluck().all(touchpoint.id)).toEqual(touchpoint.phrasesToAvoid)
      }
      expect(db.prepare('SELECT touchpoint_id, line_position, position, customer_type, text FROM alternative ORDER BY touchpoint_id, line_position, position').all()).toEqual([
        { touchpoint_id: 'tp_greet', line_position: 2, position: 1, customer_type: '犹豫型', text: '您先慢慢看，有需要随时叫我。' },
        { touchpoint_id: 'tp_greet', line_position: 2, position: 2, customer_type: '果断型', text: '您直接告诉我需求，我马上带您看。' },
      ])
      expect(db.prepare('SELECT text FROM phrase_to_avoid WHERE touchpoint_id IS NULL ORDER BY position').pluck().all()).toEqual(['这是规定'])
      expect(db.prepare("SELECT position, step, step_name, text FROM recovery_step WHERE touchpoint_id = 'tp_greet' ORDER BY position").all()).toEqual([
        { position: 1, step: 'control', step_name: '控制情绪', text: '先稳定自己的情绪' },
        { position: 2, step: 'listen', step_name: '聆听诉说', text: '让顾客把话说完' },
        { position: 3, step: 'apologise', step_name: '表达歉意', text: '为让您久等表示歉意' },
        { position: 4, step: 'resolve', step_name: '提出方案', text: '立即安排专人接待' },
      ])
      expect(db.prepare("SELECT delight, risk, recovery, expectation, notes FROM touchpoint WHERE id = 'tp_greet'").get()).toEqual({
        delight: '叫出老顾客的姓氏',
        risk: '店员忙于整理货架，无人理会顾客',
        recovery: '任何店员看到等候的顾客都先问好',
        expectation: '被注意到、被欢迎',
        notes: '',
      })
      expect(db.prepare("SELECT title FROM touchpoint WHERE id = 'tp_needs'").pluck().get()).toBe(EVIL_TITLE)
      // The convenience view reads the whole script in order.
      const script = db.prepare('SELECT touchpoint, line_position, speaker, text FROM script').all() as { touchpoint: string }[]
      expect(script).toHaveLength(12)
      expect([...new Set(script.map((row) => row.touchpoint))]).toEqual(['进门迎宾', EVIL_TITLE, '等候区招待', '报价与成交', '收银结账', '7 天回访电话'])
    } finally {
      db.close()
    }
  })

  it('records the post of one post’s package and keeps only its touchpoints', async () => {
    await write(scriptJourney(), 'guide.sqlite', { format: 'sqlite', role: ' 导购 ' })
    const db = open('guide.sqlite')
    try {
      expect(db.prepare('SELECT role FROM journey').pluck().get()).toBe('导购')
      expect(db.prepare('SELECT id FROM touchpoint ORDER BY position').pluck().all()).toEqual(['tp_greet', 'tp_needs', 'tp_quote'])
      expect(db.prepare('SELECT name FROM stage ORDER BY position').pluck().all()).toEqual(['咨询接待', '方案成交'])
      expect(db.pragma('foreign_key_check')).toEqual([])
    } finally {
      db.close()
    }
  })

  it('replaces an existing file whole and leaves no temp file behind', async () => {
    await write(bigJourney(50), 'script.sqlite', { format: 'sqlite' })
    await write(scriptJourney(), 'script.sqlite', { format: 'sqlite' })
    expect(readdirSync(dir)).toEqual(['script.sqlite'])
    const db = open('script.sqlite')
    try {
      expect(db.prepare('SELECT count(*) FROM touchpoint').pluck().get()).toBe(7)
    } finally {
      db.close()
    }
  })
})

describe('HTML, Markdown and CSV files', () => {
  it('writes each as UTF-8 text, escaped', async () => {
    const doc = scriptJourney()
    await write(doc, 'script.html', { format: 'html' })
    await write(doc, 'script.md', { format: 'markdown' })
    await write(doc, 'script.csv', { format: 'csv' })
    await write(doc, 'cards.html', { format: 'html', pocket: true })
    const html = readFileSync(join(dir, 'script.html'), 'utf8')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('需求挖掘 &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(readFileSync(join(dir, 'script.md'), 'utf8')).toContain('需求挖掘 \\<script\\>alert(1)\\</script\\>')
    const csv = readFileSync(join(dir, 'script.csv'))
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.toString('utf8')).toContain(EVIL_TITLE)
    expect(readFileSync(join(dir, 'cards.html'), 'utf8').match(/<section class="card">/g)).toHaveLength(4)
  })
})

describe('refusals', () => {
  const refusal = async (action: Promise<unknown>) => {
    const error = await action.then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ServiceError)
    return (error as ServiceError).userMessage
  }

  it('refuses a name that does not fit the format, an unknown post, pocket cards of a table, and pocket cards without MOTs', async () => {
    expect(await refusal(write(scriptJourney(), 'script.txt', { format: 'docx' }))).toEqual({ key: 'scriptExport.error.wrongExtension', params: { extension: '.docx' } })
    expect(await refusal(write(scriptJourney(), 'x.sqlite', { format: 'sqlite', role: '设计师' }))).toEqual({
      key: 'scriptExport.error.noRole',
      params: { role: '设计师', roles: '导购、店长、收银员、客服' },
    })
    expect(await refusal(write(scriptJourney(), 'x.csv', { format: 'csv', pocket: true }))).toEqual({ key: 'scriptExport.error.pocketFormat' })
    expect(await refusal(write(scriptJourney(), 'x.md', { format: 'markdown', pocket: true, role: '收银员' }))).toEqual({ key: 'scriptExport.error.noMots' })
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })
})
