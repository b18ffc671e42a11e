/**
 * File handling shared by the commands: opening a `.journey` defensively into a throw-away working
 * copy (the input is never modified), and turning any failure into one line the user can read.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DroppedRow } from '../../shared/ipc/contract'
import { render, type Message } from '../../shared/i18n/translate'
import { openUntrusted, type OpenedFile } from '../services/document/openUntrusted'
import { ServiceError } from '../services/errors'
import type { CliContext } from './context'

/** A private temp folder for the duration of `work`, removed afterwards whatever happens. */
export async function withTempDir<T>(work: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'mot-studio-cli-'))
  try {
    return await work(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Opens a `.journey` through the defensive pipeline (`openUntrusted`) into a working copy in a
 * temp folder, hands it to `work`, then destroys the copy. Refusals surface as ServiceError.
 */
export async function withOpenedJourney<T>(ctx: CliContext, file: string, work: (opened: OpenedFile) => Promise<T> | T): Promise<T> {
  return withTempDir(async (dir) => {
    const opened = openUntrusted(ctx.resolve(file), join(dir, 'working.journey'), join(dir, 'snapshot.journey'), ctx.locale)
    try {
      return await work(opened)
    } finally {
      opened.workingCopy.destroy()
    }
  })
}

/** The user-facing message of any error: a ServiceError's own, a file-system error's, or "something went wrong". */
export function describeError(error: unknown): Message {
  if (error instanceof ServiceError) return error.userMessage
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { key: 'cli.io.notFound' }
    case 'EACCES':
    case 'EPERM':
      return { key: 'cli.io.denied' }
    case 'EISDIR':
      return { key: 'cli.io.isDirectory' }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return typeof code === 'string' ? { key: 'cli.io.failed', params: { detail } } : { key: 'error.internal', params: { detail } }
}

/**
 * The one stderr line for a failure about `file`: `mot-studio: <file>: <message>`. A refusal's
 * details (e.g. the unexpected schema objects) follow in parentheses, still on the same line.
 */
export function failureLine(ctx: CliContext, file: string, error: unknown): string {
  const message = render(ctx.locale, describeError(error))
  const details = error instanceof ServiceError ? (error.details ?? []) : []
  const suffix = details.length > 0 ? ` (${details.map((detail) => render(ctx.locale, detail)).join('; ')})` : ''
  return `mot-studio: ${file}: ${oneLine(message + suffix)}`
}

/** A dropped row as `<table> <id>: <reason>` (the validate format, without the file prefix). */
export function droppedText(ctx: CliContext, row: DroppedRow): string {
  return oneLine(`${row.table} ${row.id}: ${render(ctx.locale, row.reason)}`)
}

/** Reports rows the tolerant reader left out, as warnings (info, export): the output is still produced. */
export function warnDropped(ctx: CliContext, file: string, dropped: readonly DroppedRow[]): void {
  for (const row of dropped) {
    ctx.err(`mot-studio: ${file}: ${oneLine(ctx.t('cli.warning.dropped', { table: row.table, id: row.id, reason: render(ctx.locale, row.reason) }))}`)
  }
}

/** Folds line breaks so that each report stays exactly one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}
