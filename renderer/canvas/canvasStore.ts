/** Canvas view state: the filter and whether the canvas or the list is shown. Never saved, never undone. */
import { NO_FILTER, type CanvasFilter } from '../../shared/canvas/filter'
import { createStore, useStore } from '../state/store'

export type EditorView = 'canvas' | 'list'

interface CanvasState {
  filter: CanvasFilter
  view: EditorView
}

const VIEW_KEY = 'mot-studio-view'

/** The view the user chose last time (remembered per browser profile / app install). */
function rememberedView(): EditorView {
  try {
    return localStorage.getItem(VIEW_KEY) === 'list' ? 'list' : 'canvas'
  } catch {
    return 'canvas'
  }
}

export const canvasStore = createStore<CanvasState>({ filter: NO_FILTER, view: rememberedView() })

export function setFilter(changes: Partial<CanvasFilter>): void {
  canvasStore.set((state) => ({ filter: { ...state.filter, ...changes } }))
}

export function clearFilter(): void {
  canvasStore.set({ filter: NO_FILTER })
}

export const useCanvasFilter = (): CanvasFilter => useStore(canvasStore, (state) => state.filter)
export const useEditorView = (): EditorView => useStore(canvasStore, (state) => state.view)
export function setEditorView(view: EditorView): void {
  canvasStore.set({ view })
  try {
    localStorage.setItem(VIEW_KEY, view)
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this session only.
  }
}
