/**
 * Text helpers for the SVG export (pure, no DOM): XML escaping and a width estimate good enough to
 * wrap and truncate card text without measuring it. CJK and full-width characters take 1em, every
 * other character about 0.55em, which slightly overestimates typical Latin text (safe side).
 */

/** Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters we remove
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Escapes text for XML content and attribute values (both quote kinds), dropping invalid characters. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** East Asian wide characters: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]/

export const WIDE_EM = 1
export const NARROW_EM = 0.55

/** The estimated width of one character (a code point) in em. */
export function charEm(char: string): number {
  return WIDE.test(char) ? WIDE_EM : NARROW_EM
}

/** The estimated width of a text in px at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const char of text) em += charEm(char)
  return em * fontSize
}

const ELLIPSIS = '…'

/** Cuts `text` so that it, plus an ellipsis when cut, fits `maxWidth`. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text
  const room = maxWidth - textWidth(ELLIPSIS, fontSize)
  let width = 0
  let kept = ''
  for (const char of text) {
    const next = width + charEm(char) * fontSize
    if (next > room) break
    width = next
    kept += char
  }
  return `${kept.trimEnd()}${ELLIPSIS}`
}

const WIDE_CLASS = '\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6'
/** Breakable units: one wide character, a run of spaces, or a run of other (Latin) characters. */
const TOKEN = new RegExp(`[${WIDE_CLASS}]|[\\ud840-\\ud87f][\\udc00-\\udfff]|\\s+|[^\\s${WIDE_CLASS}\\ud840-\\ud87f]+|[\\ud840-\\ud87f]`, 'g')

/** Splits a word wider than `maxWidth` into pieces that each fit (at least one character each). */
function splitLong(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = []
  let piece = ''
  let width = 0
  for (const char of word) {
    const w = charEm(char) * fontSize
    if (piece && width + w > maxWidth) {
      pieces.push(piece)
      piece = ''
      width = 0
    }
    piece += char
    width += w
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * Wraps `text` into at most `maxLines` lines of `maxWidth` px: Latin text breaks between words (a
 * word longer than a line breaks anywhere), CJK between any two characters. Whitespace runs
 * collapse to one space, as on screen. When the text does not fit, the last line ends with "…".
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (!clean || maxLines <= 0) return []
  const lines: string[] = []
  const starts: number[] = []
  let line = ''
  let lineStart = 0
  for (const match of clean.matchAll(TOKEN)) {
    const part = match[0]
    if (/^\s+$/.test(part)) {
      if (line) line += ' '
      continue
    }
    let offset = match.index
    for (const piece of textWidth(part, fontSize) > maxWidth ? splitLong(part, maxWidth, fontSize) : [part]) {
      if (!line || textWidth(line + piece, fontSize) <= maxWidth) {
        if (!line) lineStart = offset
        line += piece
      } else {
        lines.push(line.trimEnd())
        starts.push(lineStart)
        line = piece
        lineStart = offset
      }
      offset += piece.length
    }
    if (lines.length > maxLines) break
  }
  if (line.trim()) {
    lines.push(line.trimEnd())
    starts.push(lineStart)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = truncate(clean.slice(starts[maxLines - 1]), maxWidth, fontSize)
  return kept
}
