/** Whether the script view is shown beside the canvas. View state: never saved in the file, never undone. */
import { rememberedChoice } from '../state/remembered'
import { createStore, useStore } from '../state/store'

const remembered = rememberedChoice('mot-studio-script-view', ['open', 'closed'], 'closed')

export const scriptViewStore = createStore<{ open: boolean }>({ open: remembered.read() === 'open' })

export const useScriptViewOpen = (): boolean => useStore(scriptViewStore, (state) => state.open)

export function setScriptViewOpen(open: boolean): void {
  scriptViewStore.set({ open })
  remembered.write(open ? 'open' : 'closed')
}
