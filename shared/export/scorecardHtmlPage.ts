/**
 * What every printable scorecard page shares: the input both documents are made from, text
 * escaping, the CJK-capable fonts, number formatting as the app prints it, and the HTML shell
 * with its print stylesheet (no script, no external resource).
 */
import { translate, type MessageKey, type MessageParams } from '../i18n/translate'
import type { ScoreReport } from '../ipc/scorecardContract'
import type { Locale } from '../model/schema'
import type { Audit, Indicator, Scorecard } from '../model/scorecard'
import { fixed } from '../scoring/round'
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
  return fixed(value, 2)
}

/** A share of 1 as a percentage, as the app shows weights: 0.125 → "12.50 %". */
export const percent = (share: number) => `${fixed2(share * 100)} %`


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

export type T = (key: MessageKey, params?: MessageParams) => string

export function translator(locale: Locale): T {
  return (key, params) => translate(locale, key, params)
}

/** A label before a blank: full-width colon in Chinese. */
export const labelled = (locale: Locale, label: string) => `${escapeHtml(label)}${locale === 'zh-CN' ? '：' : ': '}`

/** The whole page: head with the stylesheet and a CSP that allows nothing external, then `body`. */
export function printableDocument(locale: Locale, title: string, body: string): string {
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
