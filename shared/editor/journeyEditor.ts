/**
 * The editor state of one journey: the document plus its undo history, apart from any UI
 * (tldraw's Editor/HistoryManager idea). Every change is an immer producer; undo and redo replay
 * the recorded patches, and listeners get the patches of each step so persistence writes only the
 * rows a step touched.
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer'
import type { JourneyDocument } from '../model/schema'
import type { Command } from '../commands/types'

enablePatches()

interface HistoryEntry {
  label: string
  patches: Patch[]
  inverse: Patch[]
  mergeKey: string | undefined
  at: number
}

export interface EditorChange {
  doc: JourneyDocument
  patches: Patch[]
  source: 'command' | 'undo' | 'redo'
}

export type EditorListener = (change: EditorChange) => void

export interface EditorOptions {
  /** Consecutive edits with one merge key within this window form one undo step. */
  mergeWindowMs?: number
  historyLimit?: number
  now?: () => number
}

export class JourneyEditor {
  private current: JourneyDocument
  private undoStack: HistoryEntry[] = []
  private redoStack: HistoryEntry[] = []
  private listeners = new Set<EditorListener>()
  private readonly mergeWindowMs: number
  private readonly historyLimit: number
  private readonly now: () => number
  /** Set by {@link breakMerge}: the next command starts a new undo step even with the same key. */
  private mergeBroken = false

  constructor(doc: JourneyDocument, options: EditorOptions = {}) {
    this.current = doc
    this.mergeWindowMs = options.mergeWindowMs ?? 1500
    this.historyLimit = options.historyLimit ?? 200
    this.now = options.now ?? Date.now
  }

  get doc(): JourneyDocument {
    return this.current
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0
  }

  subscribe(listener: EditorListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Validates `payload` and applies `command`. Throws the payload's ZodError or the command's
   * CommandError and leaves the document untouched. Returns false when nothing changed.
   */
  dispatch<P>(command: Command<P>, payload: P): boolean {
    const parsed = command.payload.parse(payload)
    const [next, patches, inverse] = produceWithPatches(this.current, (draft) => command.apply(draft, parsed))
    if (patches.length === 0) return false
    const mergeKey = command.mergeKey?.(parsed)
    const at = this.now()
    const last = this.undoStack.at(-1)
    if (mergeKey && !this.mergeBroken && last?.mergeKey === mergeKey && at - last.at <= this.mergeWindowMs) {
      last.patches = [...last.patches, ...patches]
      last.inverse = [...inverse, ...last.inverse]
      last.at = at
    } else {
      this.undoStack.push({ label: command.name, patches, inverse, mergeKey, at })
      if (this.undoStack.length > this.historyLimit) this.undoStack.shift()
    }
    this.mergeBroken = false
    this.redoStack = []
    this.commit(next, patches, 'command')
    return true
  }

  /**
   * Runs several commands as one user intent: they undo and redo as one step (tldraw's squash to a
   * mark). If `run` throws, the commands it already applied are undone and the error is rethrown.
   */
  batch<T>(label: string, run: () => T): T {
    const mark = this.undoStack.length
    let result: T
    try {
      result = run()
    } catch (error) {
      while (this.undoStack.length > mark) this.undo()
      this.redoStack = []
      throw error
    }
    const entries = this.undoStack.splice(mark)
    if (entries.length > 0) {
      this.undoStack.push({
        label,
        patches: entries.flatMap((entry) => entry.patches),
        inverse: entries.reverse().flatMap((entry) => entry.inverse),
        mergeKey: undefined,
        at: this.now(),
      })
    }
    return result
  }

  /** Ends the current merge group (e.g. a field lost focus), so the next edit is its own undo step. */
  breakMerge(): void {
    this.mergeBroken = true
  }

  undo(): boolean {
    const entry = this.undoStack.pop()
    if (!entry) return false
    this.redoStack.push(entry)
    this.commit(applyPatches(this.current, entry.inverse), entry.inverse, 'undo')
    return true
  }

  redo(): boolean {
    const entry = this.redoStack.pop()
    if (!entry) return false
    this.undoStack.push({ ...entry, mergeKey: undefined })
    this.commit(applyPatches(this.current, entry.patches), entry.patches, 'redo')
    return true
  }

  private commit(doc: JourneyDocument, patches: Patch[], source: EditorChange['source']): void {
    this.current = doc
    for (const listener of this.listeners) listener({ doc, patches, source })
  }
}
