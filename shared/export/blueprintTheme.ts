/** The blueprint image's look: fonts, colours and the lane fills and lines (as on the canvas). */
import type { MessageKey } from '../i18n/translate'
import type { LaneKind } from '../model/schema'
import type { HeatBand } from '../scoring/heat'

/** Fonts with CJK fallbacks on every platform (same list as the app's own). */
export const SVG_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif"

export const COLOR = {
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

/** The score heat map's look per band, as on the canvas (renderer/styles/scorecards.css); 'none' = no score. */
export const HEAT_LOOK: Record<HeatBand | 'none', { stripe: string; card: string; fill: string; stroke: string; ink: string; dash: string | null }> = {
  good: { stripe: '#2f9e55', card: '#f1faf4', fill: '#d9f0df', stroke: '#1e7a3c', ink: '#0f4d24', dash: null },
  fair: { stripe: '#d29a12', card: '#fdf8ea', fill: '#fdf0cf', stroke: '#8a5a00', ink: '#5c3c00', dash: null },
  poor: { stripe: '#d0453c', card: '#fdf0ef', fill: '#fbdcd9', stroke: '#b3261e', ink: '#7a1912', dash: null },
  none: { stripe: '#e3e6ec', card: '#ffffff', fill: '#eef0f4', stroke: '#9aa3b2', ink: '#5b6475', dash: '3 2' },
}

export const LANE_FILL: Record<LaneKind, string> = {
  customer: '#f3f7fd',
  frontstage: '#ffffff',
  backstage: '#f7f7f4',
  support: '#f2f2f2',
}

/** The line drawn below each lane kind (as on the canvas), and its dash pattern. */
export const LINE_BELOW: Partial<Record<LaneKind, { key: MessageKey; dash: string | null }>> = {
  customer: { key: 'canvas.line.interaction', dash: '8 5' },
  frontstage: { key: 'canvas.line.visibility', dash: null },
  backstage: { key: 'canvas.line.internalInteraction', dash: '2 4' },
}
