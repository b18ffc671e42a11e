/**
 * The experience curve of the whole main path, sized for a projector: one wide SVG that scales to
 * the slide's width. The points of the current stage are large, filled and labelled with their
 * value and title; the rest of the path stays visible in grey for context. Shapes carry meaning
 * (★ designed peak, ■ end), not colour alone.
 */
import { starPoints } from '../curve/starPoints'
import { memo } from 'react'
import type { CurvePoint } from '../../shared/journey/peakEnd'
import { EMOTION_MAX, EMOTION_MIN } from '../../shared/model/schema'
import { emotionText, signed, touchpointName } from '../editor/format'
import { useT } from '../i18n/useT'

const WIDTH = 1600
const LEFT = 110
const RIGHT = 70
const PLOT_TOP = 36
const PLOT_HEIGHT = 180
const LABEL_TOP = PLOT_TOP + PLOT_HEIGHT + 48
const HEIGHT = LABEL_TOP + 52
const FONT = 28
const LEVELS = [EMOTION_MAX, 0, EMOTION_MIN]

const yOf = (emotion: number) => PLOT_TOP + ((EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)) * PLOT_HEIGHT

/** Cuts a title to about `width` units at the curve's font size (bold: CJK 1em, others ~0.62em). */
function shorten(text: string, width: number): string {
  const ellipsis = FONT * 0.62
  let used = 0
  let kept = ''
  for (const char of text) {
    const size = /[\u2e80-\u9fff\uac00-\ud7a3\uff00-\uffe6]/.test(char) ? FONT : FONT * 0.62
    if (used + size > width - ellipsis) return `${kept.trimEnd()}…`
    used += size
    kept += char
  }
  return kept
}

interface PresentationCurveProps {
  curve: readonly CurvePoint[]
  /** Indexes of the points to highlight; null highlights none (all points drawn alike). */
  highlight: readonly number[] | null
}

export const PresentationCurve = memo(function PresentationCurve({ curve, highlight }: PresentationCurveProps) {
  const t = useT()
  if (curve.length === 0) return null
  const span = WIDTH - LEFT - RIGHT
  const xOf = (index: number) => (curve.length === 1 ? LEFT + span / 2 : LEFT + (index * span) / (curve.length - 1))
  const step = curve.length > 1 ? span / (curve.length - 1) : span
  const marked = new Set(highlight ?? [])
  const markedPoints = curve.filter((_, index) => marked.has(index))
  const label = [
    t('present.curve.label'),
    ...markedPoints.map((point) => t('editor.curve.point', { title: touchpointName(t, point.title), emotion: emotionText(t, point.emotion) })),
  ].join('; ')
  // Titles of highlighted points alternate between two rows, so each may take two steps' width.
  const titleWidth = Math.max(FONT * 4, (marked.size > 1 ? 2 : 4) * step - 24)
  const line = curve.map((point, index) => `${xOf(index).toFixed(1)},${yOf(point.emotion).toFixed(1)}`).join(' ')
  let labelRow = 0
  return (
    <svg className="presentation-curve" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={label}>
      {LEVELS.map((level) => (
        <g key={level} className={level === 0 ? 'pcurve-grid pcurve-grid-zero' : 'pcurve-grid'}>
          <line x1={LEFT - 20} x2={WIDTH - RIGHT + 30} y1={yOf(level)} y2={yOf(level)} />
          <text x={LEFT - 34} y={yOf(level) + 10} textAnchor="end" fontSize={FONT}>
            {signed(level)}
          </text>
        </g>
      ))}
      <polyline className="pcurve-line" points={line} />
      {curve.map((point, index) => {
        const x = xOf(index)
        const y = yOf(point.emotion)
        const on = highlight === null || marked.has(index)
        const strong = highlight !== null && on
        const size = strong ? 17 : on ? 11 : 8
        const classes = ['pcurve-point', strong ? 'is-current' : on ? 'is-plain' : 'is-context', point.emotion > 0 ? 'is-positive' : point.emotion < 0 ? 'is-negative' : 'is-neutral']
        const row = strong ? labelRow++ % 2 : 0
        return (
          <g key={point.touchpointId} className={classes.join(' ')}>
            {point.isPeak ? (
              <polygon points={starPoints(x, y, size * 1.5, size * 0.65)} />
            ) : point.isEnd ? (
              <rect x={x - size} y={y - size} width={size * 2} height={size * 2} />
            ) : (
              <circle cx={x} cy={y} r={size} />
            )}
            {strong && (
              <>
                <text className="pcurve-value" x={x + size + 8} y={y + 10} fontSize={FONT}>
                  {signed(point.emotion)}
                </text>
                <text className="pcurve-title" x={x} y={LABEL_TOP + row * 38} textAnchor="middle" fontSize={FONT}>
                  {shorten(touchpointName(t, point.title), Math.min(titleWidth, 2 * Math.min(x, WIDTH - x) - 8))}
                </text>
              </>
            )}
          </g>
        )
      })}
    </svg>
  )
})
