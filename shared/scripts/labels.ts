/**
 * The words every script renderer prints beside the document's own text, in the book's language:
 * markers (MOT, peak, end), where a touchpoint sits on the journey, standards with their time
 * limits, the facts line, the header and footer texts. Pure; renderers escape what they print.
 */
import { translate, type MessageKey, type MessageParams } from '../i18n/translate'
import type { Locale } from '../model/schema'
import type { ServiceStandard } from '../model/script'
import type { BookLine, BookTouchpoint, ScriptBook } from './scriptBook'

export type Translator = (key: MessageKey, params?: MessageParams) => string

export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params)
}

/** "Label: value" with the colon of the language. */
export function labelled(locale: Locale, label: string, value: string): string {
  return `${label}${locale === 'zh-CN' ? '：' : ': '}${value}`
}

/** The list separator of the language. */
export const listSeparator = (locale: Locale) => (locale === 'zh-CN' ? '、' : ', ')

/** An emotion as printed: "+2", "0", "-3". */
export function emotionText(value: number): string {
  return value > 0 ? `+${value}` : String(value)
}

/** The markers of a touchpoint: "MOT · Business moment", "Peak", "End" (only those that apply). */
export function markers(locale: Locale, touchpoint: Pick<BookTouchpoint, 'isMot' | 'motFamily' | 'isPeak' | 'isEnd'>): string[] {
  const t = translator(locale)
  const result: string[] = []
  if (touchpoint.isMot) result.push(touchpoint.motFamily ? `${t('scriptExport.marker.mot')} · ${t(`mot.family.${touchpoint.motFamily}`)}` : t('scriptExport.marker.mot'))
  if (touchpoint.isPeak) result.push(t('scriptExport.marker.peak'))
  if (touchpoint.isEnd) result.push(t('scriptExport.marker.end'))
  return result
}

/** Where the touchpoint sits: "Main path, step 3", "Alternative branch from “…” (label)", "On no path…". */
export function placementText(locale: Locale, touchpoint: Pick<BookTouchpoint, 'placement' | 'mainStep' | 'branchFrom'>): string {
  const t = translator(locale)
  if (touchpoint.placement === 'main') return t('scriptExport.mainStep', { step: touchpoint.mainStep ?? 0 })
  if (touchpoint.placement === 'branch' && touchpoint.branchFrom) {
    const { title, label } = touchpoint.branchFrom
    return label.trim() ? t('scriptExport.branchLabel', { title, label: label.trim() }) : t('scriptExport.branchFrom', { title })
  }
  return t('scriptExport.offPath')
}

/** The short path column of the CSV: main path / alternative branch / on no path. */
export function placementName(locale: Locale, touchpoint: Pick<BookTouchpoint, 'placement'>): string {
  return translate(locale, `scriptExport.placement.${touchpoint.placement}`)
}

/** A standard with its time limit: "Greet the customer (time limit: 3 s)". */
export function standardText(locale: Locale, standard: ServiceStandard): string {
  const limit = standard.timeLimit.trim()
  if (!limit) return standard.text
  const note = translate(locale, 'scriptExport.timeLimit', { limit })
  return locale === 'zh-CN' ? `${standard.text}（${note}）` : `${standard.text} (${note})`
}

/** The speaker of a line as printed: "Staff", "Customer", "Customer (cue)". */
export function speakerText(locale: Locale, line: Pick<BookLine, 'speaker' | 'cue'>): string {
  const name = translate(locale, `scriptExport.speaker.${line.speaker}`)
  if (!line.cue) return name
  const cue = translate(locale, 'scriptExport.cue')
  return locale === 'zh-CN' ? `${name}（${cue}）` : `${name} (${cue})`
}

/** The facts of a touchpoint as label/value pairs, those that have a value. */
export function facts(locale: Locale, touchpoint: BookTouchpoint): [string, string][] {
  const t = translator(locale)
  const pairs: [string, string][] = []
  if (touchpoint.channel.trim()) pairs.push([t('scriptExport.field.channel'), touchpoint.channel])
  if (touchpoint.role.trim()) pairs.push([t('scriptExport.field.role'), touchpoint.role])
  pairs.push([t('scriptExport.field.importance'), String(touchpoint.importance)])
  pairs.push([t('scriptExport.field.emotion'), emotionText(touchpoint.emotion)])
  if (touchpoint.servqual.length > 0) pairs.push([t('scriptExport.field.servqual'), touchpoint.servqual.map((code) => t(`servqual.${code}`)).join(listSeparator(locale))])
  return pairs
}

/** The running header text: "<journey title> · <book title>". */
export function headerText(book: Pick<ScriptBook, 'locale' | 'title' | 'bookTitle'>): string {
  return translate(book.locale, 'scriptExport.header', { title: book.title, book: book.bookTitle })
}

/** "Version 1.0 · 2025-05-01" (a dash when the journey has no version label). */
export function versionDateText(book: Pick<ScriptBook, 'locale' | 'versionLabel' | 'date'>): string {
  const t = translator(book.locale)
  return `${labelled(book.locale, t('scriptExport.cover.version'), book.versionLabel || '—')} · ${labelled(book.locale, t('scriptExport.cover.date'), book.date)}`
}

/** The cover's count line. */
export function countsText(book: ScriptBook): string {
  return translate(book.locale, 'scriptExport.cover.counts', { ...book.counts })
}

/** A touchpoint's heading text: "12. Greeting at the door". */
export function touchpointHeading(touchpoint: Pick<BookTouchpoint, 'number' | 'title'>): string {
  return `${touchpoint.number}. ${touchpoint.title}`
}

/** A stage's heading text: "3 Needs discovery". */
export function stageHeading(section: { number: number; name: string }): string {
  return `${section.number} ${section.name}`
}

/** A note in brackets after text: "（语气：亲切）" in Chinese, " (Tone: warm)" in English. */
export function bracketed(locale: Locale, note: string): string {
  return locale === 'zh-CN' ? `（${note}）` : ` (${note})`
}
