/**
 * The report's charts as inline SVG (bars on 0–100, SERVQUAL gap bars, the monthly trend line and
 * the importance–performance chart). Every label is escaped; sizes are fixed and the SVG scales
 * down to the page width.
 */
import type { Quadrant } from '../scoring/ipa'
import { lineChartScale } from './lineChartScale'
import { escapeHtml, fixed2, percent } from './scorecardHtmlPage'

const num = (value: number) => String(Math.round(value * 100) / 100)
const COLORS = { bar: '#2f6f9f', line: '#2f6f9f', grid: '#d9dee4', axis: '#616e7c', ink: '#1f2933', negative: '#c2410c', positive: '#15803d' }

/** Horizontal bars on a 0–100 axis, one per label, with the value printed beside each bar. */
export function barChartSvg(bars: ReadonlyArray<{ label: string; value: number }>, options: { title: string }): string {
  const labelWidth = 150
  const plotWidth = 420
  const rowHeight = 24
  const height = 30 + bars.length * rowHeight + 20
  const x = (value: number) => labelWidth + (Math.max(0, Math.min(100, value)) / 100) * plotWidth
  const parts: string[] = []
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(`<line x1="${num(x(tick))}" y1="24" x2="${num(x(tick))}" y2="${height - 18}" stroke="${COLORS.grid}" stroke-width="1"/>`)
    parts.push(`<text x="${num(x(tick))}" y="${height - 6}" font-size="9" fill="${COLORS.axis}" text-anchor="middle">${tick}</text>`)
  }
  bars.forEach((bar, index) => {
    const y = 28 + index * rowHeight
    parts.push(`<text x="${labelWidth - 6}" y="${y + 13}" font-size="10" fill="${COLORS.ink}" text-anchor="end">${escapeHtml(bar.label)}</text>`)
    parts.push(`<rect x="${labelWidth}" y="${y + 2}" width="${num(x(bar.value) - labelWidth)}" height="${rowHeight - 8}" fill="${COLORS.bar}"/>`)
    parts.push(`<text x="${num(x(bar.value) + 4)}" y="${y + 13}" font-size="9.5" fill="${COLORS.ink}">${fixed2(bar.value)}</text>`)
  })
  return svg(labelWidth + plotWidth + 50, height, options.title, parts)
}

/** The index per month as a line on a 0–100 axis, each point labelled. */
export function trendChartSvg(points: ReadonlyArray<{ month: string; mean: number }>, options: { title: string }): string {
  const frame = { width: 620, height: 220, left: 40, right: 20, top: 16, bottom: 40 }
  const { width, height, left, right, bottom } = frame
  const { x, y } = lineChartScale(frame, points.length)
  const parts: string[] = []
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(`<line x1="${left}" y1="${num(y(tick))}" x2="${width - right}" y2="${num(y(tick))}" stroke="${COLORS.grid}" stroke-width="1"/>`)
    parts.push(`<text x="${left - 6}" y="${num(y(tick) + 3)}" font-size="9" fill="${COLORS.axis}" text-anchor="end">${tick}</text>`)
  }
  if (points.length > 1) {
    const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${num(x(index))},${num(y(point.mean))}`).join(' ')
    parts.push(`<path d="${path}" fill="none" stroke="${COLORS.line}" stroke-width="2"/>`)
  }
  const every = Math.max(1, Math.ceil(points.length / 12))
  points.forEach((point, index) => {
    parts.push(`<circle cx="${num(x(index))}" cy="${num(y(point.mean))}" r="3.5" fill="${COLORS.line}"/>`)
    if (index % every === 0 || index === points.length - 1) {
      parts.push(`<text x="${num(x(index))}" y="${num(y(point.mean) - 7)}" font-size="9" fill="${COLORS.ink}" text-anchor="middle">${fixed2(point.mean)}</text>`)
      parts.push(`<text x="${num(x(index))}" y="${height - bottom + 16}" font-size="9" fill="${COLORS.axis}" text-anchor="middle">${escapeHtml(point.month)}</text>`)
    }
  })
  return svg(width, height, options.title, parts)
}

/** Bars left or right of zero (SERVQUAL gaps: negative = below expectation). */
export function gapChartSvg(bars: ReadonlyArray<{ label: string; value: number }>, options: { title: string }): string {
  const labelWidth = 150
  const plotWidth = 420
  const rowHeight = 24
  const height = 30 + bars.length * rowHeight + 20
  const extent = Math.max(1, ...bars.map((bar) => Math.ceil(Math.abs(bar.value))))
  const x = (value: number) => labelWidth + ((value + extent) / (2 * extent)) * plotWidth
  const parts: string[] = []
  for (const tick of [-extent, -extent / 2, 0, extent / 2, extent]) {
    parts.push(`<line x1="${num(x(tick))}" y1="24" x2="${num(x(tick))}" y2="${height - 18}" stroke="${tick === 0 ? COLORS.axis : COLORS.grid}" stroke-width="1"/>`)
    parts.push(`<text x="${num(x(tick))}" y="${height - 6}" font-size="9" fill="${COLORS.axis}" text-anchor="middle">${num(tick)}</text>`)
  }
  bars.forEach((bar, index) => {
    const y = 28 + index * rowHeight
    const from = Math.min(x(0), x(bar.value))
    parts.push(`<text x="${labelWidth - 6}" y="${y + 13}" font-size="10" fill="${COLORS.ink}" text-anchor="end">${escapeHtml(bar.label)}</text>`)
    parts.push(`<rect x="${num(from)}" y="${y + 2}" width="${num(Math.abs(x(bar.value) - x(0)))}" height="${rowHeight - 8}" fill="${bar.value < 0 ? COLORS.negative : COLORS.positive}"/>`)
    const labelX = bar.value < 0 ? x(bar.value) - 4 : x(bar.value) + 4
    parts.push(`<text x="${num(labelX)}" y="${y + 13}" font-size="9.5" fill="${COLORS.ink}" text-anchor="${bar.value < 0 ? 'end' : 'start'}">${fixed2(bar.value)}</text>`)
  })
  return svg(labelWidth + plotWidth + 50, height, options.title, parts)
}

export interface IpaChartPoint {
  label: string
  importance: number
  performance: number
  quadrant: Quadrant
}

/**
 * The importance–performance chart: x = importance (effective weight), y = performance (mean
 * score 0–100), dashed crosshairs where `crosshair` says, the four quadrant names in the corners,
 * each point numbered (the indicator table gives the numbers).
 */
export function ipaChartSvg(
  points: readonly IpaChartPoint[],
  crosshair: { importance: number; performance: number },
  labels: { title: string; importance: string; performance: string; quadrants: Record<Quadrant, string> },
): string {
  const width = 560
  const height = 360
  const left = 54
  const right = 16
  const top = 16
  const bottom = 44
  const plotWidth = width - left - right
  const plotHeight = height - top - bottom
  const maxImportance = Math.max(crosshair.importance * 2, ...points.map((point) => point.importance), 0.0001) * 1.1
  const x = (value: number) => left + (value / maxImportance) * plotWidth
  const y = (value: number) => top + (1 - Math.max(0, Math.min(100, value)) / 100) * plotHeight
  const parts: string[] = [`<rect x="${left}" y="${top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="${COLORS.axis}" stroke-width="1"/>`]
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(`<text x="${left - 6}" y="${num(y(tick) + 3)}" font-size="9" fill="${COLORS.axis}" text-anchor="end">${tick}</text>`)
  }
  for (let step = 0; step <= 4; step++) {
    const value = (maxImportance * step) / 4
    parts.push(`<text x="${num(x(value))}" y="${height - bottom + 14}" font-size="9" fill="${COLORS.axis}" text-anchor="middle">${percent(value)}</text>`)
  }
  const cx = x(crosshair.importance)
  const cy = y(crosshair.performance)
  parts.push(`<line x1="${num(cx)}" y1="${top}" x2="${num(cx)}" y2="${top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1" stroke-dasharray="4 3"/>`)
  parts.push(`<line x1="${left}" y1="${num(cy)}" x2="${left + plotWidth}" y2="${num(cy)}" stroke="${COLORS.axis}" stroke-width="1" stroke-dasharray="4 3"/>`)
  const corner = (text: string, atX: number, atY: number, anchor: 'start' | 'end') =>
    `<text x="${num(atX)}" y="${num(atY)}" font-size="10" font-weight="600" fill="${COLORS.axis}" text-anchor="${anchor}">${escapeHtml(text)}</text>`
  parts.push(corner(labels.quadrants.concentrate, left + plotWidth - 6, top + plotHeight - 8, 'end'))
  parts.push(corner(labels.quadrants.keepUp, left + plotWidth - 6, top + 14, 'end'))
  parts.push(corner(labels.quadrants.lowPriority, left + 6, top + plotHeight - 8, 'start'))
  parts.push(corner(labels.quadrants.overkill, left + 6, top + 14, 'start'))
  for (const point of points) {
    const px = x(point.importance)
    const py = y(point.performance)
    parts.push(`<circle cx="${num(px)}" cy="${num(py)}" r="4" fill="${point.quadrant === 'concentrate' ? COLORS.negative : COLORS.bar}"/>`)
    parts.push(`<text x="${num(px + 6)}" y="${num(py - 5)}" font-size="9" fill="${COLORS.ink}">${escapeHtml(point.label)}</text>`)
  }
  parts.push(`<text x="${num(left + plotWidth / 2)}" y="${height - 8}" font-size="10" fill="${COLORS.ink}" text-anchor="middle">${escapeHtml(labels.importance)}</text>`)
  parts.push(`<text x="14" y="${num(top + plotHeight / 2)}" font-size="10" fill="${COLORS.ink}" text-anchor="middle" transform="rotate(-90 14 ${num(top + plotHeight / 2)})">${escapeHtml(labels.performance)}</text>`)
  return svg(width, height, labels.title, parts)
}

/** The chart root: a <title> for screen readers, and it shrinks to the page width when printed. */
function svg(width: number, height: number, title: string, parts: readonly string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" style="max-width:100%;height:auto"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`
}
