/**
 * The script book and the pocket cards as a Word document (`.docx`), written with the `docx`
 * library (declarative, well kept, runs in Node and browsers; no hand-made OOXML).
 *
 * Layout: A4; a cover; a contents page (Word's table-of-contents field over the stage and
 * touchpoint headings, written already filled in so it reads without updating fields, with
 * hyperlinks; Word refreshes its page numbers when fields are updated); then one heading 1 per
 * stage (each on a new page) and one heading 2 per touchpoint. Every page has a header (journey,
 * book title with version label, date) and a footer with "page n of m". Fonts: Microsoft YaHei
 * for every script (ascii, hAnsi, eastAsia, cs) with the East Asian language set, so Word and
 * WPS pick a Chinese font; LibreOffice substitutes Noto Sans CJK. Text is set as text, never as
 * markup (the library escapes it), and characters XML forbids are dropped.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TabStopType,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx'
import type { Locale } from '../../../../shared/model/schema'
import {
  bracketed,
  countsText,
  facts,
  headerText,
  labelled,
  markers,
  placementText,
  speakerText,
  standardText,
  stageHeading,
  touchpointHeading,
  translator,
  versionDateText,
} from '../../../../shared/scripts/labels'
import type { BookTouchpoint, PocketCards, ScriptBook } from '../../../../shared/scripts/scriptBook'

/** The East Asian font the document asks for (Word and WPS on Chinese Windows have it). */
export const DOCX_FONT = 'Microsoft YaHei'

/** A4 in twentieths of a point, and the margins (2 cm sides, 2.2 cm top/bottom). */
const PAGE = { width: 11906, height: 16838, margin: { top: 1247, bottom: 1247, left: 1134, right: 1134, header: 567, footer: 567 } }
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right
const INDENT = 360
const BRANCH_INDENT = 680

// eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 does not allow
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Runs of `text`, its line breaks kept as breaks. */
function runs(text: string, options: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return text
    .replace(INVALID_XML, '')
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ ...options, text: line, ...(index > 0 ? { break: 1 } : {}) }))
}

const COLORS = { muted: '616E7C', accent: '1D4F73', mot: 'B54708', peak: '8A5300', end: '1E6B34', avoid: 'B42318' }

interface Context {
  locale: Locale
  t: ReturnType<typeof translator>
}

function markerRuns(context: Context, touchpoint: BookTouchpoint): TextRun[] {
  const colors = [touchpoint.isMot ? COLORS.mot : null, touchpoint.isPeak ? COLORS.peak : null, touchpoint.isEnd ? COLORS.end : null].filter((color): color is string => color !== null)
  return markers(context.locale, touchpoint).map((mark, index) => new TextRun({ text: `  〔${mark}〕`, color: colors[index], bold: true, size: 18 }))
}

/** The paragraphs of one touchpoint: heading, facts, standards, lines, phrases to avoid, delight, risk, recovery. */
function touchpointParagraphs(context: Context, touchpoint: BookTouchpoint, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel], indentBranch: boolean): Paragraph[] {
  const { locale, t } = context
  const base = indentBranch && touchpoint.placement === 'branch' ? BRANCH_INDENT : 0
  const colon = locale === 'zh-CN' ? '：' : ': '
  const paragraphs: Paragraph[] = [
    new Paragraph({
      heading,
      indent: { left: base },
      children: [...runs(`${touchpoint.placement === 'branch' ? '↳ ' : ''}${touchpointHeading(touchpoint)}`), ...markerRuns(context, touchpoint)],
    }),
    new Paragraph({
      indent: { left: base },
      spacing: { after: 60 },
      children: runs([placementText(locale, touchpoint), ...facts(locale, touchpoint).map(([label, value]) => labelled(locale, label, value))].join(' · '), { color: COLORS.muted, size: 17 }),
    }),
  ]
  if (touchpoint.isMot && touchpoint.expectation.trim()) {
    paragraphs.push(new Paragraph({ indent: { left: base }, children: runs(labelled(locale, t('scriptExport.field.expectation'), touchpoint.expectation), { color: COLORS.muted, size: 17 }) }))
  }
  const label = (text: string) => new Paragraph({ indent: { left: base }, spacing: { before: 120, after: 40 }, keepNext: true, children: [new TextRun({ text, bold: true, color: COLORS.accent, size: 19 })] })
  const item = (marker: string, children: ParagraphChild[], level = 1) =>
    new Paragraph({ indent: { left: base + INDENT * level, hanging: INDENT }, spacing: { after: 40 }, children: [new TextRun(marker), new TextRun({ text: '\t' }), ...children], tabStops: [{ type: TabStopType.LEFT, position: base + INDENT * level }] })
  if (touchpoint.standards.length > 0) {
    paragraphs.push(label(t('scriptExport.section.standards')))
    touchpoint.standards.forEach((standard, index) => paragraphs.push(item(`${index + 1}.`, runs(standardText(locale, standard)))))
  }
  if (touchpoint.lines.length > 0) {
    paragraphs.push(label(t('scriptExport.section.script')))
    touchpoint.lines.forEach((line, index) => {
      const customer = line.speaker === 'customer'
      paragraphs.push(
        item(`${index + 1}.`, [
          new TextRun({ text: speakerText(locale, line) + colon, bold: !line.cue, italics: line.cue, color: customer ? COLORS.muted : undefined }),
          ...runs(line.text, customer ? { color: COLORS.muted } : {}),
          ...(line.tone.trim() ? [new TextRun({ text: bracketed(locale, t('scriptExport.tone', { tone: line.tone.trim() })), color: COLORS.muted, size: 17 })] : []),
        ]),
      )
      for (const alternative of line.alternatives) {
        paragraphs.push(item('○', runs(t('scriptExport.alternative', { type: alternative.customerType.trim(), text: alternative.text })), 2))
      }
    })
  }
  if (touchpoint.phrasesToAvoid.length > 0) {
    paragraphs.push(label(t('scriptExport.section.avoid')))
    for (const phrase of touchpoint.phrasesToAvoid) paragraphs.push(item('✗', runs(phrase, { color: COLORS.avoid })))
  }
  const block = (title: string, text: string) => {
    if (!text.trim()) return
    paragraphs.push(label(title), new Paragraph({ indent: { left: base }, children: runs(text) }))
  }
  block(t('scriptExport.section.delight'), touchpoint.delight)
  block(t('scriptExport.section.risk'), touchpoint.risk)
  if (touchpoint.recovery.trim() || touchpoint.recoverySteps.length > 0) {
    paragraphs.push(label(t('scriptExport.section.recovery')))
    if (touchpoint.recovery.trim()) paragraphs.push(new Paragraph({ indent: { left: base }, children: runs(touchpoint.recovery) }))
    touchpoint.recoverySteps.forEach((step, index) =>
      paragraphs.push(item(`${index + 1}.`, [new TextRun({ text: t(`scriptExport.clear.${step.step}`) + colon, bold: true }), ...runs(step.text)])),
    )
  }
  return paragraphs
}

type PageFacts = Pick<ScriptBook, 'locale' | 'title' | 'bookTitle' | 'versionLabel' | 'date'>

function header(book: PageFacts): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '9AA5B1', space: 2 } },
        children: [...runs(headerText(book), { size: 16, color: COLORS.muted }), new TextRun({ text: '\t', size: 16 }), ...runs(versionDateText(book), { size: 16, color: COLORS.muted })],
      }),
    ],
  })
}

function footer(locale: Locale): Footer {
  // Unfilled, the message keeps its {page} and {pages} placeholders: split around them.
  const [before, after] = translator(locale)('scriptExport.footer').split('{page}') as [string, string]
  const [middle, end] = after.split('{pages}') as [string, string]
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, end], size: 16, color: COLORS.muted })],
      }),
    ],
  })
}

function documentOf(book: PageFacts, children: (Paragraph | TableOfContents)[]): Document {
  const font = { ascii: DOCX_FONT, hAnsi: DOCX_FONT, eastAsia: DOCX_FONT, cs: DOCX_FONT }
  const language = { value: book.locale === 'zh-CN' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' }
  const heading = (size: number, color: string) => ({ run: { font, size, bold: true, color }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } })
  return new Document({
    creator: 'MOT Studio',
    title: `${book.bookTitle} · ${book.title}`,
    description: versionDateText(book),
    styles: {
      default: {
        document: { run: { font, size: 21, language }, paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO } } },
        title: { run: { font, size: 52, bold: true, color: COLORS.accent } },
        heading1: heading(32, COLORS.accent),
        heading2: heading(24, '1F2933'),
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        headers: { default: header(book) },
        footers: { default: footer(book.locale) },
        children,
      },
    ],
  })
}

function coverParagraphs(book: ScriptBook): Paragraph[] {
  const t = translator(book.locale)
  const line = (text: string, options: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}, after = 120) => new Paragraph({ spacing: { after }, children: runs(text, options) })
  return [
    new Paragraph({ spacing: { before: 3600, after: 120 }, children: runs(book.title, { size: 28, color: COLORS.muted }) }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 480 }, children: runs(book.bookTitle) }),
    line(labelled(book.locale, t('scriptExport.cover.version'), book.versionLabel || '—'), { size: 24 }),
    line(labelled(book.locale, t('scriptExport.cover.date'), book.date), { size: 24 }),
    line(labelled(book.locale, t('scriptExport.cover.role'), book.role ?? t('scriptExport.cover.allRoles')), { size: 24 }, 360),
    ...(book.description.trim() ? [line(book.description)] : []),
    line(countsText(book), { color: COLORS.muted }),
    line(t('scriptExport.cover.order'), { color: COLORS.muted, size: 18 }),
    ...(book.role !== null ? [line(t('scriptExport.cover.roleRule'), { color: COLORS.muted, size: 18 })] : []),
  ]
}

/** The script book as `.docx` bytes. */
export async function scriptBookDocx(book: ScriptBook): Promise<Uint8Array> {
  const t = translator(book.locale)
  const context: Context = { locale: book.locale, t }
  const children: (Paragraph | TableOfContents)[] = [
    ...coverParagraphs(book),
    new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: [new TextRun({ text: t('scriptExport.contents'), bold: true, size: 32, color: COLORS.accent })] }),
    new TableOfContents(t('scriptExport.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
  ]
  if (book.libraryAvoid.length > 0) {
    children.push(new Paragraph({ spacing: { before: 480, after: 120 }, keepNext: true, children: [new TextRun({ text: t('scriptExport.section.libraryAvoid'), bold: true, size: 26, color: COLORS.accent })] }))
    for (const phrase of book.libraryAvoid) children.push(new Paragraph({ indent: { left: INDENT, hanging: INDENT }, children: [new TextRun('✗\t'), ...runs(phrase, { color: COLORS.avoid })] }))
  }
  for (const section of book.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runs(stageHeading(section)) }))
    if (section.touchpoints.length === 0) children.push(new Paragraph({ children: runs(t('scriptExport.stage.empty'), { color: COLORS.muted, italics: true }) }))
    for (const touchpoint of section.touchpoints) children.push(...touchpointParagraphs(context, touchpoint, HeadingLevel.HEADING_2, true))
  }
  return new Uint8Array(await Packer.toBuffer(documentOf(book, children)))
}

/** The pocket cards as `.docx` bytes: one page per moment of truth. */
export async function pocketCardsDocx(cards: PocketCards): Promise<Uint8Array> {
  const t = translator(cards.locale)
  const context: Context = { locale: cards.locale, t }
  const children: Paragraph[] = []
  cards.cards.forEach((card, index) => {
    children.push(
      new Paragraph({
        pageBreakBefore: index > 0,
        spacing: { after: 60 },
        children: runs(`${t('scriptExport.card', { number: card.cardNumber, total: cards.cards.length })} · ${labelled(cards.locale, t('scriptExport.field.stage'), card.stageName)}`, { color: COLORS.muted, size: 18 }),
      }),
      ...touchpointParagraphs(context, card, HeadingLevel.HEADING_1, false),
    )
  })
  return new Uint8Array(await Packer.toBuffer(documentOf(cards, children)))
}
