/**
 * Tiny SVG markup helpers for the blueprint image: numbers rounded to 2 decimals, attributes
 * XML-escaped (null/undefined attributes left out), and multi-line text as tspans.
 */
import { escapeXml } from './text'

export const num = (value: number) => String(Math.round(value * 100) / 100)

export function attrs(values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value!)}"`)
    .join('')
}

export const el = (name: string, values: Record<string, string | number | null | undefined>, content?: string) =>
  content === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${content}</${name}>`

export interface TextStyle {
  x: number
  /** Baseline of the first line. */
  y: number
  lineHeight: number
  size: number
  weight?: number
  fill: string
  className: string
}

/** Lines of text as one <text> with a <tspan> per line, `lineHeight` apart. */
export function textLines(lines: string[], style: TextStyle): string {
  if (lines.length === 0) return ''
  const spans = lines.map((line, index) => el('tspan', { x: style.x, y: style.y + index * style.lineHeight }, escapeXml(line))).join('')
  return el('text', { class: style.className, 'font-size': style.size, 'font-weight': style.weight ?? null, fill: style.fill }, spans)
}
