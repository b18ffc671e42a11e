/**
 * What is wrong with a value, as message params a UI renders in its own language: zod's issue
 * (its own text is English and technical) becomes a `detailKey` from messages/validation.ts with
 * the bounds it names. Embedded in "Invalid value in field …: {detail}" (see `translate`).
 * Parse with `{ reportInput: true }` so a missing value can be told from a wrong one.
 */
import type { z } from 'zod'
import type { MessageKey, MessageParams } from '../i18n/translate'

type Issue = z.core.$ZodIssue

const WRONG_TYPE: Partial<Record<string, MessageKey>> = {
  string: 'invalid.notText',
  number: 'invalid.notNumber',
  int: 'invalid.notWhole',
  boolean: 'invalid.notYesNo',
  array: 'invalid.notList',
  object: 'invalid.notRecord',
}

/** A message key this code base uses as a refinement's message (e.g. `invalid.rangeOrder`). */
const isValidationKey = (text: string): text is MessageKey => /^invalid\.[a-zA-Z]+$/.test(text)

export function issueDetail(issue: Issue): MessageParams & { detailKey: MessageKey } {
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') return { detailKey: 'invalid.tooLong', max }
      if (issue.origin === 'array' || issue.origin === 'set') return { detailKey: 'invalid.tooMany', max }
      return { detailKey: issue.inclusive === false ? 'invalid.lessThan' : 'invalid.atMost', max }
    }
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string') return min <= 1 ? { detailKey: 'invalid.empty' } : { detailKey: 'invalid.tooShort', min }
      if (issue.origin === 'array' || issue.origin === 'set') return { detailKey: 'invalid.tooFew', min }
      return { detailKey: issue.inclusive === false ? 'invalid.greaterThan' : 'invalid.atLeast', min }
    }
    case 'invalid_type':
      if ('input' in issue && issue.input === undefined) return { detailKey: 'invalid.missing' }
      return { detailKey: WRONG_TYPE[issue.expected] ?? 'invalid.value' }
    case 'invalid_value':
      return { detailKey: 'invalid.notOneOf', values: issue.values.map(String).join(', ') }
    case 'invalid_format':
      // The only pattern our schemas use is IdSchema's: not a reserved name.
      return { detailKey: issue.format === 'regex' ? 'invalid.reservedId' : 'invalid.value' }
    case 'custom':
      return { detailKey: isValidationKey(issue.message) ? issue.message : 'invalid.value' }
    default:
      return { detailKey: 'invalid.value' }
  }
}

/** The inspector's label for a touchpoint field (the first step of an issue's path), where it has one. */
const TOUCHPOINT_FIELD_LABELS: Partial<Record<string, MessageKey>> = {
  title: 'editor.tp.title',
  stageId: 'editor.tp.stage',
  laneId: 'editor.tp.lane',
  channel: 'editor.tp.channel',
  role: 'editor.tp.role',
  isMot: 'editor.tp.mot',
  motFamily: 'editor.tp.family',
  importance: 'editor.tp.importance',
  isPeak: 'editor.tp.peak',
  isEnd: 'editor.tp.end',
  emotion: 'editor.tp.emotion',
  servqual: 'editor.tp.servqual',
  standards: 'editor.tp.standards',
  scriptLines: 'editor.tp.script',
  delight: 'editor.tp.delight',
  risk: 'editor.tp.risk',
  recovery: 'editor.tp.recovery',
  expectation: 'editor.tp.expectation',
  notes: 'editor.tp.notes',
}

/** The field an issue is about, for "Invalid value in field …": a touchpoint's as the inspector names it, else its data name. */
export function issueField(collection: string, issue: Issue): MessageParams {
  const path = issue.path.map(String)
  const label = collection === 'touchpoints' && path[0] !== undefined ? TOUCHPOINT_FIELD_LABELS[path[0]] : undefined
  return label ? { fieldKey: label } : { field: path.join('.') }
}

