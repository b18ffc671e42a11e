/**
 * The scorecard part of the API (methods.md §2–6). Scorecards and indicators are part of the
 * document (edited with commands, undoable); audits, scores and survey responses are data the host
 * keeps in the file's tables and computes reports from, so 100,000 score rows never travel to the
 * renderer. Every write returns the working copy's new revision for the renderer's persistence.
 */
import { z } from 'zod'
import { IdSchema, LocaleSchema, ServqualDimensionSchema } from '../model/primitives'
import { AuditSchema, IndicatorSchema, ScorecardSchema, ScoreSchema } from '../model/scorecard'

const MessageSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
const DocIdSchema = z.string().regex(/^[a-z0-9_]{4,64}$/)
const FileRefSchema = z.string().min(1).max(200)
const method = <Q extends z.ZodType, R extends z.ZodType>(request: Q, response: R) => ({ request, response })

/** A mean over a group, with how many values it averages. */
export const MeanSchema = z.object({ mean: z.number(), n: z.number().int() })

export const AuditSummarySchema = AuditSchema.extend({
  index: z.number().nullable(),
  answered: z.number().int(),
  total: z.number().int(),
})
export type AuditSummary = z.infer<typeof AuditSummarySchema>

export const NpsReportSchema = z.object({
  n: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  nps: z.number(),
  margin: z.number(),
  indicative: z.boolean(),
})

const DimensionNumbers = z.partialRecord(ServqualDimensionSchema, z.number())

export const ServqualReportSchema = z.object({
  respondents: z.number().int(),
  /** Mean gap (P − E) per item 1–22; null where no one answered both. */
  items: z.array(z.number().nullable()),
  dimensions: DimensionNumbers,
  unweighted: z.number().nullable(),
  weighted: z.number().nullable(),
  servperf: z.object({ dimensions: DimensionNumbers, overall: z.number().nullable() }),
  /** Always 'perRespondent': each respondent's own importance points weight their gaps (say so on screen). */
  weighting: z.literal('perRespondent'),
})

export const ScoreReportSchema = z.object({
  audits: z.record(z.string(), z.object({ index: z.number().nullable(), dimensions: DimensionNumbers })),
  byPost: z.record(z.string(), MeanSchema),
  byStore: z.record(z.string(), MeanSchema),
  byMonth: z.record(z.string(), MeanSchema),
  byAuditor: z.record(z.string(), MeanSchema),
  /** Keyed "<scorecard id>/<dimension code>". */
  byDimension: z.record(z.string(), MeanSchema),
  byIndicator: z.record(z.string(), MeanSchema),
  byTouchpoint: z.record(z.string(), MeanSchema),
  trend: z.array(z.object({ month: z.string(), mean: z.number(), n: z.number().int() })),
  /** Per scorecard: why it cannot be used for scoring (empty when it can). */
  weightProblems: z.record(z.string(), z.array(MessageSchema)),
  nps: NpsReportSchema.nullable(),
  servqual: ServqualReportSchema.nullable(),
})
export type ScoreReport = z.infer<typeof ScoreReportSchema>

const DataImportResultSchema = z.object({
  imported: z.number().int(),
  /** Audits (or responses) whose id was already in the file: replaced, never duplicated. */
  replaced: z.number().int(),
  skipped: z.array(MessageSchema),
  revision: z.number().int(),
})

export const SCORECARD_METHODS = {
  'scores.report': method(z.object({ docId: DocIdSchema }), ScoreReportSchema),
  'audits.list': method(z.object({ docId: DocIdSchema, scorecardId: IdSchema.optional() }), z.array(AuditSummarySchema)),
  'audits.get': method(z.object({ docId: DocIdSchema, auditId: IdSchema }), z.object({ audit: AuditSchema, scores: z.array(ScoreSchema) })),
  'audits.save': method(
    z.object({ docId: DocIdSchema, audit: AuditSchema, scores: z.array(ScoreSchema).max(2000) }),
    z.object({ revision: z.number().int() }),
  ),
  'audits.delete': method(z.object({ docId: DocIdSchema, auditIds: z.array(IdSchema).min(1).max(100_000) }), z.object({ revision: z.number().int() })),
  /** Reads scorecards from a CSV/XLSX file; the renderer adds them with commands (undoable). */
  'import.scorecards': method(
    z.object({ docId: DocIdSchema, ref: FileRefSchema, locale: LocaleSchema, skipBadRows: z.boolean() }),
    z.object({ scorecards: z.array(ScorecardSchema), indicators: z.array(IndicatorSchema), skipped: z.array(MessageSchema) }),
  ),
  'import.audits': method(z.object({ docId: DocIdSchema, ref: FileRefSchema, locale: LocaleSchema, skipBadRows: z.boolean() }), DataImportResultSchema),
  'import.surveys': method(z.object({ docId: DocIdSchema, ref: FileRefSchema, locale: LocaleSchema, skipBadRows: z.boolean() }), DataImportResultSchema),
  'export.scorecards': method(
    z.object({
      docId: DocIdSchema,
      ref: FileRefSchema,
      format: z.enum(['sqlite', 'xlsx', 'csv', 'pdf']),
      /** PDF only: the blank assessment form an auditor carries, or the result report with charts. */
      pdfKind: z.enum(['form', 'report']).optional(),
      locale: LocaleSchema,
    }),
    z.object({ fileName: z.string() }),
  ),
} as const
