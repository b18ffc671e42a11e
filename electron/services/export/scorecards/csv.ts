/**
 * The scorecard CSV (docs/file-format.md "Scorecard CSV"): one file in long format, one row per
 * audit × indicator (every indicator of the audit's scorecard, N/A or unscored as an empty raw
 * score), with the scorecard, the indicator's dimension and weights, the raw and normalised score
 * and the audit's index. A scorecard without audits contributes one row per indicator with the
 * audit columns empty, so the file also lists every indicator. Headers in the user's language;
 * UTF-8 with BOM and CRLF (Excel reads Chinese correctly); numbers in full precision.
 */
import { translate, type MessageKey } from '../../../../shared/i18n/translate'
import type { Audit, Indicator } from '../../../../shared/model/scorecard'
import { isOnScale, scaleLabel, unsafeNormalise } from '../../../../shared/scoring/normalise'
import { tableToCsv } from '../../import/writeTable'
import type { ExportCard, ScorecardExportModel } from './data'

export const CSV_COLUMNS: readonly MessageKey[] = [
  'scorecardExport.col.scorecard',
  'scorecardExport.col.audit',
  'scorecardExport.col.date',
  'scorecardExport.col.month',
  'scorecardExport.col.store',
  'scorecardExport.col.post',
  'scorecardExport.col.auditor',
  'scorecardExport.col.source',
  'scorecardExport.col.dimension',
  'scorecardExport.col.indicatorId',
  'scorecardExport.col.indicator',
  'scorecardExport.col.scale',
  'scorecardExport.col.dimensionWeight',
  'scorecardExport.col.indicatorWeight',
  'scorecardExport.col.effectiveWeight',
  'scorecardExport.col.raw',
  'scorecardExport.col.normalised',
  'scorecardExport.col.auditIndex',
]

/** A number as data: full precision without binary noise (76.30000000000001 → 76.3); null → empty. */
export function plainNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  return String(Number(value.toPrecision(15)))
}

/**
 * Text that Excel would run as a formula when it opens the CSV (`=`, `+`, `-`, `@`, tab or CR
 * first: "CSV injection") gets a leading apostrophe, which Excel shows as plain text.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

export function scorecardCsv(model: ScorecardExportModel): string {
  const t = (key: MessageKey) => translate(model.locale, key)
  const rows: string[][] = []
  for (const card of model.cards) {
    if (card.audits.length === 0) {
      for (const indicator of card.indicators) rows.push(row(model, card, indicator, null))
      continue
    }
    for (const audit of card.audits) for (const indicator of card.indicators) rows.push(row(model, card, indicator, audit))
  }
  return tableToCsv({ headers: CSV_COLUMNS.map(t), rows })
}

function row(model: ScorecardExportModel, card: ExportCard, indicator: Indicator, audit: Audit | null): string[] {
  const { scorecard } = card
  const t = (key: MessageKey) => translate(model.locale, key)
  const value = audit ? (model.scores.get(audit.id)?.get(indicator.id)?.value ?? null) : null
  const normalised = value !== null && isOnScale(value, indicator.scale) ? unsafeNormalise(value, indicator.scale) : null
  const text = [
    scorecard.name,
    audit?.id ?? '',
    audit?.date ?? '',
    audit?.date.slice(0, 7) ?? '',
    audit?.store ?? '',
    audit?.post ?? '',
    audit?.auditor ?? '',
    audit ? t(`scorecardExport.source.${audit.source}`) : '',
    t(`servqual.${indicator.dimension}`),
    indicator.id,
    indicator.name,
    // An en dash, not a hyphen: Excel reads a CSV cell "1-5" as the date 1 May.
    indicator.scale.kind === 'yesNo' ? t('scorecardExport.scale.yesNo') : scaleLabel(indicator.scale),
  ].map(safeText)
  return [
    ...text,
    scorecard.weighting === 'twoLevel' ? plainNumber(scorecard.dimensionWeights[indicator.dimension]) : '',
    plainNumber(indicator.weight),
    plainNumber(card.effective.get(indicator.id) ?? 0),
    plainNumber(value),
    plainNumber(normalised),
    audit ? plainNumber(model.all.audits[audit.id]?.index) : '',
  ]
}
