/** One connection of the blueprint image: the bezier path (same curve as the canvas) and its label. */
import { CARD_HEIGHT, CARD_WIDTH } from '../canvas/geometry'
import type { Edge } from '../model/schema'
import { COLOR } from './blueprintTheme'
import { el, num } from './svgMarkup'
import { escapeXml, textWidth, truncate } from './text'

/** React Flow's bezier control offset (same curve as the canvas). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance)
}

/**
 * The path from the right of `from` to the left of `to` (canvas coordinates mapped by `ox`/`oy`), and
 * its label apart, because labels are drawn over the cards while paths go under them.
 */
export function edgeSvg(
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
