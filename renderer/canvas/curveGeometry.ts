/**
 * Geometry of the experience curve drawn under the canvas (AlignedCurve): each main-path point sits
 * under its card's centre, so the curve's x axis is the canvas's x axis, scaled and panned by the
 * canvas viewport. Pure, so it can be tested without a browser.
 */
import { CARD_WIDTH, cardPosition, type BlueprintGeometry } from '../../shared/canvas/geometry'
import type { CurvePoint } from '../../shared/journey/peakEnd'
import { EMOTION_MAX, EMOTION_MIN, type JourneyDocument } from '../../shared/model/schema'

/** React Flow's transform: pan x, pan y, zoom. */
export type ViewportTransform = readonly [x: number, y: number, zoom: number]

export interface AlignedPoint extends CurvePoint {
  /** The card's horizontal centre in canvas coordinates. */
  canvasX: number
}

/** The curve's points with their cards' centres on the canvas (points whose card is gone are left out). */
export function alignedPoints(doc: JourneyDocument, geometry: BlueprintGeometry, curve: readonly CurvePoint[]): AlignedPoint[] {
  return curve.flatMap((point) => {
    const touchpoint = doc.touchpoints[point.touchpointId]
    return touchpoint ? [{ ...point, canvasX: cardPosition(geometry, touchpoint).x + CARD_WIDTH / 2 }] : []
  })
}

/** Where a canvas x lands on screen (relative to the canvas's left edge) under a viewport transform. */
export function screenX(canvasX: number, transform: ViewportTransform): number {
  return canvasX * transform[2] + transform[0]
}

/** The y of an emotion in a plot whose top is +3 and whose bottom (top + height) is −3. */
export function emotionY(emotion: number, top: number, height: number): number {
  const clamped = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, emotion))
  return top + ((EMOTION_MAX - clamped) / (EMOTION_MAX - EMOTION_MIN)) * height
}

/** Canvas x of every stage column's left edge, plus the right edge of the last column. */
export function stageBoundaries(geometry: BlueprintGeometry): number[] {
  const last = geometry.stages.at(-1)
  return last ? [...geometry.stages.map((band) => band.start), last.start + last.size] : []
}

/** An SVG `points` attribute for a polyline through the points, in order. */
export function polylinePoints(points: readonly { x: number; y: number }[]): string {
  return points.map(({ x, y }) => `${round1(x)},${round1(y)}`).join(' ')
}

const round1 = (value: number) => Math.round(value * 10) / 10

/**
 * The stretches of a line through `points` (in order) that show in a strip `width` wide (with
 * `margin` either side): every segment with an end on screen, or crossing it, with both its ends.
 * Consecutive segments join into one run; a long journey panned to its middle draws a few dozen
 * points instead of thousands.
 */
export function visibleRuns<P extends { x: number }>(points: readonly P[], width: number, margin = 0): P[][] {
  const runs: P[][] = []
  let run: P[] | null = null
  const shows = (a: number, b: number) => Math.max(a, b) >= -margin && Math.min(a, b) <= width + margin
  for (let index = 0; index < points.length; index++) {
    const point = points[index]!
    const next = points[index + 1]
    if (next && shows(point.x, next.x)) {
      if (!run) runs.push((run = [point]))
      run.push(next)
    } else {
      if (!run && !next && isOnScreen(point.x, width, margin)) runs.push([point])
      run = null
    }
  }
  return runs
}

/** Whether a screen x is inside a strip `width` wide (with `margin` either side). */
export function isOnScreen(x: number, width: number, margin = 0): boolean {
  return x >= -margin && x <= width + margin
}

/**
 * The match to go to next when stepping through search results: the one after (step 1) or before
 * (step −1) the current one, wrapping around; the first (or last) when the current one is not a match.
 */
export function nextMatch(matches: readonly string[], currentId: string | null, step: 1 | -1 = 1): string | null {
  if (matches.length === 0) return null
  const index = currentId === null ? -1 : matches.indexOf(currentId)
  if (index < 0) return step === 1 ? matches[0]! : matches.at(-1)!
  return matches[(index + step + matches.length) % matches.length]!
}
