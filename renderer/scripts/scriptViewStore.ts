/** Whether the script view is shown beside the canvas. View state: never saved in the file, never undone. */
import { createStore, useStore } from '../state/store'

const OPEN_KEY = 'mot-studio-script-view'

function rememberedOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === 'open'
  } catch {
    return false
  }
}

export const scriptViewStore = createStore<{ open: boolean }>({ open: rememberedOpen() })

export const useScriptViewOpen = (): boolean => useStore(scriptViewStore, (state) => state.open)

export function setScriptViewOpen(open: boolean): void {
  scriptViewStore.set({ open })
  try {
    localStorage.setItem(OPEN_KEY, open ? 'open' : 'closed')
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this session only.
  }
}
