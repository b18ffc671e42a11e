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
import type { Audit } from '../../../../shared/model/scorecard'
import type { ScorecardExportModel } from './data'
import { writeCardSheet } from './xlsxCardSheet'
import { writeEntrySheet } from './xlsxEntrySheet'
import { SheetNames } from './xlsxLayout'
import { writeSummarySheet, type SheetPart } from './xlsxSummarySheet'

// The layout helpers moved to xlsxLayout.ts; tests and callers keep importing them from here.
export { COL, columnLetter, ROW, SheetNames } from './xlsxLayout'

/** At most this many audit columns per sheet; more audits continue on sheets "Name (2)", "Name (3)"… */
export const AUDITS_PER_SHEET = 2000

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
