/**
 * Script commands: the journey's phrase library (话术库) that script lines reference, and the lint
 * findings a team has accepted with a reason. Script lines, service standards, phrases to avoid and
 * the CLEAR recovery steps are touchpoint fields and change through `updateTouchpoint`.
 *
 * Invariant: a script line's `phraseId` names an existing phrase, and a linked line's text is the
 * phrase's text. Changing a phrase changes every line that uses it (one command, one undo step);
 * removing one leaves the lines with their text, unlinked. A line whose text is edited in a touchpoint
 * stops being linked ({@link normalizePhraseLinks}, applied by the touchpoint commands).
 */
import type { Draft } from 'immer'
import { z } from 'zod'
import { keyAfterLast } from '../model/order'
import { IdSchema, type JourneyDocument, type Touchpoint } from '../model/schema'
import { AcceptedFindingSchema, PhraseCategorySchema, PhraseSchema, type ScriptLine } from '../model/script'
import { CommandError, defineCommand, requireRecord } from './types'

/** Most script lines one touchpoint holds (the schema's limit). */
export const MAX_SCRIPT_LINES = 200

/**
 * Keeps a touchpoint's phrase links valid: a link to a phrase that does not exist is dropped, and
 * so is the link of a line whose text no longer matches its phrase (the team edited it here).
 */
export function normalizePhraseLinks(draft: Draft<JourneyDocument>, touchpoint: Draft<Touchpoint>): void {
  for (const line of touchpoint.scriptLines) {
    if (line.phraseId === null) continue
    const phrase = draft.phrases[line.phraseId]
    if (!phrase || phrase.text !== line.text) line.phraseId = null
  }
}

/**
 * Adds a phrase to the library, last in its order.
 * @example dispatch(addPhrase, { id: newId('ph'), category: 'greeting', text: '您好，欢迎光临！' })
 */
export const addPhrase = defineCommand({
  name: 'addPhrase',
  payload: z.object({ id: IdSchema, category: PhraseCategorySchema, text: PhraseSchema.shape.text }),
  apply(draft, { id, category, text }) {
    if (draft.phrases[id]) throw new CommandError({ key: 'command.duplicateId', params: { id } })
    draft.phrases[id] = { id, category, text, sortKey: keyAfterLast(Object.values(draft.phrases)) }
  },
})

/**
 * Edits a library phrase. A new text is also written into every script line that uses the phrase,
 * so undo restores every use at once. Typing into one phrase is one undo step.
 * @example dispatch(updatePhrase, { id, changes: { text: '您好，欢迎光临，请随便看看。' } })
 */
export const updatePhrase = defineCommand({
  name: 'updatePhrase',
  payload: z.object({ id: IdSchema, changes: PhraseSchema.pick({ category: true, text: true }).partial() }),
  apply(draft, { id, changes }) {
    const phrase = requireRecord(draft.phrases[id], 'phrase', id)
    Object.assign(phrase, changes)
    if (changes.text === undefined) return
    for (const touchpoint of Object.values(draft.touchpoints)) {
      for (const line of touchpoint.scriptLines) {
        if (line.phraseId === id && line.text !== changes.text) line.text = changes.text
      }
    }
  },
  mergeKey: ({ id, changes }) => `phrase:${id}:${Object.keys(changes).sort().join(',')}`,
})

/**
 * Removes a phrase from the library. Lines that used it keep their text and are no longer linked.
 * @example dispatch(removePhrase, { id })
 */
export const removePhrase = defineCommand({
  name: 'removePhrase',
  payload: z.object({ id: IdSchema }),
  apply(draft, { id }) {
    requireRecord(draft.phrases[id], 'phrase', id)
    for (const touchpoint of Object.values(draft.touchpoints)) {
      for (const line of touchpoint.scriptLines) if (line.phraseId === id) line.phraseId = null
    }
    delete draft.phrases[id]
  },
})

/**
 * Adds a staff line linked to a library phrase to a touchpoint's script, at `index` (default: last).
 * Phrases to avoid (category 'avoid') are refused: they are what staff must not say.
 * @example dispatch(insertPhraseIntoScript, { touchpointId, phraseId, index: 0 })
 */
export const insertPhraseIntoScript = defineCommand({
  name: 'insertPhraseIntoScript',
  payload: z.object({ touchpointId: IdSchema, phraseId: IdSchema, index: z.number().int().min(0).optional() }),
  apply(draft, { touchpointId, phraseId, index }) {
    const touchpoint = requireRecord(draft.touchpoints[touchpointId], 'touchpoint', touchpointId)
    const phrase = requireRecord(draft.phrases[phraseId], 'phrase', phraseId)
    if (phrase.category === 'avoid') throw new CommandError({ key: 'command.phraseToAvoid', params: { text: phrase.text } })
    if (touchpoint.scriptLines.length >= MAX_SCRIPT_LINES) throw new CommandError({ key: 'command.scriptFull', params: { count: MAX_SCRIPT_LINES } })
    const line: ScriptLine = { speaker: 'staff', text: phrase.text, phraseId, alternatives: [], tone: '' }
    const at = Math.min(index ?? touchpoint.scriptLines.length, touchpoint.scriptLines.length)
    touchpoint.scriptLines.splice(at, 0, line)
  },
})

const ReasonSchema = AcceptedFindingSchema.shape.reason.refine((reason) => reason.trim() !== '', { message: 'A reason is required' })

/**
 * Accepts a lint finding with the team's reason (kept in the file). Accepting a finding that is
 * already accepted replaces its reason and date.
 * @example dispatch(acceptFinding, { id: newId('af'), findingKey: 'end-no-farewell:tp_1', reason: '回访电话另有话术', acceptedAt: new Date().toISOString() })
 */
export const acceptFinding = defineCommand({
  name: 'acceptFinding',
  payload: z.object({
    id: IdSchema,
    findingKey: AcceptedFindingSchema.shape.findingKey.min(1),
    reason: ReasonSchema,
    acceptedAt: AcceptedFindingSchema.shape.acceptedAt,
  }),
  apply(draft, { id, findingKey, reason, acceptedAt }) {
    const existing = Object.values(draft.acceptedFindings).find((accepted) => accepted.findingKey === findingKey)
    if (existing) {
      Object.assign(existing, { reason, acceptedAt })
      return
    }
    if (draft.acceptedFindings[id]) throw new CommandError({ key: 'command.duplicateId', params: { id } })
    draft.acceptedFindings[id] = { id, findingKey, reason, acceptedAt, sortKey: keyAfterLast(Object.values(draft.acceptedFindings)) }
  },
})

/**
 * Takes an acceptance back: the finding shows as open again.
 * @example dispatch(unacceptFinding, { findingKey: 'end-no-farewell:tp_1' })
 */
export const unacceptFinding = defineCommand({
  name: 'unacceptFinding',
  payload: z.object({ findingKey: AcceptedFindingSchema.shape.findingKey.min(1) }),
  apply(draft, { findingKey }) {
    const matching = Object.values(draft.acceptedFindings).filter((accepted) => accepted.findingKey === findingKey)
    if (matching.length === 0) throw new CommandError({ key: 'command.recordMissing', params: { what: 'accepted finding', id: findingKey } })
    for (const accepted of matching) delete draft.acceptedFindings[accepted.id]
  },
})

/** Finding key → the reason it was accepted, for `lintJourney(doc, { accepted })`. */
export function acceptedReasons(doc: Pick<JourneyDocument, 'acceptedFindings'>): Record<string, string> {
  const reasons: Record<string, string> = {}
  for (const accepted of Object.values(doc.acceptedFindings)) reasons[accepted.findingKey] = accepted.reason
  return reasons
}

/** Phrase id → how many script lines use it, over every touchpoint. */
export function phraseUseCounts(doc: Pick<JourneyDocument, 'touchpoints'>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const touchpoint of Object.values(doc.touchpoints)) {
    for (const line of touchpoint.scriptLines) {
      if (line.phraseId !== null) counts.set(line.phraseId, (counts.get(line.phraseId) ?? 0) + 1)
    }
  }
  return counts
}
