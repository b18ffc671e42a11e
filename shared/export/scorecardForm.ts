/** The blank assessment form an auditor carries: per scorecard, a box per possible answer. */
import type { MessageKey } from '../i18n/translate'
import type { ServqualDimension } from '../model/schema'
import type { Scale } from '../model/scorecard'
import { escapeHtml, labelled, percent, printableDocument, translator, type ScorecardHtmlInput, type T } from './scorecardHtmlPage'

/** A range scale gets one box per whole number when it has at most this many points. */
const MAX_BOXES = 11

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
  return printableDocument(input.locale, `${t('scorecardExport.form.title')} — ${input.journeyTitle}`, body)
}
