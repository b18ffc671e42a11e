/**
 * The small shared vocabulary of the document's records: ids, sort keys, languages and the domain's
 * fixed lists. Split from schema.ts so record modules (journey, scorecards) can share it.
 */
import { z } from 'zod'

/**
 * Property names every plain object has. Records are kept in objects keyed by id, so such an id
 * would make a missing record look present (`stages["toString"]`) or, for `__proto__`, not be
 * stored at all: ids from files and imports are untrusted, so these are refused.
 */
export const RESERVED_IDS = [
  '__proto__', 'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
] as const
const NOT_RESERVED = new RegExp(`^(?!(?:${RESERVED_IDS.join('|')})$)`)

/** Ids are opaque strings; the app makes them with {@link newId}, imports keep foreign ones. */
export const IdSchema = z.string().min(1).max(64).regex(NOT_RESERVED, { message: 'reserved id: the name of a built-in object property' })
export type Id = z.infer<typeof IdSchema>

/** Fractional ordering key (see `order.ts`): records sort by it, then by id. */
export const SortKeySchema = z.string().min(1).max(64)

export const LOCALES = ['zh-CN', 'en'] as const
export const LocaleSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof LocaleSchema>

export const SERVQUAL_DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const
export const ServqualDimensionSchema = z.enum(SERVQUAL_DIMENSIONS)
export type ServqualDimension = z.infer<typeof ServqualDimensionSchema>

export const MOT_FAMILIES = ['life', 'process', 'business'] as const
export const MotFamilySchema = z.enum(MOT_FAMILIES)
export type MotFamily = z.infer<typeof MotFamilySchema>

export const LANE_KINDS = ['customer', 'frontstage', 'backstage', 'support'] as const
export const LaneKindSchema = z.enum(LANE_KINDS)
export type LaneKind = z.infer<typeof LaneKindSchema>

export const EDGE_KINDS = ['main', 'alternative'] as const
export const EdgeKindSchema = z.enum(EDGE_KINDS)
export type EdgeKind = z.infer<typeof EdgeKindSchema>

export const PERSONA_TIERS = ['key', 'regular', 'small', 'unspecified'] as const
export const PersonaTierSchema = z.enum(PERSONA_TIERS)
export type PersonaTier = z.infer<typeof PersonaTierSchema>

export const EMOTION_MIN = -3
export const EMOTION_MAX = 3
