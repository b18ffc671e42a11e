/**
 * The JSON interchange format (docs/file-format.md): versioned, ids kept, records as arrays in
 * display order so diffs stay readable. Round-trips losslessly with the document.
 */
import { z } from 'zod'
import type { Message } from '../i18n/translate'
import { bySortKey } from '../model/order'
import {
  COLLECTIONS,
  EdgeSchema,
  JourneyMetaSchema,
  LaneSchema,
  PersonaSchema,
  StageSchema,
  TouchpointSchema,
  type JourneyDocument,
} from '../model/schema'
import { validateJourney } from '../journey/validate'
import { issueDetail } from '../model/issueDetail'
import { IndicatorSchema, ScorecardSchema } from '../model/scorecard'
import { AcceptedFindingSchema, EMPTY_RECOVERY_STEPS, lineFromText, PhraseSchema, standard } from '../model/script'

export const JOURNEY_JSON_FORMAT = 'mot-studio/journey'
/** 2: structured script lines and standards, phrase library, accepted findings. Version 1 files are upgraded on read. */
export const JOURNEY_JSON_VERSION = 2

export const JourneyJsonSchema = z.object({
  format: z.literal(JOURNEY_JSON_FORMAT),
  formatVersion: z.literal(JOURNEY_JSON_VERSION),
  journey: z.object({
    meta: JourneyMetaSchema,
    stages: z.array(StageSchema),
    lanes: z.array(LaneSchema),
    touchpoints: z.array(TouchpointSchema),
    edges: z.array(EdgeSchema),
    personas: z.array(PersonaSchema).default([]),
    scorecards: z.array(ScorecardSchema).default([]),
    indicators: z.array(IndicatorSchema).default([]),
    phrases: z.array(PhraseSchema).default([]),
    acceptedFindings: z.array(AcceptedFindingSchema).default([]),
  }),
})
export type JourneyJson = z.infer<typeof JourneyJsonSchema>

/** The document as interchange JSON; parsing through the schema fixes the key order, so output is stable. */
export function toJourneyJson(doc: JourneyDocument): JourneyJson {
  return JourneyJsonSchema.parse({
    format: JOURNEY_JSON_FORMAT,
    formatVersion: JOURNEY_JSON_VERSION,
    journey: {
      meta: doc.meta,
      stages: bySortKey(Object.values(doc.stages)),
      lanes: bySortKey(Object.values(doc.lanes)),
      touchpoints: bySortKey(Object.values(doc.touchpoints)),
      edges: bySortKey(Object.values(doc.edges)),
      personas: bySortKey(Object.values(doc.personas)),
      scorecards: bySortKey(Object.values(doc.scorecards)),
      indicators: bySortKey(Object.values(doc.indicators)),
      phrases: bySortKey(Object.values(doc.phrases)),
      acceptedFindings: bySortKey(Object.values(doc.acceptedFindings)),
    },
  })
}

/**
 * Version 1 wrote standards and script lines as plain strings and had no recovery steps or phrases
 * to avoid: upgrade such a file to version 2 before validating it.
 */
function upgradeFromVersion1(raw: Record<string, unknown>): unknown {
  const upgraded = { ...raw, formatVersion: JOURNEY_JSON_VERSION }
  // Anything not shaped like version 1 is left as it is, for the schema to name the problem.
  if (!isRecord(raw.journey) || !Array.isArray(raw.journey.touchpoints)) return upgraded
  return { ...upgraded, journey: { ...raw.journey, touchpoints: raw.journey.touchpoints.map(upgradeTouchpointFromVersion1) } }
}

function upgradeTouchpointFromVersion1(touchpoint: unknown): unknown {
  if (!isRecord(touchpoint)) return touchpoint
  return {
    recoverySteps: { ...EMPTY_RECOVERY_STEPS },
    phrasesToAvoid: [],
    ...touchpoint,
    standards: Array.isArray(touchpoint.standards)
      ? touchpoint.standards.map((item: unknown) => (typeof item === 'string' ? standard(item) : item))
      : touchpoint.standards,
    scriptLines: Array.isArray(touchpoint.scriptLines)
      ? touchpoint.scriptLines.map((item: unknown) => (typeof item === 'string' ? lineFromText(item) : item))
      : touchpoint.scriptLines,
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export function stringifyJourney(doc: JourneyDocument): string {
  return `${JSON.stringify(toJourneyJson(doc), null, 2)}\n`
}

export type ParseResult = { ok: true; doc: JourneyDocument } | { ok: false; problems: Message[] }

/** Parses and checks a JSON journey; every problem is reported with its JSON path, nothing half-read. */
export function parseJourneyJson(text: string): ParseResult {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [{ key: 'json.syntax', params: { detail: (error as Error).message } }] }
  }
  if ((raw as { format?: unknown } | null)?.format !== JOURNEY_JSON_FORMAT) {
    return { ok: false, problems: [{ key: 'json.notJourney' }] }
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion
  const upgraded = version === 1 ? upgradeFromVersion1(raw as Record<string, unknown>) : raw
  const parsed = JourneyJsonSchema.safeParse(upgraded, { reportInput: true })
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        key: 'json.invalid',
        params: { path: issue.path.join('.'), ...issueDetail(issue) },
      })),
    }
  }
  const { journey } = parsed.data
  const doc = { meta: journey.meta } as JourneyDocument
  const duplicates: Message[] = []
  for (const name of COLLECTIONS) {
    const byId: Record<string, unknown> = {}
    for (const record of journey[name]) {
      if (byId[record.id]) duplicates.push({ key: 'json.duplicateId', params: { id: record.id } })
      byId[record.id] = record
    }
    ;(doc as unknown as Record<string, unknown>)[name] = byId
  }
  const problems = [...duplicates, ...validateJourney(doc).map((problem) => problem.message)]
  return problems.length > 0 ? { ok: false, problems } : { ok: true, doc }
}
