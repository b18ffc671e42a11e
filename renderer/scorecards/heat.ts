/**
 * The score heat overlay on the canvas (entries from shared/scoring/heat.ts), shown on each card as
 * a number with one decimal and a coloured band; the image export draws what the overlay shows.
 */
import { NO_HEAT, type HeatEntry } from '../../shared/scoring/heat'
import { createStore, useStore } from '../state/store'

interface HeatState {
  /** Null while the overlay is off. */
  entries: ReadonlyMap<string, HeatEntry> | null
}

export const heatStore = createStore<HeatState>({ entries: null })

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
  return useStore(heatStore, (state) => state.entries?.get(touchpointId) ?? (state.entries ? NO_HEAT : null))
}
