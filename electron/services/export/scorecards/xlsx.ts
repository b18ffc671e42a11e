/**
 * The scorecard workbook (docs/file-format.md "Scorecard workbook"): an "Audit entry" template sheet
 * (first, so the audit importer, which reads a workbook's first sheet, reads it back), a Summary
 * sheet (the tab the workbook opens on), and one sheet per scorecard whose formulas reproduce the
 * weighted index (so a quality team can check it in Excel or WPS, change a score or a weight and
 * see the index move). Every formula cell also carries the app's own value as its
 * cached result, so readers that do not recalculate see the same numbers as the app.
 *
 * Per scorecard sheet (columns): A dimension, B indicator, C description, D scale, E min, F max,
 * G dimension weight, H indicator weight, I effective weight, then one column per audit (J…).
 * Rows: a header block with the audits' id/date/month/store/post/auditor, the indicator table with
 * the raw scores, the normalised scores (0–100), the dimension scores D_d with the dimension
 * weights, the weighted index, and the index as the app computed it.
 */
import ExcelJS from 'exceljs'
import { translate, type MessageKey } from '../../../../shared/i18n/translate'
import { AUDIT_COLUMNS, type AuditColumnId } from '../../../../shared/import/auditTable'
import type { Locale } from '../../../../shared/model/schema'
import type { Audit, Indicator } from '../../../../shared/model/scorecard'
import { isOnScale, unsafeNormalise } from '../../../../shared/scoring/normalise'
import type { ExportCard, ScorecardExportModel } from './data'

/** At most this many audit columns per sheet; more audits continue on sheets "Name (2)", "Name (3)"… */
export const AUDITS_PER_SHEET = 2000

/** Fixed rows of a scorecard sheet. */
export const ROW = { title: 1, post: 2, weighting: 3, note: 4, auditId: 5, date: 6, month: 7, store: 8, post2: 9, auditor: 10, blockTitle: 11, header: 12, firstIndicator: 13 } as const
/** Fixed columns of a scorecard sheet (1-based). */
export const COL = { dimension: 1, indicator: 2, description: 3, scale: 4, min: 5, max: 6, dimensionWeight: 7, weight: 8, effective: 9, firstAudit: 10 } as const

/** Excel's formula length limit; longer summary formulas are written as values. */
const MAX_FORMULA = 8000
const FORMULA_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } }
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } }
const SCORE_FORMAT = '0.00'
const WEIGHT_FORMAT = '0.00%'

/** Column letters of a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/** A formula string literal: double quotes doubled. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`

/** A sheet reference for formulas: always quoted, apostrophes doubled. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`

/** A formula cell with the app's value as cached result ('' for "no value"). */
function formula(cell: ExcelJS.Cell, text: string, result: number | string | null | undefined, numFmt?: string): void {
  cell.value = { formula: text, result: result ?? '' } as ExcelJS.CellFormulaValue
  cell.fill = FORMULA_FILL
  if (numFmt) cell.numFmt = numFmt
}

/**
 * Names every sheet may carry: at most 31 characters, none of `[]:*?/\`, not starting or ending
 * with an apostrophe, not "History" (reserved by Excel), unique ignoring case.
 */
export class SheetNames {
  private readonly used = new Set<string>()

  take(wanted: string): string {
    const base = (wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet').slice(0, 31)
    let name = base.toLowerCase() === 'history' ? `${base}_` : base
    for (let n = 2; this.used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`
      name = `${base.slice(0, 31 - suffix.length)}${suffix}`
    }
    this.used.add(name.toLowerCase())
    return name
  }
}

/** Where one sheet put what the Summary's formulas refer to. */
interface SheetPart {
  name: string
  card: ExportCard
  audits: Audit[]
  /** The row of the index formulas, or null when the scorecard has no indicators. */
  indexRow: number | null
}

export async function scorecardWorkbook(model: ScorecardExportModel): Promise<Uint8Array> {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(model.locale, key, params)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = `MOT Studio ${model.appVersion}`
  workbook.created = new Date(model.generatedAt)
  workbook.calcProperties.fullCalcOnLoad = true
  const names = new SheetNames()
  // The entry template is the first sheet, because the audit importer reads a workbook's first
  // sheet: a filled-in export imports as it is. Excel and WPS open on the Summary (active tab).
  const entry = workbook.addWorksheet(names.take(t('scorecardExport.sheet.entry')))
  const summary = workbook.addWorksheet(names.take(t('scorecardExport.sheet.summary')))
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }]
  const parts: SheetPart[] = []
  for (const card of model.cards) {
    const chunks: Audit[][] = []
    for (let at = 0; at < card.audits.length; at += AUDITS_PER_SHEET) chunks.push(card.audits.slice(at, at + AUDITS_PER_SHEET))
    if (chunks.length === 0) chunks.push([])
    chunks.forEach((audits, index) => {
      const title = card.scorecard.name.trim() || card.scorecard.id
      const name = names.take(index === 0 ? title : t('scorecardExport.xlsx.continued', { name: title, part: index + 1 }))
      const indexRow = writeCardSheet(workbook.addWorksheet(name), card, audits, model, t)
      parts.push({ name, card, audits, indexRow })
    })
  }
  writeEntrySheet(entry, model, t)
  writeSummarySheet(summary, parts, model, t)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** Writes one scorecard sheet; returns the index row (null when there are no indicators). */
function writeCardSheet(
  sheet: ExcelJS.Worksheet,
  card: ExportCard,
  audits: readonly Audit[],
  model: ScorecardExportModel,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
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

function scaleText(indicator: Indicator, locale: Locale): string {
  return indicator.scale.kind === 'yesNo' ? translate(locale, 'scorecardExport.scale.yesNo') : `${indicator.scale.min}–${indicator.scale.max}`
}

/**
 * The Summary: mean index per scorecard, post, store, month and auditor. Formulas over the
 * scorecard sheets (mean = Σ indices / count of indices in the group) with the app's numbers as
 * cached results; a group whose formula would pass Excel's length limit gets the value only.
 */
function writeSummarySheet(
  sheet: ExcelJS.Worksheet,
  parts: readonly SheetPart[],
  model: ScorecardExportModel,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): void {
  sheet.getColumn(1).width = 32
  sheet.getColumn(2).width = 16
  sheet.getColumn(3).width = 10
  const title = sheet.getCell(1, 1)
  title.value = `${model.journeyTitle} — ${t('scorecardExport.sheet.summary')}`
  title.font = { bold: true, size: 14 }
  sheet.getCell(2, 1).value = t('scorecardExport.xlsx.summaryNote')
  let row = 4
  const indexRange = (part: SheetPart) => {
    const last = columnLetter(COL.firstAudit + part.audits.length - 1)
    return `${sheetRef(part.name)}!$${columnLetter(COL.firstAudit)}$${part.indexRow}:$${last}$${part.indexRow}`
  }
  const withAudits = parts.filter((part) => part.indexRow !== null && part.audits.length > 0)
  const section = (heading: MessageKey, firstHeader: MessageKey) => {
    row++
    const headingCell = sheet.getCell(row, 1)
    headingCell.value = t(heading)
    headingCell.font = { bold: true, size: 12 }
    row++
    const header = sheet.getRow(row)
    header.values = [t(firstHeader), t('scorecardExport.col.mean'), t('scorecardExport.col.n')]
    header.font = { bold: true }
    for (let column = 1; column <= 3; column++) header.getCell(column).fill = HEADER_FILL
    row++
  }
  const line = (key: string, sums: string[], counts: string[], mean: number | null, n: number) => {
    const cells = sheet.getRow(row)
    cells.getCell(1).value = key === '' ? t('scorecardExport.report.empty') : key
    const meanFormula = sums.length > 0 ? `IF((${counts.join('+')})=0,"",(${sums.join('+')})/(${counts.join('+')}))` : ''
    const countFormula = counts.join('+')
    if (meanFormula && meanFormula.length <= MAX_FORMULA) {
      formula(cells.getCell(2), meanFormula, mean ?? '', SCORE_FORMAT)
      formula(cells.getCell(3), countFormula, n)
    } else {
      if (mean !== null) cells.getCell(2).value = mean
      cells.getCell(2).numFmt = SCORE_FORMAT
      cells.getCell(3).value = n
    }
    row++
  }

  section('scorecardExport.xlsx.byScorecard', 'scorecardExport.col.scorecard')
  for (const card of model.cards) {
    const own = withAudits.filter((part) => part.card === card)
    const indices = card.audits.map((audit) => model.all.audits[audit.id]?.index ?? null).filter((index): index is number => index !== null)
    const mean = indices.length > 0 ? indices.reduce((sum, index) => sum + index, 0) / indices.length : null
    line(
      card.scorecard.name,
      own.map((part) => `SUM(${indexRange(part)})`),
      own.map((part) => `COUNT(${indexRange(part)})`),
      mean,
      indices.length,
    )
  }
  const groups: Array<[MessageKey, MessageKey, Record<string, { mean: number; n: number }>, number]> = [
    ['scorecardExport.xlsx.byPost', 'scorecardExport.col.post', model.report.byPost, ROW.post2],
    ['scorecardExport.xlsx.byStore', 'scorecardExport.col.store', model.report.byStore, ROW.store],
    ['scorecardExport.xlsx.byMonth', 'scorecardExport.col.month', model.report.byMonth, ROW.month],
    ['scorecardExport.xlsx.byAuditor', 'scorecardExport.col.auditor', model.report.byAuditor, ROW.auditor],
  ]
  for (const [heading, firstHeader, means, metaRow] of groups) {
    section(heading, firstHeader)
    for (const [key, mean] of Object.entries(means)) {
      const matches = (part: SheetPart) => {
        const last = columnLetter(COL.firstAudit + part.audits.length - 1)
        return `(${sheetRef(part.name)}!$${columnLetter(COL.firstAudit)}$${metaRow}:$${last}$${metaRow}=${literal(key)})`
      }
      line(
        key,
        withAudits.map((part) => `SUMPRODUCT(--${matches(part)},${indexRange(part)})`),
        withAudits.map((part) => `SUMPRODUCT(${matches(part)}*ISNUMBER(${indexRange(part)}))`),
        mean.mean,
        mean.n,
      )
    }
  }
}

/**
 * The audit-entry template: one row per audit and indicator, in the user's language, with a row
 * per indicator of every scorecard ready to fill in (copy the block for each further audit), and
 * a drop-down of yes / no / N/A on the score cells of yes/no indicators.
 */
function writeEntrySheet(sheet: ExcelJS.Worksheet, model: ScorecardExportModel, t: (key: MessageKey) => string): void {
  // The audit importer's own headers (shared/import/auditTable.ts), so the sheet reads back as is.
  const columns: readonly AuditColumnId[] = ['audit', 'date', 'store', 'post', 'auditor', 'scorecard', 'indicator', 'score', 'comment']
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const header = sheet.getRow(1)
  header.values = columns.map((column) => AUDIT_COLUMNS[column].header[model.locale])
  header.font = { bold: true }
  columns.forEach((_column, index) => (header.getCell(index + 1).fill = HEADER_FILL))
  const at = (column: AuditColumnId) => columns.indexOf(column) + 1
  header.getCell(at('score')).note = t('scorecardExport.xlsx.entryNote')
  const widths = [14, 12, 16, 12, 12, 24, 32, 10, 30]
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width))
  const choices = `"${[t('scorecardExport.yes'), t('scorecardExport.no'), t('scorecardExport.notApplicable')].join(',')}"`
  let row = 2
  for (const card of model.cards) {
    for (const indicator of card.indicators) {
      const cells = sheet.getRow(row)
      if (card.scorecard.post) cells.getCell(at('post')).value = card.scorecard.post
      cells.getCell(at('scorecard')).value = card.scorecard.name
      cells.getCell(at('indicator')).value = indicator.name
      const score = cells.getCell(at('score'))
      if (indicator.scale.kind === 'yesNo') score.dataValidation = { type: 'list', allowBlank: true, formulae: [choices] }
      else score.note = scaleText(indicator, model.locale)
      row++
    }
  }
}
