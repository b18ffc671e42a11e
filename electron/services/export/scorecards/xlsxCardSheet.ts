/**
 * One scorecard sheet: the header block with the audits' meta rows, the indicator table with the
 * raw scores, the normalised scores (0–100), the dimension scores with their weights, and the
 * weighted index as formulas next to the index the app computed.
 */
import type ExcelJS from 'exceljs'
import { translate, type MessageKey } from '../../../../shared/i18n/translate'
import type { Audit } from '../../../../shared/model/scorecard'
import { isOnScale, unsafeNormalise } from '../../../../shared/scoring/normalise'
import type { ExportCard, ScorecardExportModel } from './data'
import { COL, columnLetter, formula, HEADER_FILL, ROW, scaleText, SCORE_FORMAT, WEIGHT_FORMAT, type Translate } from './xlsxLayout'

/** Writes one scorecard sheet; returns the index row (null when there are no indicators). */
export function writeCardSheet(
  sheet: ExcelJS.Worksheet,
  card: ExportCard,
  audits: readonly Audit[],
  model: ScorecardExportModel,
  t: Translate,
): number | null {
  const { scorecard, indicators, dimensions } = card
  const twoLevel = scorecard.weighting === 'twoLevel'
  const m = indicators.length
  const lastAuditColumn = COL.firstAudit + audits.length - 1
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: ROW.auditId }]
  const widths: Record<number, number> = { 1: 14, 2: 30, 3: 40, 4: 14, 5: 7, 6: 7, 7: 11, 8: 11, 9: 11 }
  for (const [column, width] of Object.entries(widths)) sheet.getColumn(Number(column)).width = width
  for (let column = COL.firstAudit; column <= lastAuditColumn; column++) sheet.getColumn(column).width = 12

  // Header block.
  const titleCell = sheet.getCell(ROW.title, 1)
  titleCell.value = scorecard.name
  titleCell.font = { bold: true, size: 14 }
  sheet.getCell(ROW.post, 1).value = t('scorecardExport.xlsx.post', { post: scorecard.post })
  sheet.getCell(ROW.weighting, 1).value = t('scorecardExport.xlsx.weighting', { weighting: t(`scorecardExport.weighting.${scorecard.weighting}`) })
  if (card.problems.length > 0) {
    const cell = sheet.getCell(ROW.weighting, 4)
    cell.value = t('scorecardExport.xlsx.problems', { problems: card.problems.map((problem) => translate(model.locale, problem.key, problem.params)).join(' ') })
    cell.font = { color: { argb: 'FFC00000' } }
  }
  sheet.mergeCells(ROW.note, 1, ROW.note, COL.effective)
  const note = sheet.getCell(ROW.note, 1)
  note.value = t(twoLevel ? 'scorecardExport.xlsx.note' : 'scorecardExport.xlsx.noteFlat')
  note.alignment = { wrapText: true, vertical: 'top' }
  sheet.getRow(ROW.note).height = 48

  const metaRows: Array<[number, MessageKey, (audit: Audit) => string]> = [
    [ROW.auditId, 'scorecardExport.col.audit', (audit) => audit.id],
    [ROW.date, 'scorecardExport.col.date', (audit) => audit.date],
    [ROW.month, 'scorecardExport.col.month', (audit) => audit.date.slice(0, 7)],
    [ROW.store, 'scorecardExport.col.store', (audit) => audit.store],
    [ROW.post2, 'scorecardExport.col.post', (audit) => audit.post],
    [ROW.auditor, 'scorecardExport.col.auditor', (audit) => audit.auditor],
  ]
  for (const [row, key, value] of metaRows) {
    const label = sheet.getCell(row, COL.effective)
    label.value = t(key)
    label.font = { bold: true }
    label.alignment = { horizontal: 'right' }
    audits.forEach((audit, index) => {
      const text = value(audit)
      // Empty stays a blank cell, so the Summary's `range=""` matches it like the app's '' group.
      if (text !== '') sheet.getCell(row, COL.firstAudit + index).value = text
    })
  }
  sheet.getRow(ROW.auditId).font = { bold: true }

  // Indicator table with the raw scores.
  if (audits.length > 0) sheet.getCell(ROW.blockTitle, COL.firstAudit).value = t('scorecardExport.xlsx.rawBlock')
  sheet.getCell(ROW.blockTitle, COL.firstAudit).font = { italic: true }
  const headers: MessageKey[] = [
    'scorecardExport.col.dimension',
    'scorecardExport.col.indicator',
    'scorecardExport.col.description',
    'scorecardExport.col.scale',
    'scorecardExport.col.scaleMin',
    'scorecardExport.col.scaleMax',
    'scorecardExport.col.dimensionWeight',
    'scorecardExport.col.indicatorWeight',
    'scorecardExport.col.effectiveWeight',
  ]
  const header = sheet.getRow(ROW.header)
  headers.forEach((key, index) => (header.getCell(index + 1).value = t(key)))
  audits.forEach((audit, index) => (header.getCell(COL.firstAudit + index).value = audit.id))
  header.font = { bold: true }
  for (let column = 1; column <= Math.max(COL.effective, lastAuditColumn); column++) header.getCell(column).fill = HEADER_FILL
  header.alignment = { wrapText: true, vertical: 'middle' }

  if (m === 0) return null
  const r1 = ROW.firstIndicator
  const r2 = r1 + m - 1
  const n1 = r2 + 3
  const n2 = n1 + m - 1
  const d1 = n2 + 3
  const d2 = d1 + dimensions.length - 1
  const indexRow = d2 + 2
  const dimensionRow = new Map(dimensions.map((dimension, index) => [dimension, d1 + index]))
  const dimName = (dimension: string) => translate(model.locale, `servqual.${dimension}` as MessageKey)
  const abs = (column: number, row: number) => `$${columnLetter(column)}$${row}`
  const weights = `${abs(COL.weight, r1)}:${abs(COL.weight, r2)}`
  const dimensionCol = `${abs(COL.dimension, r1)}:${abs(COL.dimension, r2)}`
  const dimensionWeights = `${abs(COL.dimensionWeight, d1)}:${abs(COL.dimensionWeight, d2)}`
  const W = columnLetter(COL.weight)
  const dimensionTotal = dimensions.reduce((sum, dimension) => sum + (scorecard.dimensionWeights[dimension] ?? 0), 0)

  indicators.forEach((indicator, index) => {
    const r = r1 + index
    const row = sheet.getRow(r)
    row.getCell(COL.dimension).value = dimName(indicator.dimension)
    row.getCell(COL.indicator).value = indicator.name
    row.getCell(COL.description).value = indicator.description
    row.getCell(COL.description).alignment = { wrapText: true, vertical: 'top' }
    row.getCell(COL.scale).value = scaleText(indicator, model.locale)
    if (indicator.scale.kind === 'range') {
      row.getCell(COL.min).value = indicator.scale.min
      row.getCell(COL.max).value = indicator.scale.max
    }
    if (twoLevel) {
      formula(row.getCell(COL.dimensionWeight), abs(COL.dimensionWeight, dimensionRow.get(indicator.dimension)!), scorecard.dimensionWeights[indicator.dimension] ?? '')
    }
    row.getCell(COL.weight).value = indicator.weight
    const share = twoLevel
      ? `IF(SUM(${dimensionWeights})=0,0,${columnLetter(COL.dimensionWeight)}${r}/SUM(${dimensionWeights}))` +
        `*IF(SUMIF(${dimensionCol},${columnLetter(COL.dimension)}${r},${weights})=0,0,${W}${r}/SUMIF(${dimensionCol},${columnLetter(COL.dimension)}${r},${weights}))`
      : `IF(SUM(${weights})=0,0,${W}${r}/SUM(${weights}))`
    formula(row.getCell(COL.effective), share, card.effective.get(indicator.id) ?? 0, WEIGHT_FORMAT)
    audits.forEach((audit, column) => {
      const value = model.scores.get(audit.id)?.get(indicator.id)?.value ?? null
      const cell = row.getCell(COL.firstAudit + column)
      if (value !== null) cell.value = value
      cell.dataValidation =
        indicator.scale.kind === 'yesNo'
          ? { type: 'list', allowBlank: true, formulae: ['"1,0"'] }
          : { type: 'decimal', operator: 'between', allowBlank: true, formulae: [indicator.scale.min, indicator.scale.max] }
    })
  })

  // Normalised scores.
  const normalisedTitle = sheet.getCell(n1 - 1, 1)
  normalisedTitle.value = t('scorecardExport.xlsx.normalisedBlock')
  normalisedTitle.font = { bold: true }
  indicators.forEach((indicator, index) => {
    const r = r1 + index
    const row = sheet.getRow(n1 + index)
    row.getCell(COL.dimension).value = dimName(indicator.dimension)
    row.getCell(COL.indicator).value = indicator.name
    audits.forEach((audit, column) => {
      const raw = `${columnLetter(COL.firstAudit + column)}${r}`
      const min = `$${columnLetter(COL.min)}${r}`
      const max = `$${columnLetter(COL.max)}${r}`
      const text =
        indicator.scale.kind === 'yesNo'
          ? `IF(AND(ISNUMBER(${raw}),OR(${raw}=0,${raw}=1)),${raw}*100,"")`
          : `IF(AND(ISNUMBER(${raw}),${raw}>=${min},${raw}<=${max}),(${raw}-${min})/(${max}-${min})*100,"")`
      const value = model.scores.get(audit.id)?.get(indicator.id)?.value ?? null
      const result = value !== null && isOnScale(value, indicator.scale) ? unsafeNormalise(value, indicator.scale) : ''
      formula(row.getCell(COL.firstAudit + column), text, result, SCORE_FORMAT)
    })
  })

  // Dimension scores and weights.
  const dimensionTitle = sheet.getRow(d1 - 1)
  dimensionTitle.getCell(1).value = t('scorecardExport.xlsx.dimensionBlock')
  dimensionTitle.getCell(1).font = { bold: true }
  if (twoLevel) dimensionTitle.getCell(COL.dimensionWeight).value = t('scorecardExport.col.dimensionWeight')
  dimensionTitle.getCell(COL.effective).value = t('scorecardExport.col.normalisedWeight')
  dimensionTitle.font = { bold: true }
  dimensions.forEach((dimension, index) => {
    const d = d1 + index
    const row = sheet.getRow(d)
    row.getCell(COL.dimension).value = dimName(dimension)
    const first = r1 + indicators.findIndex((indicator) => indicator.dimension === dimension)
    const count = indicators.filter((indicator) => indicator.dimension === dimension).length
    const last = first + count - 1
    if (twoLevel) {
      const weight = scorecard.dimensionWeights[dimension]
      if (weight !== undefined) row.getCell(COL.dimensionWeight).value = weight
      formula(
        row.getCell(COL.effective),
        `IF(SUM(${dimensionWeights})=0,0,${columnLetter(COL.dimensionWeight)}${d}/SUM(${dimensionWeights}))`,
        dimensionTotal > 0 ? (weight ?? 0) / dimensionTotal : 0,
        WEIGHT_FORMAT,
      )
    } else {
      const share = indicators.filter((indicator) => indicator.dimension === dimension).reduce((sum, indicator) => sum + (card.effective.get(indicator.id) ?? 0), 0)
      formula(row.getCell(COL.effective), `SUM(${abs(COL.effective, first)}:${abs(COL.effective, last)})`, share, WEIGHT_FORMAT)
    }
    const w = `${abs(COL.weight, first)}:${abs(COL.weight, last)}`
    audits.forEach((audit, column) => {
      const letter = columnLetter(COL.firstAudit + column)
      const scores = `${letter}${n1 + (first - r1)}:${letter}${n1 + (last - r1)}`
      const answered = `SUMPRODUCT(${w}*(${scores}<>""))`
      const text = `IF(${answered}=0,"",SUMPRODUCT(${w},${scores})/${answered})`
      formula(row.getCell(COL.firstAudit + column), text, model.all.audits[audit.id]?.dimensions[dimension] ?? '', SCORE_FORMAT)
    })
  })

  // The weighted index: two-level across the dimension scores, flat across the indicator scores.
  const indexLabel = sheet.getRow(indexRow)
  indexLabel.getCell(1).value = t('scorecardExport.xlsx.index')
  indexLabel.font = { bold: true }
  const appRow = sheet.getRow(indexRow + 1)
  appRow.getCell(1).value = t('scorecardExport.xlsx.appIndex')
  audits.forEach((audit, column) => {
    const letter = columnLetter(COL.firstAudit + column)
    const [w, scores] = twoLevel ? [dimensionWeights, `${letter}${d1}:${letter}${d2}`] : [weights, `${letter}${n1}:${letter}${n2}`]
    const answered = `SUMPRODUCT(${w}*(${scores}<>""))`
    const index = model.all.audits[audit.id]?.index ?? null
    formula(indexLabel.getCell(COL.firstAudit + column), `IF(${answered}=0,"",SUMPRODUCT(${w},${scores})/${answered})`, index ?? '', SCORE_FORMAT)
    const appCell = appRow.getCell(COL.firstAudit + column)
    if (index !== null) appCell.value = index
    appCell.numFmt = SCORE_FORMAT
  })
  return indexRow
}
