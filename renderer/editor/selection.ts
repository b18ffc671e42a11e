/**
 * What the editor has selected, and which field should take the keyboard next. UI state only:
 * never undoable, never saved in the file.
 */
import { useEffect, type RefObject } from 'react'
import { createStore, useStore } from '../state/store'

/** A control that should receive focus once it is on screen (a new card's title, a new stage's name). */
export type FocusTarget = { kind: 'touchpointTitle' | 'stageName'; id: string }

interface SelectionState {
  touchpointId: string | null
  focusRequest: FocusTarget | null
}

export const selectionStore = createStore<SelectionState>({ touchpointId: null, focusRequest: null })

export function selectTouchpoint(id: string | null): void {
  if (selectionStore.get().touchpointId !== id) selectionStore.set({ touchpointId: id })
}

export function clearSelection(): void {
  selectionStore.set({ touchpointId: null, focusRequest: null })
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
