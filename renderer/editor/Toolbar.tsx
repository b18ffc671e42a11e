/**
 * The editor's toolbar: the same file actions as the native menu, reachable in the browser host too,
 * plus the image export and the workshop presentation (shown over the whole window while it runs).
 */
import { useCallback, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useApp } from '../app/appStore'
import {
  closeJourney,
  exportJson,
  redo,
  saveJourney,
  saveJourneyAs,
  saveJourneyCopy,
  undo,
} from '../app/fileActions'
import { LanguageSwitch } from '../app/LanguageSwitch'
import { exportImage } from '../export/exportImage'
import { exportScript } from '../export/exportScript'
import { Presentation } from '../presentation/Presentation'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'

export function Toolbar({ session }: { session: DocumentSession }) {
  const t = useT()
  useApp((state) => state.session?.changeCount)
  const { editor } = session
  const [presenting, setPresenting] = useState(false)
  const presentButton = useRef<HTMLButtonElement>(null)
  const present = () => {
    // Full screen needs this click's user activation; without it (or where the host refuses) the presentation fills the window.
    document.documentElement.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => undefined)
    setPresenting(true)
  }
  const stopPresenting = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    setPresenting(false)
    requestAnimationFrame(() => presentButton.current?.focus())
  }, [])
  return (
    <div className="toolbar" role="toolbar" aria-label={t('ui.toolbar.label')}>
      <button type="button" onClick={() => void saveJourney()} title="Ctrl+S">
        {t('ui.toolbar.save')}
      </button>
      <button type="button" onClick={() => void saveJourneyAs()} title="Ctrl+Shift+S">
        {t('ui.toolbar.saveAs')}
      </button>
      <button type="button" onClick={() => void saveJourneyCopy()}>
        {t('ui.toolbar.saveCopy')}
      </button>
      <button type="button" onClick={() => void exportJson()}>
        {t('ui.toolbar.exportJson')}
      </button>
      <button type="button" onClick={() => void exportImage()}>
        {t('present.toolbar.exportImage')}
      </button>
      <button type="button" onClick={() => void exportScript()} title={t('scriptExport.ui.buttonHint')}>
        {t('scriptExport.ui.button')}
      </button>
      <span className="toolbar-separator" />
      <button type="button" onClick={undo} disabled={!editor.canUndo} title="Ctrl+Z">
        {t('ui.toolbar.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!editor.canRedo} title="Ctrl+Shift+Z / Ctrl+Y">
        {t('ui.toolbar.redo')}
      </button>
      <span className="toolbar-separator" />
      <button type="button" onClick={() => void closeJourney()}>
        {t('ui.toolbar.close')}
      </button>
      <span className="toolbar-separator" />
      <button type="button" className="toolbar-present" ref={presentButton} onClick={present} title={t('present.toolbar.presentHint')}>
        <span aria-hidden="true">▶ </span>
        {t('present.toolbar.present')}
      </button>
      {presenting && createPortal(<Presentation doc={editor.doc} onExit={stopPresenting} />, document.body)}
      <span className="toolbar-spacer" />
      <SaveState session={session} />
      <LanguageSwitch />
    </div>
  )
}

function SaveState({ session }: { session: DocumentSession }) {
  const t = useT()
  const status = session.persistence.status
  const text =
    status === 'error'
      ? t('ui.status.writeFailed')
      : session.dirty
        ? session.fileName === null
          ? t('ui.status.untitled')
          : t('ui.status.unsaved')
        : t('ui.status.saved')
  return (
    <span className={`save-state save-state-${status}`} role="status" aria-label={t('ui.status.label')}>
      {text}
    </span>
  )
}
