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
  CELL_PADDING,
  LANE_HEADER_WIDTH,
  STAGE_HEADER_HEIGHT,
  type Rect,
} from '../canvas/geometry'
import { translate, type MessageKey } from '../i18n/translate'
import { touchpointsInDocumentOrder } from '../journey/mainPath'
import { bySortKey } from '../model/order'
import type { JourneyDocument, Locale } from '../model/schema'
import { NO_HEAT, type HeatEntry } from '../scoring/heat'
import { cardSvg } from './blueprintCard'
import { edgeSvg } from './blueprintEdge'
import { cornerSvg, lanesSvg, stageHeadersSvg, stageRulesSvg, type GridView } from './blueprintGrid'
import { COLOR, SVG_FONT_FAMILY } from './blueprintTheme'
import { attrs, el, num } from './svgMarkup'
import { escapeXml } from './text'

// Still exported from here, as before the look moved to blueprintTheme.ts.
export { SVG_FONT_FAMILY }

export interface BlueprintSvgOptions {
  locale: Locale
  /** Export only these touchpoints (a selection) and the connections between them. */
  only?: ReadonlySet<string>
  /** Space around a selection's cards, in px (default: a cell's padding). */
  margin?: number
  /** The score heat map, when it is on: each card shows its score and band as on the canvas. */
  heat?: ReadonlyMap<string, HeatEntry>
}

export interface BlueprintImage {
  svg: string
  /** Size in CSS px (the `width` / `height` attributes, rounded up). */
  width: number
  height: number
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
  const width = LANE_HEADER_WIDTH + view.width
  const height = STAGE_HEADER_HEIGHT + view.height
  const ox = (x: number) => x - view.x + LANE_HEADER_WIDTH
  const oy = (y: number) => y - view.y + STAGE_HEADER_HEIGHT
  const grid: GridView = { geometry, view, width, height, ox, oy, t }

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
  out.push(...lanesSvg(grid, lanes))
  out.push(...stageRulesSvg(grid))

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
    const heat = options.heat ? (options.heat.get(touchpoint.id) ?? NO_HEAT) : null
    out.push(cardSvg(touchpoint, ox(position.x), oy(position.y), doc.lanes[touchpoint.laneId]?.name ?? '', t, heat))
  }
  out.push('</g>')
  // Connection labels over the cards, as on the canvas.
  out.push(`<g class="edge-labels" clip-path="url(#mot-cells)">${edgeLabels.join('\n')}</g>`)

  out.push(...stageHeadersSvg(grid, stages))
  out.push(...cornerSvg(title))
  out.push('</svg>')
  return { svg: `${out.join('\n')}\n`, width: Math.ceil(width), height: Math.ceil(height) }
}
