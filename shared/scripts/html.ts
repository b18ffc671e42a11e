/**
 * The script book and the pocket cards as one self-contained, printable HTML page (pure: no DOM,
 * no Node). A4 print CSS: a cover, a contents page (linked), then stage by stage, each stage on a
 * new page; alternative branches indented under the touchpoint they leave. Pocket cards: one page
 * per moment of truth.
 *
 * Running header and footer (journey title, book title with version label, date, page numbers):
 * - the `.html` file (`target: 'file'`) carries them as CSS page-margin boxes, so printing it from
 *   a browser gives them too;
 * - the PDF (`target: 'pdf'`) leaves them out of the page and prints them with Chromium's header
 *   and footer templates ({@link pdfHeaderTemplate}, {@link pdfFooterTemplate}) through
 *   electron/services/export/pdf/htmlToPdf.ts.
 *
 * Every text from the document is escaped (content, attributes, CSS strings), and the page's CSP
 * allows no script and no request: a `<script>` in a title prints as text.
 */
import { escapeXml } from '../export/text'
import type { Locale } from '../model/schema'
import { bracketed, countsText, facts, headerText, labelled, markers, placementText, speakerText, standardText, stageHeading, touchpointHeading, translator, versionDateText } from './labels'
import type { BookTouchpoint, PocketCards, ScriptBook } from './scriptBook'

/** Text for HTML content and attribute values: `<`, `>`, `&` and both quotes escaped, invalid characters dropped. */
export const escapeHtml = escapeXml

/** The CJK-capable font stack: Noto/Source Han on Linux, YaHei on Windows, PingFang on macOS. */
export const SCRIPT_FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans", "Helvetica Neue", Arial, sans-serif'

export type HtmlTarget = 'file' | 'pdf'

export interface ScriptHtmlOptions {
  target: HtmlTarget
}

/** A CSS string literal: quotes, backslashes, line breaks and `<` (no `</style>`) escaped, control characters dropped. */
export function cssString(text: string): string {
  const escaped = text
    // eslint-disable-next-line no-control-regex -- control characters have no place in a printed header
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\A ')
    .replace(/</g, '\\3C ')
    .replace(/>/g, '\\3E ')
  return `"${escaped}"`
}

const BASE_STYLE = `
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${SCRIPT_FONT_STACK}; font-size: 10pt; color: #1f2933; margin: 0; line-height: 1.5; }
@media screen { body { max-width: 190mm; margin: 0 auto; padding: 12mm 8mm; } }
h1 { font-size: 24pt; margin: 0 0 8pt; color: #1d4f73; }
h2 { font-size: 15pt; margin: 0 0 8pt; padding-bottom: 3pt; border-bottom: 1.5pt solid #2f6f9f; color: #1d4f73; }
h3 { font-size: 11.5pt; margin: 0 0 3pt; }
h4 { font-size: 9.5pt; margin: 6pt 0 2pt; color: #2f6f9f; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 2pt 0; }
ol, ul { margin: 2pt 0 4pt; padding-left: 16pt; }
li { margin: 1pt 0; }
.muted { color: #616e7c; }
.small { font-size: 8.5pt; }
.pre { white-space: pre-wrap; }
.badge { display: inline-block; font-size: 7.5pt; font-weight: 600; line-height: 1.3; padding: 0.5pt 4pt; margin-left: 4pt; border-radius: 3pt; vertical-align: 1.5pt; background: #e4ecf4; color: #1d4f73; }
.badge.peak { background: #fff1d6; color: #8a5300; }
.badge.end { background: #e6f4ea; color: #1e6b34; }
.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; page-break-after: always; }
.cover .journey { font-size: 15pt; margin: 0 0 14pt; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 10pt; margin: 10pt 0; font-size: 11pt; }
.cover dt { color: #616e7c; }
.cover dd { margin: 0; }
.contents { break-after: page; page-break-after: always; }
.contents ol { list-style: none; padding-left: 0; }
.contents ol ol { padding-left: 14pt; margin-bottom: 6pt; }
.contents > ol > li > a { font-weight: 600; }
.contents li.branch { padding-left: 12pt; }
.contents a { color: inherit; text-decoration: none; }
.library { margin-top: 18pt; }
.stage + .stage { break-before: page; page-break-before: always; }
.touchpoint { border-left: 3pt solid #2f6f9f; padding: 1pt 0 1pt 8pt; margin: 10pt 0 14pt; }
.touchpoint.mot { border-left-color: #b54708; }
.touchpoint.branch { margin-left: 12mm; border-left-style: dashed; }
.touchpoint.offPath { border-left-color: #9aa5b1; }
.facts { font-size: 8.5pt; color: #52606d; }
.facts span + span::before { content: " · "; }
.lines li.customer { color: #52606d; }
.lines .speaker { font-weight: 600; }
.lines .cue .speaker { font-weight: 400; font-style: italic; }
.lines .tone { color: #616e7c; font-size: 8.5pt; }
.lines ul { list-style: circle; color: #3e4c59; }
.avoid li { color: #b42318; }
.card { break-after: page; page-break-after: always; }
.card:last-child { break-after: auto; page-break-after: auto; }
.card .touchpoint { border-left: none; padding-left: 0; margin: 0; }
.card .kicker { font-size: 9pt; color: #616e7c; margin-bottom: 4pt; }
`

/** The page-margin boxes of the `.html` file: the same header and footer the PDF templates print. */
function marginBoxes(book: Pick<ScriptBook, 'locale' | 'title' | 'bookTitle' | 'versionLabel' | 'date'>): string {
  const t = translator(book.locale)
  // Unfilled, the template keeps its {page} and {pages} placeholders: split around them.
  const [before, after] = t('scriptExport.footer').split('{page}') as [string, string]
  const [middle, end] = after.split('{pages}') as [string, string]
  const box = 'font-family: ' + SCRIPT_FONT_STACK + '; font-size: 8pt; color: #616e7c;'
  return `
@page {
  size: A4;
  margin: 18mm 14mm 18mm 14mm;
  @top-left { content: ${cssString(headerText(book))}; ${box} }
  @top-right { content: ${cssString(versionDateText(book))}; ${box} }
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(end)}; ${box} }
}`
}

function page(locale: Locale, title: string, body: string, header: string): string {
  return `<!DOCTYPE html>
<html lang="${locale === 'zh-CN' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${header}${BASE_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`
}

const pageRule = (target: HtmlTarget, book: Parameters<typeof marginBoxes>[0]) => (target === 'file' ? marginBoxes(book) : '\n@page { size: A4; }')

/** Text with its line breaks kept. */
const multiline = (text: string) => `<span class="pre">${escapeHtml(text)}</span>`

function badges(locale: Locale, touchpoint: BookTouchpoint): string {
  const classes = [touchpoint.isMot ? 'mot' : null, touchpoint.isPeak ? 'peak' : null, touchpoint.isEnd ? 'end' : null].filter((value): value is string => value !== null)
  return markers(locale, touchpoint)
    .map((mark, index) => `<span class="badge ${classes[index]}">${escapeHtml(mark)}</span>`)
    .join('')
}

function touchpointHtml(locale: Locale, touchpoint: BookTouchpoint, headingLevel: 2 | 3): string {
  const t = translator(locale)
  const h = `h${headingLevel}`
  const classes = ['touchpoint', touchpoint.placement, touchpoint.isMot ? 'mot' : ''].filter(Boolean).join(' ')
  const parts: string[] = [
    `<article class="${classes}" id="tp-${touchpoint.number}" data-touchpoint-id="${escapeHtml(touchpoint.id)}">`,
    `<${h}>${touchpoint.placement === 'branch' ? '↳ ' : ''}${escapeHtml(touchpointHeading(touchpoint))}${badges(locale, touchpoint)}</${h}>`,
    `<p class="facts"><span>${escapeHtml(placementText(locale, touchpoint))}</span>${facts(locale, touchpoint)
      .map(([label, value]) => `<span>${escapeHtml(labelled(locale, label, value))}</span>`)
      .join('')}</p>`,
  ]
  if (touchpoint.isMot && touchpoint.expectation.trim()) parts.push(`<p class="small">${escapeHtml(labelled(locale, t('scriptExport.field.expectation'), ''))}${multiline(touchpoint.expectation)}</p>`)
  if (touchpoint.standards.length > 0) {
    parts.push(`<h4>${escapeHtml(t('scriptExport.section.standards'))}</h4><ol class="standards">${touchpoint.standards.map((standard) => `<li>${multiline(standardText(locale, standard))}</li>`).join('')}</ol>`)
  }
  if (touchpoint.lines.length > 0) {
    const colon = locale === 'zh-CN' ? '：' : ': '
    const items = touchpoint.lines.map((line) => {
      const tone = line.tone.trim() ? `<span class="tone">${escapeHtml(bracketed(locale, t('scriptExport.tone', { tone: line.tone.trim() })))}</span>` : ''
      const alternatives =
        line.alternatives.length > 0
          ? `<ul>${line.alternatives.map((alternative) => `<li>${multiline(t('scriptExport.alternative', { type: alternative.customerType.trim(), text: alternative.text }))}</li>`).join('')}</ul>`
          : ''
      return `<li class="${line.speaker}${line.cue ? ' cue' : ''}"><span class="speaker">${escapeHtml(speakerText(locale, line) + colon)}</span>${multiline(line.text)}${tone}${alternatives}</li>`
    })
    parts.push(`<h4>${escapeHtml(t('scriptExport.section.script'))}</h4><ol class="lines">${items.join('')}</ol>`)
  }
  if (touchpoint.phrasesToAvoid.length > 0) {
    parts.push(`<h4>${escapeHtml(t('scriptExport.section.avoid'))}</h4><ul class="avoid">${touchpoint.phrasesToAvoid.map((phrase) => `<li>${multiline(phrase)}</li>`).join('')}</ul>`)
  }
  if (touchpoint.delight.trim()) parts.push(`<h4>${escapeHtml(t('scriptExport.section.delight'))}</h4><p class="delight">${multiline(touchpoint.delight)}</p>`)
  if (touchpoint.risk.trim()) parts.push(`<h4>${escapeHtml(t('scriptExport.section.risk'))}</h4><p class="risk">${multiline(touchpoint.risk)}</p>`)
  if (touchpoint.recovery.trim() || touchpoint.recoverySteps.length > 0) {
    parts.push(`<h4>${escapeHtml(t('scriptExport.section.recovery'))}</h4>`)
    if (touchpoint.recovery.trim()) parts.push(`<p class="recovery">${multiline(touchpoint.recovery)}</p>`)
    if (touchpoint.recoverySteps.length > 0) {
      parts.push(`<ol class="clear">${touchpoint.recoverySteps.map((step) => `<li><strong>${escapeHtml(t(`scriptExport.clear.${step.step}`))}</strong>${locale === 'zh-CN' ? '：' : ': '}${multiline(step.text)}</li>`).join('')}</ol>`)
    }
  }
  parts.push('</article>')
  return parts.join('\n')
}

function coverHtml(book: ScriptBook): string {
  const t = translator(book.locale)
  const row = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`
  return `<section class="cover">
<h1>${escapeHtml(book.bookTitle)}</h1>
<p class="journey">${escapeHtml(book.title)}</p>
<dl>
${row(t('scriptExport.cover.version'), book.versionLabel || '—')}
${row(t('scriptExport.cover.date'), book.date)}
${row(t('scriptExport.cover.role'), book.role ?? t('scriptExport.cover.allRoles'))}
</dl>
${book.description.trim() ? `<p>${multiline(book.description)}</p>` : ''}
<p class="muted">${escapeHtml(countsText(book))}</p>
<p class="muted small">${escapeHtml(t('scriptExport.cover.order'))}</p>
${book.role !== null ? `<p class="muted small">${escapeHtml(t('scriptExport.cover.roleRule'))}</p>` : ''}
</section>`
}

function contentsHtml(book: ScriptBook): string {
  const library =
    book.libraryAvoid.length > 0
      ? `<section class="library"><h2>${escapeHtml(translator(book.locale)('scriptExport.section.libraryAvoid'))}</h2><ul class="avoid">${book.libraryAvoid.map((phrase) => `<li>${multiline(phrase)}</li>`).join('')}</ul></section>`
      : ''
  const t = translator(book.locale)
  const stages = book.sections.map((section) => {
    const items = section.touchpoints
      .map((touchpoint) => `<li${touchpoint.placement === 'branch' ? ' class="branch"' : ''}><a href="#tp-${touchpoint.number}">${touchpoint.placement === 'branch' ? '↳ ' : ''}${escapeHtml(touchpointHeading(touchpoint))}</a>${badges(book.locale, touchpoint)}</li>`)
      .join('')
    return `<li><a href="#stage-${section.number}">${escapeHtml(stageHeading(section))}</a>${items ? `<ol>${items}</ol>` : ''}</li>`
  })
  return `<section class="contents">
<h2>${escapeHtml(t('scriptExport.contents'))}</h2>
<ol>${stages.join('\n')}</ol>
${library}
</section>`
}

/** The script book as a printable page (cover, contents, stages). */
export function scriptBookHtml(book: ScriptBook, options: ScriptHtmlOptions): string {
  const t = translator(book.locale)
  const body: string[] = [coverHtml(book), contentsHtml(book)]
  for (const section of book.sections) {
    body.push(`<section class="stage" id="stage-${section.number}">`)
    body.push(`<h2>${escapeHtml(stageHeading(section))}</h2>`)
    if (section.touchpoints.length === 0) body.push(`<p class="muted">${escapeHtml(t('scriptExport.stage.empty'))}</p>`)
    for (const touchpoint of section.touchpoints) body.push(touchpointHtml(book.locale, touchpoint, 3))
    body.push('</section>')
  }
  return page(book.locale, `${book.bookTitle} · ${book.title}`, body.join('\n'), pageRule(options.target, book))
}

/** One pocket card (page) per moment of truth. */
export function pocketCardsHtml(cards: PocketCards, options: ScriptHtmlOptions): string {
  const t = translator(cards.locale)
  const body = cards.cards.map((card) =>
    [
      `<section class="card">`,
      `<p class="kicker">${escapeHtml(`${t('scriptExport.card', { number: card.cardNumber, total: cards.cards.length })} · ${labelled(cards.locale, t('scriptExport.field.stage'), card.stageName)}`)}</p>`,
      touchpointHtml(cards.locale, card, 2),
      `</section>`,
    ].join('\n'),
  )
  return page(cards.locale, `${cards.bookTitle} · ${cards.title}`, body.join('\n'), pageRule(options.target, cards))
}

const TEMPLATE_FONT = `font-family: ${SCRIPT_FONT_STACK.replace(/"/g, "'")}; font-size: 8px; color: #616e7c;`
const TEMPLATE_STYLE = `${TEMPLATE_FONT} width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; gap: 8mm;`
const FOOTER_STYLE = `${TEMPLATE_FONT} width: 100%; margin: 0 12mm; text-align: center;`

/** Chromium's PDF header: "<journey> · <book title with version>" left, "Version … · Date …" right, on every page. */
export function pdfHeaderTemplate(book: Pick<ScriptBook, 'locale' | 'title' | 'bookTitle' | 'versionLabel' | 'date'>): string {
  return `<div style="${TEMPLATE_STYLE}"><span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${escapeHtml(headerText(book))}</span><span style="white-space: nowrap;">${escapeHtml(versionDateText(book))}</span></div>`
}

/** Chromium's PDF footer: "Page n of m" / "第 n 页，共 m 页", centred. */
export function pdfFooterTemplate(locale: Locale): string {
  // Unfilled, the template keeps its {page} and {pages} placeholders for Chromium's spans.
  const text = escapeHtml(translator(locale)('scriptExport.footer'))
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>')
  return `<div style="${FOOTER_STYLE}">${text}</div>`
}
