/**
 * Printable HTML for the scorecard PDFs (pure: no DOM, no Node): (a) the blank assessment form an
 * auditor carries (per scorecard, A4, grouped by dimension, a box per answer, comment column,
 * signature lines) and (b) the result report (overall index, by post/store/month/auditor, per
 * scorecard dimension bars, indicator table and IPA quadrant chart, trend line, NPS and SERVQUAL
 * gaps when there are survey responses). Charts are inline SVG; every text from the document is
 * escaped, so markup in a name prints as text. No script, no external resource: the page renders
 * the same in Chromium's print, Electron's printToPDF or any browser.
 *
 * The parts live in sibling files (page shell and formatting, charts, form, report); this module
 * keeps the original import path for everything they export.
 */
export { barChartSvg, gapChartSvg, ipaChartSvg, trendChartSvg, type IpaChartPoint } from './scorecardCharts'
export { assessmentFormHtml } from './scorecardForm'
export { escapeHtml, FONT_STACK, fixed2, type ScorecardHtmlCard, type ScorecardHtmlInput } from './scorecardHtmlPage'
export { REPORT_AUDIT_ROWS, scoreReportHtml } from './scorecardReport'
