/**
 * What the editor has selected, and which field should take the keyboard next. UI state only:
 * never undoable, never saved in the file.
 */
import { useEffect, type RefObject } from 'react'
import { createStore, useStore } from '../state/store'

/** A control that should receive focus once it is on screen (a new card's title, a new stage's name). */
export type FocusTarget = { kind: 'touchpointTitle' | 'stageName'; id: string }

interface SelectionState {
  /** The touchpoint the inspector shows: the one selected last. */
  touchpointId: string | null
  /** Every selected touchpoint (the canvas selects several; the list selects one). */
  touchpointIds: ReadonlySet<string>
  focusRequest: FocusTarget | null
}

const NONE: ReadonlySet<string> = new Set()

export const selectionStore = createStore<SelectionState>({ touchpointId: null, touchpointIds: NONE, focusRequest: null })

export function selectTouchpoint(id: string | null): void {
  const state = selectionStore.get()
  if (state.touchpointId !== id || state.touchpointIds.size !== (id ? 1 : 0)) {
    selectionStore.set({ touchpointId: id, touchpointIds: id ? new Set([id]) : NONE })
  }
}

/** Selects several touchpoints at once; the inspector shows `primary` (default: the last one). */
export function selectTouchpoints(ids: Iterable<string>, primary?: string | null): void {
  const set = new Set(ids)
  const state = selectionStore.get()
  const same = set.size === state.touchpointIds.size && [...set].every((id) => state.touchpointIds.has(id))
  const next = primary !== undefined ? primary : set.has(state.touchpointId ?? '') ? state.touchpointId : ([...set].at(-1) ?? null)
  if (!same || next !== state.touchpointId) selectionStore.set({ touchpointIds: set.size ? set : NONE, touchpointId: next })
}

export function clearSelection(): void {
  selectionStore.set({ touchpointId: null, touchpointIds: NONE, focusRequest: null })
}

export function useSelectedTouchpointIds(): ReadonlySet<string> {
  return useStore(selectionStore, (state) => state.touchpointIds)
}

export function requestFocus(target: FocusTarget): void {
  selectionStore.set({ focusRequest: target })
}

export function useSelectedTouchpointId(): string | null {
  return useStore(selectionStore, (state) => state.touchpointId)
}

/** The card element of a touchpoint on the board, if it is on screen. */
export function touchpointCard(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-touchpoint-id="${CSS.escape(id)}"]`)
}

/** Selects a touchpoint and moves the keyboard to its card (scrolling it into view) once rendered. */
export function selectAndFocusCard(id: string): void {
  selectTouchpoint(id)
  requestAnimationFrame(() => touchpointCard(id)?.focus())
}

/** Focuses (and selects the text of) `element` when a focus request for `target` is pending. */
export function useFocusRequest(
  target: FocusTarget,
  element: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
): void {
  const request = useStore(selectionStore, (state) => state.focusRequest)
  const { kind, id } = target
  useEffect(() => {
    if (!request || request.kind !== kind || request.id !== id || !element.current) return
    element.current.focus()
    element.current.select()
    selectionStore.set({ focusRequest: null })
  }, [request, kind, id, element])
}
