/**
 * The editor's toolbar: the same file actions as the native menu, reachable in the browser host too,
 * plus the image export and the workshop presentation (shown over the whole window while it runs).
 */
import { useCallback, useEffect, useRef } from 'react'
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
import { startPresenting, stopPresenting } from '../presentation/presenting'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'

export function Toolbar({ session }: { session: DocumentSession }) {
  const t = useT()
  useApp((state) => state.session?.changeCount)
  const { editor } = session
  const presenting = useApp((state) => state.presenting)
  const presentButton = useRef<HTMLButtonElement>(null)
  const exitPresentation = useCallback(() => {
    stopPresenting()
    requestAnimationFrame(() => presentButton.current?.focus())
  }, [])
  // A presentation belongs to this journey: closing it ends the show.
  useEffect(() => () => stopPresenting(), [])
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
      <button type="button" className="toolbar-present" ref={presentButton} onClick={startPresenting} title={t('present.toolbar.presentHint')}>
        <span aria-hidden="true">▶ </span>
        {t('present.toolbar.present')}
      </button>
      {presenting && createPortal(<Presentation doc={editor.doc} onExit={exitPresentation} />, document.body)}
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
