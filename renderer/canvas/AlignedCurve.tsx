/**
 * The experience curve under the canvas, aligned with its stage columns: each main-path point sits
 * under its card, following the canvas as it pans and zooms. Designed peaks are stars, the end a
 * square, the most intense moment ringed, each with a word too. The mean and the remembered
 * (peak-end) score stand side by side. Points are buttons: clicking one (or Enter / Space) selects
 * the card and centres the canvas on it.
 *
 * Cheap while panning and zooming: the curve is computed once per document (once it has settled,
 * so typing never waits for it); only the viewport transform changes, and only the points on screen
 * are drawn in full. Points off screen stay in the document as focusable, named buttons without
 * a shape, so keyboard users still reach every point (focusing one brings it into view).
 */
import { CurveMark, type CurveMarkSizes } from '../curve/CurveMark'
import { useStore as useFlowStore } from '@xyflow/react'
import { memo, useId, useMemo, useRef, type KeyboardEvent } from 'react'
import { blueprintGeometry } from '../../shared/canvas/geometry'
import { experienceCurve, peakEnd } from '../../shared/journey/peakEnd'
import type { JourneyDocument } from '../../shared/model/schema'
import { emotionText, signed, touchpointName } from '../editor/format'
import { useSelectedTouchpointId } from '../editor/selection'
import { useT, type Translate } from '../i18n/useT'
import { SETTLE_MS, useSettledValue } from '../state/useSettledValue'
import { alignedPoints, emotionY, isOnScreen, polylinePoints, screenX, stageBoundaries, visibleRuns, type AlignedPoint } from './curveGeometry'
import { useCanvasNavigation, type CanvasNavigation } from './useCanvasNavigation'

/** Marks sized for this curve. */
const MARK_SIZES: CurveMarkSizes = { star: [10, 4.5], square: 6.5, dot: 5.5, selectedRing: 15, intenseRing: 12 }

const PLOT_TOP = 22
const PLOT_HEIGHT = 108
const LABEL_Y = PLOT_TOP + PLOT_HEIGHT + 24
const HEIGHT = LABEL_Y + 10
const AXIS_WIDTH = 34
const GRID_LEVELS = [3, 0, -3] as const
const HIT_WIDTH = 30

const yOf = (emotion: number) => emotionY(emotion, PLOT_TOP, PLOT_HEIGHT)

export const AlignedCurve = memo(function AlignedCurve({ doc }: { doc: JourneyDocument }) {
  // A keystroke re-renders only this: the plot waits until the document settles.
  return <AlignedCurvePlot doc={useSettledValue(doc, SETTLE_MS)} />
})

const AlignedCurvePlot = memo(function AlignedCurvePlot({ doc }: { doc: JourneyDocument }) {
  const t = useT()
  const headingId = useId()
  const navigation = useCanvasNavigation()
  const selectedId = useSelectedTouchpointId()
  const transform = useFlowStore((state) => state.transform)
  const width = useFlowStore((state) => state.width)
  const geometry = useMemo(() => blueprintGeometry(doc), [doc])
  const curve = useMemo(() => experienceCurve(doc), [doc])
  const points = useStablePoints(useMemo(() => alignedPoints(doc, geometry, curve), [doc, geometry, curve]))
  const score = useMemo(() => peakEnd(curve.map((point) => point.emotion)), [curve])
  const boundaries = useMemo(() => stageBoundaries(geometry), [geometry])
  const hasTouchpoints = Object.keys(doc.touchpoints).length > 0

  const placed = points.map((point) => ({ point, x: screenX(point.canvasX, transform), y: yOf(point.emotion) }))
  return (
    <section className="aligned-curve" aria-labelledby={headingId}>
      {points.length === 0 ? (
        <p className={hasTouchpoints ? 'aligned-curve-empty warning' : 'aligned-curve-empty muted'}>{hasTouchpoints ? t('editor.curve.noStart') : t('editor.curve.empty')}</p>
      ) : (
        <svg className="aligned-curve-plot curve-chart" width={width} height={HEIGHT} role="group" aria-label={t('canvas.curve.label')}>
          <g aria-hidden="true">
            {boundaries.map((canvasX, index) => {
              const x = screenX(canvasX, transform)
              return isOnScreen(x, width) ? <line key={index} className="aligned-curve-stage" x1={x} x2={x} y1={0} y2={HEIGHT} /> : null
            })}
            {GRID_LEVELS.map((level) => (
              <line key={level} className={level === 0 ? 'aligned-curve-grid is-zero' : 'aligned-curve-grid'} x1={AXIS_WIDTH} x2={width} y1={yOf(level)} y2={yOf(level)} />
            ))}
            {visibleRuns(placed, width, HIT_WIDTH).map((run, index) => (
              <polyline key={index} className="curve-line" points={polylinePoints(run)} />
            ))}
          </g>
          {placed.map(({ point, x, y }, index) => {
            const visible = isOnScreen(x, width, HIT_WIDTH)
            return (
              <AlignedPointMark
                key={point.touchpointId}
                point={point}
                // Off screen the position is not drawn: a constant keeps the memoised mark as it is while panning.
                x={visible ? x : 0}
                y={y}
                visible={visible}
                mostIntense={index === score?.peakIndex}
                selected={point.touchpointId === selectedId}
                navigation={navigation}
                t={t}
              />
            )
          })}
          <g className="aligned-curve-axis" aria-hidden="true">
            <rect x={0} y={0} width={AXIS_WIDTH - 4} height={HEIGHT} />
            {GRID_LEVELS.map((level) => (
              <text key={level} x={AXIS_WIDTH - 8} y={yOf(level) + 5} textAnchor="end">
                {signed(level)}
              </text>
            ))}
          </g>
        </svg>
      )}
      <div className="aligned-curve-footer">
        <h3 id={headingId}>{t('editor.curve.heading')}</h3>
        <dl className="aligned-curve-figures">
          <Figure term={t('canvas.curve.mean')} value={score ? signed(score.mean, 2) : '—'} />
          <Figure term={t('editor.figures.remembered')} value={score ? signed(score.remembered, 2) : '—'} emphasis />
        </dl>
        <p className="curve-legend" aria-hidden="true">
          <span>{t('editor.curve.legendPeak')}</span>
          <span>{t('editor.curve.legendEnd')}</span>
          <span>{t('editor.curve.legendIntense')}</span>
        </p>
      </div>
    </section>
  )
})

/** The same point objects as last time where nothing about a point changed, so its mark is not re-rendered. */
function useStablePoints(points: AlignedPoint[]): AlignedPoint[] {
  const previous = useRef(new Map<string, AlignedPoint>())
  return useMemo(() => {
    const next = new Map<string, AlignedPoint>()
    const stable = points.map((point) => {
      const old = previous.current.get(point.touchpointId)
      const same = old && (Object.keys(point) as (keyof AlignedPoint)[]).every((key) => old[key] === point[key])
      next.set(point.touchpointId, same ? old : point)
      return same ? old : point
    })
    previous.current = next
    return stable
  }, [points])
}

function Figure({ term, value, emphasis }: { term: string; value: string; emphasis?: boolean }) {
  const termId = useId()
  return (
    <div className={emphasis ? 'aligned-figure is-emphasis' : 'aligned-figure'}>
      <dt id={termId}>{term}</dt>
      <dd aria-labelledby={termId}>{value}</dd>
    </div>
  )
}

interface AlignedPointMarkProps {
  point: AlignedPoint
  x: number
  y: number
  visible: boolean
  mostIntense: boolean
  selected: boolean
  navigation: CanvasNavigation
  t: Translate
}

const AlignedPointMark = memo(function AlignedPointMark({ point, x, y, visible, mostIntense, selected, navigation, t }: AlignedPointMarkProps) {
  const name = touchpointName(t, point.title)
  const markers = [
    point.isPeak && { symbol: '★', word: t('editor.curve.designedPeak') },
    point.isEnd && { symbol: '■', word: t('editor.curve.end') },
    mostIntense && { symbol: '◎', word: t('editor.curve.mostIntense') },
  ].filter((marker) => marker !== false)
  const label = [t('editor.curve.point', { title: name, emotion: emotionText(t, point.emotion) }), ...markers.map((marker) => marker.word)].join(', ')
  const select = () => navigation.showCard(point.touchpointId)
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      select()
    }
  }
  // Reaching a point off screen with Tab brings its card (and so the point) into view.
  const onFocus = () => {
    if (!visible) navigation.showCard(point.touchpointId, { select: false })
  }
  const tone = point.emotion > 0 ? 'positive' : point.emotion < 0 ? 'negative' : 'neutral'
  const classes = ['curve-point', `curve-point-${tone}`, selected && 'is-selected', point.isMot && 'is-mot']
  const shown = markers.filter((marker) => marker.symbol !== '◎')
  const className = classes.filter(Boolean).join(' ')
  if (!visible) {
    return <g className={className} role="button" tabIndex={0} aria-label={label} aria-pressed={selected} onClick={select} onKeyDown={onKeyDown} onFocus={onFocus} />
  }
  return (
    <g className={className} role="button" tabIndex={0} aria-label={label} aria-pressed={selected} onClick={select} onKeyDown={onKeyDown} onFocus={onFocus}>
      <title>{label}</title>
      <rect className="curve-hit" x={x - HIT_WIDTH / 2} y={PLOT_TOP - 18} width={HIT_WIDTH} height={HEIGHT - PLOT_TOP + 18} />
      <CurveMark x={x} y={y} isPeak={point.isPeak} isEnd={point.isEnd} selected={selected} mostIntense={mostIntense} sizes={MARK_SIZES} />
      <text className="curve-value" x={x + 14} y={y - 8}>
        {signed(point.emotion)}
      </text>
      {shown.length > 0 && (
        <text className="curve-marker-label" x={x} y={LABEL_Y} textAnchor="middle">
          {shown.map((marker) => `${marker.symbol} ${marker.word}`).join(' · ')}
        </text>
      )}
    </g>
  )
})
