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
  if (error instanceof ServiceError) {
    if (!error.details?.length || error.code === 'IMPORT_PROBLEMS') return error.userMessage
    return { key: 'cli.withDetails' as Message['key'], params: { message: '', details: '' } }
  }
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
  if (typeof code === 'string') return { key: 'cli.io.failed', params: { detail } }
  return { key: 'error.internal', params: { detail } }
}
