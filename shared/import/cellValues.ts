/**
 * Reading one spreadsheet cell into a document value. Each reader accepts the words a workshop
 * team actually types (English codes, Chinese terms, the trainers' variants); anything else is
 * handed back as the bad value so the message can quote it.
 */
import { translate } from '../i18n/translate'
import {
  EMOTION_MAX,
  EMOTION_MIN,
  LANE_KINDS,
  LOCALES,
  MOT_FAMILIES,
  SERVQUAL_DIMENSIONS,
  type LaneKind,
  type MotFamily,
  type ServqualDimension,
} from '../model/schema'
import { normalizeLabel } from './columns'

export type CellResult<T> = { ok: true; value: T } | { ok: false; bad: string }

const good = <T>(value: T): CellResult<T> => ({ ok: true, value })

/** A vocabulary: normalized spelling → value. The app's own display names are always accepted. */
function vocabulary<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): Map<string, T> {
  return new Map(entries.flatMap(([value, words]) => words.map((word) => [normalizeLabel(word), value] as const)))
}

const inBothLanguages = (key: Parameters<typeof translate>[1]) => LOCALES.map((locale) => translate(locale, key))

const YES_WORDS = ['yes', 'y', 'true', '1', '是', '√', '✓']
const NO_WORDS = ['no', 'n', 'false', '0', '否']
const BOOLEANS = vocabulary<boolean>([
  [true, YES_WORDS],
  [false, NO_WORDS],
])

const LANE_WORDS: Record<LaneKind, string[]> = {
  customer: ['customer', '顾客行为'],
  frontstage: ['frontstage', '前台', '前台接触'],
  backstage: ['backstage', '后台'],
  support: ['support', '支持', '支持流程'],
}
const LANES = vocabulary(LANE_KINDS.map((kind) => [kind, [...LANE_WORDS[kind], ...inBothLanguages(`lane.${kind}`)]] as const))

const FAMILY_WORDS: Record<MotFamily, string[]> = {
  life: ['life', '生活', '生活关键时刻'],
  process: ['process', '流程', '流程关键时刻'],
  business: ['business', '业务', '业务关键时刻'],
}
/** A family, `null` for an MOT whose family is not decided yet, or `false` for "not an MOT". */
const MOT_VALUES = vocabulary<MotFamily | null | false>([
  ...MOT_FAMILIES.map((family) => [family, [...FAMILY_WORDS[family], ...inBothLanguages(`mot.family.${family}`)]] as const),
  [null, YES_WORDS],
  [false, NO_WORDS],
])

const DIMENSION_WORDS: Record<ServqualDimension, string[]> = {
  tangibles: ['tangibles', 'tangible', '有形性', '有形度'],
  reliability: ['reliability', '可靠性', '信赖度'],
  responsiveness: ['responsiveness', '响应性', '反应度'],
  assurance: ['assurance', '保证性', '专业度'],
  empathy: ['empathy', '移情性', '同理度'],
}
const DIMENSIONS = vocabulary(
  SERVQUAL_DIMENSIONS.map((code) => [code, [...DIMENSION_WORDS[code], ...inBothLanguages(`servqual.${code}`)]] as const),
)

/** Separators between items in one cell: Latin and full-width commas and semicolons, the enumeration comma, line breaks. */
const LIST_SEPARATORS = /[,，、;；\r\n]+/

/** Items of a list cell (SERVQUAL dimensions, next titles), trimmed, empties dropped. */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** The lines of a multi-line cell (standards, script), trimmed, empties dropped. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** yes/no; an empty cell is no. */
export function readYesNo(text: string): CellResult<boolean> {
  if (text.trim() === '') return good(false)
  const value = BOOLEANS.get(normalizeLabel(text))
  return value === undefined ? { ok: false, bad: text.trim() } : good(value)
}

/** The lane kind; an empty cell is frontstage, where most touchpoints of a script sit. */
export function readLane(text: string): CellResult<LaneKind> {
  if (text.trim() === '') return good('frontstage')
  const value = LANES.get(normalizeLabel(text))
  return value === undefined ? { ok: false, bad: text.trim() } : good(value)
}

/** Whether the touchpoint is an MOT and of which family; an empty cell is not an MOT. */
export function readMot(text: string): CellResult<{ isMot: boolean; motFamily: MotFamily | null }> {
  if (text.trim() === '') return good({ isMot: false, motFamily: null })
  const value = MOT_VALUES.get(normalizeLabel(text))
  if (value === undefined) return { ok: false, bad: text.trim() }
  return good(value === false ? { isMot: false, motFamily: null } : { isMot: true, motFamily: value })
}

/** A whole number in `[min, max]`, accepting "+2" and the typographic minus "−1"; empty gives `empty`. */
function readInteger(text: string, min: number, max: number, empty: number): CellResult<number> {
  const cleaned = text.normalize('NFKC').trim().replace(/^\u2212/, '-')
  if (cleaned === '') return good(empty)
  if (!/^[+-]?\d+$/.test(cleaned)) return { ok: false, bad: text.trim() }
  const value = Number(cleaned)
  // `value || 0` turns the -0 of "-0" into a plain 0.
  return value >= min && value <= max ? good(value || 0) : { ok: false, bad: text.trim() }
}

/** Importance 1–5; empty is 3, the middle. */
export function readImportance(text: string): CellResult<number> {
  return readInteger(text, 1, 5, 3)
}

/** Expected emotion −3…+3; empty is neutral. */
export function readEmotion(text: string): CellResult<number> {
  return readInteger(text, EMOTION_MIN, EMOTION_MAX, 0)
}

/** SERVQUAL dimensions in the order written, each once; unknown names come back separately. */
export function readServqual(text: string): { dimensions: ServqualDimension[]; unknown: string[] } {
  const dimensions: ServqualDimension[] = []
  const unknown: string[] = []
  for (const item of splitList(text)) {
    const dimension = DIMENSIONS.get(normalizeLabel(item))
    if (dimension === undefined) unknown.push(item)
    else if (!dimensions.includes(dimension)) dimensions.push(dimension)
  }
  return { dimensions, unknown }
}
