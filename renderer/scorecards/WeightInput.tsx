import { useRef, type KeyboardEvent } from 'react'

/** A weight typed as 30, 30 % or 0.3; committed on Enter or when the field is left, Escape reverts. */
export function WeightInput(props: { label: string; text: string; invalid: boolean; onText: (text: string) => void; onCommit: (text: string) => void; onCancel: () => void }) {
  const { label, text, invalid, onText, onCommit, onCancel } = props
  const dirty = useRef(false)
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && dirty.current) {
      event.preventDefault()
      dirty.current = false
      onCommit(event.currentTarget.value)
    } else if (event.key === 'Escape' && dirty.current) {
      event.preventDefault()
      event.stopPropagation()
      dirty.current = false
      onCancel()
    }
  }
  return (
    <input
      type="text"
      inputMode="decimal"
      className="weight-input"
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={text}
      onChange={(event) => {
        dirty.current = true
        onText(event.target.value)
      }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!dirty.current) return
        dirty.current = false
        onCommit(event.currentTarget.value)
      }}
    />
  )
}
