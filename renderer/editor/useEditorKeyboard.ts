/**
 * Board keys. While the keyboard is on the board, the summary or nowhere in particular (never in a
 * form control, the inspector or a dialog): arrows (and Home / End) move the selection between cards
 * in document order, Delete or Backspace removes the selected card. Escape, outside form controls,
 * clears the selection (the inspector then shows the journey properties).
 */
import { useEffect } from 'react'
import { appStore } from '../app/appStore'
import type { DocumentSession } from '../state/documentSession'
import { moveSelection, removeTouchpointAndSelectNeighbour } from './editorActions'
import { clearSelection, selectionStore } from './selection'

/** Marks the regions (board, summary) whose focused elements leave the board keys active. */
export const BOARD_KEYS_ATTRIBUTE = 'data-board-keys'

function isInFormControlOrDialog(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable], [role="dialog"]') !== null
}

function isOnBoard(target: EventTarget | null): boolean {
  return target === document.body || (target instanceof HTMLElement && target.closest(`[${BOARD_KEYS_ATTRIBUTE}]`) !== null)
}

export function useEditorKeyboard(session: DocumentSession, enabled = true): void {
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (appStore.get().dialog || isInFormControlOrDialog(event.target)) return
      const doc = session.editor.doc
      const selectedId = selectionStore.get().touchpointId
      const handled = () => event.preventDefault()
      if (event.key !== 'Escape' && !isOnBoard(event.target)) return
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          handled()
          moveSelection(doc, 1)
          break
        case 'ArrowLeft':
        case 'ArrowUp':
          handled()
          moveSelection(doc, -1)
          break
        case 'Home':
          handled()
          moveSelection(doc, 'first')
          break
        case 'End':
          handled()
          moveSelection(doc, 'last')
          break
        case 'Delete':
        case 'Backspace':
          if (selectedId && doc.touchpoints[selectedId]) {
            handled()
            removeTouchpointAndSelectNeighbour(session, selectedId, { focusCard: true })
          }
          break
        case 'Escape':
          if (selectedId) {
            handled()
            clearSelection()
          }
          break
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [session, enabled])
}
