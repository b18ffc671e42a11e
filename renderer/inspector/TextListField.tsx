/**
 * An editable list of text lines (service standards, script lines): type in place, add, move up or
 * down, remove. Each structural change is its own undo step; after it the keyboard stays with the
 * line that moved (or the nearest one), so a workshop can keep typing without the mouse.
 */
import { useEffect, useRef, useState } from 'react'
import { useSession } from '../editor/sessionContext'
import { useT } from '../i18n/useT'
import { TextField } from './fields'

const MAX_LINES = 200
const MAX_LINE_LENGTH = 2000

type FocusControl = 'text' | 'up' | 'down' | 'add'

interface TextListFieldProps {
  label: string
  hint: string
  items: readonly string[]
  /** The accessible name of line `number` (1-based), e.g. "Script line 2". */
  itemLabel: (number: number) => string
  addLabel: string
  onChange: (items: string[]) => void
  lang?: string
}

export function TextListField({ label, hint, items, itemLabel, addLabel, onChange, lang }: TextListFieldProps) {
  const t = useT()
  const session = useSession()
  const containerRef = useRef<HTMLDivElement>(null)
  const [pendingFocus, setPendingFocus] = useState<{ index: number; control: FocusControl } | null>(null)

  useEffect(() => {
    if (!pendingFocus) return
    const container = containerRef.current
    const row = container?.querySelector(`[data-row="${pendingFocus.index}"]`)
    const wanted =
      pendingFocus.control === 'add'
        ? container?.querySelector<HTMLButtonElement>('[data-control="add"]')
        : pendingFocus.control === 'text'
          ? row?.querySelector<HTMLTextAreaElement>('textarea')
          : row?.querySelector<HTMLButtonElement>(`[data-control="${pendingFocus.control}"]`)
    const target = wanted && !(wanted instanceof HTMLButtonElement && wanted.disabled) ? wanted : row?.querySelector('textarea')
    target?.focus()
    setPendingFocus(null)
  }, [pendingFocus])

  /** Adding, moving and removing lines are separate undo steps from typing in them. */
  const restructure = (next: string[], focus: { index: number; control: FocusControl }) => {
    session.editor.breakMerge()
    onChange(next)
    session.editor.breakMerge()
    setPendingFocus(focus)
  }
  const move = (index: number, offset: -1 | 1) => {
    const next = [...items]
    const [line] = next.splice(index, 1)
    next.splice(index + offset, 0, line ?? '')
    restructure(next, { index: index + offset, control: offset === -1 ? 'up' : 'down' })
  }
  const remove = (index: number) => {
    const next = items.filter((_, each) => each !== index)
    restructure(next, next.length === 0 ? { index: 0, control: 'add' } : { index: Math.min(index, next.length - 1), control: 'text' })
  }

  return (
    <div className="text-list" ref={containerRef} role="group" aria-label={label}>
      <div className="field-label" aria-hidden="true">
        {label}
      </div>
      <p className="field-hint">{hint}</p>
      {items.length === 0 ? (
        <p className="muted text-list-empty">{t('editor.list.empty')}</p>
      ) : (
        <ol className="text-list-items">
          {items.map((item, index) => {
            const name = itemLabel(index + 1)
            return (
              <li key={index} data-row={index} className="text-list-row">
                <TextField
                  label={name}
                  hideLabel
                  multiline
                  rows={2}
                  value={item}
                  maxLength={MAX_LINE_LENGTH}
                  lang={lang}
                  onChange={(value) => onChange(items.map((each, position) => (position === index ? value : each)))}
                />
                <div className="text-list-actions">
                  <button type="button" className="icon-button" data-control="up" aria-label={t('editor.list.moveUp', { item: name })} title={t('editor.list.moveUp', { item: name })} disabled={index === 0} onClick={() => move(index, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" data-control="down" aria-label={t('editor.list.moveDown', { item: name })} title={t('editor.list.moveDown', { item: name })} disabled={index === items.length - 1} onClick={() => move(index, 1)}>
                    ↓
                  </button>
                  <button type="button" className="icon-button danger" aria-label={t('editor.list.remove', { item: name })} title={t('editor.list.remove', { item: name })} onClick={() => remove(index)}>
                    ×
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
      )}
      <button
        type="button"
        data-control="add"
        disabled={items.length >= MAX_LINES}
        onClick={() => restructure([...items, ''], { index: items.length, control: 'text' })}
      >
        <span aria-hidden="true">+ </span>
        {addLabel}
      </button>
    </div>
  )
}
