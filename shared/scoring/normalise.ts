/**
 * Scores on an indicator's scale, and their normalisation to 0–100 (methods.md §2): yes → 100,
 * no → 0; on `[lo, hi]`: `(s − lo)/(hi − lo) × 100`; N/A (null) is left out. Also the readers for
 * scales and answers as teams type them in spreadsheets (English, Chinese, full-width digits).
 */
import type { ScoringMessage } from '../i18n/messages/scoring'
import type { Scale } from '../model/scorecard'

/**
 * Whether a stored raw value lies on the scale: 0 or 1 for yes/no, `lo ≤ s ≤ hi` for a range.
 * Off-scale values arise when a scale is edited after scores were entered; the index leaves them
 * out (and counts them) instead of failing.
 *
 * @example isOnScale(6, { kind: 'range', min: 1, max: 5 }) // false
 */
export function isOnScale(value: number, scale: Scale): boolean {
  if (!Number.isFinite(value)) return false
  return scale.kind === 'yesNo' ? value === 0 || value === 1 : value >= scale.min && value <= scale.max
}

/**
 * A raw score normalised to 0–100: yes (1) → 100, no (0) → 0; range `(s − lo)/(hi − lo) × 100`;
 * `null` (N/A) → `null`. Throws a RangeError for a value off the scale (see {@link isOnScale}):
 * a caller that may meet one checks first, as the index does.
 *
 * @example normaliseScore(4, { kind: 'range', min: 1, max: 5 }) // 75
 * @example normaliseScore(1, { kind: 'yesNo' }) // 100
 * @example normaliseScore(null, { kind: 'yesNo' }) // null
 */
export function normaliseScore(value: number | null, scale: Scale): number | null {
  if (value === null) return null
  if (!isOnScale(value, scale)) throw new RangeError(`${value} is not on the scale ${scaleLabel(scale)}`)
  return unsafeNormalise(value, scale)
}

/** {@link normaliseScore} for a value already known to be on the scale (the index's inner loop). */
export function unsafeNormalise(value: number, scale: Scale): number {
  return scale.kind === 'yesNo' ? value * 100 : ((value - scale.min) / (scale.max - scale.min)) * 100
}

/**
 * A scale as a short label: `yes/no` or `1–5`.
 *
 * @example scaleLabel({ kind: 'range', min: 0, max: 10 }) // '0–10'
 */
export function scaleLabel(scale: Scale): string {
  return scale.kind === 'yesNo' ? 'yes/no' : `${scale.min}–${scale.max}`
}

/** NFKC (full-width → ASCII), trimmed, lower case, the typographic minus as `-`. */
const clean = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\u2212/g, '-')

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`
const RANGE = new RegExp(String.raw`^(${NUMBER})\s*(?:-|–|—|~|～|〜|到|至|to)\s*(${NUMBER})\s*分?$`)
const ANSWER_NUMBER = new RegExp(String.raw`^(${NUMBER})\s*分?$`)
const YES_NO_SCALES = new Set(['yes/no', 'no/yes', 'y/n', 'yesno', 'yes-no', '是/否', '否/是', '是否', '是/否/不适用', 'yes/no/n/a'])

/**
 * Reads a scale as written in an import cell: yes/no (`"是/否"`, `"yes/no"`, `"Y/N"`, `"是否"`) or a
 * range `lo–hi` with `-`, `–`, `—`, `~`, `～`, `到`, `至` or `to` between the bounds (full-width
 * digits and a trailing `分` allowed). `null` when not understood or when `hi ≤ lo`.
 *
 * @example parseScaleText('1到5') // { kind: 'range', min: 1, max: 5 }
 * @example parseScaleText('是/否') // { kind: 'yesNo' }
 * @example parseScaleText('5-1') // null
 */
export function parseScaleText(text: string): Scale | null {
  const cleaned = clean(text)
  if (YES_NO_SCALES.has(cleaned.replace(/\s+/g, ''))) return { kind: 'yesNo' }
  const match = RANGE.exec(cleaned)
  if (!match) return null
  const min = Number(match[1])
  const max = Number(match[2])
  return Number.isFinite(min) && Number.isFinite(max) && max > min ? { kind: 'range', min, max } : null
}

/** The words meaning "not applicable" (after NFKC and lower-casing); blank also means N/A. */
export const NOT_APPLICABLE_WORDS: readonly string[] = ['n/a', 'na', 'n.a.', '不适用']
const NOT_APPLICABLE = new Set(NOT_APPLICABLE_WORDS)
const YES = new Set(['yes', 'y', 'true', '1', '是', '√', '✓', '✔'])
const NO = new Set(['no', 'n', 'false', '0', '否', '×', '✗', '✘'])

export type AnswerResult = { ok: true; value: number | null } | { ok: false; problem: ScoringMessage }

/**
 * Reads one answer cell on an indicator's scale into the stored raw value. Blank, `N/A`, `n/a`,
 * `NA`, `n.a.` and `不适用` → `{ value: null }` (N/A). Yes/no accepts yes/no, y/n, 是/否, 1/0,
 * true/false (and the ticks √ ✓ / crosses × ✗) → 1 or 0. A range accepts numbers such as `"4"`,
 * `"4.5"`, `"４"` or `"4分"` within `[lo, hi]`. Anything else is an error message quoting the cell.
 *
 * @example parseAnswer('是', { kind: 'yesNo' }) // { ok: true, value: 1 }
 * @example parseAnswer('４.5', { kind: 'range', min: 1, max: 5 }) // { ok: true, value: 4.5 }
 * @example parseAnswer('6', { kind: 'range', min: 1, max: 5 }) // { ok: false, problem: { key: 'scoring.answerOutOfRange', … } }
 */
export function parseAnswer(text: string, scale: Scale): AnswerResult {
  const cleaned = clean(text)
  const answer = text.trim()
  if (cleaned === '' || NOT_APPLICABLE.has(cleaned.replace(/\s+/g, ''))) return { ok: true, value: null }
  if (scale.kind === 'yesNo') {
    if (YES.has(cleaned)) return { ok: true, value: 1 }
    if (NO.has(cleaned)) return { ok: true, value: 0 }
    return { ok: false, problem: { key: 'scoring.answerNotYesNo', params: { answer } } }
  }
  const match = ANSWER_NUMBER.exec(cleaned)
  const value = match ? Number(match[1]) : Number.NaN
  if (!Number.isFinite(value)) return { ok: false, problem: { key: 'scoring.answerNotNumber', params: { answer } } }
  if (value < scale.min || value > scale.max) {
    return { ok: false, problem: { key: 'scoring.answerOutOfRange', params: { answer, min: scale.min, max: scale.max } } }
  }
  return { ok: true, value: value || 0 }
}
