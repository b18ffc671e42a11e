/** The Summary sheet: mean index per scorecard, post, store, month and auditor. */
import type ExcelJS from 'exceljs'
import type { MessageKey } from '../../../../shared/i18n/translate'
import type { Audit } from '../../../../shared/model/scorecard'
import type { ExportCard, ScorecardExportModel } from './data'
import { COL, columnLetter, formula, HEADER_FILL, literal, MAX_FORMULA, ROW, SCORE_FORMAT, sheetRef, type Translate } from './xlsxLayout'

/** Where one sheet put what the Summary's formulas refer to. */
export interface SheetPart {
  name: string
  card: ExportCard
  audits: Audit[]
  /** The row of the index formulas, or null when the scorecard has no indicators. */
  indexRow: number | null
}

/**
 * The Summary: mean index per scorecard, post, store, month and auditor. Formulas over the
 * scorecard sheets (mean = Σ indices / count of indices in the group) with the app's numbers as
 * cached results; a group whose formula would pass Excel's length limit gets the value only.
 */
export function writeSummarySheet(
  sheet: ExcelJS.Worksheet,
  parts: readonly SheetPart[],
  model: ScorecardExportModel,
  t: Translate,
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
