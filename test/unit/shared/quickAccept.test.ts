/**
 * quickAccept must never say yes where zod says no, and when it says yes, zod's output must equal
 * the input (same keys, same order): the reader keeps the input. Checked on every record of the six
 * templates and on thousands of deterministic mutants of them, near every limit the schemas set.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { quickAccept } from '../../../shared/model/quickAccept'
import { COLLECTIONS, RECORD_SCHEMAS, type CollectionName } from '../../../shared/model/schema'
import { TEMPLATES } from '../../../shared/templates'
import { buildTemplate } from '../../../shared/templates/spec'
import { seededRandom } from '../../helpers/random'

/** Collections whose schemas quickAccept understands; the others (a refined union, a partial record) always go to zod. */
const QUICK: CollectionName[] = ['stages', 'lanes', 'touchpoints', 'edges', 'personas', 'phrases', 'acceptedFindings']
const ZOD_ONLY: CollectionName[] = ['scorecards', 'indicators']

/** Records the templates do not have. */
const EXTRA: Partial<Record<CollectionName, unknown[]>> = {
  phrases: [
    { id: 'ph_1', category: 'greeting', text: '您好，欢迎光临！', sortKey: 'a0' },
    { id: 'ph_2', category: 'avoid', text: '不知道', sortKey: 'a1' },
  ],
  acceptedFindings: [{ id: 'af_1', findingKey: 'peak-end/no-peak', reason: '本旅程只看流程', acceptedAt: '2026-11-23T10:00:00Z', sortKey: 'a0' }],
  scorecards: [
    { id: 'sc_1', name: '导购考核', post: '导购', weighting: 'twoLevel', dimensionWeights: { tangibles: 20, empathy: 80 }, description: '', sortKey: 'a0' },
    { id: 'sc_2', name: 'Flat', post: '', weighting: 'flat', dimensionWeights: {}, description: 'x', sortKey: 'a1' },
  ],
  indicators: [
    { id: 'in_1', scorecardId: 'sc_1', name: '微笑问候', description: '', dimension: 'empathy', weight: 30, scale: { kind: 'range', min: 1, max: 5 }, touchpointIds: ['tp_1'], sortKey: 'a0' },
    { id: 'in_2', scorecardId: 'sc_1', name: '店面整洁', description: '', dimension: 'tangibles', weight: 0.5, scale: { kind: 'yesNo' }, touchpointIds: [], sortKey: 'a1' },
  ],
}

/** Every record of every template in both languages (plus {@link EXTRA}), as zod outputs it (keys in schema order). */
function sampleRecords(name: CollectionName): unknown[] {
  const schema = RECORD_SCHEMAS[name] as z.ZodType
  const fromTemplates = TEMPLATES.flatMap((spec) => (['zh-CN', 'en'] as const).flatMap((locale) => Object.values(buildTemplate(spec, locale)[name] ?? {})))
  return [...fromTemplates, ...(EXTRA[name] ?? [])].map((record) => schema.parse(record))
}

const LIMITS = [0, 1, 2, 39, 40, 41, 63, 64, 65, 99, 100, 101, 199, 200, 201, 299, 300, 301, 499, 500, 501, 1999, 2000, 2001, 4999, 5000, 5001, 9999, 10_000, 10_001]
const REPLACEMENTS: unknown[] = [
  ...LIMITS.flatMap((length) => ['x'.repeat(length), '😀'.repeat(Math.ceil(length / 2)), '😀'.repeat(length)]),
  '\ud800',
  '__proto__', 'constructor', 'toString', 'valueOf', 'my constructor',
  0, 1, 2, 3, 4, 5, 6, -1, -3, -4, 1.5, -0, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
  null, undefined, true, false, [], {}, [1], ['x'], [{}], 1n,
  'life', 'process', 'business', 'staff', 'customer', 'main', 'alternative', 'customer', 'frontstage', 'backstage', 'support',
  'tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy', 'key', 'regular', 'small', 'unspecified', 'greeting', 'avoid', 'yesNo',
]

type Mutable = Record<string, unknown> | unknown[]

function isContainer(value: unknown): value is Mutable {
  return typeof value === 'object' && value !== null
}

/** A deep copy of `record` with one random change somewhere inside it. */
function mutate(record: unknown, next: () => number): unknown {
  const copy = structuredClone(record)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  let target = copy as Mutable
  // Walk down a random path, stopping at a random depth.
  for (;;) {
    const keys = Object.keys(target)
    const children = keys.filter((key) => isContainer((target as Record<string, unknown>)[key]) && ((target as Record<string, unknown>)[key] as Mutable) && Object.keys((target as Record<string, unknown>)[key] as object).length > 0)
    if (children.length === 0 || next() < 0.5) break
    target = (target as Record<string, unknown>)[pick(children)] as Mutable
  }
  const keys = Object.keys(target)
  const roll = next()
  const slot = target as Record<string, unknown>
  if (roll < 0.08 && keys.length > 0) delete slot[pick(keys)]
  else if (roll < 0.14) slot[Array.isArray(target) ? String(target.length) : 'extra'] = pick(REPLACEMENTS)
  else if (roll < 0.2 && keys.length > 1 && !Array.isArray(target)) {
    // Same keys, another order.
    const entries = Object.entries(slot).reverse()
    for (const key of keys) delete slot[key]
    for (const [key, value] of entries) slot[key] = value
  } else if (keys.length > 0) slot[pick(keys)] = pick(REPLACEMENTS)
  return copy
}

describe('quickAccept', () => {
  it.each(QUICK)('accepts every template %s record as zod outputs it', (name) => {
    const records = sampleRecords(name)
    expect(records.length).toBeGreaterThan(0)
    const accept = quickAccept(RECORD_SCHEMAS[name] as z.ZodType)
    for (const record of records) expect(accept(record)).toBe(true)
  })

  it.each(ZOD_ONLY)('leaves %s to zod: their schemas use parts it does not understand', (name) => {
    const accept = quickAccept(RECORD_SCHEMAS[name] as z.ZodType)
    for (const record of sampleRecords(name)) expect(accept(record)).toBe(false)
  })

  it.each(COLLECTIONS)('never accepts a %s mutant zod refuses, and accepts only what zod returns unchanged', (name) => {
    const schema = RECORD_SCHEMAS[name] as z.ZodType
    const accept = quickAccept(schema)
    const records = sampleRecords(name)
    const next = seededRandom(COLLECTIONS.indexOf(name) + 1)
    let accepted = 0
    let refusedByBoth = 0
    for (let round = 0; round < 4000; round++) {
      const mutant = mutate(records[round % records.length], next)
      const parsed = schema.safeParse(mutant)
      if (accept(mutant)) {
        accepted++
        expect(parsed.success, JSON.stringify(mutant)).toBe(true)
        // Same content and the same key order, all the way down.
        expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(mutant))
        expect(parsed.data).toStrictEqual(mutant)
      } else if (!parsed.success) refusedByBoth++
    }
    // The mutants exercise both answers (where the schema has a quick test at all).
    if (QUICK.includes(name)) expect(accepted).toBeGreaterThan(300)
    expect(refusedByBoth).toBeGreaterThan(300)
  })

  it('measures strings safely: zod counts code points, so a long string of emoji goes to zod', () => {
    const accept = quickAccept(z.string().max(4))
    expect(accept('abcd')).toBe(true)
    expect(accept('abcde')).toBe(false)
    // 4 code points but 8 UTF-16 units: valid for zod, "not sure" here.
    expect(z.string().max(4).safeParse('😀😀😀😀').success).toBe(true)
    expect(accept('😀😀😀😀')).toBe(false)
    const atLeastTwo = quickAccept(z.string().min(2))
    expect(atLeastTwo('abcd')).toBe(true)
    expect(atLeastTwo('ab')).toBe(false)
    expect(quickAccept(z.string().min(1))('a')).toBe(true)
    expect(quickAccept(z.string().min(1))('')).toBe(false)
  })

  it('checks numbers as zod does: finite, safe integers, inclusive and exclusive bounds', () => {
    const importance = quickAccept(z.number().int().min(1).max(5))
    expect([1, 3, 5].map(importance)).toEqual([true, true, true])
    expect([0, 6, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null].map(importance)).toEqual([false, false, false, false, false, false, false])
    const positive = quickAccept(z.number().positive().lt(10))
    expect([0, 0.001, 9.99, 10].map(positive)).toEqual([false, true, true, false])
    expect(quickAccept(z.number())(Number.NEGATIVE_INFINITY)).toBe(false)
  })

  it('tests .regex() as zod does, from the start every time, global flag or not', () => {
    for (const pattern of [/^a/, /a/g, /a/y]) {
      const schema = z.string().regex(pattern)
      const accept = quickAccept(schema)
      for (const value of ['abc', 'abc', 'xbc', 'bca', 'a']) expect(accept(value), `${pattern} ${value}`).toBe(schema.safeParse(value).success)
    }
  })

  it('wants exactly the shape keys in the shape order, no more and no fewer', () => {
    const accept = quickAccept(z.object({ a: z.string(), b: z.number().nullable() }))
    expect(accept({ a: 'x', b: null })).toBe(true)
    expect(accept({ b: null, a: 'x' })).toBe(false)
    expect(accept({ a: 'x' })).toBe(false)
    expect(accept({ a: 'x', b: 1, c: 2 })).toBe(false)
    expect(accept(Object.assign(Object.create({ inherited: 1 }) as object, { a: 'x', b: 1 }))).toBe(false)
    expect(accept([])).toBe(false)
    expect(accept(null)).toBe(false)
  })

  it.each([
    ['a refinement', z.string().refine((value) => value !== 'x')],
    ['an optional field', z.object({ a: z.string().optional() })],
    ['a default', z.object({ a: z.string().default('x') })],
    ['a transform', z.string().transform((value) => value.trim())],
    ['an overwrite (trim)', z.string().trim()],
    ['a string check other than a regex (lower case)', z.string().lowercase()],
    ['a string format', z.email()],
    ['a union', z.union([z.string(), z.number()])],
    ['a record', z.record(z.string(), z.string())],
    ['coercion', z.coerce.number()],
    ['a refined object', z.object({ a: z.string() }).refine(() => true)],
  ])('sends a schema with %s to zod', (_label, schema) => {
    const accept = quickAccept(schema as z.ZodType)
    for (const value of ['a', 'x@example.com', 1, { a: 'a' }, {}]) expect(accept(value)).toBe(false)
  })
})
