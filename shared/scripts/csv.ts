/**
 * The script book as CSV: one row per script line (a touchpoint without lines gets one row with
 * the line columns empty, so every touchpoint and standard is in the file), in book order. The
 * touchpoint's columns repeat on each of its rows so the sheet can be filtered by post or stage.
 * Headers in the book's language; UTF-8 with BOM and CRLF between records (Excel and WPS read
 * Chinese correctly); line breaks inside a cell stay LF. Several items in one cell (standards,
 * variants, phrases to avoid, CLEAR steps) are one per line. Text that Excel would run as a
 * formula (first character `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe. Pure.
 */
import type { MessageKey } from '../i18n/translate'
import { labelled, placementName, speakerText, standardText, translator } from './labels'
import type { BookLine, BookTouchpoint, ScriptBook } from './scriptBook'

export const SCRIPT_CSV_COLUMNS: readonly MessageKey[] = [
  'scriptExport.col.stage',
  'scriptExport.col.number',
  'scriptExport.col.touchpoint',
  'scriptExport.col.role',
  'scriptExport.col.channel',
  'scriptExport.col.placement',
  'scriptExport.col.mot',
  'scriptExport.col.peak',
  'scriptExport.col.end',
  'scriptExport.col.lineNumber',
  'scriptExport.col.speaker',
  'scriptExport.col.line',
  'scriptExport.col.tone',
  'scriptExport.col.alternatives',
  'scriptExport.col.standards',
  'scriptExport.col.avoid',
  'scriptExport.col.delight',
  'scriptExport.col.risk',
  'scriptExport.col.recovery',
]

/** Text Excel would run as a formula gets a leading apostrophe ("CSV injection"). */
export function csvSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** Quotes a field when it holds a separator, quote, line break or edge spaces (RFC 4180). */
export function csvField(text: string): string {
  return /[",;\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Records joined for Excel: BOM, CRLF between records. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((cells) => cells.map((cell) => csvField(csvSafe(cell))).join(',')).join('\r\n')}\r\n`
}

function touchpointCells(book: ScriptBook, sectionName: string, touchpoint: BookTouchpoint): { before: string[]; after: string[] } {
  const { locale } = book
  const t = translator(locale)
  const yesNo = (value: boolean) => (value ? t('scriptExport.yes') : t('scriptExport.no'))
  const mot = touchpoint.isMot ? (touchpoint.motFamily ? `${t('scriptExport.yes')} · ${t(`mot.family.${touchpoint.motFamily}`)}` : t('scriptExport.yes')) : t('scriptExport.no')
  const recovery = [
    ...(touchpoint.recovery.trim() ? [touchpoint.recovery] : []),
    ...touchpoint.recoverySteps.map((step) => labelled(locale, t(`scriptExport.clear.${step.step}`), step.text)),
  ].join('\n')
  return {
    before: [
      sectionName,
      String(touchpoint.number),
      touchpoint.title,
      touchpoint.role,
      touchpoint.channel,
      touchpoint.placement === 'main' ? `${placementName(locale, touchpoint)} ${touchpoint.mainStep}` : placementName(locale, touchpoint),
      mot,
      yesNo(touchpoint.isPeak),
      yesNo(touchpoint.isEnd),
    ],
    after: [
      touchpoint.standards.map((standard) => standardText(locale, standard)).join('\n'),
      touchpoint.phrasesToAvoid.join('\n'),
      touchpoint.delight,
      touchpoint.risk,
      recovery,
    ],
  }
}

function lineCells(book: ScriptBook, line: BookLine, index: number): string[] {
  const t = translator(book.locale)
  return [
    String(index + 1),
    speakerText(book.locale, line),
    line.text,
    line.tone,
    line.alternatives.map((alternative) => labelled(book.locale, alternative.customerType.trim() || t('scriptExport.speaker.customer'), alternative.text)).join('\n'),
  ]
}

/** The CSV of a script book (whole or one post's). */
export function scriptBookCsv(book: ScriptBook): string {
  const t = translator(book.locale)
  const rows: string[][] = [SCRIPT_CSV_COLUMNS.map((key) => t(key))]
  for (const section of book.sections) {
    for (const touchpoint of section.touchpoints) {
      const { before, after } = touchpointCells(book, section.name, touchpoint)
      if (touchpoint.lines.length === 0) rows.push([...before, '', '', '', '', '', ...after])
      touchpoint.lines.forEach((line, index) => rows.push([...before, ...lineCells(book, line, index), ...after]))
    }
  }
  return csvText(rows)
}
