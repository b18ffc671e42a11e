/** The "Audit entry" sheet: a template the audit importer reads back as it is. */
import type ExcelJS from 'exceljs'
import type { MessageKey } from '../../../../shared/i18n/translate'
import { AUDIT_COLUMNS, type AuditColumnId } from '../../../../shared/import/auditColumns'
import type { ScorecardExportModel } from './data'
import { HEADER_FILL, scaleText } from './xlsxLayout'

/**
 * The audit-entry template: one row per audit and indicator, in the user's language, with a row
 * per indicator of every scorecard ready to fill in (copy the block for each further audit), and
 * a drop-down of yes / no / N/A on the score cells of yes/no indicators.
 */
export function writeEntrySheet(sheet: ExcelJS.Worksheet, model: ScorecardExportModel, t: (key: MessageKey) => string): void {
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
