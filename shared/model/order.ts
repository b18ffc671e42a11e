/**
 * Fractional ordering keys (as in tldraw and Excalidraw): a record moves between two neighbours by
 * taking a key between theirs, so a reorder rewrites one row, not the whole list.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

function digit(char: string | undefined): number {
  return char === undefined ? 0 : DIGITS.indexOf(char)
}

/** Midpoint of two digit strings read as fractions; `high` null means 1. Neither may end in '0'. */
function midpoint(low: string, high: string | null): string {
  if (high !== null) {
    let common = 0
    while ((low[common] ?? '0') === high[common]) common++
    if (common > 0) return high.slice(0, common) + midpoint(low.slice(common), high.slice(common))
  }
  const lowDigit = digit(low[0])
  const highDigit = high === null ? DIGITS.length : digit(high[0])
  if (highDigit - lowDigit > 1) return DIGITS[Math.round((lowDigit + highDigit) / 2)]!
  if (high !== null && high.length > 1) return high.slice(0, 1)
  return DIGITS[lowDigit]! + midpoint(low.slice(1), null)
}

/**
 * A key strictly between `before` and `after` (either may be null for "open end").
 * @example keyBetween(null, null) === 'V'; keyBetween('V', null) > 'V'
 */
export function keyBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    throw new Error(`keyBetween: ${before} is not before ${after}`)
  }
  return midpoint(before ?? '', after)
}

/** `count` evenly spaced, increasing keys for bulk creation (imports, templates). */
export function sequentialKeys(count: number): string[] {
  const width = Math.max(1, Math.ceil(Math.log(count + 1) / Math.log(DIGITS.length)))
  const keys: string[] = []
  for (let index = 0; index < count; index++) {
    let value = index + 1
    let encoded = ''
    for (let place = 0; place < width; place++) {
      encoded = DIGITS[value % DIGITS.length]! + encoded
      value = Math.floor(value / DIGITS.length)
    }
    keys.push(`${encoded}V`)
  }
  return keys
}

/** Records in display order: by sort key, then id so equal keys (merged edits) stay deterministic. */
export function bySortKey<T extends { sortKey: string; id: string }>(records: Iterable<T>): T[] {
  return [...records].sort((a, b) =>
    a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  )
}

/** The key that places a record last, after `records`. */
export function keyAfterLast(records: Iterable<{ sortKey: string; id: string }>): string {
  const sorted = bySortKey(records)
  return keyBetween(sorted.at(-1)?.sortKey ?? null, null)
}
