/**
 * Text helpers of the script rules: width- and case-insensitive matching, who speaks a script
 * line, and the built-in phrase lists (服务忌语, farewell/follow-up markers) per locale.
 */
import { hasCustomerPrefix } from '../model/script'
import type { Locale } from '../model/schema'

/**
 * The form phrases are matched in: NFKC (full-width letters, digits, colons and spaces become
 * half-width), lower case, curly quotes straightened, runs of whitespace as one space, trimmed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′`´]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A customer line starts with a customer speaker prefix: "顾客：", "客户:", "客人：", "业主：",
 * "车主：", "宾客：", "Customer:", "Client:", "Guest:", "C:", optionally in brackets ("【顾客】：")
 * and optionally followed by 说 ("顾客说："). Every other line is a staff line.
 */
export function isCustomerLine(line: string): boolean {
  return hasCustomerPrefix(line)
}

/** Common service taboos (服务忌语), always checked in addition to the journey's own list. */
export const DEFAULT_FORBIDDEN_PHRASES: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['不知道', '不归我管', '不关我的事', '没办法', '你自己看', '这是规定', '你听不懂吗'],
  en: ["that's not my job", 'not my department', 'calm down', "it's policy", "it's company policy", "I don't know", "there's nothing I can do"],
}

/** Words that make a line a farewell or a follow-up promise; the end's script needs one. */
export const FAREWELL_MARKERS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['再见', '慢走', '欢迎再来', '欢迎下次', '下次见', '回访', '感谢', '谢谢', '期待'],
  en: ['goodbye', 'bye', 'thank you', 'thanks', 'see you', 'follow up', 'follow-up', 'call you', 'take care'],
}

export interface Phrase {
  /** As the team (or the default list) wrote it, for messages. */
  phrase: string
  /** As matched (see {@link normalizeText}). */
  normalized: string
}

/** The phrases of several lists, deduplicated by their normalised form, in first-seen order. */
export function phraseList(...lists: readonly (readonly string[])[]): Phrase[] {
  const seen = new Set<string>()
  const phrases: Phrase[] = []
  for (const list of lists) {
    for (const phrase of list) {
      const normalized = normalizeText(phrase)
      if (normalized === '' || seen.has(normalized)) continue
      seen.add(normalized)
      phrases.push({ phrase: phrase.trim(), normalized })
    }
  }
  return phrases
}

/** Farewell markers of both languages: teams mix them, and a lenient match avoids false alarms. */
export const ALL_FAREWELL_MARKERS: readonly string[] = phraseList(FAREWELL_MARKERS['zh-CN'], FAREWELL_MARKERS.en).map(
  (marker) => marker.normalized,
)
