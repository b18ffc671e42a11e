/**
 * Small inline SVG charts for the results view (no chart library): a line chart for the trend,
 * horizontal bars for dimensions and gaps, and the importance–performance quadrant chart. Each is
 * an image with a summarising accessible name; the caller always shows the same numbers in a table
 * too. Values are printed on the marks and shapes differ by quadrant, so colour never carries
 * meaning alone.
 */
import { lineChartScale } from '../../shared/export/lineChartScale'
import type { Quadrant } from '../../shared/scoring/ipa'
import { fixed } from './format'

interface LinePoint {
  label: string
  value: number
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))

/** A line over categories (months), y from `min` to `max`, each point labelled with its value. */
export function LineChart({ points, label, min = 0, max = 100 }: { points: readonly LinePoint[]; label: string; min?: number; max?: number }) {
  const frame = { width: 520, height: 220, left: 40, right: 36, top: 16, bottom: 36 }
  const { width, height, left, right, bottom } = frame
  const { x, y } = lineChartScale(frame, points.length, min, max)
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => min + share * (max - min))
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ')
  return (
    <svg className="chart chart-line" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {ticks.map((tick) => (
        <g key={tick} aria-hidden="true">
          <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text x={left - 6} y={y(tick) + 4} textAnchor="end" className="chart-tick">
            {fixed(tick, 0)}
          </text>
        </g>
      ))}
      <path d={path} className="chart-series" fill="none" aria-hidden="true" />
      {points.map((point, index) => (
        <g key={point.label} aria-hidden="true">
          <circle cx={x(index)} cy={y(point.value)} r={4} className="chart-point" />
          <text x={x(index)} y={y(point.value) - 8} textAnchor="middle" className="chart-value">
            {fixed(point.value)}
          </text>
          <text x={x(index)} y={height - bottom + 18} textAnchor="middle" className="chart-tick">
            {point.label}
          </text>
        </g>
      ))}
    </svg>
  )
}

interface Bar {
  key: string
  label: string
  value: number
}

/** Horizontal bars from zero, on `[min, max]` (negative values for gaps), each with its value printed. */
export function BarChart({ bars, label, min = 0, max = 100, decimals = 2 }: { bars: readonly Bar[]; label: string; min?: number; max?: number; decimals?: number }) {
  const width = 520
  const rowHeight = 26
  const labelWidth = 150
  const valueWidth = 60
  const height = bars.length * rowHeight + 8
  const plotWidth = width - labelWidth - valueWidth
  const x = (value: number) => labelWidth + ((clamp(value, min, max) - min) / (max - min)) * plotWidth
  const zero = x(clamp(0, min, max))
  return (
    <svg className="chart chart-bars" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <line x1={zero} x2={zero} y1={0} y2={height} className="chart-axis" aria-hidden="true" />
      {bars.map((bar, index) => {
        const y = 4 + index * rowHeight
        const end = x(bar.value)
        const negative = bar.value < 0
        return (
          <g key={bar.key} aria-hidden="true">
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="chart-tick">
              {bar.label}
            </text>
            <rect x={Math.min(zero, end)} y={y + 3} width={Math.max(1, Math.abs(end - zero))} height={rowHeight - 8} className={negative ? 'chart-bar chart-bar-negative' : 'chart-bar'} />
            <text x={Math.max(zero, end) + 6} y={y + 16} className="chart-value">
              {fixed(bar.value, decimals)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

export interface QuadrantPoint {
  id: string
  /** Printed at the point, e.g. the indicator's row number. */
  mark: string
  importance: number
  performance: number
  quadrant: Quadrant
}

/** A marker shape per quadrant, so the quadrant is readable without colour. */
function Marker({ quadrant, cx, cy }: { quadrant: Quadrant; cx: number; cy: number }) {
  const size = 5
  const className = `chart-marker quadrant-${quadrant}`
  switch (quadrant) {
    case 'concentrate':
      return <polygon points={`${cx},${cy - size - 1} ${cx + size + 1},${cy + size} ${cx - size - 1},${cy + size}`} className={className} />
    case 'keepUp':
      return <circle cx={cx} cy={cy} r={size} className={className} />
    case 'lowPriority':
      return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} className={className} />
    case 'overkill':
      return <polygon points={`${cx},${cy - size - 1} ${cx + size + 1},${cy} ${cx},${cy + size + 1} ${cx - size - 1},${cy}`} className={className} />
  }
}

/**
 * Importance (x, effective weight in %) against performance (y, 0–100), crosshairs drawn and the
 * four quadrants named in their corners.
 */
export function QuadrantChart(props: {
  points: readonly QuadrantPoint[]
  crosshair: { importance: number; performance: number }
  quadrantNames: Record<Quadrant, string>
  axisNames: { importance: string; performance: string }
  label: string
}) {
  const { points, crosshair, quadrantNames, axisNames, label } = props
  const width = 520
  const height = 380
  const left = 48
  const right = 16
  const top = 16
  const bottom = 44
  const plotWidth = width - left - right
  const plotHeight = height - top - bottom
  const maxImportance = Math.max(crosshair.importance * 2, ...points.map((point) => point.importance)) * 1.1 || 1
  const x = (importance: number) => left + (clamp(importance, 0, maxImportance) / maxImportance) * plotWidth
  const y = (performance: number) => top + plotHeight - (clamp(performance, 0, 100) / 100) * plotHeight
  const cx = x(crosshair.importance)
  const cy = y(crosshair.performance)
  return (
    <svg className="chart chart-quadrant" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <g aria-hidden="true">
        <rect x={left} y={top} width={plotWidth} height={plotHeight} className="chart-frame" />
        <line x1={cx} x2={cx} y1={top} y2={top + plotHeight} className="chart-crosshair" />
        <line x1={left} x2={left + plotWidth} y1={cy} y2={cy} className="chart-crosshair" />
        <text x={left + plotWidth - 6} y={top + 14} textAnchor="end" className="chart-quadrant-name">
          {quadrantNames.keepUp}
        </text>
        <text x={left + plotWidth - 6} y={top + plotHeight - 6} textAnchor="end" className="chart-quadrant-name">
          {quadrantNames.concentrate}
        </text>
        <text x={left + 6} y={top + 14} className="chart-quadrant-name">
          {quadrantNames.overkill}
        </text>
        <text x={left + 6} y={top + plotHeight - 6} className="chart-quadrant-name">
          {quadrantNames.lowPriority}
        </text>
        {[0, 50, 100].map((tick) => (
          <text key={tick} x={left - 6} y={y(tick) + 4} textAnchor="end" className="chart-tick">
            {tick}
          </text>
        ))}
        {[0, 0.5, 1].map((share) => (
          <text key={share} x={x(share * maxImportance)} y={top + plotHeight + 16} textAnchor="middle" className="chart-tick">
            {fixed(share * maxImportance * 100, 1)} %
          </text>
        ))}
        <text x={left + plotWidth / 2} y={height - 6} textAnchor="middle" className="chart-axis-name">
          {axisNames.importance}
        </text>
        <text x={14} y={top + plotHeight / 2} textAnchor="middle" className="chart-axis-name" transform={`rotate(-90 14 ${top + plotHeight / 2})`}>
          {axisNames.performance}
        </text>
        {points.map((point) => (
          <g key={point.id}>
            <Marker quadrant={point.quadrant} cx={x(point.importance)} cy={y(point.performance)} />
            <text x={x(point.importance) + 8} y={y(point.performance) - 6} className="chart-value">
              {point.mark}
            </text>
          </g>
        ))}
      </g>
    </svg>
  )
}
