/** The window: start page or editor, plus notices and dialogs; wires host events and shortcuts. */
import { useEffect } from 'react'
import { localeFromSystem, translate } from '../../shared/i18n/translate'
import type { HostEvent } from '../../shared/ipc/contract'
import { DialogHost } from '../dialogs/DialogHost'
import { EditorPage } from '../editor/EditorPage'
import { call, onHostEvent } from '../host/api'
import { StartPage } from '../start/StartPage'
import { appStore, notify, useApp } from './appStore'
import {
  closeJourney,
  closeWindowRequested,
  exportJson,
  importSpreadsheet,
  newJourney,
  openJourney,
  openRef,
  redo,
  refreshStartData,
  resumeAfterReload,
  saveJourney,
  saveJourneyAs,
  saveJourneyCopy,
  setLocale,
  showOpenResult,
  undo,
} from './fileActions'
import { exportImage } from '../export/exportImage'
import { exportScript } from '../export/exportScript'
import { startPresenting } from '../presentation/presenting'
import { NoticeBar } from './NoticeBar'

function isTextFocused(): boolean {
  return document.activeElement instanceof HTMLElement && document.activeElement.matches('input, textarea, [contenteditable]')
}

/** What each native menu command does; `satisfies` makes a new command in the contract a type error until it is handled here. */
const MENU_ACTIONS = {
  new: () => newJourney(),
  open: () => openJourney(),
  save: () => saveJourney(),
  saveAs: () => saveJourneyAs(),
  saveCopy: () => saveJourneyCopy(),
  import: () => importSpreadsheet(),
  exportJson: () => exportJson(),
  exportImage: () => exportImage(),
  exportScript: () => exportScript(),
  close: () => closeJourney(),
  // A focused text field keeps its own undo (the native menu's Undo reaches us even while typing).
  undo: () => (isTextFocused() ? document.execCommand('undo') : undo()),
  redo: () => (isTextFocused() ? document.execCommand('redo') : redo()),
  toggleLocale: () => setLocale(appStore.get().locale === 'en' ? 'zh-CN' : 'en'),
  present: () => startPresenting(),
} as const satisfies Record<HostEvent<'menu'>['command'], () => unknown>

async function start(): Promise<void> {
  try {
    const host = await call('app.info', {})
    const locale = host.locale ?? localeFromSystem(host.systemLocale || navigator.language)
    appStore.set({ host, locale })
    document.documentElement.lang = locale
    await refreshStartData()
    if (await resumeAfterReload()) return
    const fileToOpen = new URLSearchParams(window.location.search).get('open')
    if (fileToOpen) await openRef(fileToOpen)
  } catch (error) {
    notify({ tone: 'error', message: { key: 'error.internal', params: { detail: String((error as Error).message) } } })
  }
}

function isLaunchWindow(): boolean {
  return new URLSearchParams(window.location.search).get('launch') === 'open'
}

/** Shortcuts that are not text editing: the inputs keep their own undo while focused. */
function onKeyDown(event: KeyboardEvent): void {
  const mod = event.ctrlKey || event.metaKey
  if (!mod) return
  const key = event.key.toLowerCase()
  const inText = event.target instanceof HTMLElement && event.target.matches('input, textarea, select, [contenteditable]')
  const run = (action: () => unknown) => {
    event.preventDefault()
    void action()
  }
  if (key === 's' && event.shiftKey) run(saveJourneyAs)
  else if (key === 's') run(saveJourney)
  else if (key === 'o') run(openJourney)
  else if (key === 'n' && appStore.get().host?.host === 'electron') run(newJourney)
  else if (!inText && key === 'z' && event.shiftKey) run(redo)
  else if (!inText && key === 'z') run(undo)
  else if (!inText && key === 'y') run(redo)
}

export function App() {
  const session = useApp((state) => state.session)
  const locale = useApp((state) => state.locale)
  const dirty = useApp((state) => state.session?.dirty ?? false)
  const title = useApp((state) => state.session?.editor.doc.meta.title)
  useApp((state) => state.session?.changeCount)

  useEffect(() => {
    void start()
    const unsubscribers = [
      onHostEvent('menu', ({ command }) => void MENU_ACTIONS[command]()),
      onHostEvent('closeRequested', () => void closeWindowRequested()),
      onHostEvent('opened', (result) => {
        if (!result.ok) notify({ tone: 'error', message: result.error.message })
        // A window the OS opened for a file that another window already shows has nothing to do.
        else if (result.value.kind === 'focusedOther' && !appStore.get().session && isLaunchWindow()) void call('window.close', {})
        else showOpenResult(result.value)
      }),
    ]
    window.addEventListener('keydown', onKeyDown)
    return () => {
      unsubscribers.forEach((unsubscribe) => unsubscribe())
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])

  useEffect(() => {
    const name = title === undefined ? 'MOT Studio' : `${dirty ? '• ' : ''}${title || translate(locale, 'journey.untitled')} — MOT Studio`
    document.title = name
  }, [title, dirty, locale])

  useEffect(() => {
    // The working copy already has every edit; this only guards edits still on their way to it.
    const guard = (event: BeforeUnloadEvent) => {
      if (appStore.get().session && !appStore.get().session!.persistence.isIdle) event.preventDefault()
    }
    // Sends edits still waiting for their debounce when the page goes away (reload, tab closed).
    const flushNow = () => void appStore.get().session?.persistence.flush().catch(() => undefined)
    window.addEventListener('beforeunload', guard)
    window.addEventListener('pagehide', flushNow)
    return () => {
      window.removeEventListener('beforeunload', guard)
      window.removeEventListener('pagehide', flushNow)
    }
  }, [])

  useEffect(() => {
    const subscribe = session?.subscribe(() => appStore.set({}))
    return () => subscribe?.()
  }, [session])

  return (
    <div className="app" lang={locale}>
      {session ? <EditorPage session={session} /> : <StartPage />}
      <NoticeBar />
      <DialogHost />
    </div>
  )
}
