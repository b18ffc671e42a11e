/**
 * Writes each edit to the working copy: the patches of every step name the records it touched,
 * and after a short pause (or on demand) exactly those rows go to the host in one transaction.
 * Requests are sent one at a time, each based on the revision the previous one returned.
 */
import { changesFor, collectChangedKeys, emptyChangedKeys, isEmptyChanges, type ChangedKeys } from '../../shared/editor/changedKeys'
import type { EditorChange, JourneyEditor } from '../../shared/editor/journeyEditor'
import { call } from '../host/api'

export type PersistenceStatus = 'idle' | 'pending' | 'writing' | 'error'

export class Persistence {
  private pending: ChangedKeys = emptyChangedKeys()
  private hasPending = false
  private timer: ReturnType<typeof setTimeout> | undefined
  private inFlight: Promise<void> | undefined
  private listeners = new Set<() => void>()
  status: PersistenceStatus = 'idle'
  lastError: unknown

  constructor(
    private readonly docId: string,
    private readonly editor: JourneyEditor,
    public revision: number,
    private readonly delayMs = 120,
  ) {
    editor.subscribe((change) => this.record(change))
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private setStatus(status: PersistenceStatus): void {
    this.status = status
    for (const listener of this.listeners) listener()
  }

  private record(change: EditorChange): void {
    collectChangedKeys(change.patches, this.pending)
    this.hasPending = true
    this.setStatus('pending')
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), this.delayMs)
  }

  /** Writes everything not yet written; resolves when the working copy has it. */
  async flush(): Promise<void> {
    clearTimeout(this.timer)
    while (this.inFlight) await this.inFlight
    if (!this.hasPending) return
    const keys = this.pending
    this.pending = emptyChangedKeys()
    this.hasPending = false
    const changes = changesFor(this.editor.doc, keys)
    if (isEmptyChanges(changes)) return this.setStatus('idle')
    this.setStatus('writing')
    this.inFlight = call('doc.applyChanges', { docId: this.docId, baseRevision: this.revision, changes })
      .then(({ revision }) => {
        this.revision = revision
        this.setStatus(this.hasPending ? 'pending' : 'idle')
      })
      .catch((error: unknown) => {
        // Keep the keys so the next flush retries them; nothing the user typed is dropped.
        for (const name of Object.keys(keys.records) as (keyof ChangedKeys['records'])[]) {
          for (const id of keys.records[name]) this.pending.records[name].add(id)
        }
        this.pending.meta ||= keys.meta
        this.hasPending = true
        this.lastError = error
        this.setStatus('error')
        throw error
      })
      .finally(() => {
        this.inFlight = undefined
      })
    await this.inFlight
  }

  get isIdle(): boolean {
    return !this.hasPending && !this.inFlight
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.listeners.clear()
  }
}
