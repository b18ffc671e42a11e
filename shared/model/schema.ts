/**
 * The journey document's records, as zod schemas. Every TypeScript type of the document is
 * inferred from here, so the file format, the IPC contract and the UI agree by construction.
 */
import { z } from 'zod'

export * from './primitives'
import { EdgeKindSchema, IdSchema, LaneKindSchema, LocaleSchema, MotFamilySchema, PersonaTierSchema, ServqualDimensionSchema, SortKeySchema, EMOTION_MAX, EMOTION_MIN } from './primitives'
import { IndicatorSchema, ScorecardSchema, type Indicator, type Scorecard } from './scorecard'
import { AcceptedFindingSchema, PhraseSchema, RecoveryStepsSchema, ScriptLineSchema, ServiceStandardSchema, type AcceptedFinding, type Phrase } from './script'

const text = (max: number) => z.string().max(max)

export const JourneyMetaSchema = z.object({
  title: text(200),
  description: text(10_000),
  locale: LocaleSchema,
  versionLabel: text(40),
})
export type JourneyMeta = z.infer<typeof JourneyMetaSchema>

export const StageSchema = z.object({
  id: IdSchema,
  name: text(200),
  sortKey: SortKeySchema,
})
export type Stage = z.infer<typeof StageSchema>

export const LaneSchema = z.object({
  id: IdSchema,
  kind: LaneKindSchema,
  name: text(200),
  sortKey: SortKeySchema,
})
export type Lane = z.infer<typeof LaneSchema>

export const TouchpointSchema = z.object({
  id: IdSchema,
  stageId: IdSchema,
  laneId: IdSchema,
  sortKey: SortKeySchema,
  title: text(300),
  channel: text(100),
  role: text(100),
  isMot: z.boolean(),
  /** Only meaningful when `isMot`; null = an MOT whose family nobody has chosen yet. */
  motFamily: MotFamilySchema.nullable(),
  importance: z.number().int().min(1).max(5),
  isPeak: z.boolean(),
  isEnd: z.boolean(),
  emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX),
  servqual: z.array(ServqualDimensionSchema).max(5),
  standards: z.array(ServiceStandardSchema).max(200),
  scriptLines: z.array(ScriptLineSchema).max(200),
  /** Phrases to avoid at this touchpoint (服务忌语), beside the journey's library. */
  phrasesToAvoid: z.array(text(300)).max(100),
  delight: text(5000),
  risk: text(5000),
  recovery: text(5000),
  recoverySteps: RecoveryStepsSchema,
  expectation: text(5000),
  notes: text(10_000),
  x: z.number().finite(),
  y: z.number().finite(),
})
export type Touchpoint = z.infer<typeof TouchpointSchema>

export const EdgeSchema = z.object({
  id: IdSchema,
  sourceId: IdSchema,
  targetId: IdSchema,
  kind: EdgeKindSchema,
  label: text(200),
  sortKey: SortKeySchema,
})
export type Edge = z.infer<typeof EdgeSchema>

export const PersonaSchema = z.object({
  id: IdSchema,
  name: text(200),
  tier: PersonaTierSchema,
  note: text(5000),
  sortKey: SortKeySchema,
})
export type Persona = z.infer<typeof PersonaSchema>

/** The collections of a journey, keyed by id (immer patch paths stay valid when order changes). */
export const COLLECTIONS = ['stages', 'lanes', 'touchpoints', 'edges', 'personas', 'scorecards', 'indicators', 'phrases', 'acceptedFindings'] as const
export type CollectionName = (typeof COLLECTIONS)[number]

export const RECORD_SCHEMAS = {
  stages: StageSchema,
  lanes: LaneSchema,
  touchpoints: TouchpointSchema,
  edges: EdgeSchema,
  personas: PersonaSchema,
  scorecards: ScorecardSchema,
  indicators: IndicatorSchema,
  phrases: PhraseSchema,
  acceptedFindings: AcceptedFindingSchema,
} as const satisfies Record<CollectionName, z.ZodType>

export interface RecordTypes {
  stages: Stage
  lanes: Lane
  touchpoints: Touchpoint
  edges: Edge
  personas: Persona
  scorecards: Scorecard
  indicators: Indicator
  phrases: Phrase
  acceptedFindings: AcceptedFinding
}

export const JourneyDocumentSchema = z.object({
  meta: JourneyMetaSchema,
  stages: z.record(IdSchema, StageSchema),
  lanes: z.record(IdSchema, LaneSchema),
  touchpoints: z.record(IdSchema, TouchpointSchema),
  edges: z.record(IdSchema, EdgeSchema),
  personas: z.record(IdSchema, PersonaSchema),
  /** Weighted satisfaction scorecards and their indicators (the design; audits live in the file's data tables). */
  scorecards: z.record(IdSchema, ScorecardSchema),
  indicators: z.record(IdSchema, IndicatorSchema),
  /** The phrase library (greetings, farewells, apologies… and phrases to avoid) that script lines reference. */
  phrases: z.record(IdSchema, PhraseSchema),
  acceptedFindings: z.record(IdSchema, AcceptedFindingSchema),
})
export type JourneyDocument = z.infer<typeof JourneyDocumentSchema>
