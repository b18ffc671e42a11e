/**
 * Importance–performance analysis (Martilla & James 1977; methods.md §6). Each indicator is a point
 * (importance: effective weight or surveyed importance; performance: mean normalised score); the
 * crosshairs sit at the means of the plotted points (data-centred, default) or at given scale
 * midpoints (scale-centred), and the chart says which.
 *
 * Points on a crosshair belong to the better quadrant. Our reading, stated on the chart
 * (`scoring.ipaTieRule`): performance on the line counts as high (meeting the bar is not falling
 * short); importance on the line goes to whichever side gives the more favourable verdict, which is
 * high importance when performance is high (keep up rather than overkill) and low importance when
 * performance is low (low priority rather than concentrate). A point on both lines is keep up.
 * "On the line" allows a relative 1e−9, so a mean that equals the points up to rounding counts.
 */

export type Quadrant = 'concentrate' | 'keepUp' | 'lowPriority' | 'overkill'
export const QUADRANTS: readonly Quadrant[] = ['concentrate', 'keepUp', 'lowPriority', 'overkill']

export interface IpaPoint {
  id: string
  importance: number
  performance: number
}

export type CrosshairOption = { basis: 'data' } | { basis: 'scale'; importance: number; performance: number }

export interface IpaResult {
  crosshair: { basis: 'data' | 'scale'; importance: number; performance: number }
  /** The tie rule the chart states: the message key explaining it. */
  tieRule: 'scoring.ipaTieRule'
  points: Array<IpaPoint & { quadrant: Quadrant }>
  counts: Record<Quadrant, number>
}

const ON_LINE = 1e-9

/** Compares a value with a crosshair: −1 below, 0 on it (within a relative 1e−9), 1 above. */
function side(value: number, line: number): -1 | 0 | 1 {
  if (Math.abs(value - line) <= ON_LINE * Math.max(1, Math.abs(line))) return 0
  return value > line ? 1 : -1
}

/**
 * The quadrant of one point for given crosshairs, ties to the better quadrant (see the file note).
 *
 * @example quadrantOf({ importance: 0.2, performance: 60 }, { importance: 0.1, performance: 80 }) // 'concentrate'
 * @example quadrantOf({ importance: 0.1, performance: 60 }, { importance: 0.1, performance: 80 }) // 'lowPriority'
 */
export function quadrantOf(point: Pick<IpaPoint, 'importance' | 'performance'>, crosshair: { importance: number; performance: number }): Quadrant {
  const highPerformance = side(point.performance, crosshair.performance) >= 0
  const importance = side(point.importance, crosshair.importance)
  const highImportance = importance > 0 || (importance === 0 && highPerformance)
  if (highImportance) return highPerformance ? 'keepUp' : 'concentrate'
  return highPerformance ? 'overkill' : 'lowPriority'
}

/**
 * Places the points in the four quadrants: high importance & low performance = concentrate here
 * (重点改进), high & high = keep up the good work (继续保持), low & low = low priority (低优先级),
 * low importance & high performance = possible overkill (过度投入). Data-centred crosshairs are the
 * arithmetic means of the plotted points' importance and performance. Null for data-centred
 * crosshairs without points (there is no mean to centre on).
 *
 * @example
 * ipa([{ id: 'a', importance: 0.3, performance: 60 }, { id: 'b', importance: 0.1, performance: 90 }])
 * // → crosshair { basis: 'data', importance: 0.2, performance: 75 }; a concentrate, b overkill
 */
export function ipa(points: readonly IpaPoint[], option: CrosshairOption = { basis: 'data' }): IpaResult | null {
  let crosshair: IpaResult['crosshair']
  if (option.basis === 'scale') crosshair = { basis: 'scale', importance: option.importance, performance: option.performance }
  else {
    if (points.length === 0) return null
    const mean = (pick: (point: IpaPoint) => number) => points.reduce((sum, point) => sum + pick(point), 0) / points.length
    crosshair = { basis: 'data', importance: mean((point) => point.importance), performance: mean((point) => point.performance) }
  }
  const counts: Record<Quadrant, number> = { concentrate: 0, keepUp: 0, lowPriority: 0, overkill: 0 }
  const placed = points.map((point) => {
    const quadrant = quadrantOf(point, crosshair)
    counts[quadrant]++
    return { ...point, quadrant }
  })
  return { crosshair, tieRule: 'scoring.ipaTieRule', points: placed, counts }
}

/**
 * IPA points for indicators: importance = effective weight, performance = mean normalised score.
 * Indicators without answers (no mean) are not plotted.
 *
 * @example indicatorIpaPoints(effectiveWeights(card, indicators), scoreAll(…).byIndicator)
 */
export function indicatorIpaPoints(
  importance: ReadonlyMap<string, number>,
  performance: Readonly<Record<string, { mean: number }>>,
): IpaPoint[] {
  const points: IpaPoint[] = []
  for (const [id, weight] of importance) {
    const mean = Object.hasOwn(performance, id) ? performance[id] : undefined
    if (mean) points.push({ id, importance: weight, performance: mean.mean })
  }
  return points
}
