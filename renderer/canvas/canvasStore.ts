/** Canvas view state: the filter and whether the canvas or the list is shown. Never saved, never undone. */
import { NO_FILTER, type CanvasFilter } from '../../shared/canvas/filter'
import { rememberedChoice } from '../state/remembered'
import { createStore, useStore } from '../state/store'

export type EditorView = 'canvas' | 'list'

interface CanvasState {
  filter: CanvasFilter
  view: EditorView
}

/** The view the user chose last time. */
const rememberedView = rememberedChoice<EditorView>('mot-studio-view', ['canvas', 'list'], 'canvas')

export const canvasStore = createStore<CanvasState>({ filter: NO_FILTER, view: rememberedView.read() })

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
  rememberedView.write(view)
}
