/** Checks on messages shown to users. */
import { translate, type MessageKey } from '../../shared/i18n/translate'
import { LOCALES } from '../../shared/model/schema'

/** The message exists in every language and every {parameter} in it is filled. */
export function renderedEverywhere(message: { key: string; params?: Record<string, string | number> }): boolean {
  return LOCALES.every((locale) => {
    const text = translate(locale, message.key as MessageKey, message.params)
    return text !== message.key && !/\{\w+\}/.test(text)
  })
}
