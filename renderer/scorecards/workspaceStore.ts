/**
 * View state of the scorecard workspace: which workspace the editor shows (journey or scorecards),
 * the selected scorecard and tab, weight locks, the heat overlay switch, and the host's latest
 * score report and audit list. Never undoable, never saved in the file (the document holds the
 * scorecards; the host holds audits and computes reports).
 */
import type { AuditSummary, ScoreReport } from '../../shared/ipc/scorecardContract'
import { createStore, useStore } from '../state/store'

export type Workspace = 'journey' | 'scorecards'
export type ScorecardTab = 'indicators' | 'audits' | 'results'

interface ScorecardViewState {
  workspace: Workspace
  selectedId: string | null
  tab: ScorecardTab
  /** Locked weights per scorecard: indicator ids and `dim:<dimension>` for dimension weights. */
  locks: Readonly<Record<string, ReadonlySet<string>>>
  /** When on, typing a weight lets the unlocked others of its level absorb the change. */
  keepAt100: boolean
  heatOn: boolean
  report: ScoreReport | null
  /** Audits of each scorecard as the host last listed them. */
  audits: Readonly<Record<string, AuditSummary[]>>
  /** Bumps after every write to the host's data (audits, imports), so views refetch. */
  dataVersion: number
  loadingReport: boolean
}

const NO_LOCKS: ReadonlySet<string> = new Set()

export const scorecardStore = createStore<ScorecardViewState>({
  workspace: 'journey',
  selectedId: null,
  tab: 'indicators',
  locks: {},
  keepAt100: false,
  heatOn: false,
  report: null,
  audits: {},
  dataVersion: 0,
  loadingReport: false,
})

export const useScorecardView = <S,>(select: (state: ScorecardViewState) => S): S => useStore(scorecardStore, select)

export function setWorkspace(workspace: Workspace): void {
  scorecardStore.set({ workspace })
}

export function selectScorecard(id: string | null): void {
  scorecardStore.set({ selectedId: id })
}

export function setTab(tab: ScorecardTab): void {
  scorecardStore.set({ tab })
}

export function locksOf(scorecardId: string): ReadonlySet<string> {
  return scorecardStore.get().locks[scorecardId] ?? NO_LOCKS
}

export function useLocks(scorecardId: string): ReadonlySet<string> {
  return useStore(scorecardStore, (state) => state.locks[scorecardId] ?? NO_LOCKS)
}

export function setLocked(scorecardId: string, key: string, locked: boolean): void {
  scorecardStore.set((state) => {
    const next = new Set(state.locks[scorecardId] ?? NO_LOCKS)
    if (locked) next.add(key)
    else next.delete(key)
    return { locks: { ...state.locks, [scorecardId]: next } }
  })
}

export const dimensionLockKey = (dimension: string): string => `dim:${dimension}`

export function setHeatOn(heatOn: boolean): void {
  scorecardStore.set({ heatOn })
}

/** Call after writing audits or survey data: views refetch the report and the audit lists. */
export function dataChanged(): void {
  scorecardStore.set((state) => ({ dataVersion: state.dataVersion + 1 }))
}

/** Forgets everything about the previous journey (another one opened in this window). */
export function resetScorecardView(): void {
  scorecardStore.set({ workspace: 'journey', selectedId: null, tab: 'indicators', locks: {}, report: null, audits: {}, heatOn: false })
}
