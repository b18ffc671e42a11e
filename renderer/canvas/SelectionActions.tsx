/**
 * What can be done with several selected cards at once, as a small floating bar over the canvas
 * (shown from two selected cards on): align left, align top, distribute, duplicate, delete. Also the
 * button that lays the whole journey out automatically. Both take the session from the editor's
 * SessionContext unless given one.
 */
import { useCallback, useContext, useState, useSyncExternalStore } from 'react'
import { SessionContext } from '../editor/sessionContext'
import { useSelectedTouchpointIds } from '../editor/selection'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { duplicateSelection, removeSelection } from './clipboardActions'
import { alignCards, autoLayout, distributeCards } from './layoutActions'
import './selectionActions.css'

/** Re-renders with every change of the session's document; returns that document. */
function useSessionDoc(session: DocumentSession | null) {
  const subscribe = useCallback((listener: () => void) => session?.subscribe(listener) ?? (() => undefined), [session])
  useSyncExternalStore(subscribe, () => session?.changeCount ?? 0)
  return session?.editor.doc ?? null
}

export function SelectionActions({ session: given }: { session?: DocumentSession }) {
  const t = useT()
  const context = useContext(SessionContext)
  const session = given ?? context
  const doc = useSessionDoc(session)
  const selected = useSelectedTouchpointIds()
  if (!session || !doc) return null
  const ids = [...selected].filter((id) => doc.touchpoints[id])
  if (ids.length < 2) return null
  const count = ids.length
  return (
    <div className="selection-actions" role="group" aria-label={t('canvas.selection.label', { count })}>
      <span className="selection-actions-count" aria-hidden="true">
        {t('canvas.selection.count', { count })}
      </span>
      <button type="button" onClick={() => alignCards(session, ids, 'left')}>
        {t('canvas.selection.alignLeft')}
      </button>
      <button type="button" onClick={() => alignCards(session, ids, 'top')}>
        {t('canvas.selection.alignTop')}
      </button>
      <button type="button" title={t('canvas.selection.distributeHint')} disabled={count < 3} onClick={() => distributeCards(session, ids)}>
        {t('canvas.selection.distribute')}
      </button>
      <button type="button" title="Ctrl+D" onClick={() => duplicateSelection(session)}>
        {t('canvas.selection.duplicate')}
      </button>
      <button type="button" className="danger" title="Delete" onClick={() => removeSelection(session)}>
        {t('canvas.selection.delete')}
      </button>
    </div>
  )
}

/** Lays the journey out with ELK (stage and lane of every card kept); one undo step. */
export function AutoLayoutButton({ session: given, className }: { session?: DocumentSession; className?: string }) {
  const t = useT()
  const context = useContext(SessionContext)
  const session = given ?? context
  const doc = useSessionDoc(session)
  const [busy, setBusy] = useState(false)
  if (!session || !doc) return null
  const run = () => {
    setBusy(true)
    void autoLayout(session).finally(() => setBusy(false))
  }
  return (
    <button type="button" className={className} title={t('canvas.autoLayout.hint')} aria-busy={busy} disabled={busy || Object.keys(doc.touchpoints).length === 0} onClick={run}>
      {t('canvas.autoLayout')}
    </button>
  )
}
