/**
 * The score heat map: each touchpoint's score (the effective-weight-weighted mean of the linked
 * indicators' mean scores, methods.md §2, from the host's report) with a band. The number and the
 * band's word always carry the meaning; colour (on the canvas and in the exported image) only
 * repeats it. Touchpoints without linked indicators have "no score".
 */
import type { ScoreReport } from '../ipc/scorecardContract'
import type { JourneyDocument } from '../model/schema'

/** ≥ 85 good, ≥ 70 fair, below 70 poor (a reading aid, not a standard). */
export type HeatBand = 'good' | 'fair' | 'poor'
export const HEAT_GOOD_FROM = 85
export const HEAT_FAIR_FROM = 70

export type HeatEntry =
  | { kind: 'score'; score: number; indicators: number; band: HeatBand }
  /** Linked to indicators, but none of them has an answer yet. */
  | { kind: 'unscored' }
  /** No indicator checks this touchpoint. */
  | { kind: 'none' }

export function heatBand(score: number): HeatBand {
  return score >= HEAT_GOOD_FROM ? 'good' : score >= HEAT_FAIR_FROM ? 'fair' : 'poor'
}

export const NO_HEAT: HeatEntry = { kind: 'none' }
const UNSCORED: HeatEntry = { kind: 'unscored' }

/** The heat entry of every touchpoint, from the document's indicator links and the report. */
export function heatEntries(doc: JourneyDocument, report: Pick<ScoreReport, 'byTouchpoint'> | null): Map<string, HeatEntry> {
  const linked = new Set<string>()
  for (const indicator of Object.values(doc.indicators)) for (const id of indicator.touchpointIds) linked.add(id)
  const entries = new Map<string, HeatEntry>()
  for (const id of Object.keys(doc.touchpoints)) {
    const mean = report && Object.hasOwn(report.byTouchpoint, id) ? report.byTouchpoint[id] : undefined
    if (mean && linked.has(id)) entries.set(id, { kind: 'score', score: mean.mean, indicators: mean.n, band: heatBand(mean.mean) })
    else entries.set(id, linked.has(id) ? UNSCORED : NO_HEAT)
  }
  return entries
}
