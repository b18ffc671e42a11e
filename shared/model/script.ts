/**
 * The standard service script (标准话术) and service standards (服务标准) written at a touchpoint, the
 * journey's phrase library, and accepted lint findings. zod schemas: the one source of their types.
 */
import { z } from 'zod'
import { IdSchema, SortKeySchema } from './primitives'

const text = (max: number) => z.string().max(max)

export const SPEAKERS = ['staff', 'customer'] as const
export const SpeakerSchema = z.enum(SPEAKERS)
export type Speaker = z.infer<typeof SpeakerSchema>

/** A variant of a line for one type of customer (e.g. hesitant, assertive: DISC-style types). */
export const ScriptAlternativeSchema = z.object({
  customerType: text(100),
  text: text(2000),
})
export type ScriptAlternative = z.infer<typeof ScriptAlternativeSchema>

export const ScriptLineSchema = z.object({
  speaker: SpeakerSchema,
  text: text(2000),
  /** Set when the line comes from the phrase library: editing the library phrase changes every use. */
  phraseId: IdSchema.nullable(),
  alternatives: z.array(ScriptAlternativeSchema).max(20),
  /** How to say it (语气): "warm, unhurried". */
  tone: text(300),
})
export type ScriptLine = z.infer<typeof ScriptLineSchema>

/** An observable action, with an optional time limit ("greet" within "3 s"; "call back" within "24 h"). */
export const ServiceStandardSchema = z.object({
  text: text(2000),
  timeLimit: text(100),
})
export type ServiceStandard = z.infer<typeof ServiceStandardSchema>

/** Service recovery by the CLEAR method: control emotions, listen, establish empathy, apologise, resolve. */
export const CLEAR_STEPS = ['control', 'listen', 'empathise', 'apologise', 'resolve'] as const
export type ClearStep = (typeof CLEAR_STEPS)[number]
export const RecoveryStepsSchema = z.object({
  control: text(2000),
  listen: text(2000),
  empathise: text(2000),
  apologise: text(2000),
  resolve: text(2000),
})
export type RecoverySteps = z.infer<typeof RecoveryStepsSchema>

export const EMPTY_RECOVERY_STEPS: RecoverySteps = { control: '', listen: '', empathise: '', apologise: '', resolve: '' }

/** Library categories; 'avoid' holds the journey's phrases to avoid (服务忌语). */
export const PHRASE_CATEGORIES = ['greeting', 'farewell', 'apology', 'followUp', 'other', 'avoid'] as const
export const PhraseCategorySchema = z.enum(PHRASE_CATEGORIES)
export type PhraseCategory = z.infer<typeof PhraseCategorySchema>

export const PhraseSchema = z.object({
  id: IdSchema,
  category: PhraseCategorySchema,
  text: text(2000),
  sortKey: SortKeySchema,
})
export type Phrase = z.infer<typeof PhraseSchema>

/** A lint finding the team has looked at and accepted, with its reason (kept in the file). */
export const AcceptedFindingSchema = z.object({
  id: IdSchema,
  /** The finding's stable key (rule and the record it points at). */
  findingKey: text(500),
  reason: text(2000),
  /** ISO date-time. */
  acceptedAt: text(40),
  sortKey: SortKeySchema,
})
export type AcceptedFinding = z.infer<typeof AcceptedFindingSchema>

/** A staff line from plain text (imports, templates, older files). */
export function staffLine(lineText: string): ScriptLine {
  return { speaker: 'staff', text: lineText, phraseId: null, alternatives: [], tone: '' }
}

export function standard(standardText: string, timeLimit = ''): ServiceStandard {
  return { text: standardText, timeLimit }
}

/**
 * A speaker prefix written in plain text ("顾客：", "客户:", "【顾客】：", "顾客说：", "Customer:",
 * "C:"), as spreadsheets and older files carry it. Matched on NFKC-normalised text (full-width colons too).
 */
const CUSTOMER_PREFIX = /^\s*[[(【〔]?\s*(?:顾客|客户|客人|业主|车主|住客|宾客|customer|client|guest|c)\s*[\])】〕]?\s*说?\s*:\s*/i

/** A line from plain text: a customer line when it starts with a customer prefix (which is dropped), else staff. */
export function lineFromText(lineText: string): ScriptLine {
  const normalized = lineText.normalize('NFKC')
  const prefix = CUSTOMER_PREFIX.exec(normalized)
  if (!prefix) return staffLine(lineText.trim())
  return { ...staffLine(normalized.slice(prefix[0].length).trim()), speaker: 'customer' }
}

/** Whether plain text is written as a customer line ("顾客：…"). */
export function hasCustomerPrefix(lineText: string): boolean {
  return CUSTOMER_PREFIX.test(lineText.normalize('NFKC'))
}
