/**
 * A fast, copy-free shortcut past zod for bulk validation (opening a file validates every record):
 * `quickAccept(schema)(value)` is true only when `schema.safeParse(value)` would succeed AND return a
 * value equal to `value`, same keys in the same order, so the caller may keep `value` itself. False
 * means "not sure": ask zod, which stays the one source of truth for what is valid and why not.
 *
 * zod's parse copies every object and array it accepts, which costs more than reading the rows from
 * SQLite. This reads the schema's own definition, so there is nothing to keep in step by hand. Every
 * test is a sufficient condition (stricter where zod's is subtle, e.g. strings measured in code
 * points); anything it does not understand (refinements, transforms, defaults, unions, string
 * formats other than .regex()…) makes the whole schema fall back to zod.
 * test/unit/shared/quickAccept.test.ts checks it against zod.
 */
import type { z } from 'zod'

type Accept = (value: unknown) => boolean

interface CheckDef {
  check: string
  pattern?: RegExp
  minimum?: number
  maximum?: number
  length?: number
  value?: unknown
  inclusive?: boolean
  format?: string
}

interface Def {
  type: string
  coerce?: boolean
  format?: string
  checks?: { _zod: { def: CheckDef } }[]
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  entries?: Record<string, unknown>
  values?: readonly unknown[]
}

/** Thrown inside `compile` for a part of a schema it does not understand. */
class Unsupported extends Error {}

const NEVER: Accept = () => false
const cache = new WeakMap<z.ZodType, Accept>()

export function quickAccept(schema: z.ZodType): Accept {
  let accept = cache.get(schema)
  if (!accept) {
    try {
      accept = compile(schema)
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error
      accept = NEVER
    }
    cache.set(schema, accept)
  }
  return accept
}

function compile(schema: z.ZodType): Accept {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def
  if (def.coerce) throw new Unsupported()
  switch (def.type) {
    case 'string': {
      if (def.format !== undefined) throw new Unsupported()
      const patterns: RegExp[] = []
      return string(lengthBounds(def, patterns), patterns)
    }
    case 'number':
      return number(def)
    case 'boolean':
      noChecks(def)
      return (value) => typeof value === 'boolean'
    case 'enum': {
      noChecks(def)
      // Enum values are the entries' values (a native numeric enum also maps names to numbers).
      const values = new Set(Object.values(def.entries ?? {}).filter((value) => typeof value === 'string'))
      return (value) => values.has(value as string)
    }
    case 'literal': {
      noChecks(def)
      const values = new Set<unknown>((def.values ?? []).filter((value) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'))
      return (value) => values.has(value)
    }
    case 'nullable': {
      noChecks(def)
      const inner = compile(def.innerType!)
      return (value) => value === null || inner(value)
    }
    case 'array':
      return array(compile(def.element!), lengthBounds(def))
    case 'object':
      noChecks(def)
      return object(def.shape!)
    default:
      throw new Unsupported()
  }
}

function noChecks(def: Def): void {
  if (def.checks && def.checks.length > 0) throw new Unsupported()
}

interface Bounds {
  min: number
  max: number
}

/**
 * min/max/exact length checks of an array, or of a string (pass `patterns`: its .regex() checks are
 * collected there). zod measures strings in code points, of which a string has at most as many as
 * UTF-16 units and at least half as many: a string's unit count gives a sure answer when it is
 * ≤ max, and ≥ 2 × min (or ≥ min when min ≤ 1); otherwise zod decides.
 */
function lengthBounds(def: Def, patterns?: RegExp[]): Bounds {
  const isString = patterns !== undefined
  const bounds = { min: 0, max: Infinity }
  for (const { _zod: { def: check } } of def.checks ?? []) {
    if (isString && check.check === 'string_format' && check.format === 'regex' && check.pattern instanceof RegExp) patterns.push(check.pattern)
    else if (check.check === 'max_length') bounds.max = Math.min(bounds.max, check.maximum!)
    else if (check.check === 'min_length') bounds.min = Math.max(bounds.min, check.minimum!)
    else if (check.check === 'length_equals' && !isString) {
      bounds.min = Math.max(bounds.min, check.length!)
      bounds.max = Math.min(bounds.max, check.length!)
    } else throw new Unsupported()
  }
  if (isString && bounds.min > 1) bounds.min *= 2
  return bounds
}

/** A string within bounds that matches every pattern, tested as zod tests it (from the start, whatever the flags). */
function string({ min, max }: Bounds, patterns: RegExp[]): Accept {
  const matches = (value: string) =>
    patterns.every((pattern) => {
      pattern.lastIndex = 0
      return pattern.test(value)
    })
  return (value) => typeof value === 'string' && value.length <= max && value.length >= min && (patterns.length === 0 || matches(value))
}

function number(def: Def): Accept {
  const tests: ((value: number) => boolean)[] = []
  for (const { _zod: { def: check } } of def.checks ?? []) {
    const bound = check.value
    if (check.check === 'number_format' && check.format === 'safeint') tests.push(Number.isSafeInteger)
    else if (check.check === 'greater_than' && typeof bound === 'number') tests.push(check.inclusive ? (value) => value >= bound : (value) => value > bound)
    else if (check.check === 'less_than' && typeof bound === 'number') tests.push(check.inclusive ? (value) => value <= bound : (value) => value < bound)
    else throw new Unsupported()
  }
  return (value) => typeof value === 'number' && Number.isFinite(value) && tests.every((test) => test(value))
}

function array(element: Accept, { min, max }: Bounds): Accept {
  return (value) => {
    if (!Array.isArray(value) || value.length > max || value.length < min) return false
    for (let index = 0; index < value.length; index++) if (!element(value[index])) return false
    return true
  }
}

/** Exactly the shape's keys, in the shape's order: zod's output would then equal the input. */
function object(shape: Record<string, z.ZodType>): Accept {
  const keys = Object.keys(shape)
  const fields = keys.map((key) => compile(shape[key]!))
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false
    let index = 0
    for (const key in value) {
      if (key !== keys[index] || !Object.hasOwn(value, key)) return false
      if (!fields[index]!((value as Record<string, unknown>)[key])) return false
      index++
    }
    return index === keys.length
  }
}
