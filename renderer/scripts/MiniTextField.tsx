/**
 * A compact script field: a short visible label beside the input ("语气", "时限"), while the input's
 * accessible name is the full `label` ("话术 2 语气"). `children` follow the input (a remove button).
 */
import type { ReactNode } from 'react'
import { TextField, type TextFieldProps } from '../inspector/fields'

export function MiniTextField({ shortLabel, wrapperClassName, children, ...field }: Omit<TextFieldProps, 'hideLabel'> & { shortLabel: string; wrapperClassName: string; children?: ReactNode }) {
  return (
    <div className={`mini-field ${wrapperClassName}`}>
      <span className="mini-label" aria-hidden="true">
        {shortLabel}
      </span>
      <TextField {...field} hideLabel />
      {children}
    </div>
  )
}
