/**
 * The journey canvas as a standalone SVG image (pure: no DOM), for "Export image" and for printing:
 * the blueprint grid (stage headers, lane bands with their names, the line of interaction dashed,
 * the line of visibility solid and the line of internal interaction dotted, each labelled), the
 * cards where the canvas puts them (blueprint geometry), with what a card shows on screen, and the
 * connections (main path solid with an arrow, alternatives dashed) with their labels.
 *
 * A selection export draws only the selected cards and the connections between them, cropped to
 * their bounds plus a margin; the names of the stages and lanes those cells belong to stay visible
 * as headers along the top and the left, as on the canvas.
 *
 * Every text is XML-escaped; presentation attributes (not CSS) carry the look, so any SVG viewer,
 * office suite or the browser's <img> shows the same image. Sizes are CSS px (96 per inch).
 */
import {
  blueprintGeometry,
  cardPosition,
  cardsBounds,
  CARD_HEIGHT,
  CARD_WIDTH,
  CELL_PADDING,
  LANE_HEADER_WIDTH,
  STAGE_HEADER_HEIGHT,
  type Band,
  type Rect,
} from '../canvas/geometry'
import { translate, type MessageKey } from '../i18n/translate'
import { touchpointsInDocumentOrder } from '../journey/mainPath'
import { bySortKey } from '../model/order'
import type { Edge, JourneyDocument, LaneKind, Locale, Touchpoint } from '../model/schema'
import { escapeXml, textWidth, truncate, wrapText } from './text'

export interface BlueprintSvgOptions {
  locale: Locale
  /** Export only these touchpoints (a selection) and the connections between them. */
  only?: ReadonlySet<string>
  /** Space around a selection's cards, in px (default: a cell's padding). */
  margin?: number
}

export interface BlueprintImage {
  svg: string
  /** Size in CSS px (the `width` / `height` attributes, rounded up). */
  width: number
  height: number
}

/** Fonts with CJK fallbacks on every platform (same list as the app's own). */
export const SVG_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif"

const COLOR = {
  ink: '#1d2330',
  muted: '#5b6475',
  line: '#d6dbe4',
  paper: '#ffffff',
  header: '#e9eef6',
  headerRule: '#c5cfde',
  cardStroke: '#b9c2d0',
  mot: '#a85b00',
  motInk: '#6b4000',
  motSoft: '#fff3dc',
  peak: '#7a3db8',
  peakSoft: '#f3eafc',
  end: '#245c8a',
  endSoft: '#e6f0f8',
  positive: '#1e7a3c',
  negative: '#b3261e',
  neutral: '#5b6475',
  chip: '#f7f8fb',
  edgeMain: '#2f3a4d',
  edgeAlternative: '#6b7689',
  blueprintLine: '#7d8799',
} as const

const LANE_FILL: Record<LaneKind, string> = {
  customer: '#f3f7fd',
  frontstage: '#ffffff',
  backstage: '#f7f7f4',
  support: '#f2f2f2',
}

/** The line drawn below each lane kind (as on the canvas), and its dash pattern. */
const LINE_BELOW: Partial<Record<LaneKind, { key: MessageKey; dash: string | null }>> = {
  customer: { key: 'canvas.line.interaction', dash: '8 5' },
  frontstage: { key: 'canvas.line.visibility', dash: null },
  backstage: { key: 'canvas.line.internalInteraction', dash: '2 4' },
}

// Card typography (px), close to the canvas card's CSS.
const PAD_X = 10
const PAD_TOP = 8
const TITLE_SIZE = 15
const TITLE_LINE = 18.5
const META_SIZE = 12
const BADGE_SIZE = 11
const BADGE_HEIGHT = 17
const BADGE_GAP = 4
const FOOTER_SIZE = 13
const CHIP_SIZE = 10.5
const INNER_WIDTH = CARD_WIDTH - 2 * PAD_X

const num = (value: number) => String(Math.round(value * 100) / 100)

function attrs(values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value!)}"`)
    .join('')
}

const el = (name: string, values: Record<string, string | number | null | undefined>, content?: string) =>
  content === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${content}</${name}>`

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value)
}

function face(value: number): string {
  return value > 0 ? '☺' : value < 0 ? '☹' : '○'
}

/** The visible part of a band within [from, to), or null. */
function clip(band: Band, from: number, to: number): { start: number; end: number } | null {
  const start = Math.max(band.start, from)
  const end = Math.min(band.start + band.size, to)
  return end - start >= 1 ? { start, end } : null
}

/** The SVG markup of the journey (or of a selection of its touchpoints). */
export function blueprintSvg(doc: JourneyDocument, options: BlueprintSvgOptions): string {
  return renderBlueprint(doc, options).svg
}

/** The SVG markup with its size in CSS px. */
export function renderBlueprint(doc: JourneyDocument, options: BlueprintSvgOptions): BlueprintImage {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(options.locale, key, params)
  const geometry = blueprintGeometry(doc)
  const stages = bySortKey(Object.values(doc.stages))
  const lanes = bySortKey(Object.values(doc.lanes))
  const ordered = touchpointsInDocumentOrder(doc)
  const cards = options.only ? ordered.filter((touchpoint) => options.only!.has(touchpoint.id)) : ordered
  const shown = new Set(cards.map((touchpoint) => touchpoint.id))

  // The part of the cell area to draw (canvas coordinates): everything, or the selection's bounds plus a margin.
  const cellArea: Rect = {
    x: LANE_HEADER_WIDTH,
    y: STAGE_HEADER_HEIGHT,
    width: geometry.width - LANE_HEADER_WIDTH,
    height: geometry.height - STAGE_HEADER_HEIGHT,
  }
  let view = cellArea
  const bounds = options.only ? cardsBounds(geometry, cards) : null
  if (bounds) {
    const margin = Math.max(0, options.margin ?? CELL_PADDING)
    const x = Math.max(cellArea.x, bounds.x - margin)
    const y = Math.max(cellArea.y, bounds.y - margin)
    view = {
      x,
      y,
      width: Math.min(cellArea.x + cellArea.width, bounds.x + bounds.width + margin) - x,
      height: Math.min(cellArea.y + cellArea.height, bounds.y + bounds.height + margin) - y,
    }
  }
  const right = view.x + view.width
  const bottom = view.y + view.height
  const width = LANE_HEADER_WIDTH + view.width
  const height = STAGE_HEADER_HEIGHT + view.height
  const ox = (x: number) => x - view.x + LANE_HEADER_WIDTH
  const oy = (y: number) => y - view.y + STAGE_HEADER_HEIGHT

  const out: string[] = []
  const title = doc.meta.title.trim() || t('journey.untitled')
  out.push('<?xml version="1.0" encoding="UTF-8"?>')
  out.push(
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width: `${Math.ceil(width)}px`,
      height: `${Math.ceil(height)}px`,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      'font-family': SVG_FONT_FAMILY,
      'xml:lang': options.locale,
      role: 'img',
      'aria-label': title,
    })}>`,
  )
  out.push(el('title', {}, escapeXml(title)))
  out.push('<defs>')
  for (const kind of ['main', 'alternative'] as const) {
    out.push(
      el(
        'marker',
        { id: `mot-arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: kind === 'main' ? COLOR.edgeMain : COLOR.edgeAlternative }),
      ),
    )
  }
  out.push(el('clipPath', { id: 'mot-cells' }, el('rect', { x: LANE_HEADER_WIDTH, y: STAGE_HEADER_HEIGHT, width: view.width, height: view.height })))
  out.push('</defs>')
  out.push(el('rect', { class: 'background', x: 0, y: 0, width, height, fill: COLOR.paper }))

  // Lane bands, their names, and the blueprint lines between them.
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

  // Stage columns: a rule on the left of each.
  out.push('<g class="stage-rules">')
  for (const band of geometry.stages) {
    if (band.start < view.x || band.start > right) continue
    out.push(el('line', { x1: ox(band.start), x2: ox(band.start), y1: 0, y2: height, stroke: COLOR.line, 'stroke-width': 1 }))
  }
  out.push('</g>')

  // Connections, under the cards.
  const edgeLabels: string[] = []
  out.push('<g class="edges" clip-path="url(#mot-cells)">')
  for (const edge of bySortKey(Object.values(doc.edges))) {
    const source = doc.touchpoints[edge.sourceId]
    const target = doc.touchpoints[edge.targetId]
    if (!source || !target || !shown.has(source.id) || !shown.has(target.id)) continue
    const drawn = edgeSvg(edge, cardPosition(geometry, source), cardPosition(geometry, target), ox, oy)
    out.push(drawn.path)
    if (drawn.label) edgeLabels.push(drawn.label)
  }
  out.push('</g>')

  // Cards.
  out.push('<g class="cards">')
  for (const touchpoint of cards) {
    const position = cardPosition(geometry, touchpoint)
    out.push(cardSvg(touchpoint, ox(position.x), oy(position.y), doc.lanes[touchpoint.laneId]?.name ?? '', t))
  }
  out.push('</g>')
  // Connection labels over the cards, as on the canvas.
  out.push(`<g class="edge-labels" clip-path="url(#mot-cells)">${edgeLabels.join('\n')}</g>`)

  // Stage headers along the top (over anything that reaches up there), then the corner.
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
  out.push(el('rect', { class: 'corner', x: 0, y: 0, width: LANE_HEADER_WIDTH, height: STAGE_HEADER_HEIGHT, fill: COLOR.header }))
  out.push(el('line', { x1: 0, x2: LANE_HEADER_WIDTH, y1: STAGE_HEADER_HEIGHT - 1, y2: STAGE_HEADER_HEIGHT - 1, stroke: COLOR.headerRule, 'stroke-width': 2 }))
  const titleLines = wrapText(title, LANE_HEADER_WIDTH - 20, 13, 2)
  out.push(textLines(titleLines, { x: 10, y: titleLines.length > 1 ? 26 : 36, lineHeight: 17, size: 13, weight: 700, fill: COLOR.ink, className: 'journey-title' }))
  out.push('</svg>')
  return { svg: `${out.join('\n')}\n`, width: Math.ceil(width), height: Math.ceil(height) }
}

interface TextStyle {
  x: number
  /** Baseline of the first line. */
  y: number
  lineHeight: number
  size: number
  weight?: number
  fill: string
  className: string
}

function textLines(lines: string[], style: TextStyle): string {
  if (lines.length === 0) return ''
  const spans = lines.map((line, index) => el('tspan', { x: style.x, y: style.y + index * style.lineHeight }, escapeXml(line))).join('')
  return el('text', { class: style.className, 'font-size': style.size, 'font-weight': style.weight ?? null, fill: style.fill }, spans)
}

/** React Flow's bezier control offset (same curve as the canvas). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance)
}

function edgeSvg(
  edge: Edge,
  from: { x: number; y: number },
  to: { x: number; y: number },
  ox: (x: number) => number,
  oy: (y: number) => number,
): { path: string; label: string | null } {
  const sx = ox(from.x + CARD_WIDTH)
  const sy = oy(from.y + CARD_HEIGHT / 2)
  const tx = ox(to.x)
  const ty = oy(to.y + CARD_HEIGHT / 2)
  const c1x = sx + controlOffset(tx - sx)
  const c2x = tx - controlOffset(tx - sx)
  const d = `M ${num(sx)} ${num(sy)} C ${num(c1x)} ${num(sy)}, ${num(c2x)} ${num(ty)}, ${num(tx)} ${num(ty)}`
  const main = edge.kind === 'main'
  const path = el(
    'g',
    { class: `edge edge-${edge.kind}`, 'data-edge-id': edge.id },
    el('path', {
      d,
      fill: 'none',
      stroke: main ? COLOR.edgeMain : COLOR.edgeAlternative,
      'stroke-width': main ? 2.5 : 2,
      'stroke-dasharray': main ? null : '7 5',
      'marker-end': `url(#mot-arrow-${edge.kind})`,
    }),
  )
  const text = edge.label.trim()
  if (!text) return { path, label: null }
  const shown = truncate(text, 200, 12)
  // The curve's midpoint (t = 0.5), where the canvas puts the label too.
  const labelX = sx * 0.125 + c1x * 0.375 + c2x * 0.375 + tx * 0.125
  const labelY = (sy + ty) / 2
  const labelWidth = textWidth(shown, 12) + 10
  const label = el(
    'g',
    { class: 'edge-label', 'data-edge-id': edge.id },
    el('rect', { x: labelX - labelWidth / 2, y: labelY - 10, width: labelWidth, height: 20, rx: 4, fill: COLOR.paper, stroke: COLOR.line, 'stroke-width': 1 }) +
      el('text', { x: labelX, y: labelY + 4, 'font-size': 12, fill: COLOR.ink, 'text-anchor': 'middle' }, escapeXml(shown)),
  )
  return { path, label }
}

interface Badge {
  className: string
  text: string
  ink: string
  soft: string
}

function cardSvg(touchpoint: Touchpoint, x: number, y: number, laneName: string, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const name = touchpoint.title.trim() || t('editor.touchpoint.untitled')
  const parts: string[] = []
  parts.push(el('title', {}, escapeXml(laneName.trim() ? `${name} — ${laneName.trim()}` : name)))
  parts.push(
    el('rect', {
      class: 'card',
      x,
      y,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      rx: 10,
      fill: COLOR.paper,
      stroke: touchpoint.isMot ? COLOR.mot : COLOR.cardStroke,
      'stroke-width': touchpoint.isMot ? 1.2 : 1.5,
    }),
  )
  // An MOT has a double border on screen: a second, inner outline (shape, not only colour).
  if (touchpoint.isMot) parts.push(el('rect', { class: 'card-mot-ring', x: x + 3, y: y + 3, width: CARD_WIDTH - 6, height: CARD_HEIGHT - 6, rx: 8, fill: 'none', stroke: COLOR.mot, 'stroke-width': 1.2 }))

  const top = y + PAD_TOP
  const left = x + PAD_X
  const titleLines = wrapText(name, INNER_WIDTH, TITLE_SIZE, 2)
  parts.push(textLines(titleLines, { x: left, y: top + 14, lineHeight: TITLE_LINE, size: TITLE_SIZE, weight: 700, fill: COLOR.ink, className: 'card-title' }))
  let cursor = top + titleLines.length * TITLE_LINE

  const channelAndRole = [touchpoint.channel.trim(), touchpoint.role.trim()].filter(Boolean).join(' · ')
  parts.push(
    el(
      'text',
      { class: 'card-meta', x: left, y: cursor + 14, 'font-size': META_SIZE, fill: COLOR.muted, 'font-style': channelAndRole ? null : 'italic' },
      escapeXml(truncate(channelAndRole || t('editor.card.noChannelRole'), INNER_WIDTH, META_SIZE)),
    ),
  )
  cursor += 20

  const badges: Badge[] = []
  if (touchpoint.isMot) {
    const family = t(`editor.card.family.${touchpoint.motFamily ?? 'unspecified'}`)
    badges.push({ className: 'badge-mot', text: `${t('editor.card.mot')} · ${family} · ${touchpoint.importance}/5`, ink: COLOR.motInk, soft: COLOR.motSoft })
  }
  if (touchpoint.isPeak) badges.push({ className: 'badge-peak', text: `★ ${t('editor.card.peak')}`, ink: COLOR.peak, soft: COLOR.peakSoft })
  if (touchpoint.isEnd) badges.push({ className: 'badge-end', text: `⚑ ${t('editor.card.end')}`, ink: COLOR.end, soft: COLOR.endSoft })
  const footerTop = y + CARD_HEIGHT - 26
  let badgeX = left
  let badgeY = cursor
  for (const badge of badges) {
    const text = truncate(badge.text, INNER_WIDTH - 10, BADGE_SIZE)
    const badgeWidth = textWidth(text, BADGE_SIZE) + 10
    if (badgeX > left && badgeX + badgeWidth > left + INNER_WIDTH) {
      badgeX = left
      badgeY += BADGE_HEIGHT + 3
    }
    if (badgeY + BADGE_HEIGHT > footerTop) break
    parts.push(
      el(
        'g',
        { class: `badge ${badge.className}` },
        el('rect', { x: badgeX, y: badgeY, width: badgeWidth, height: BADGE_HEIGHT, rx: 4, fill: badge.soft, stroke: badge.ink, 'stroke-width': 1 }) +
          el('text', { x: badgeX + 5, y: badgeY + 12.5, 'font-size': BADGE_SIZE, 'font-weight': 600, fill: badge.ink }, escapeXml(text)),
      ),
    )
    badgeX += badgeWidth + BADGE_GAP
  }

  // Footer: the emotion as a face and a signed value, then the SERVQUAL chips.
  const baseline = y + CARD_HEIGHT - 11
  const emotion = `${face(touchpoint.emotion)} ${signed(touchpoint.emotion)}`
  const emotionColor = touchpoint.emotion > 0 ? COLOR.positive : touchpoint.emotion < 0 ? COLOR.negative : COLOR.neutral
  parts.push(el('text', { class: 'emotion', x: left, y: baseline, 'font-size': FOOTER_SIZE, 'font-weight': 700, fill: emotionColor }, escapeXml(emotion)))
  let chipX = left + textWidth(emotion, FOOTER_SIZE) + 8
  for (const dimension of touchpoint.servqual) {
    const label = t(`canvas.servqualShort.${dimension}`)
    const chipWidth = textWidth(label, CHIP_SIZE) + 8
    if (chipX + chipWidth > left + INNER_WIDTH) break
    parts.push(
      el(
        'g',
        { class: `chip chip-${dimension}` },
        el('rect', { x: chipX, y: baseline - 12, width: chipWidth, height: 16, rx: 8, fill: COLOR.chip, stroke: COLOR.line, 'stroke-width': 1 }) +
          el('text', { x: chipX + 4, y: baseline, 'font-size': CHIP_SIZE, fill: COLOR.ink }, escapeXml(label)),
      ),
    )
    chipX += chipWidth + 3
  }
  return el('g', { class: 'touchpoint', 'data-touchpoint-id': touchpoint.id }, parts.join(''))
}
