/**
 * A command is one user intent (tldraw's "one operation per intent", Excalidraw's actions): a name,
 * a zod payload schema (so menus, IPC and tests can replay it) and an immer recipe.
 */
import type { Draft } from 'immer'
import type { z } from 'zod'
import type { Message } from '../i18n/translate'
import type { JourneyDocument } from '../model/schema'

export interface Command<P> {
  name: string
  payload: z.ZodType<P>
  /** Mutates the draft; throws {@link CommandError} when an invariant would break (the draft is discarded). */
  apply(draft: Draft<JourneyDocument>, payload: P): void
  /**
   * Consecutive commands with the same merge key undo as one step (typing into one field is one
   * edit, not one per keystroke). Undefined = never merge.
   */
  mergeKey?(payload: P): string | undefined
}

/** Any command, for registries (payload types differ per command). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any>

export function defineCommand<P>(command: Command<P>): Command<P> {
  return command
}

/** An invariant a command refused to break, with a message for the user. */
export class CommandError extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.key)
    this.name = 'CommandError'
  }
}

export function requireRecord<T>(record: T | undefined, what: string, id: string): T {
  if (record === undefined) throw new CommandError({ key: 'command.recordMissing', params: { what, id } })
  return record
}
