/** The editor's toolbar: the same file actions as the native menu, reachable in the browser host too. */
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
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'

export function Toolbar({ session }: { session: DocumentSession }) {
  const t = useT()
  useApp((state) => state.session?.changeCount)
  const { editor } = session
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
