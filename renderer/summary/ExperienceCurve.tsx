/**
 * The experience curve (体验曲线): expected emotion along the main path, −3 … +3. Designed peaks are
 * stars, the end a square, the most intense moment has a dashed ring, each with a text label too.
 * Points are buttons: clicking one (or Enter / Space) selects that touchpoint.
 */
import { CurveMark, type CurveMarkSizes } from '../curve/CurveMark'
import { memo, type KeyboardEvent } from 'react'
import type { CurvePoint } from '../../shared/journey/peakEnd'
import { EMOTION_MAX, EMOTION_MIN } from '../../shared/model/schema'
import { emotionText, signed, touchpointName } from '../editor/format'
import { selectAndFocusCard } from '../editor/selection'
import { useT, type Translate } from '../i18n/useT'

/** Marks sized for this curve. */
const MARK_SIZES: CurveMarkSizes = { star: [11, 5], square: 7, dot: 6, selectedRing: 17, intenseRing: 13 }

const STEP = 120
const AXIS_WIDTH = 44
const SIDE_PADDING = 60
const PLOT_TOP = 28
const PLOT_HEIGHT = 168
const LABEL_TOP = PLOT_TOP + PLOT_HEIGHT + 26
const MARKER_LINE = 19
const HEIGHT = LABEL_TOP + 3 * MARKER_LINE + 8
const TITLE_CHARACTERS = 10
const EMOTION_LEVELS = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, index) => EMOTION_MAX - index)

const yOf = (emotion: number) => PLOT_TOP + ((EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)) * PLOT_HEIGHT
const xOf = (index: number) => AXIS_WIDTH + SIDE_PADDING + index * STEP

const shorten = (text: string) => ([...text].length > TITLE_CHARACTERS ? `${[...text].slice(0, TITLE_CHARACTERS - 1).join('')}…` : text)

interface ExperienceCurveProps {
  curve: readonly CurvePoint[]
  /** Index of the most intense moment (computed peak), or null without a curve. */
  peakIndex: number | null
  selectedId: string | null
  /** Whether the journey has touchpoints at all (an empty curve then means the main path has no start). */
  hasTouchpoints: boolean
}

export const ExperienceCurve = memo(function ExperienceCurve({ curve, peakIndex, selectedId, hasTouchpoints }: ExperienceCurveProps) {
  const t = useT()
  if (curve.length === 0) {
    return hasTouchpoints ? <p className="curve-empty warning">{t('editor.curve.noStart')}</p> : <p className="curve-empty muted">{t('editor.curve.empty')}</p>
  }
  const width = xOf(curve.length - 1) + SIDE_PADDING
  const line = curve.map((point, index) => `${xOf(index)},${yOf(point.emotion)}`).join(' ')
  return (
    <div className="curve">
      <div className="curve-scroll">
        <svg className="curve-chart" width={width} height={HEIGHT} role="group" aria-label={t('editor.curve.heading')}>
          {EMOTION_LEVELS.map((level) => (
            <g key={level} className={level === 0 ? 'curve-grid curve-grid-zero' : 'curve-grid'} aria-hidden="true">
              <line x1={AXIS_WIDTH} x2={width} y1={yOf(level)} y2={yOf(level)} />
              <text x={AXIS_WIDTH - 8} y={yOf(level) + 5} textAnchor="end">
                {signed(level)}
              </text>
            </g>
          ))}
          <polyline className="curve-line" points={line} aria-hidden="true" />
          {curve.map((point, index) => (
            <CurvePointMark key={point.touchpointId} point={point} index={index} mostIntense={index === peakIndex} selected={point.touchpointId === selectedId} t={t} />
          ))}
        </svg>
      </div>
      <p className="curve-legend" aria-hidden="true">
        <span>{t('editor.curve.legendPeak')}</span>
        <span>{t('editor.curve.legendEnd')}</span>
        <span>{t('editor.curve.legendIntense')}</span>
      </p>
    </div>
  )
})

interface CurvePointMarkProps {
  point: CurvePoint
  index: number
  mostIntense: boolean
  selected: boolean
  t: Translate
}

function CurvePointMark({ point, index, mostIntense, selected, t }: CurvePointMarkProps) {
  const x = xOf(index)
  const y = yOf(point.emotion)
  const name = touchpointName(t, point.title)
  const markers = [
    point.isPeak && { symbol: '★', word: t('editor.curve.designedPeak') },
    point.isEnd && { symbol: '■', word: t('editor.curve.end') },
    mostIntense && { symbol: '◎', word: t('editor.curve.mostIntense') },
  ].filter((marker) => marker !== false)
  const label = [t('editor.curve.point', { title: name, emotion: emotionText(t, point.emotion) }), ...markers.map((marker) => marker.word)].join(', ')
  const select = () => selectAndFocusCard(point.touchpointId)
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      select()
    }
  }
  const tone = point.emotion > 0 ? 'positive' : point.emotion < 0 ? 'negative' : 'neutral'
  const classes = ['curve-point', `curve-point-${tone}`, selected ? 'is-selected' : '', point.isMot ? 'is-mot' : '']
  return (
    <g className={classes.filter(Boolean).join(' ')} role="button" tabIndex={0} aria-label={label} aria-pressed={selected} onClick={select} onKeyDown={onKeyDown}>
      <title>{label}</title>
      <rect className="curve-hit" x={x - STEP / 2} y={PLOT_TOP - 20} width={STEP} height={HEIGHT - PLOT_TOP + 20} />
      <CurveMark x={x} y={y} isPeak={point.isPeak} isEnd={point.isEnd} selected={selected} mostIntense={mostIntense} sizes={MARK_SIZES} />
      <text className="curve-value" x={x + 20} y={y + 5}>
        {signed(point.emotion)}
      </text>
      <text className="curve-title" x={x} y={LABEL_TOP} textAnchor="middle">
        {shorten(name)}
      </text>
      {markers.map((marker, line) => (
        <text key={marker.symbol} className="curve-marker-label" x={x} y={LABEL_TOP + (line + 1) * MARKER_LINE} textAnchor="middle">
          {marker.symbol} {marker.word}
        </text>
      ))}
    </g>
  )
}
