/**
 * Copy, cut, paste and duplicate of canvas cards. The text goes through the document's own copy,
 * cut and paste events (their DataTransfer needs no clipboard permission, which the Electron shell
 * denies), as plain text with a marker line: plain text survives between windows and tabs, so cards
 * copied in one journey paste into another. Text fields keep their own copy and paste.
 */
import { useEffect } from 'react'
import { copyTouchpoints, looksLikeClipboard, parseClipboard, pastePlan, serializeClipboard, type ClipboardPayload } from '../../shared/canvas/clipboard'
import { pasteTouchpoints } from '../../shared/commands/canvas'
import { appStore, notify } from '../app/appStore'
import { selectionStore, selectTouchpoints } from '../editor/selection'
import type { DocumentSession } from '../state/documentSession'
import { deleteElements } from './canvasActions'

/** The selected cards that still exist, in selection order. */
export function selectedCardIds(session: DocumentSession): string[] {
  const doc = session.editor.doc
  return [...selectionStore.get().touchpointIds].filter((id) => doc.touchpoints[id])
}

/** The clipboard text for the selected cards, or null when none is selected. */
export function copySelectionText(session: DocumentSession): string | null {
  const ids = selectedCardIds(session)
  return ids.length > 0 ? serializeClipboard(copyTouchpoints(session.editor.doc, ids)) : null
}

/** Adds copies of the payload's cards (one undo step) and selects them. Returns the new ids. */
export function pastePayload(session: DocumentSession, payload: ClipboardPayload): string[] {
  if (payload.touchpoints.length === 0) return []
  const plan = pastePlan(session.editor.doc, payload)
  if (plan.touchpoints.length === 0) {
    notify({ tone: 'error', message: { key: 'canvas.paste.noCells' } })
    return []
  }
  if (!session.dispatch(pasteTouchpoints, plan)) return []
  const ids = plan.touchpoints.map((touchpoint) => touchpoint.id)
  selectTouchpoints(ids, ids[0])
  return ids
}

/** Pastes clipboard text if it holds our cards; false for any other text (then nothing happens). */
export function pasteText(session: DocumentSession, text: string): boolean {
  const payload = parseClipboard(text)
  if (!payload) return false
  pastePayload(session, payload)
  return true
}

/** Ctrl/Cmd+D: copies of the selected cards next to them, without touching the clipboard. */
export function duplicateSelection(session: DocumentSession): string[] {
  const ids = selectedCardIds(session)
  return ids.length > 0 ? pastePayload(session, copyTouchpoints(session.editor.doc, ids)) : []
}

/** Cut: the copy is on the clipboard already; removing the cards (and their edges) is one undo step. */
export function removeSelection(session: DocumentSession): void {
  deleteElements(session, selectedCardIds(session), [])
}

function isTextField(target: EventTarget | Element | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null
}

/** Text the user selected on the page (outside the canvas) is theirs to copy. */
function hasPageTextSelection(): boolean {
  const selection = document.getSelection()
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== ''
}

/**
 * Listens to the document's copy, cut and paste events while the canvas shows `session`. Copy and
 * cut take the selected cards unless the focus is in a text field, a dialog is open, or the user
 * selected page text outside the canvas; paste takes clipboard text that carries our marker.
 */
export function useCanvasClipboard(session: DocumentSession): void {
  useEffect(() => {
    const ignored = (event: ClipboardEvent) =>
      event.defaultPrevented || !event.clipboardData || appStore.get().dialog !== null || isTextField(event.target) || isTextField(document.activeElement)
    const onCopyOrCut = (event: ClipboardEvent) => {
      if (ignored(event)) return
      const inCanvas = event.target instanceof Element && event.target.closest('.journey-canvas') !== null
      if (!inCanvas && hasPageTextSelection()) return
      const text = copySelectionText(session)
      if (text === null) return
      event.preventDefault()
      event.clipboardData!.setData('text/plain', text)
      if (event.type === 'cut') removeSelection(session)
    }
    const onPaste = (event: ClipboardEvent) => {
      if (ignored(event)) return
      const text = event.clipboardData!.getData('text/plain')
      if (!looksLikeClipboard(text)) return
      event.preventDefault()
      pasteText(session, text)
    }
    document.addEventListener('copy', onCopyOrCut)
    document.addEventListener('cut', onCopyOrCut)
    document.addEventListener('paste', onPaste)
    return () => {
      document.removeEventListener('copy', onCopyOrCut)
      document.removeEventListener('cut', onCopyOrCut)
      document.removeEventListener('paste', onPaste)
    }
  }, [session])
}
