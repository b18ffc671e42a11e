/**
 * Form fields that edit the document as you type. Each is controlled by the document value, so
 * undo, redo and other windows' edits show at once; the DOM node stays the same between keystrokes,
 * so focus and caret never jump. While an IME composes (pinyin), the text stays local and is
 * committed when the composition ends, so half-typed pinyin never reaches the document or history.
 * Leaving a field ends its undo step.
 */
import {
  useId,
  useState,
  type ChangeEvent,
  type CompositionEvent,
  type ReactNode,
  type Ref,
} from 'react'
import { useSession } from '../editor/sessionContext'

export interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  maxLength: number
  multiline?: boolean
  rows?: number
  /** Keeps the label for assistive technology and tests, but off screen (e.g. a stage header). */
  hideLabel?: boolean
  hint?: string
  /** Id of a `<datalist>` with suggestions. */
  list?: string
  className?: string
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>
  lang?: string
  /** An example, shown only while the field is empty; never the only label. */
  placeholder?: string
}

export function TextField(props: TextFieldProps) {
  const { label, value, onChange, maxLength, multiline, rows, hideLabel, hint, list, className, inputRef, lang, placeholder } = props
  const id = useId()
  const session = useSession()
  const [composing, setComposing] = useState<string | null>(null)

  const handleChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const next = event.target.value
    if ((event.nativeEvent as InputEvent).isComposing) {
      setComposing(next)
      return
    }
    setComposing(null)
    onChange(next)
  }
  const handleCompositionEnd = (event: CompositionEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setComposing(null)
    onChange(event.currentTarget.value)
  }
  const control = {
    id,
    value: composing ?? value,
    maxLength,
    lang,
    placeholder,
    ref: inputRef,
    onChange: handleChange,
    onCompositionEnd: handleCompositionEnd,
    onBlur: () => session.editor.breakMerge(),
    'aria-describedby': hint ? `${id}-hint` : undefined,
  }
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {multiline ? <textarea rows={rows ?? 3} {...control} /> : <input type="text" list={list} {...control} />}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
    </div>
  )
}

export interface SelectOption {
  value: string
  label: string
}

interface SelectFieldProps {
  label: string
  value: string
  options: readonly SelectOption[]
  onChange: (value: string) => void
  disabled?: boolean
  hideLabel?: boolean
  className?: string
}

export function SelectField({ label, value, options, onChange, disabled, hideLabel, className }: SelectFieldProps) {
  const id = useId()
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {!options.some((option) => option.value === value) && (
          <option value={value} disabled>
            —
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

interface CheckboxFieldProps {
  label: ReactNode
  /** A sign shown before the label (★, ⚑); outside the label, so the control's name stays plain words. */
  icon?: string
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string
  className?: string
}

export function CheckboxField({ label, icon, checked, onChange, hint, className }: CheckboxFieldProps) {
  const id = useId()
  return (
    <div className={`check-field ${checked ? 'is-checked' : ''} ${className ?? ''}`}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <span className="check-text">
        {icon && (
          <span className="check-icon" aria-hidden="true">
            {icon}
          </span>
        )}
        <label htmlFor={id}>{label}</label>
      </span>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
    </div>
  )
}

/** A titled group of fields in the inspector. */
export function InspectorSection({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const id = useId()
  return (
    <section className={`inspector-section ${className ?? ''}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  )
}
