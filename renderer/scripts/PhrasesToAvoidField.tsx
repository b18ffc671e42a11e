/**
 * Phrases to avoid (服务忌语) at one touchpoint, as removable chips: type one and press Enter (or
 * "Add phrase to avoid"). The checks flag staff lines that use any of them.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useSession } from '../editor/sessionContext'
import { useT } from '../i18n/useT'

const MAX_PHRASES = 100
const MAX_LENGTH = 300

interface PhrasesToAvoidFieldProps {
  phrases: readonly string[]
  onChange: (phrases: string[]) => void
  lang: string
}

export function PhrasesToAvoidField({ phrases, onChange, lang }: PhrasesToAvoidFieldProps) {
  const t = useT()
  const session = useSession()
  const inputId = useId()
  const hintId = useId()
  const [draft, setDraft] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const label = t('scripts.avoid.label')

  const commit = (next: string[]) => {
    session.editor.breakMerge()
    onChange(next)
    session.editor.breakMerge()
  }
  const add = () => {
    const text = draft.trim()
    if (!text || phrases.length >= MAX_PHRASES) return
    if (!phrases.includes(text)) commit([...phrases, text])
    setDraft('')
    inputRef.current?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault()
      add()
    }
  }
  const remove = (index: number) => {
    commit(phrases.filter((_, position) => position !== index))
    inputRef.current?.focus()
  }

  return (
    <div className="field chip-field" role="group" aria-label={label}>
      <div className="field-label" aria-hidden="true">
        {label}
      </div>
      <p className="field-hint" id={hintId}>
        {t('scripts.avoid.hint')}
      </p>
      {phrases.length > 0 && (
        <ul className="chip-list">
          {phrases.map((phrase, index) => {
            const removeLabel = t('scripts.avoid.remove', { text: phrase })
            return (
              <li key={`${index}:${phrase}`} className="chip" lang={lang}>
                <span className="chip-text">{phrase}</span>
                <button type="button" className="chip-remove" aria-label={removeLabel} title={removeLabel} onClick={() => remove(index)}>
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <div className="chip-input">
        <label htmlFor={inputId} className="visually-hidden">
          {t('scripts.avoid.input')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="text"
          value={draft}
          maxLength={MAX_LENGTH}
          lang={lang}
          aria-describedby={hintId}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" disabled={!draft.trim() || phrases.length >= MAX_PHRASES} onClick={add}>
          {t('scripts.avoid.add')}
        </button>
      </div>
    </div>
  )
}
