/**
 * What every command of `mot-studio` gets: its streams, environment and working folder (so the
 * whole tool runs in-process in tests), the user's language, and the exit codes it may return.
 */
import { resolve } from 'node:path'
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/translate'
import type { Locale } from '../../shared/model/schema'

/** Exit codes: success, a failure or problems found, a usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** The least of a writable stream the tool needs; tests pass a string collector. */
export interface CliStream {
  write(chunk: string): unknown
}

/** The process around the tool: `process.stdout`, `process.env` and `process.cwd()` in real use. */
export interface CliEnvironment {
  stdout: CliStream
  stderr: CliStream
  env: Readonly<Record<string, string | undefined>>
  cwd: string
}

/** A command's view of the world: the environment plus the chosen language and output helpers. */
export class CliContext {
  constructor(
    readonly environment: CliEnvironment,
    readonly locale: Locale,
  ) {}

  /** The message `key` in the user's language. */
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.locale, key, params)
  }

  /** Writes one line (or a block ending without a newline) to standard output. */
  out(text: string): void {
    this.environment.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
  }

  /** Writes one line to standard error. */
  err(text: string): void {
    this.environment.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
  }

  /** A path the user typed, made absolute against the tool's working folder. */
  resolve(path: string): string {
    return resolve(this.environment.cwd, path)
  }
}

/** A mistake in the command line itself (exit code 2); `detail` is one `cli.usage.*` message. */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key)
    this.name = 'UsageError'
  }
}

/** The arguments a command receives once the command line has been checked. */
export interface CommandArgs {
  /** The input file exactly as the user typed it (for messages); resolve it with `ctx.resolve`. */
  file: string
  output: string | undefined
  format: string | undefined
  skipBadRows: boolean
  force: boolean
  json: boolean
  /** The sheet to import, for `scorecards|audits|surveys import <file.journey> <table>`. */
  table?: string
  /** export: the scorecards instead of the journey (`--scorecards`). */
  scorecards?: boolean
  /** export --scorecards --format pdf: which PDF (`--pdf form|report`). */
  pdf?: string
  /** export: the script book instead of the journey (`--scripts`). */
  scripts?: boolean
  /** export --scripts: only this post's touchpoints (`--role 导购`). */
  role?: string
  /** export --scripts: one pocket card per moment of truth (`--pocket`). */
  pocket?: boolean
  /** lint: only these rules (`--rules a,b`, as typed). */
  rules?: string
}
