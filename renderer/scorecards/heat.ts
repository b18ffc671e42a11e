/**
 * The score heat overlay on the canvas: each touchpoint's score (the effective-weight-weighted mean
 * of the linked indicators' mean scores, methods.md §2, from the host's report), shown on the card
 * as a number with one decimal and a coloured band; the number and the band's word always carry
 * the meaning, the colour only repeats it. Cards without linked indicators say "no score".
 */
import type { JourneyDocument } from '../../shared/model/schema'
import type { ScoreReport } from '../../shared/ipc/scorecardContract'
import { createStore, useStore } from '../state/store'

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

interface HeatState {
  /** Null while the overlay is off. */
  entries: ReadonlyMap<string, HeatEntry> | null
}

export const heatStore = createStore<HeatState>({ entries: null })

const NONE: HeatEntry = { kind: 'none' }
const UNSCORED: HeatEntry = { kind: 'unscored' }

/** The overlay's entry per touchpoint, from the document's indicator links and the report. */
export function heatEntries(doc: JourneyDocument, report: ScoreReport | null): Map<string, HeatEntry> {
  const linked = new Set<string>()
  for (const indicator of Object.values(doc.indicators)) for (const id of indicator.touchpointIds) linked.add(id)
  const entries = new Map<string, HeatEntry>()
  for (const id of Object.keys(doc.touchpoints)) {
    const mean = report && Object.hasOwn(report.byTouchpoint, id) ? report.byTouchpoint[id] : undefined
    if (mean && linked.has(id)) entries.set(id, { kind: 'score', score: mean.mean, indicators: mean.n, band: heatBand(mean.mean) })
    else entries.set(id, linked.has(id) ? UNSCORED : NONE)
  }
  return entries
}

/** Replaces the overlay's entries, keeping unchanged entries identical so only changed cards re-render. */
export function setHeatEntries(next: Map<string, HeatEntry> | null): void {
  const current = heatStore.get().entries
  if (next && current) {
    for (const [id, entry] of next) {
      const old = current.get(id)
      if (old && old.kind === entry.kind && (old.kind !== 'score' || (entry.kind === 'score' && old.score === entry.score && old.indicators === entry.indicators))) {
        next.set(id, old)
      }
    }
  }
  heatStore.set({ entries: next })
}

/** For a canvas card: its heat entry, or null while the overlay is off. */
export function useTouchpointHeat(touchpointId: string): HeatEntry | null {
  return useStore(heatStore, (state) => state.entries?.get(touchpointId) ?? (state.entries ? NONE : null))
}
