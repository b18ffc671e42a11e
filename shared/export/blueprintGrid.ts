/**
 * The blueprint grid of the image: lane bands with their names, the labelled blueprint lines
 * between lanes, the stage rules and the stage headers, all clipped to the part being drawn.
 * Each returns the lines of markup in drawing order (the caller interleaves edges and cards).
 */
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, type Band, type BlueprintGeometry, type Rect } from '../canvas/geometry'
import type { MessageKey } from '../i18n/translate'
import type { Lane, Stage } from '../model/schema'
import { COLOR, LANE_FILL, LINE_BELOW } from './blueprintTheme'
import { attrs, el, textLines } from './svgMarkup'
import { escapeXml, textWidth, truncate, wrapText } from './text'

/** What is drawn and where: the visible cell area (canvas coordinates) and its mapping to the image. */
export interface GridView {
  geometry: BlueprintGeometry
  /** The part of the cell area drawn, in canvas coordinates. */
  view: Rect
  /** Image size in px. */
  width: number
  height: number
  /** Canvas → image coordinates. */
  ox: (x: number) => number
  oy: (y: number) => number
  t: (key: MessageKey, params?: Record<string, string | number>) => string
}

/** The visible part of a band within [from, to), or null. */
function clip(band: Band, from: number, to: number): { start: number; end: number } | null {
  const start = Math.max(band.start, from)
  const end = Math.min(band.start + band.size, to)
  return end - start >= 1 ? { start, end } : null
}

/** Lane bands, their names, and the blueprint lines between them. */
export function lanesSvg(grid: GridView, lanes: readonly Lane[]): string[] {
  const { geometry, view, width, oy, t } = grid
  const bottom = view.y + view.height
  const out: string[] = []
  out.push('<g class="lanes">')
  geometry.lanes.forEach((band, index) => {
    const lane = lanes[index]
    const visible = clip(band, view.y, bottom)
    if (!lane || !visible) return
    const top = oy(visible.start)
    const size = visible.end - visible.start
    out.push(`<g${attrs({ class: `lane lane-${lane.kind}` })}>`)
    out.push(el('rect', { x: 0, y: top, width, height: size, fill: LANE_FILL[lane.kind] }))
    if (band.start >= view.y) out.push(el('line', { x1: 0, x2: width, y1: top, y2: top, stroke: COLOR.line, 'stroke-width': 1 }))
    out.push(el('rect', { class: 'lane-header', x: 0, y: top, width: LANE_HEADER_WIDTH, height: size, fill: COLOR.paper, 'fill-opacity': 0.7 }))
    out.push(el('line', { x1: LANE_HEADER_WIDTH, x2: LANE_HEADER_WIDTH, y1: top, y2: top + size, stroke: COLOR.line, 'stroke-width': 1 }))
    const name = lane.name.trim() || t(`lane.${lane.kind}`)
    const lines = wrapText(name, LANE_HEADER_WIDTH - 24, 15, Math.max(1, Math.floor((size - 16) / 19)))
    out.push(textLines(lines, { x: 12, y: top + 12 + 15, lineHeight: 19, size: 15, weight: 600, fill: COLOR.muted, className: 'lane-name' }))
    out.push('</g>')
  })
  geometry.lanes.forEach((band, index) => {
    const lane = lanes[index]
    const line = lane && LINE_BELOW[lane.kind]
    const y = band.start + band.size
    if (!line || index >= geometry.lanes.length - 1 || y < view.y || y > bottom) return
    const label = t(line.key)
    const labelWidth = textWidth(label, 12) + 8
    out.push(`<g${attrs({ class: 'blueprint-line' })}>`)
    out.push(el('line', { x1: 0, x2: width, y1: oy(y), y2: oy(y), stroke: COLOR.blueprintLine, 'stroke-width': 2, 'stroke-dasharray': line.dash }))
    out.push(el('rect', { x: width - 12 - labelWidth, y: oy(y) - 19, width: labelWidth, height: 16, fill: COLOR.paper, 'fill-opacity': 0.85 }))
    out.push(el('text', { x: width - 16, y: oy(y) - 6, 'font-size': 12, fill: COLOR.muted, 'text-anchor': 'end' }, escapeXml(label)))
    out.push('</g>')
  })
  out.push('</g>')
  return out
}

/** Stage columns: a rule on the left of each. */
export function stageRulesSvg(grid: GridView): string[] {
  const { geometry, view, height, ox } = grid
  const right = view.x + view.width
  const out: string[] = []
  out.push('<g class="stage-rules">')
  for (const band of geometry.stages) {
    if (band.start < view.x || band.start > right) continue
    out.push(el('line', { x1: ox(band.start), x2: ox(band.start), y1: 0, y2: height, stroke: COLOR.line, 'stroke-width': 1 }))
  }
  out.push('</g>')
  return out
}

/** Stage headers along the top (drawn over anything that reaches up there), numbered from 1. */
export function stageHeadersSvg(grid: GridView, stages: readonly Stage[]): string[] {
  const { geometry, view, ox, t } = grid
  const right = view.x + view.width
  const out: string[] = []
  out.push('<g class="stage-headers">')
  geometry.stages.forEach((band, index) => {
    const stage = stages[index]
    const visible = clip(band, view.x, right)
    if (!stage || !visible) return
    const x = ox(visible.start)
    const size = visible.end - visible.start
    const name = stage.name.trim() || t('editor.stage.untitled')
    out.push(`<g${attrs({ class: 'stage-header', 'data-stage-id': stage.id })}>`)
    out.push(el('rect', { x, y: 0, width: size, height: STAGE_HEADER_HEIGHT, fill: COLOR.header }))
    out.push(el('line', { x1: x, x2: x + size, y1: STAGE_HEADER_HEIGHT - 1, y2: STAGE_HEADER_HEIGHT - 1, stroke: COLOR.headerRule, 'stroke-width': 2 }))
    out.push(el('line', { x1: x, x2: x, y1: 0, y2: STAGE_HEADER_HEIGHT, stroke: COLOR.line, 'stroke-width': 1 }))
    out.push(el('circle', { cx: x + 22, cy: STAGE_HEADER_HEIGHT / 2, r: 12, fill: COLOR.ink }))
    out.push(el('text', { x: x + 22, y: STAGE_HEADER_HEIGHT / 2 + 4.5, 'font-size': 13, fill: COLOR.paper, 'text-anchor': 'middle' }, String(index + 1)))
    out.push(el('text', { class: 'stage-name', x: x + 42, y: STAGE_HEADER_HEIGHT / 2 + 6, 'font-size': 17, 'font-weight': 700, fill: COLOR.ink }, escapeXml(truncate(name, size - 52, 17))))
    out.push('</g>')
  })
  out.push('</g>')
  return out
}

/** The top-left corner, over the headers: the journey's title on up to two lines. */
export function cornerSvg(title: string): string[] {
  const out: string[] = []
  out.push(el('rect', { class: 'corner', x: 0, y: 0, width: LANE_HEADER_WIDTH, height: STAGE_HEADER_HEIGHT, fill: COLOR.header }))
  out.push(el('line', { x1: 0, x2: LANE_HEADER_WIDTH, y1: STAGE_HEADER_HEIGHT - 1, y2: STAGE_HEADER_HEIGHT - 1, stroke: COLOR.headerRule, 'stroke-width': 2 }))
  const titleLines = wrapText(title, LANE_HEADER_WIDTH - 20, 13, 2)
  out.push(textLines(titleLines, { x: 10, y: titleLines.length > 1 ? 26 : 36, lineHeight: 17, size: 13, weight: 700, fill: COLOR.ink, className: 'journey-title' }))
  return out
}
