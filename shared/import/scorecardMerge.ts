/**
 * Re-importing a scorecard sheet: an imported scorecard whose name matches one already in the
 * journey replaces it in place instead of adding a twin. The scorecard keeps its id (so its audits
 * stay), indicators matched by name keep theirs (so their scores stay), new ones are added and
 * indicators the sheet no longer lists are removed (their scores go with them).
 */
import type { DocumentChanges } from '../editor/changedKeys'
import type { Message } from '../i18n/translate'
import { bySortKey, keyBetween } from '../model/order'
import { COLLECTIONS, type JourneyDocument } from '../model/schema'
import type { Indicator, Scorecard } from '../model/scorecard'
import { titleKey } from './tableRow'

export interface ScorecardMerge {
  changes: DocumentChanges
  /** Imported scorecards that are new to the journey. */
  added: number
  /** Imported scorecards that replaced one of the same name. */
  replaced: number
}

export type ScorecardMergeResult = ({ ok: true } & ScorecardMerge) | { ok: false; problems: Message[] }

/**
 * The document changes that bring `imported` (fresh records from `importScorecardTable`) into
 * `doc`: same-named scorecards are replaced in place (ids kept where names match), the others are
 * added after the existing ones. A name shared by several existing scorecards is a problem.
 *
 * @example
 * const merge = mergeImportedScorecards(doc, { scorecards, indicators })
 * if (merge.ok) workingCopy.applyChanges(merge.changes)
 */
export function mergeImportedScorecards(
  doc: Pick<JourneyDocument, 'scorecards' | 'indicators'>,
  imported: { scorecards: readonly Scorecard[]; indicators: readonly Indicator[] },
): ScorecardMergeResult {
  const existingByName = new Map<string, Scorecard[]>()
  for (const scorecard of bySortKey(Object.values(doc.scorecards))) {
    const key = titleKey(scorecard.name)
    existingByName.set(key, [...(existingByName.get(key) ?? []), scorecard])
  }
  const problems: Message[] = []
  for (const scorecard of imported.scorecards) {
    if ((existingByName.get(titleKey(scorecard.name))?.length ?? 0) > 1) {
      problems.push({ key: 'scorecardImport.ambiguousExisting', params: { scorecard: scorecard.name } })
    }
  }
  if (problems.length > 0) return { ok: false, problems }

  const changes = emptyChanges()
  let lastKey = bySortKey(Object.values(doc.scorecards)).at(-1)?.sortKey ?? null
  let added = 0
  let replaced = 0
  for (const scorecard of imported.scorecards) {
    const own = imported.indicators.filter((indicator) => indicator.scorecardId === scorecard.id)
    const existing = existingByName.get(titleKey(scorecard.name))?.[0]
    if (!existing) {
      lastKey = keyBetween(lastKey, null)
      changes.upserts.scorecards.push({ ...scorecard, sortKey: lastKey })
      changes.upserts.indicators.push(...own)
      added++
      continue
    }
    replaced++
    changes.upserts.scorecards.push({ ...scorecard, id: existing.id, sortKey: existing.sortKey, description: existing.description })
    const previous = new Map(
      Object.values(doc.indicators)
        .filter((indicator) => indicator.scorecardId === existing.id)
        .map((indicator) => [titleKey(indicator.name), indicator] as const),
    )
    const keptIds = new Set<string>()
    for (const indicator of own) {
      const match = previous.get(titleKey(indicator.name))
      const id = match && !keptIds.has(match.id) ? match.id : indicator.id
      keptIds.add(id)
      changes.upserts.indicators.push({ ...indicator, id, scorecardId: existing.id })
    }
    for (const indicator of previous.values()) if (!keptIds.has(indicator.id)) changes.deletes.indicators.push(indicator.id)
  }
  return { ok: true, changes, added, replaced }
}

function emptyChanges(): DocumentChanges {
  return {
    upserts: Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as DocumentChanges['upserts'],
    deletes: Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as DocumentChanges['deletes'],
  }
}
