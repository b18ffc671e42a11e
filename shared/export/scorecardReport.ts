/**
 * The result report: overall index and the breakdowns, a section per scorecard (dimension bars,
 * indicator table, IPA chart, audits), then NPS and SERVQUAL when there are survey responses.
 */
import type { MessageKey } from '../i18n/translate'
import type { ScoreReport } from '../ipc/scorecardContract'
import { SERVQUAL_DIMENSIONS } from '../model/schema'
import { indicatorIpaPoints, ipa } from '../scoring/ipa'
import { roundNps } from '../scoring/nps'
import { barChartSvg, gapChartSvg, ipaChartSvg, trendChartSvg } from './scorecardCharts'
import { escapeHtml, fixed2, percent, printableDocument, translator, type ScorecardHtmlCard, type ScorecardHtmlInput, type T } from './scorecardHtmlPage'

/** Up to this many audits are listed per scorecard in the report (the most recent). */
export const REPORT_AUDIT_ROWS = 100

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
  return printableDocument(input.locale, `${t('scorecardExport.report.title')} — ${input.journeyTitle}`, body)
}
