/**
 * All user-visible text, in zh-CN and en. Messages are declared per area (`messages/*.ts`, one
 * file per feature so teams don't collide); each area must define every key in both languages.
 */
import type { Locale } from '../model/schema'
import { domainMessages } from './messages/domain'
import { fileMessages } from './messages/file'
import { problemMessages } from './messages/problems'
import { importMessages } from './messages/import'
import { cliMessages } from './messages/cli'
import { uiMessages } from './messages/ui'
import { menuMessages } from './messages/menu'
import { editorMessages } from './messages/editor'
import { canvasMessages } from './messages/canvas'
import { lintMessages } from './messages/lint'
import { scoringMessages } from './messages/scoring'
import { presentMessages } from './messages/present'
import { scorecardImportMessages } from './messages/scorecardImport'
import { scorecardExportMessages } from './messages/scorecardExport'
import { scorecardUiMessages } from './messages/scorecardUi'
import { scriptMessages } from './messages/scripts'
import { scriptExportMessages } from './messages/scriptExport'
import { validationMessages } from './messages/validation'

const AREAS = [domainMessages, problemMessages, fileMessages, importMessages, cliMessages, uiMessages, editorMessages, menuMessages, canvasMessages, lintMessages, scoringMessages, presentMessages, scorecardExportMessages, scorecardImportMessages, scorecardUiMessages, scriptMessages, scriptExportMessages, validationMessages] as const

type Area = (typeof AREAS)[number]
type KeysOf<A> = A extends { en: infer T } ? keyof T : never
export type MessageKey = KeysOf<Area> & string
export type MessageParams = Record<string, string | number>

const DICTIONARIES: Record<Locale, Record<string, string>> = {
  en: Object.assign({}, ...AREAS.map((area) => area.en)),
  'zh-CN': Object.assign({}, ...AREAS.map((area) => area['zh-CN'])),
}

/** Params that hold a message key, and the placeholder their rendered text fills. */
const EMBEDDED = { detailKey: 'detail', fieldKey: 'field' } as const

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from `params`. A message may
 * embed others by key: a `detailKey` (or `fieldKey`) param is rendered, with the other params, into
 * `{detail}` (or `{field}`), so "Invalid value in field “Title”: more than 300 characters" is in
 * one language throughout.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const filled: MessageParams = { ...params }
  for (const [param, placeholder] of Object.entries(EMBEDDED)) {
    const embedded = params[param]
    if (typeof embedded !== 'string') continue
    delete filled[param]
    filled[placeholder] = translate(locale, embedded as MessageKey, Object.fromEntries(Object.entries(params).filter(([name]) => !Object.hasOwn(EMBEDDED, name))))
  }
  const template = DICTIONARIES[locale][key] ?? key
  // Own keys only: a template placeholder such as {constructor} must not reach Object.prototype.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(filled, name) ? String(filled[name]) : whole))
}

/** A message not yet rendered: domain code returns these so each UI picks its language. */
export interface Message {
  key: MessageKey
  params?: MessageParams
}

/** Renders a message that may have crossed a process boundary (its key is then a plain string). */
export function render(locale: Locale, message: { key: string; params?: MessageParams }): string {
  return translate(locale, message.key as MessageKey, message.params)
}

/** zh-CN for any Chinese system locale, en otherwise (the two languages we ship). */
export function localeFromSystem(systemLocale: string | undefined): Locale {
  return systemLocale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export function dictionary(locale: Locale): Readonly<Record<string, string>> {
  return DICTIONARIES[locale]
}
