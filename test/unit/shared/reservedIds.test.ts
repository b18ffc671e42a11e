/**
 * Records are kept in plain objects keyed by id, so an id that names a property every object has
 * (`__proto__`, `constructor`, `toString`…) would make a missing record look present, or (for
 * `__proto__`) not be stored at all. Files and JSON come from strangers: such ids are refused where
 * every id is checked, in IdSchema, and so at every door (JSON, .journey files, IPC).
 */
import { describe, expect, it } from 'vitest'
import { parseJourneyJson, toJourneyJson } from '../../../shared/interchange/journeyJson'
import { quickAccept } from '../../../shared/model/quickAccept'
import { IdSchema } from '../../../shared/model/primitives'
import { TouchpointSchema } from '../../../shared/model/schema'
import { bySortKey } from '../../../shared/model/order'
import { journeyWithPath } from '../../helpers/builders'

const RESERVED = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__']

describe('ids that name built-in object properties', () => {
  it.each(RESERVED)('refuses %s as an id', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false)
  })

  it('still accepts ordinary and foreign ids, including ones that merely contain those words', () => {
    for (const id of ['tp_1', 'st_x9', '检查-2025-001', 'A', 'my constructor', 'toString2', '__proto', 'proto__', 'x'.repeat(64)]) {
      expect(IdSchema.safeParse(id).success, id).toBe(true)
    }
  })

  it('and the quick check agrees with zod on them', () => {
    const doc = journeyWithPath([{ title: 'Greeting' }])
    const touchpoint = TouchpointSchema.parse(Object.values(doc.touchpoints)[0])
    const accept = quickAccept(TouchpointSchema)
    expect(accept(touchpoint)).toBe(true)
    for (const id of RESERVED) expect(accept({ ...touchpoint, stageId: id })).toBe(false)
  })

  it('a JSON journey pointing a touchpoint at stage "toString" is refused, not taken for a real stage', () => {
    const doc = journeyWithPath([{ title: 'Greeting' }, { title: 'Quote' }])
    const json = toJourneyJson(doc)
    json.journey.touchpoints[0]!.stageId = 'toString'
    const parsed = parseJourneyJson(JSON.stringify(json))
    expect(parsed).toMatchObject({ ok: false, problems: [{ key: 'json.invalid', params: { path: 'journey.touchpoints.0.stageId' } }] })
  })

  it('a JSON journey with a stage whose id is "__proto__" is refused', () => {
    const doc = journeyWithPath([{ title: 'Greeting' }])
    const json = toJourneyJson(doc)
    const stage = bySortKey(json.journey.stages)[0]!
    for (const touchpoint of json.journey.touchpoints) if (touchpoint.stageId === stage.id) touchpoint.stageId = '__proto__'
    stage.id = '__proto__'
    expect(parseJourneyJson(JSON.stringify(json))).toMatchObject({ ok: false })
  })
})
