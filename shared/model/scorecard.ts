/**
 * Weighted satisfaction scorecards (满意度考核表), the audits and surveys that fill them, as zod
 * schemas: the one source of truth for their types (methods.md §2–6 for what is computed from them).
 */
import { z } from 'zod'
import { IdSchema, ServqualDimensionSchema, SortKeySchema } from './primitives'

const text = (max: number) => z.string().max(max)

/** How an indicator is scored: yes/no, or a numeric range such as 1–5, 0–10, 0–100. */
export const ScaleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('yesNo') }),
  z.object({ kind: z.literal('range'), min: z.number().finite(), max: z.number().finite() }).refine((scale) => scale.max > scale.min, {
    // A message key (messages/validation.ts), so every UI can say it in its language.
    message: 'invalid.rangeOrder',
  }),
])
export type Scale = z.infer<typeof ScaleSchema>

/** A weight as the team entered it: 30, 30 % and 0.3 are all allowed; only ratios matter. */
export const WeightSchema = z.number().finite().min(0)

export const WEIGHTINGS = ['twoLevel', 'flat'] as const
export const WeightingSchema = z.enum(WEIGHTINGS)
export type Weighting = z.infer<typeof WeightingSchema>

export const ScorecardSchema = z.object({
  id: IdSchema,
  name: text(200),
  /** The service post (岗位) it assesses; empty = the whole journey. */
  post: text(100),
  /** Two-level: dimension weight × indicator weight within the dimension. Flat: indicator weights only. */
  weighting: WeightingSchema,
  /** Dimension weights (two-level only); a dimension with indicators but no weight is a weight problem. */
  dimensionWeights: z.partialRecord(ServqualDimensionSchema, WeightSchema),
  description: text(5000),
  sortKey: SortKeySchema,
})
export type Scorecard = z.infer<typeof ScorecardSchema>

export const IndicatorSchema = z.object({
  id: IdSchema,
  scorecardId: IdSchema,
  name: text(300),
  /** What the auditor observes (指标说明). */
  description: text(5000),
  dimension: ServqualDimensionSchema,
  /** Within its dimension (two-level) or within the scorecard (flat). */
  weight: WeightSchema,
  scale: ScaleSchema,
  /** The touchpoints this indicator checks (for per-touchpoint scores and the canvas heat overlay). */
  touchpointIds: z.array(IdSchema).max(200),
  sortKey: SortKeySchema,
})
export type Indicator = z.infer<typeof IndicatorSchema>

export const AUDIT_SOURCES = ['audit', 'mysteryShopper', 'survey'] as const
export const AuditSchema = z.object({
  /** The audit's own id (检查编号) as the team writes it; re-importing the same id replaces the audit. */
  id: IdSchema,
  scorecardId: IdSchema,
  /** ISO date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  store: text(200),
  post: text(100),
  auditor: text(100),
  source: z.enum(AUDIT_SOURCES),
  comment: text(5000),
})
export type Audit = z.infer<typeof AuditSchema>

/** One indicator's score in one audit; `value` null = not applicable (N/A, 不适用, blank). */
export const ScoreSchema = z.object({
  auditId: IdSchema,
  indicatorId: IdSchema,
  /** The raw answer on the indicator's scale: 1 / 0 for yes / no, else the number given. */
  value: z.number().finite().nullable(),
  comment: text(2000),
})
export type Score = z.infer<typeof ScoreSchema>

/** SERVQUAL's 22 items on 7-point scales (tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22). */
export const SERVQUAL_ITEM_COUNT = 22
const servqualAnswers = z.array(z.number().int().min(1).max(7).nullable()).length(SERVQUAL_ITEM_COUNT)

export const SurveyResponseSchema = z.object({
  id: IdSchema,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  store: text(200),
  /** Expectation of an excellent company, per item (null = not answered). */
  expectations: servqualAnswers,
  /** Perception of this company, per item. */
  perceptions: servqualAnswers,
  /** 100 points over the five dimensions; null when the respondent gave none. */
  importance: z.partialRecord(ServqualDimensionSchema, z.number().min(0).max(100)).nullable(),
  /** "How likely are you to recommend us", 0–10; null when not answered. */
  recommend: z.number().int().min(0).max(10).nullable(),
})
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>

/** Items of the 1988 wording that must be reverse-scored (8 − x); empty for the 1991 all-positive wording (default). */
export const SurveySettingsSchema = z.object({
  reverseScoredItems: z.array(z.number().int().min(1).max(SERVQUAL_ITEM_COUNT)),
})
export type SurveySettings = z.infer<typeof SurveySettingsSchema>
