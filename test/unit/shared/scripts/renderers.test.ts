/**
 * The pure script renderers (Markdown, HTML, CSV): complete and faithful (every touchpoint in
 * book order, every line, every standard), escaped (a `<script>` in a card title comes out as
 * text), and laid out for print (cover, contents, running header and footer).
 */
import { describe, expect, it } from 'vitest'
import { csvField, csvSafe, scriptBookCsv } from '../../../../shared/scripts/csv'
import { cssString, escapeHtml, pdfFooterTemplate, pdfHeaderTemplate, pocketCardsHtml, scriptBookHtml } from '../../../../shared/scripts/html'
import { escapeMarkdown, pocketCardsMarkdown, scriptBookMarkdown } from '../../../../shared/scripts/markdown'
import { buildScriptBook, pocketCardsOf, type ScriptBook } from '../../../../shared/scripts/scriptBook'
import { standardText } from '../../../../shared/scripts/labels'
import { EVIL_TITLE, scriptJourney } from '../../../helpers/scriptJourney'

const book = (role?: string, locale: 'zh-CN' | 'en' = 'zh-CN') => buildScriptBook(scriptJourney(), { locale, date: '2025-05-01', role })
const touchpointsOf = (value: ScriptBook) => value.sections.flatMap((section) => section.touchpoints)

/** Positions of `needles` in `haystack`, asserting each is found after the previous one. */
function expectInOrder(haystack: string, needles: string[]): void {
  let from = 0
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from)
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0)
    from = at + needle.length
  }
}

/** The visible text of our HTML: tags dropped, entities decoded. */
const htmlText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

describe('HTML', () => {
  it('escapes every text from the document: a <script> in a card title comes out as text', () => {
    const doc = scriptJourney()
    doc.meta.title = `门店 "x" & <b>y</b>`
    doc.meta.versionLabel = '1.0 </style><script>alert(2)</script>'
    doc.touchpoints.tp_greet!.scriptLines[1]!.text = '<img src=x onerror=alert(3)>'
    doc.touchpoints.tp_greet!.id = 'tp_greet'
    const value = buildScriptBook(doc, { locale: 'zh-CN', date: '2025-05-01' })
    for (const html of [scriptBookHtml(value, { target: 'file' }), scriptBookHtml(value, { target: 'pdf' }), pocketCardsHtml(pocketCardsOf(value), { target: 'file' })]) {
      expect(html).not.toMatch(/<script/i)
      expect(html).not.toMatch(/<img/i)
      expect(html).not.toContain('<b>y')
      expect(html).toContain('需求挖掘 &lt;script&gt;alert(1)&lt;/script&gt;')
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
      expect(html.match(/<\/style>/g)).toHaveLength(1)
    }
    expect(htmlText(scriptBookHtml(value, { target: 'pdf' }))).toContain(EVIL_TITLE)
    for (const template of [pdfHeaderTemplate(value), pdfFooterTemplate('zh-CN')]) {
      expect(template).not.toMatch(/<script/i)
      expect(template).not.toContain('<b>')
    }
    expect(pdfHeaderTemplate(value)).toContain('门店 &quot;x&quot; &amp; &lt;b&gt;y&lt;/b&gt;')
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;')
    expect(cssString('a"b\\c\n</style>')).toBe('"a\\"b\\\\c\\A \\3C /style\\3E "')
  })

  it('holds a cover, a contents page and every touchpoint in book order with all its lines and standards', () => {
    const value = book()
    const html = scriptBookHtml(value, { target: 'file' })
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('<section class="cover">')
    expect(html).toContain('<section class="contents">')
    expect(html).toContain('Noto Sans CJK SC')
    expect(html).toContain('Microsoft YaHei')
    const text = htmlText(html)
    const body = text.slice(text.indexOf('这是规定'))
    expectInOrder(body, touchpointsOf(value).map((touchpoint) => `${touchpoint.number}. ${touchpoint.title}`))
    for (const touchpoint of touchpointsOf(value)) {
      expectInOrder(text.slice(text.indexOf(`${touchpoint.number}. ${touchpoint.title}`, text.indexOf('这是规定'))), [
        ...touchpoint.standards.map((standard) => standardText('zh-CN', standard)),
        ...touchpoint.lines.map((line) => line.text),
      ])
    }
    // Branches are indented under the touchpoint they leave; the phrase library's text is used.
    expect(html).toMatch(/<article class="touchpoint branch" id="tp-3" data-touchpoint-id="tp_wait">/)
    expect(text).toContain('备选路径：从“需求挖掘 <script>alert(1)</script>”分出（顾客需要等待）')
    expect(text).toContain('您好，欢迎光临！')
    expect(text).not.toContain('旧的问候语')
    expect(text).toContain('本阶段没有接触点。')
    // The contents link to the touchpoints.
    expect(html).toContain('<a href="#tp-7">7. 门店海报更新</a>')
  })

  it('prints the running header and footer as page-margin boxes in the file, as Chromium templates for the PDF', () => {
    const value = book()
    const file = scriptBookHtml(value, { target: 'file' })
    expect(file).toContain('@top-left { content: "家电门店客户体验 · 客户体验流程脚本 1.0";')
    expect(file).toContain('@top-right { content: "版本：1.0 · 日期：2025-05-01";')
    expect(file).toContain('@bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页";')
    const pdf = scriptBookHtml(value, { target: 'pdf' })
    expect(pdf).not.toContain('@top-left')
    expect(pdfHeaderTemplate(value)).toContain('家电门店客户体验 · 客户体验流程脚本 1.0')
    expect(pdfHeaderTemplate(value)).toContain('版本：1.0 · 日期：2025-05-01')
    expect(pdfFooterTemplate('zh-CN')).toContain('第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页')
    expect(pdfFooterTemplate('en')).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>')
  })

  it('makes one page per pocket card', () => {
    const html = pocketCardsHtml(pocketCardsOf(book()), { target: 'pdf' })
    expect(html.match(/<section class="card">/g)).toHaveLength(4)
    expectInOrder(htmlText(html), ['关键时刻 1/4', '进门迎宾', '关键时刻 2/4', EVIL_TITLE, '关键时刻 3/4', '报价与成交', '关键时刻 4/4', '7 天回访电话'])
    expect(html).not.toContain('收银结账')
  })

  it('marks customer lines as cues in one post’s book', () => {
    const html = scriptBookHtml(book('导购'), { target: 'file' })
    expect(html).toContain('<li class="customer cue"><span class="speaker">顾客（提示）：</span>')
    expect(htmlText(html)).toContain('岗位导购')
    expect(html).not.toContain('等候区招待')
  })
})

describe('Markdown', () => {
  it('escapes Markdown and HTML so the text reads as written', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>')
    expect(escapeMarkdown('# not a heading *x* [y](z) a|b & c')).toBe('\\# not a heading \\*x\\* \\[y\\](z) a\\|b \\& c')
    expect(escapeMarkdown('- item\n1. one\n+ two', '  ')).toBe('\\- item\\\n  1\\. one\\\n  \\+ two')
    const markdown = scriptBookMarkdown(book())
    expect(markdown).not.toMatch(/(^|[^\\])<script/)
    expect(markdown).toContain('需求挖掘 \\<script\\>alert(1)\\</script\\>')
  })

  it('holds every touchpoint in order with its standards and lines', () => {
    const value = book()
    const markdown = scriptBookMarkdown(value)
    expect(markdown.startsWith('# 客户体验流程脚本 1.0\n')).toBe(true)
    expect(markdown).toContain('版本：1.0 · 日期：2025-05-01')
    const body = markdown.slice(markdown.indexOf('## 1 咨询接待'))
    expectInOrder(body, touchpointsOf(value).map((touchpoint) => `### ${touchpoint.placement === 'branch' ? '↳ ' : ''}${touchpoint.number}\\. ${escapeMarkdown(touchpoint.title)}`))
    for (const touchpoint of touchpointsOf(value)) {
      for (const standard of touchpoint.standards) expect(body).toContain(escapeMarkdown(standardText('zh-CN', standard)))
      for (const line of touchpoint.lines) expect(body).toContain(escapeMarkdown(line.text, '   '))
    }
    expect(body).toContain('   - 面对犹豫型的顾客：您先慢慢看，有需要随时叫我。')
    expect(body).toContain('1. 控制情绪：先稳定自己的情绪')
  })

  it('writes pocket cards separated by thematic breaks', () => {
    const markdown = pocketCardsMarkdown(pocketCardsOf(book(undefined, 'en')))
    expect(markdown.match(/^---$/gm)).toHaveLength(4)
    expect(markdown).toContain('_Moment of truth 1 of 4 · Stage: 咨询接待_')
  })
})

describe('CSV', () => {
  const parse = (csv: string) => {
    // A small RFC 4180 reader for the test.
    const rows: string[][] = []
    let row: string[] = []
    let cell = ''
    let quoted = false
    for (let index = 0; index < csv.length; index++) {
      const char = csv[index]!
      if (quoted) {
        if (char === '"' && csv[index + 1] === '"') {
          cell += '"'
          index++
        } else if (char === '"') quoted = false
        else cell += char
      } else if (char === '"') quoted = true
      else if (char === ',') {
        row.push(cell)
        cell = ''
      } else if (char === '\r' && csv[index + 1] === '\n') {
        row.push(cell)
        rows.push(row)
        row = []
        cell = ''
        index++
      } else cell += char
    }
    return rows
  }

  it('writes one row per line (UTF-8 BOM, CRLF), a row for a touchpoint without lines, in book order', () => {
    const value = book()
    const csv = scriptBookCsv(value)
    expect(csv.startsWith('\uFEFF阶段,序号,接触点,岗位,渠道,路径,关键时刻,峰值体验,终点体验,话术序号,说话人,话术,语气,不同类型顾客的说法,服务标准,服务忌语,感动点,投诉/贬损风险点,服务补救\r\n')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const rows = parse(csv.slice(1))
    expect(rows).toHaveLength(1 + value.counts.lines + 1) // the header, the lines, one row for 门店海报更新 (no lines)
    const body = rows.slice(1)
    expect(body.map((row) => row[2])).toEqual([
      '进门迎宾', '进门迎宾', '进门迎宾', '进门迎宾',
      EVIL_TITLE, EVIL_TITLE,
      '等候区招待',
      '报价与成交',
      '收银结账',
      '7 天回访电话', '7 天回访电话', '7 天回访电话',
      '门店海报更新',
    ])
    expect(body[0]!.slice(9, 13)).toEqual(['1', '员工', '您好，欢迎光临！', ''])
    expect(body[1]![13]).toBe('犹豫型：您先慢慢看，有需要随时叫我。\n果断型：您直接告诉我需求，我马上带您看。')
    expect(body[0]![14]).toBe('顾客进门 3 秒内目光接触并问好（时限：3 秒）\n保持入口通道整洁、无杂物')
    expect(body[2]![10]).toBe('顾客')
    expect(body.at(-1)!.slice(9, 12)).toEqual(['', '', ''])
    expect(body[6]![5]).toBe('备选路径')
  })

  it('guards against formulas and quotes what needs quoting', () => {
    expect(csvSafe('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`)
    expect(csvSafe('-1')).toBe("'-1")
    expect(csvSafe('好')).toBe('好')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    const doc = scriptJourney()
    doc.touchpoints.tp_pay!.scriptLines[0]!.text = '=1+1'
    expect(scriptBookCsv(buildScriptBook(doc, { locale: 'en', date: '2025-05-01' }))).toContain(",'=1+1,")
  })

  it('marks cue lines in one post’s CSV', () => {
    const rows = parse(scriptBookCsv(book('导购')).slice(1))
    expect(rows.slice(1).map((row) => row[10])).toContain('顾客（提示）')
    expect(new Set(rows.slice(1).map((row) => row[3]))).toEqual(new Set(['导购']))
  })
})
