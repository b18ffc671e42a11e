/**
 * "Export script…": the customer experience process script (客户体验流程脚本). Asks the format
 * (DOCX, PDF, HTML, Markdown, CSV, SQLite package), then what to export (the whole script, one
 * post's script book, pocket cards — one page per moment of truth — whole or for one post), then
 * which post; lets the user name the file and asks the host to write it (`export.scripts`).
 */
import type { FileKind } from '../../shared/ipc/contract'
import { translate } from '../../shared/i18n/translate'
import { journeyRoles } from '../../shared/scripts/scriptBook'
import { call } from '../host/api'
import { appStore, notify, showDialog, type DialogAction } from '../app/appStore'
import { attempt, chooseSave, suggestedName } from '../app/fileActions'

export type ScriptFormat = 'docx' | 'pdf' | 'html' | 'markdown' | 'csv' | 'sqlite'
export type ScriptScope = 'book' | 'role' | 'pocket' | 'pocketRole'

const FORMATS: Record<ScriptFormat, { kind: FileKind; extension: string }> = {
  docx: { kind: 'docx', extension: '.docx' },
  pdf: { kind: 'pdf', extension: '.pdf' },
  html: { kind: 'html', extension: '.html' },
  markdown: { kind: 'markdown', extension: '.md' },
  csv: { kind: 'csv', extension: '.csv' },
  sqlite: { kind: 'sqlite', extension: '.sqlite' },
}
const POCKET_FORMATS: readonly ScriptFormat[] = ['docx', 'pdf', 'html', 'markdown']
/** Up to this many posts are offered as buttons; more, and the post is typed. */
const ROLE_BUTTONS = 10

async function chooseRole(): Promise<string | null> {
  const doc = appStore.get().session?.editor.doc
  const roles = doc ? journeyRoles(doc) : []
  if (roles.length === 0) {
    notify({ tone: 'info', message: { key: 'scriptExport.ui.noRoles' } })
    return null
  }
  if (roles.length > ROLE_BUTTONS) {
    const typed = await showDialog({ kind: 'prompt', title: { key: 'scriptExport.ui.roleTitle' }, label: { key: 'scriptExport.ui.roleLabel' }, initial: roles[0]! })
    return typed?.trim() ? typed.trim() : null
  }
  const choice = await showDialog({
    kind: 'choice',
    title: { key: 'scriptExport.ui.roleTitle' },
    body: { key: 'scriptExport.ui.roleBody' },
    actions: [
      ...roles.map((role, index): DialogAction => ({ id: `role:${index}`, label: { key: 'scriptExport.ui.roleChoice', params: { role } }, ...(index === 0 ? { tone: 'primary' as const } : {}) })),
      { id: 'cancel', label: { key: 'ui.common.cancel' } },
    ],
  })
  if (!choice?.startsWith('role:')) return null
  return roles[Number(choice.slice(5))] ?? null
}

/** Shows the choices, then writes the chosen export. */
export async function exportScript(): Promise<void> {
  if (!appStore.get().session) return
  const format = await showDialog({
    kind: 'choice',
    title: { key: 'scriptExport.ui.formatTitle' },
    body: { key: 'scriptExport.ui.formatBody' },
    actions: [
      ...(Object.keys(FORMATS) as ScriptFormat[]).map((id, index): DialogAction => ({ id, label: { key: `scriptExport.ui.format.${id}` }, ...(index === 0 ? { tone: 'primary' as const } : {}) })),
      { id: 'cancel', label: { key: 'ui.common.cancel' } },
    ],
  })
  if (!format || !Object.hasOwn(FORMATS, format)) return
  const pocketAllowed = POCKET_FORMATS.includes(format as ScriptFormat)
  const scopes: ScriptScope[] = pocketAllowed ? ['book', 'role', 'pocket', 'pocketRole'] : ['book', 'role']
  const scope = await showDialog({
    kind: 'choice',
    title: { key: 'scriptExport.ui.scopeTitle' },
    body: { key: 'scriptExport.ui.scopeBody' },
    actions: [
      ...scopes.map((id, index): DialogAction => ({ id, label: { key: `scriptExport.ui.scope.${id}` }, ...(index === 0 ? { tone: 'primary' as const } : {}) })),
      { id: 'cancel', label: { key: 'ui.common.cancel' } },
    ],
  })
  if (!scope || !(scopes as string[]).includes(scope)) return
  let role: string | undefined
  if (scope === 'role' || scope === 'pocketRole') {
    const chosen = await chooseRole()
    if (chosen === null) return
    role = chosen
  }
  await exportScriptAs(format as ScriptFormat, { role, pocket: scope === 'pocket' || scope === 'pocketRole' })
}

/** Names the file (journey title, book or cards, the post) and asks the host to write it. */
export async function exportScriptAs(format: ScriptFormat, options: { role?: string; pocket?: boolean } = {}): Promise<void> {
  const { session, locale } = appStore.get()
  if (!session) return
  const spec = FORMATS[format]
  const version = session.editor.doc.meta.versionLabel.trim()
  const what = options.pocket ? translate(locale, 'scriptExport.ui.fileNamePocket') : translate(locale, 'scriptExport.ui.fileName', { version }).trim()
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const post = options.role ? ` ${options.role.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}` : ''
  const ref = await attempt(() => chooseSave(spec.kind, suggestedName(` ${what}${post}${spec.extension}`)))
  if (!ref) return
  if (format === 'pdf' || format === 'docx') notify({ tone: 'info', message: { key: 'scriptExport.ui.rendering' } })
  const written = await attempt(async () => {
    await session.persistence.flush()
    return call('export.scripts', {
      docId: session.docId,
      ref,
      format,
      locale,
      ...(options.role ? { role: options.role } : {}),
      ...(options.pocket ? { pocket: true } : {}),
    })
  })
  if (written) notify({ tone: 'success', message: { key: 'ui.export.done', params: { name: written.fileName } } })
}
