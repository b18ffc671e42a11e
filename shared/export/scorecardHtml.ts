/**
 * Printable HTML for the scorecard PDFs (pure: no DOM, no Node): (a) the blank assessment form an
 * auditor carries (per scorecard, A4, grouped by dimension, a box per answer, comment column,
 * signature lines) and (b) the result report (overall index, by post/store/month/auditor, per
 * scorecard dimension bars, indicator table and IPA quadrant chart, trend line, NPS and SERVQUAL
 * gaps when there are survey responses). Charts are inline SVG; every text from the document is
 * escaped, so markup in a name prints as text. No script, no external resource: the page renders
 * the same in Chromium's print, Electron's printToPDF or any browser.
 */
import { translate, type MessageKey, type MessageParams } from '../i18n/translate'
import type { ScoreReport } from '../ipc/scorecardContract'
import type { Locale, ServqualDimension } from '../model/schema'
import { SERVQUAL_DIMENSIONS } from '../model/schema'
import type { Audit, Indicator, Scale, Scorecard } from '../model/scorecard'
import { indicatorIpaPoints, ipa, type Quadrant } from '../scoring/ipa'
import { roundNps } from '../scoring/nps'
import { escapeXml } from './text'

/** One scorecard with what the form and the report show of it. */
export interface ScorecardHtmlCard {
  scorecard: Scorecard
  /** In print order, grouped by dimension. */
  indicators: readonly Indicator[]
  /** Indicator id → effective weight (0–1). */
  effective: ReadonlyMap<string, number>
  /** Weight problems, already rendered in the user's language (empty when usable). */
  problems: readonly string[]
  /** The scorecard's audits, oldest first. */
  audits: readonly Audit[]
}

export interface ScorecardHtmlInput {
  locale: Locale
  journeyTitle: string
  sourceName: string
  appVersion: string
  /** ISO timestamp. */
  generatedAt: string
  cards: readonly ScorecardHtmlCard[]
  /** The app's score report (methods.md §2–§6 numbers). */
  report: ScoreReport
}

/** Text for HTML content and attribute values: `<`, `>`, `&` and both quotes escaped. */
export const escapeHtml = escapeXml

/** The CJK-capable font stack: Noto/Source Han on Linux, YaHei on Windows, PingFang on macOS. */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans", "Helvetica Neue", Arial, sans-serif'

/**
 * Printed numbers: two decimals, half away from zero, never "-0.00" (methods.md: round only for
 * display), as the app and `mot-studio score` print them.
 *
 * @example fixed2(76.30000000000001) // '76.30'
 */
export function fixed2(value: number): string {
  const scaled = Number((Math.abs(value) * 100).toPrecision(12))
  const rounded = (Math.sign(value) * Math.round(scaled)) / 100
  return (rounded === 0 ? 0 : rounded).toFixed(2)
}

/** A share of 1 as a percentage, as the app shows weights: 0.125 → "12.50 %". */
const percent = (share: number) => `${fixed2(share * 100)} %`

/** Up to this many audits are listed per scorecard in the report (the most recent). */
export const REPORT_AUDIT_ROWS = 100
/** A range scale gets one box per whole number when it has at most this many points. */
const MAX_BOXES = 11

const STYLE = `
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${FONT_STACK}; font-size: 10pt; color: #1f2933; margin: 0; line-height: 1.4; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; border-bottom: 1.5pt solid #2f6f9f; padding-bottom: 2pt; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; }
p { margin: 3pt 0; }
.muted { color: #616e7c; font-size: 8.5pt; }
.warning { color: #b42318; }
.page { page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th, td { border: 0.6pt solid #9aa5b1; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #dce6f1; font-weight: 600; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.dimension td { background: #eef2f6; font-weight: 600; }
.blanks td { border: none; padding: 6pt 4pt 2pt 0; width: 25%; }
.blank { display: inline-block; min-width: 26mm; border-bottom: 0.8pt solid #1f2933; height: 12pt; vertical-align: bottom; }
.choice { display: inline-block; white-space: nowrap; margin: 0 5pt 2pt 0; }
.box { display: inline-block; width: 9pt; height: 9pt; border: 0.9pt solid #1f2933; margin-right: 2pt; vertical-align: -1pt; background: #fff; }
.signatures { margin-top: 18pt; display: flex; gap: 10mm; page-break-inside: avoid; break-inside: avoid; }
.signatures div { flex: 1; display: flex; align-items: flex-end; white-space: nowrap; }
.signatures .blank { flex: 1; min-width: 20mm; margin-left: 2pt; }
h2, h3 { page-break-after: avoid; break-after: avoid; }
.figure { page-break-inside: avoid; break-inside: avoid; margin: 4pt 0 10pt; }
.big { font-size: 26pt; font-weight: 700; color: #2f6f9f; }
.columns { display: flex; gap: 8mm; }
.columns > div { flex: 1; min-width: 0; }
svg text { font-family: ${FONT_STACK}; }
`

type T = (key: MessageKey, params?: MessageParams) => string

function translator(locale: Locale): T {
  return (key, params) => translate(locale, key, params)
}

/** A label before a blank: full-width colon in Chinese. */
const labelled = (locale: Locale, label: string) => `${escapeHtml(label)}${locale === 'zh-CN' ? '：' : ': '}`

function document(locale: Locale, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${locale === 'zh-CN' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`
}

const dimensionName = (t: T, dimension: ServqualDimension) => t(`servqual.${dimension}`)

function scaleChoices(t: T, scale: Scale): string {
  const choice = (label: string) => `<span class="choice"><span class="box"></span>${escapeHtml(label)}</span>`
  const na = choice(t('scorecardExport.notApplicable'))
  if (scale.kind === 'yesNo') return `${choice(t('scorecardExport.yes'))}${choice(t('scorecardExport.no'))}${na}`
  const whole = Number.isInteger(scale.min) && Number.isInteger(scale.max) && scale.max - scale.min + 1 <= MAX_BOXES
  if (!whole) return `<span class="choice">${escapeHtml(t('scorecardExport.form.writeScore', { min: scale.min, max: scale.max }))}</span>${na}`
  const boxes: string[] = []
  for (let value = scale.min; value <= scale.max; value++) boxes.push(choice(String(value)))
  return boxes.join('') + na
}

/**
 * The blank assessment form: one page (or more) per scorecard with the scorecard, post and blanks
 * for audit id, date, store and auditor; the indicators grouped by dimension with description,
 * weight, a box per possible answer (and N/A) and an empty comment cell; signature lines.
 * Page numbers come from the PDF footer.
 */
export function assessmentFormHtml(input: ScorecardHtmlInput): string {
  const t = translator(input.locale)
  const pages = input.cards.map((card) => {
    const { scorecard } = card
    const twoLevel = scorecard.weighting === 'twoLevel'
    const rows: string[] = []
    let dimension: ServqualDimension | null = null
    card.indicators.forEach((indicator, index) => {
      if (indicator.dimension !== dimension) {
        dimension = indicator.dimension
        const weight = twoLevel ? scorecard.dimensionWeights[dimension] : undefined
        const suffix = weight !== undefined ? ` · ${t('scorecardExport.form.dimensionWeight', { weight: String(weight) })}` : ''
        rows.push(`<tr class="dimension"><td colspan="6">${escapeHtml(dimensionName(t, dimension) + suffix)}</td></tr>`)
      }
      rows.push(
        `<tr><td class="num">${index + 1}</td><td>${escapeHtml(indicator.name)}</td><td>${escapeHtml(indicator.description)}</td>` +
          `<td class="num">${percent(card.effective.get(indicator.id) ?? 0)}</td><td>${scaleChoices(t, indicator.scale)}</td><td></td></tr>`,
      )
    })
    const blank = (key: MessageKey) => `<td>${labelled(input.locale, t(key))}<span class="blank"></span></td>`
    return `<section class="page">
<h1>${escapeHtml(t('scorecardExport.form.title'))} — ${escapeHtml(scorecard.name)}</h1>
<p>${escapeHtml(t('scorecardExport.xlsx.post', { post: scorecard.post }))} · ${escapeHtml(t(`scorecardExport.weighting.${scorecard.weighting}`))}</p>
${scorecard.description.trim() ? `<p class="muted">${escapeHtml(scorecard.description)}</p>` : ''}
<table class="blanks"><tr>${blank('scorecardExport.form.auditId')}${blank('scorecardExport.form.date')}${blank('scorecardExport.form.store')}${blank('scorecardExport.form.auditor')}</tr></table>
<p class="muted">${escapeHtml(t('scorecardExport.form.instructions'))}</p>
<table class="form">
<colgroup><col style="width:6%"><col style="width:20%"><col style="width:27%"><col style="width:9%"><col style="width:24%"><col style="width:14%"></colgroup>
<thead><tr><th class="num">#</th><th>${escapeHtml(t('scorecardExport.col.indicator'))}</th><th>${escapeHtml(t('scorecardExport.col.description'))}</th><th class="num">${escapeHtml(t('scorecardExport.col.weight'))}</th><th>${escapeHtml(t('scorecardExport.col.score'))}</th><th>${escapeHtml(t('scorecardExport.col.comment'))}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<div class="signatures">${(['scorecardExport.form.signature', 'scorecardExport.form.storeSignature', 'scorecardExport.form.date'] as const).map((key) => `<div>${labelled(input.locale, t(key))}<span class="blank"></span></div>`).join('')}</div>
</section>`
  })
  const body = pages.length > 0 ? pages.join('\n') : `<section class="page"><h1>${escapeHtml(t('scorecardExport.form.title'))}</h1><p>${escapeHtml(t('scorecardExport.form.noScorecards'))}</p></section>`
  return document(input.locale, `${t('scorecardExport.form.title')} — ${input.journeyTitle}`, body)
}

// ---------------------------------------------------------------------------------------------
// Charts (inline SVG)
// ---------------------------------------------------------------------------------------------

const num = (value: number) => String(Math.round(value * 100) / 100)
const COLORS = { bar: '#2f6f9f', line: '#2f6f9f', grid: '#d9dee4', axis: '#616e7c', ink: '#1f2933', negative: '#c2410c', positive: '#15803d' }

/** Horizontal bars on a 0–100 axis, one per label, with the value printed beside each bar. */
export function barChartSvg(bars: ReadonlyArray<{ label: string; value: number }>, options: { title: string }): string {
  const labelWidth = 150
  const plotWidth = 420
  const rowHeight = 24
  const height = 30 + bars.length * rowHeight + 20
  const x = (value: number) => labelWidth + (Math.max(0, Math.min(100, value)) / 100) * plotWidth
  const parts: string[] = []
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(`<line x1="${num(x(tick))}" y1="24" x2="${num(x(tick))}" y2="${height - 18}" stroke="${COLORS.grid}" stroke-width="1"/>`)
    parts.push(`<text x="${num(x(tick))}" y="${height - 6}" font-size="9" fill="${COLORS.axis}" text-anchor="middle">${tick}</text>`)
  }
  bars.forEach((bar, index) => {
    const y = 28 + index * rowHeight
    parts.push(`<text x="${labelWidth - 6}" y="${y + 13}" font-size="10" fill="${COLORS.ink}" text-anchor="end">${escapeHtml(bar.label)}</text>`)
    parts.push(`<rect x="${labelWidth}" y="${y + 2}" width="${num(x(bar.value) - labelWidth)}" height="${rowHeight - 8}" fill="${COLORS.bar}"/>`)
    parts.push(`<text x="${num(x(bar.value) + 4)}" y="${y + 13}" font-size="9.5" fill="${COLORS.ink}">${fixed2(bar.value)}</text>`)
  })
  return svg(labelWidth + plotWidth + 50, height, options.title, parts)
}

/** The index per month as a line on a 0–100 axis, each point labelled. */
export function trendChartSvg(points: ReadonlyArray<{ month: string; mean: number }>, options: { title: string }): string {
  const width = 620
  const height = 220
  const left = 40
  const right = 20
  const top = 16
  const bottom = 40
  const plotWidth = width - left - right
  const plotHeight = height - top - bottom
  const x = (index: number) => left + (points.length === 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth)
  const y = (value: number) => top + (1 - Math.max(0, Math.min(100, value)) / 100) * plotHeight
  const parts: string[] = []
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(`<line x1="${left}" y1="${num(y(tick))}" x2="${width - right}" y2="${num(y(tick))}" stroke="${COLORS.grid}" stroke-width="1"/>`)
    parts.push(`<text x="${left - 6}" y="${num(y(tick) + 3)}" font-size="9" fill="${COLORS.axis}" text-anchor="end">${tick}</text>`)
  }
  if (points.length > 1) {
    const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${num(x(index))},${num(y(point.mean))}`).join(' ')
    parts.push(`<path d="${path}" fill="none" stroke="${COLORS.line}" stroke-width="2"/>`)
  }
  const every = Math.max(1, Math.ceil(points.length / 12))
  points.forEach((point, index) => {
    parts.push(`<circle cx="${num(x(index))}" cy="${num(y(point.mean))}" r="3.5" fill="${COLORS.line}"/>`)
    if (index % every === 0 || index === points.length - 1) {
      parts.push(`<text x="${num(x(index))}" y="${num(y(point.mean) - 7)}" font-size="9" fill="${COLORS.ink}" text-anchor="middle">${fixed2(point.mean)}</text>`)
      parts.push(`<text x="${num(x(index))}" y="${height - bottom + 16}" font-size="9" fill="${COLORS.axis}" text-anchor="middle">${escapeHtml(point.month)}</text>`)
    }
  })
  return svg(width, height, options.title, parts)
}

/** Bars left or right of zero (SERVQUAL gaps: negative = below expectation). */
export function gapChartSvg(bars: ReadonlyArray<{ label: string; value: number }>, options: { title: string }): string {
  const labelWidth = 150
  const plotWidth = 420
  const rowHeight = 24
  const height = 30 + bars.length * rowHeight + 20
  const extent = Math.max(1, ...bars.map((bar) => Math.ceil(Math.abs(bar.value))))
  const x = (value: number) => labelWidth + ((value + extent) / (2 * extent)) * plotWidth
  const parts: string[] = []
  for (const tick of [-extent, -extent / 2, 0, extent / 2, extent]) {
    parts.push(`<line x1="${num(x(tick))}" y1="24" x2="${num(x(tick))}" y2="${height - 18}" stroke="${tick === 0 ? COLORS.axis : COLORS.grid}" stroke-width="1"/>`)
    parts.push(`<text x="${num(x(tick))}" y="${height - 6}" font-size="9" fill="${COLORS.axis}" text-anchor="middle">${num(tick)}</text>`)
  }
  bars.forEach((bar, index) => {
    const y = 28 + index * rowHeight
    const from = Math.min(x(0), x(bar.value))
    parts.push(`<text x="${labelWidth - 6}" y="${y + 13}" font-size="10" fill="${COLORS.ink}" text-anchor="end">${escapeHtml(bar.label)}</text>`)
    parts.push(`<rect x="${num(from)}" y="${y + 2}" width="${num(Math.abs(x(bar.value) - x(0)))}" height="${rowHeight - 8}" fill="${bar.value < 0 ? COLORS.negative : COLORS.positive}"/>`)
    const labelX = bar.value < 0 ? x(bar.value) - 4 : x(bar.value) + 4
    parts.push(`<text x="${num(labelX)}" y="${y + 13}" font-size="9.5" fill="${COLORS.ink}" text-anchor="${bar.value < 0 ? 'end' : 'start'}">${fixed2(bar.value)}</text>`)
  })
  return svg(labelWidth + plotWidth + 50, height, options.title, parts)
}

export interface IpaChartPoint {
  label: string
  importance: number
  performance: number
  quadrant: Quadrant
}

/**
 * The importance–performance chart: x = importance (effective weight), y = performance (mean
 * score 0–100), dashed crosshairs where `crosshair` says, the four quadrant names in the corners,
 * each point numbered (the indicator table gives the numbers).
 */
export function ipaChartSvg(
  points: readonly IpaChartPoint[],
  crosshair: { importance: number; performance: number },
  labels: { title: string; importance: string; performance: string; quadrants: Record<Quadrant, string> },
): string {
  const width = 560
  const height = 360
  const left = 54
  const right = 16
  const top = 16
  const bottom = 44
  const plotWidth = width - left - right
  const plotHeight = height - top - bottom
  const maxImportance = Math.max(crosshair.importance * 2, ...points.map((point) => point.importance), 0.0001) * 1.1
  const x = (value: number) => left + (value / maxImportance) * plotWidth
  const y = (value: number) => top + (1 - Math.max(0, Math.min(100, value)) / 100) * plotHeight
  const parts: string[] = [`<rect x="${left}" y="${top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="${COLORS.axis}" stroke-width="1"/>`]
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(`<text x="${left - 6}" y="${num(y(tick) + 3)}" font-size="9" fill="${COLORS.axis}" text-anchor="end">${tick}</text>`)
  }
  for (let step = 0; step <= 4; step++) {
    const value = (maxImportance * step) / 4
    parts.push(`<text x="${num(x(value))}" y="${height - bottom + 14}" font-size="9" fill="${COLORS.axis}" text-anchor="middle">${percent(value)}</text>`)
  }
  const cx = x(crosshair.importance)
  const cy = y(crosshair.performance)
  parts.push(`<line x1="${num(cx)}" y1="${top}" x2="${num(cx)}" y2="${top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1" stroke-dasharray="4 3"/>`)
  parts.push(`<line x1="${left}" y1="${num(cy)}" x2="${left + plotWidth}" y2="${num(cy)}" stroke="${COLORS.axis}" stroke-width="1" stroke-dasharray="4 3"/>`)
  const corner = (text: string, atX: number, atY: number, anchor: 'start' | 'end') =>
    `<text x="${num(atX)}" y="${num(atY)}" font-size="10" font-weight="600" fill="${COLORS.axis}" text-anchor="${anchor}">${escapeHtml(text)}</text>`
  parts.push(corner(labels.quadrants.concentrate, left + plotWidth - 6, top + plotHeight - 8, 'end'))
  parts.push(corner(labels.quadrants.keepUp, left + plotWidth - 6, top + 14, 'end'))
  parts.push(corner(labels.quadrants.lowPriority, left + 6, top + plotHeight - 8, 'start'))
  parts.push(corner(labels.quadrants.overkill, left + 6, top + 14, 'start'))
  for (const point of points) {
    const px = x(point.importance)
    const py = y(point.performance)
    parts.push(`<circle cx="${num(px)}" cy="${num(py)}" r="4" fill="${point.quadrant === 'concentrate' ? COLORS.negative : COLORS.bar}"/>`)
    parts.push(`<text x="${num(px + 6)}" y="${num(py - 5)}" font-size="9" fill="${COLORS.ink}">${escapeHtml(point.label)}</text>`)
  }
  parts.push(`<text x="${num(left + plotWidth / 2)}" y="${height - 8}" font-size="10" fill="${COLORS.ink}" text-anchor="middle">${escapeHtml(labels.importance)}</text>`)
  parts.push(`<text x="14" y="${num(top + plotHeight / 2)}" font-size="10" fill="${COLORS.ink}" text-anchor="middle" transform="rotate(-90 14 ${num(top + plotHeight / 2)})">${escapeHtml(labels.performance)}</text>`)
  return svg(width, height, labels.title, parts)
}

function svg(width: number, height: number, title: string, parts: readonly string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" style="max-width:100%;height:auto"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`
}

// ---------------------------------------------------------------------------------------------
// The result report
// ---------------------------------------------------------------------------------------------

function meanTable(t: T, firstHeader: MessageKey, means: Readonly<Record<string, { mean: number; n: number }>>): string {
  const rows = Object.entries(means).map(
    ([key, mean]) => `<tr><td>${escapeHtml(key === '' ? t('scorecardExport.report.empty') : key)}</td><td class="num">${fixed2(mean.mean)}</td><td class="num">${mean.n}</td></tr>`,
  )
  return `<table><thead><tr><th>${escapeHtml(t(firstHeader))}</th><th class="num">${escapeHtml(t('scorecardExport.col.mean'))}</th><th class="num">${escapeHtml(t('scorecardExport.col.n'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length
}

function cardSection(t: T, card: ScorecardHtmlCard, report: ScoreReport): string {
  const { scorecard } = card
  const indices = card.audits.map((audit) => report.audits[audit.id]?.index ?? null).filter((index): index is number => index !== null)
  const mean = meanOf(indices)
  const out: string[] = [`<section class="page"><h2>${escapeHtml(scorecard.name)}</h2>`]
  out.push(`<p>${escapeHtml(t('scorecardExport.xlsx.post', { post: scorecard.post }))} · ${escapeHtml(t(`scorecardExport.weighting.${scorecard.weighting}`))}</p>`)
  if (card.problems.length > 0) out.push(`<p class="warning">${escapeHtml(t('scorecardExport.report.unusable', { problems: card.problems.join(' ') }))}</p>`)
  out.push(
    mean === null
      ? `<p>${escapeHtml(t('scorecardExport.report.noIndex'))}</p>`
      : `<p><span class="big">${fixed2(mean)}</span> <span class="muted">${escapeHtml(t('scorecardExport.report.auditCount', { n: indices.length }))}</span></p>`,
  )

  const bars = SERVQUAL_DIMENSIONS.flatMap((dimension) => {
    const value = report.byDimension[`${scorecard.id}/${dimension}`]
    return value ? [{ label: t(`servqual.${dimension}`), value: value.mean }] : []
  })
  if (bars.length > 0) {
    out.push(`<div class="figure"><h3>${escapeHtml(t('scorecardExport.report.dimensions'))}</h3>${barChartSvg(bars, { title: t('scorecardExport.report.dimensions') })}</div>`)
  }

  // IPA: importance = effective weight, performance = mean score; data-centred crosshairs.
  const points = indicatorIpaPoints(card.effective, report.byIndicator)
  const analysis = ipa(points)
  const numberOf = new Map(card.indicators.map((indicator, index) => [indicator.id, index + 1]))
  const quadrantOf = new Map(analysis?.points.map((point) => [point.id, point.quadrant]) ?? [])
  const rows = card.indicators.map((indicator) => {
    const mean = Object.hasOwn(report.byIndicator, indicator.id) ? report.byIndicator[indicator.id] : undefined
    const quadrant = quadrantOf.get(indicator.id)
    return `<tr><td class="num">${numberOf.get(indicator.id)}</td><td>${escapeHtml(t(`servqual.${indicator.dimension}`))}</td><td>${escapeHtml(indicator.name)}</td><td class="num">${percent(card.effective.get(indicator.id) ?? 0)}</td><td class="num">${mean ? fixed2(mean.mean) : '—'}</td><td class="num">${mean?.n ?? 0}</td><td>${quadrant ? escapeHtml(t(`scoring.quadrant.${quadrant}`)) : ''}</td></tr>`
  })
  out.push(`<h3>${escapeHtml(t('scorecardExport.report.indicators'))}</h3>`)
  out.push(
    `<table><thead><tr><th class="num">#</th><th>${escapeHtml(t('scorecardExport.col.dimension'))}</th><th>${escapeHtml(t('scorecardExport.col.indicator'))}</th><th class="num">${escapeHtml(t('scorecardExport.col.effectiveWeight'))}</th><th class="num">${escapeHtml(t('scorecardExport.col.meanScore'))}</th><th class="num">${escapeHtml(t('scorecardExport.col.n'))}</th><th>${escapeHtml(t('scorecardExport.col.quadrant'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  )
  const ipaHeading = `<h3>${escapeHtml(t('scorecardExport.report.ipa'))}</h3>`
  if (!analysis) out.push(`${ipaHeading}<p class="muted">${escapeHtml(t('scorecardExport.report.ipaEmpty'))}</p>`)
  else {
    const chartPoints = analysis.points.map((point) => ({ ...point, label: String(numberOf.get(point.id) ?? '') }))
    const quadrants = { concentrate: t('scoring.quadrant.concentrate'), keepUp: t('scoring.quadrant.keepUp'), lowPriority: t('scoring.quadrant.lowPriority'), overkill: t('scoring.quadrant.overkill') }
    // Heading, chart and the statement of the crosshair and tie rules stay on one page.
    out.push(
      `<div class="figure">${ipaHeading}${ipaChartSvg(chartPoints, analysis.crosshair, {
        title: t('scorecardExport.report.ipa'),
        importance: t('scorecardExport.report.ipaImportance'),
        performance: t('scorecardExport.report.ipaPerformance'),
        quadrants,
      })}<p class="muted">${escapeHtml(t('scoring.ipaCrosshairData', { importance: percent(analysis.crosshair.importance), performance: fixed2(analysis.crosshair.performance) }))} ${escapeHtml(t(analysis.tieRule))}</p></div>`,
    )
  }

  if (card.audits.length > 0) {
    const shown = card.audits.slice(-REPORT_AUDIT_ROWS)
    out.push(`<h3>${escapeHtml(t('scorecardExport.report.audits'))}</h3>`)
    if (shown.length < card.audits.length) out.push(`<p class="muted">${escapeHtml(t('scorecardExport.report.auditsShown', { shown: shown.length, n: card.audits.length }))}</p>`)
    const auditRows = shown.map((audit) => {
      const index = report.audits[audit.id]?.index ?? null
      return `<tr><td>${escapeHtml(audit.id)}</td><td>${escapeHtml(audit.date)}</td><td>${escapeHtml(audit.store)}</td><td>${escapeHtml(audit.post)}</td><td>${escapeHtml(audit.auditor)}</td><td class="num">${index === null ? '—' : fixed2(index)}</td></tr>`
    })
    out.push(
      `<table><thead><tr><th>${escapeHtml(t('scorecardExport.col.audit'))}</th><th>${escapeHtml(t('scorecardExport.col.date'))}</th><th>${escapeHtml(t('scorecardExport.col.store'))}</th><th>${escapeHtml(t('scorecardExport.col.post'))}</th><th>${escapeHtml(t('scorecardExport.col.auditor'))}</th><th class="num">${escapeHtml(t('scorecardExport.col.index'))}</th></tr></thead><tbody>${auditRows.join('')}</tbody></table>`,
    )
  }
  out.push('</section>')
  return out.join('\n')
}

function surveySection(t: T, report: ScoreReport): string {
  const out: string[] = []
  if (report.nps) {
    const nps = report.nps
    out.push(`<h2>${escapeHtml(t('scorecardExport.report.nps'))}</h2>`)
    out.push(`<p><span class="big">${roundNps(nps.nps)}</span></p>`)
    out.push(
      `<p>${escapeHtml(t('scorecardExport.report.npsLine', { nps: roundNps(nps.nps), margin: fixed2(nps.margin), n: nps.n, promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors }))}</p>`,
    )
    if (nps.indicative) out.push(`<p class="warning">${escapeHtml(t('scoring.npsIndicative', { n: nps.n }))}</p>`)
  }
  if (report.servqual) {
    const servqual = report.servqual
    const show = (value: number | null) => (value === null ? '—' : fixed2(value))
    out.push(`<h2>${escapeHtml(t('scorecardExport.report.servqual'))}</h2>`)
    out.push(
      `<p>${escapeHtml(t('scorecardExport.report.servqualRespondents', { n: servqual.respondents, unweighted: show(servqual.unweighted), weighted: show(servqual.weighted), servperf: show(servqual.servperf.overall) }))}</p>`,
    )
    const bars = SERVQUAL_DIMENSIONS.flatMap((dimension) => {
      const gap = servqual.dimensions[dimension]
      return gap === undefined ? [] : [{ label: t(`servqual.${dimension}`), value: gap }]
    })
    if (bars.length > 0) out.push(`<div class="figure">${gapChartSvg(bars, { title: t('scorecardExport.report.servqual') })}</div>`)
    const rows = SERVQUAL_DIMENSIONS.map(
      (dimension) =>
        `<tr><td>${escapeHtml(t(`servqual.${dimension}`))}</td><td class="num">${show(servqual.dimensions[dimension] ?? null)}</td><td class="num">${show(servqual.servperf.dimensions[dimension] ?? null)}</td></tr>`,
    )
    out.push(
      `<table><thead><tr><th>${escapeHtml(t('scorecardExport.col.dimension'))}</th><th class="num">${escapeHtml(t('scorecardExport.report.gap'))}</th><th class="num">${escapeHtml(t('scorecardExport.report.servperf'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    )
    out.push(`<p class="muted">${escapeHtml(t('scoring.servqualPerRespondent'))}</p>`)
  }
  return out.length > 0 ? `<section class="page">${out.join('\n')}</section>` : ''
}

/**
 * The result report: the overall index (mean of all audit indices) and the index by post, store,
 * month and auditor with a trend line; then per scorecard its mean index, dimension bars, the
 * indicator table and the IPA chart (data-centred crosshairs, ties to the better quadrant, both
 * stated under the chart) and its audits; then NPS and SERVQUAL when there are survey responses.
 */
export function scoreReportHtml(input: ScorecardHtmlInput): string {
  const t = translator(input.locale)
  const { report } = input
  const indices = input.cards.flatMap((card) => card.audits.map((audit) => report.audits[audit.id]?.index ?? null)).filter((index): index is number => index !== null)
  const overall = meanOf(indices)
  const date = input.generatedAt.slice(0, 10)
  const head: string[] = [`<section class="page">`]
  head.push(`<h1>${escapeHtml(t('scorecardExport.report.title'))} — ${escapeHtml(input.journeyTitle)}</h1>`)
  head.push(`<p class="muted">${escapeHtml(t('scorecardExport.report.generated', { date, file: input.sourceName, version: input.appVersion }))}</p>`)
  head.push(`<h2>${escapeHtml(t('scorecardExport.report.overall'))}</h2>`)
  if (overall === null) head.push(`<p>${escapeHtml(t(indices.length === 0 && input.cards.every((card) => card.audits.length === 0) ? 'scorecardExport.report.noAudits' : 'scorecardExport.report.noIndex'))}</p>`)
  else head.push(`<p><span class="big">${fixed2(overall)}</span> <span class="muted">${escapeHtml(t('scorecardExport.report.auditCount', { n: indices.length }))}</span></p>`)
  head.push(`<p class="muted">${escapeHtml(t('scorecardExport.report.formula'))}</p>`)
  if (report.trend.length > 0) {
    head.push(`<div class="figure"><h3>${escapeHtml(t('scorecardExport.report.trend'))}</h3>${trendChartSvg(report.trend, { title: t('scorecardExport.report.trend') })}</div>`)
  }
  const tables: Array<[MessageKey, MessageKey, Record<string, { mean: number; n: number }>]> = [
    ['scorecardExport.report.byPost', 'scorecardExport.col.post', report.byPost],
    ['scorecardExport.report.byStore', 'scorecardExport.col.store', report.byStore],
    ['scorecardExport.report.byMonth', 'scorecardExport.col.month', report.byMonth],
    ['scorecardExport.report.byAuditor', 'scorecardExport.col.auditor', report.byAuditor],
  ]
  const shown = tables.filter(([, , means]) => Object.keys(means).length > 0)
  for (let at = 0; at < shown.length; at += 2) {
    const pair = shown.slice(at, at + 2).map(([heading, header, means]) => `<div><h3>${escapeHtml(t(heading))}</h3>${meanTable(t, header, means)}</div>`)
    head.push(`<div class="columns">${pair.join('')}</div>`)
  }
  head.push('</section>')
  const body = [head.join('\n'), ...input.cards.map((card) => cardSection(t, card, report)), surveySection(t, report)].join('\n')
  return document(input.locale, `${t('scorecardExport.report.title')} — ${input.journeyTitle}`, body)
}
