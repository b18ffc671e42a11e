/**
 * One open journey in this window: the editor (document + undo history), its persistence to the
 * working copy, and what the file knows (name, saved revision). Dirty = the working copy differs
 * from the saved file, or edits are still on their way to the working copy.
 */
import { CommandError, type Command } from '../../shared/commands/types'
import { JourneyEditor } from '../../shared/editor/journeyEditor'
import type { DocSnapshot, DroppedRow } from '../../shared/ipc/contract'
import type { Message } from '../../shared/i18n/translate'
import { Persistence } from './persistence'

export class DocumentSession {
  readonly docId: string
  readonly editor: JourneyEditor
  readonly persistence: Persistence
  readonly dropped: DroppedRow[]
  readonly migratedFrom: number | null
  fileName: string | null
  savedRevision: number
  private listeners = new Set<() => void>()
  private version = 0

  constructor(snapshot: DocSnapshot, private readonly onRefused: (message: Message) => void) {
    this.docId = snapshot.docId
    this.editor = new JourneyEditor(snapshot.doc)
    this.persistence = new Persistence(snapshot.docId, this.editor, snapshot.revision)
    this.dropped = snapshot.dropped
    this.migratedFrom = snapshot.migratedFrom
    this.fileName = snapshot.fileName
    this.savedRevision = snapshot.savedRevision
    this.editor.subscribe(() => this.notify())
    this.persistence.subscribe(() => this.notify())
  }

  /** Bumps on every change, so React can select a primitive that changes with the session. */
  get changeCount(): number {
    return this.version
  }

  get dirty(): boolean {
    return this.persistence.revision !== this.savedRevision || !this.persistence.isIdle
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private notify(): void {
    this.version += 1
    for (const listener of this.listeners) listener()
  }

  /** Applies a command; a refused one (broken invariant, bad payload) is reported, never thrown at the UI. */
  dispatch<P>(command: Command<P>, payload: P): boolean {
    try {
      return this.editor.dispatch(command, payload)
    } catch (error) {
      if (error instanceof CommandError) this.onRefused(error.userMessage)
      else this.onRefused({ key: 'error.internal', params: { detail: (error as Error).message } })
      return false
    }
  }

  /** Several commands as one undo step (e.g. add a touchpoint and join it to the main path). */
  batch<T>(label: string, run: () => T): T {
    return this.editor.batch(label, run)
  }

  markSaved(savedRevision: number, fileName: string): void {
    this.savedRevision = savedRevision
    this.fileName = fileName
    this.notify()
  }

  dispose(): void {
    this.persistence.dispose()
    this.listeners.clear()
  }
}
