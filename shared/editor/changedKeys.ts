/** Which records a set of immer patches touched: what persistence must write, and nothing more. */
import type { Patch } from 'immer'
import { COLLECTIONS, type CollectionName, type JourneyDocument, type RecordTypes } from '../model/schema'

export interface ChangedKeys {
  meta: boolean
  records: Record<CollectionName, Set<string>>
}

export function emptyChangedKeys(): ChangedKeys {
  return {
    meta: false,
    records: Object.fromEntries(COLLECTIONS.map((name) => [name, new Set<string>()])) as ChangedKeys['records'],
  }
}

/** Adds the records `patches` touched to `into` (mutating it, so several steps accumulate). */
export function collectChangedKeys(patches: readonly Patch[], into: ChangedKeys = emptyChangedKeys()): ChangedKeys {
  for (const { path } of patches) {
    const [root, id] = path
    if (root === 'meta') into.meta = true
    else if (typeof id === 'string' && (COLLECTIONS as readonly unknown[]).includes(root)) {
      into.records[root as CollectionName].add(id)
    } else {
      throw new Error(`Unexpected patch path ${path.join('/')}: commands must change records one by one`)
    }
  }
  return into
}

export type RecordUpserts = { [C in CollectionName]: RecordTypes[C][] }
export type RecordDeletes = Record<CollectionName, string[]>

export interface DocumentChanges {
  meta?: JourneyDocument['meta']
  upserts: RecordUpserts
  deletes: RecordDeletes
}

/** The rows to write for `keys`, read from `doc`: present records are upserted, absent ones deleted. */
export function changesFor(doc: JourneyDocument, keys: ChangedKeys): DocumentChanges {
  const upserts = Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as RecordUpserts
  const deletes = Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as RecordDeletes
  for (const name of COLLECTIONS) {
    const collection = doc[name] as Record<string, RecordTypes[typeof name]>
    for (const id of keys.records[name]) {
      const record = collection[id]
      if (record) (upserts[name] as RecordTypes[typeof name][]).push(record)
      else deletes[name].push(id)
    }
  }
  return { ...(keys.meta ? { meta: doc.meta } : {}), upserts, deletes }
}

export function isEmptyChanges(changes: DocumentChanges): boolean {
  return (
    changes.meta === undefined &&
    COLLECTIONS.every((name) => changes.upserts[name].length === 0 && changes.deletes[name].length === 0)
  )
}
