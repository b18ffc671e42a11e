/**
 * What the script editors' lists share: after a row is added, moved or removed, the keyboard goes
 * to the row that moved (or the nearest one), and each structural change is its own undo step,
 * apart from typing.
 */
import { useEffect, useRef, useState, type RefObject } from 'react'
import { useSession } from '../editor/sessionContext'
import { useT } from '../i18n/useT'

/** A control of a row (`data-control` in the row), or the list's add button. */
export type FocusControl = 'text' | 'up' | 'down' | 'add'

export interface FocusRequest {
  index: number
  control: FocusControl
}

export interface ListEditing {
  containerRef: RefObject<HTMLDivElement | null>
  /** Applies a structural change as its own undo step, then moves the keyboard as asked. */
  restructure(apply: () => void, focus: FocusRequest): void
}

/**
 * `rowAttribute` marks the rows (`data-row="2"`); nested lists use another one. A row's text field
 * has the class `row-text`; "add" is the list's button with `data-control="add"`.
 */
export function useListEditing(rowAttribute = 'data-row'): ListEditing {
  const session = useSession()
  const containerRef = useRef<HTMLDivElement>(null)
  const [pending, setPending] = useState<FocusRequest | null>(null)

  useEffect(() => {
    if (!pending) return
    const container = containerRef.current
    const row = container?.querySelector(`[${rowAttribute}="${pending.index}"]`)
    const text = row?.querySelector<HTMLElement>('.row-text textarea, .row-text input')
    const wanted =
      pending.control === 'add'
        ? container?.querySelector<HTMLButtonElement>(':scope > [data-control="add"], :scope > * > [data-control="add"]')
        : pending.control === 'text'
          ? text
          : row?.querySelector<HTMLButtonElement>(`[data-control="${pending.control}"]`)
    const target = wanted && !(wanted instanceof HTMLButtonElement && wanted.disabled) ? wanted : text
    target?.focus()
    setPending(null)
  }, [pending, rowAttribute])

  return {
    containerRef,
    restructure(apply, focus) {
      session.editor.breakMerge()
      apply()
      session.editor.breakMerge()
      setPending(focus)
    },
  }
}

/** Moves an item of a list; a new array. */
export function moved<T>(items: readonly T[], index: number, offset: -1 | 1): T[] {
  const next = [...items]
  const [item] = next.splice(index, 1)
  if (item !== undefined) next.splice(index + offset, 0, item)
  return next
}

interface RowActionsProps {
  /** The row's name, e.g. "Script line 2". */
  name: string
  index: number
  count: number
  onMove: (offset: -1 | 1) => void
  onRemove: () => void
}

/** Up, down and remove, named after the row ("Move Script line 2 up"). */
export function RowActions({ name, index, count, onMove, onRemove }: RowActionsProps) {
  const t = useT()
  const up = t('editor.list.moveUp', { item: name })
  const down = t('editor.list.moveDown', { item: name })
  const remove = t('editor.list.remove', { item: name })
  return (
    <div className="text-list-actions">
      <button type="button" className="icon-button" data-control="up" aria-label={up} title={up} disabled={index === 0} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className="icon-button" data-control="down" aria-label={down} title={down} disabled={index === count - 1} onClick={() => onMove(1)}>
        ↓
      </button>
      <button type="button" className="icon-button danger" aria-label={remove} title={remove} onClick={onRemove}>
        ×
      </button>
    </div>
  )
}
