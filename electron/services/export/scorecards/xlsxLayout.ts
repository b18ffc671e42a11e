/**
 * Layout and cell helpers shared by the workbook's sheets: the fixed rows and columns of a
 * scorecard sheet, fills and number formats, formula cells with the app's value as cached result,
 * and sheet names Excel accepts.
 */
import type ExcelJS from 'exceljs'
import { translate, type MessageKey } from '../../../../shared/i18n/translate'
import type { Locale } from '../../../../shared/model/schema'
import type { Indicator } from '../../../../shared/model/scorecard'

/** The translator every sheet writer gets (the model's locale). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** Fixed rows of a scorecard sheet. */
export const ROW = { title: 1, post: 2, weighting: 3, note: 4, auditId: 5, date: 6, month: 7, store: 8, post2: 9, auditor: 10, blockTitle: 11, header: 12, firstIndicator: 13 } as const
/** Fixed columns of a scorecard sheet (1-based). */
export const COL = { dimension: 1, indicator: 2, description: 3, scale: 4, min: 5, max: 6, dimensionWeight: 7, weight: 8, effective: 9, firstAudit: 10 } as const

/** Excel's formula length limit; longer summary formulas are written as values. */
export const MAX_FORMULA = 8000
export const FORMULA_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } }
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } }
export const SCORE_FORMAT = '0.00'
export const WEIGHT_FORMAT = '0.00%'

/** Column letters of a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/** A formula string literal: double quotes doubled. */
export const literal = (text: string) => `"${text.replace(/"/g, '""')}"`

/** A sheet reference for formulas: always quoted, apostrophes doubled. */
export const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`

/** A formula cell with the app's value as cached result ('' for "no value"). */
export function formula(cell: ExcelJS.Cell, text: string, result: number | string | null | undefined, numFmt?: string): void {
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

/** How a scale reads in a cell: "yes / no" in the user's language, or "min–max". */
export function scaleText(indicator: Indicator, locale: Locale): string {
  return indicator.scale.kind === 'yesNo' ? translate(locale, 'scorecardExport.scale.yesNo') : `${indicator.scale.min}–${indicator.scale.max}`
}
