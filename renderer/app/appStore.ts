/**
 * What this window shows, apart from the document itself: language, host facts, the open session,
 * the current notice and dialog. Not undoable, never saved in the file.
 */
import type { FileEntry, MethodResponse, Recoverable } from '../../shared/ipc/contract'
import type { MessageParams } from '../../shared/i18n/translate'
import type { Locale } from '../../shared/model/schema'
import type { DocumentSession } from '../state/documentSession'
import { createStore, useStore } from '../state/store'

/** A message to render in the current language; keys may come from the host, so they are plain strings here. */
export interface Message {
  key: string
  params?: MessageParams
}

/** One line under a notice: a message, optionally prefixed with where it applies (a row, a record). */
export interface NoticeDetail {
  context?: string
  message: Message
}

export interface Notice {
  tone: 'error' | 'info' | 'success'
  message: Message
  details?: NoticeDetail[]
}

export interface DialogAction {
  id: string
  label: Message
  tone?: 'primary' | 'danger'
}

export type DialogSpec =
  | { kind: 'choice'; title: Message; body: Message; details?: NoticeDetail[]; actions: DialogAction[] }
  | { kind: 'prompt'; title: Message; label: Message; initial: string }
  | { kind: 'pickFile'; title: Message; files: FileEntry[] }

export interface OpenDialog {
  spec: DialogSpec
  resolve: (result: string | null) => void
}

export interface AppState {
  locale: Locale
  host: MethodResponse<'app.info'> | null
  session: DocumentSession | null
  notice: Notice | null
  dialog: OpenDialog | null
  recent: FileEntry[]
  recoverable: Recoverable[]
  /** The workshop presentation covers the window (renderer/presentation/presenting.ts). */
  presenting: boolean
}

export const appStore = createStore<AppState>({
  locale: 'en',
  host: null,
  session: null,
  notice: null,
  dialog: null,
  recent: [],
  recoverable: [],
  presenting: false,
})

export const useApp = <S,>(select: (state: AppState) => S): S => useStore(appStore, select)

/** Shows a dialog and resolves with the chosen action id, the typed text or the file ref (null: cancelled). */
export function showDialog(spec: DialogSpec): Promise<string | null> {
  return new Promise((resolve) => {
    appStore.set({
      dialog: {
        spec,
        resolve: (result) => {
          appStore.set({ dialog: null })
          resolve(result)
        },
      },
    })
  })
}

export function notify(notice: Notice | null): void {
  appStore.set({ notice })
}
