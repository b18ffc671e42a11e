/** The current language's translator for components. */
import { useMemo } from 'react'
import { render, translate, type MessageKey, type MessageParams } from '../../shared/i18n/translate'
import { useApp } from '../app/appStore'

export type Translate = ((key: MessageKey, params?: MessageParams) => string) & {
  /** Renders a message that came from the domain or the host. */
  message: (message: { key: string; params?: MessageParams }) => string
}

export function useT(): Translate {
  const locale = useApp((state) => state.locale)
  return useMemo(
    () =>
      Object.assign((key: MessageKey, params?: MessageParams) => translate(locale, key, params), {
        message: (message: { key: string; params?: MessageParams }) => render(locale, message),
      }),
    [locale],
  )
}
