/** Declares one area's messages in both languages; the type checker refuses a key missing from either. */
export function defineMessages<T extends Record<string, string>>(messages: {
  en: T
  'zh-CN': { [K in keyof T]: string }
}) {
  return messages
}
