/**
 * JSON journeys from strangers, damaged at random (deterministic seeds): any value replaced by a
 * value of another kind, keys removed, records duplicated, in version 2 and in version 1 files.
 * Parsing never throws: it returns a valid journey or specific problems in both languages.
 */
import { describe, expect, it } from 'vitest'
import { parseJourneyJson, toJourneyJson } from '../../../shared/interchange/journeyJson'
import { validateJourney } from '../../../shared/journey/validate'
import { JourneyDocumentSchema } from '../../../shared/model/schema'
import { buildTemplate, RETAIL_STORE } from '../../../shared/templates'
import { seededRandom } from '../../helpers/random'
import { renderedEverywhere } from '../../helpers/messages'

const VALUES: unknown[] = [null, 0, -1, 1.5, 4, 1e308, '', 'x', '长'.repeat(400), true, false, [], {}, [null], [{}], { a: 1 }, 'toString', '__proto__', [[[]]], 'main', 'life', 'staff']

type Json = Record<string, unknown> | unknown[]
const isContainer = (value: unknown): value is Json => typeof value === 'object' && value !== null

/** A copy of `json` with one random change somewhere inside it. */
function damage(json: unknown, next: () => number): unknown {
  const copy = structuredClone(json)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  let target = copy as Json
  for (;;) {
    const children = Object.keys(target).filter((key) => isContainer((target as Record<string, unknown>)[key]))
    if (children.length === 0 || next() < 0.25) break
    target = (target as Record<string, unknown>)[pick(children)] as Json
  }
  const slot = target as Record<string, unknown>
  const keys = Object.keys(target)
  if (keys.length === 0) return copy
  const key = pick(keys)
  const roll = next()
  if (roll < 0.15) delete slot[key]
  else if (roll < 0.25 && Array.isArray(target)) target.push(structuredClone(target[Number(key)]))
  else slot[key] = structuredClone(pick(VALUES))
  return copy
}

/** The same journey as a version 1 file: plain-string standards and lines, no recovery steps. */
function asVersion1(json: ReturnType<typeof toJourneyJson>): unknown {
  const v1 = structuredClone(json) as unknown as { formatVersion: number; journey: { touchpoints: Record<string, unknown>[] } }
  v1.formatVersion = 1
  for (const touchpoint of v1.journey.touchpoints) {
    touchpoint.standards = (touchpoint.standards as { text: string }[]).map((item) => item.text)
    touchpoint.scriptLines = (touchpoint.scriptLines as { text: string }[]).map((line) => line.text)
    delete touchpoint.recoverySteps
    delete touchpoint.phrasesToAvoid
  }
  return v1
}

describe('parsing damaged JSON journeys', () => {
  const v2 = toJourneyJson(buildTemplate(RETAIL_STORE, 'zh-CN'))
  it.each([
    ['version 2', v2],
    ['version 1', asVersion1(v2)],
  ])('%s: 2,000 damaged files each parse to a valid journey or to specific problems, never an exception', (_label, json) => {
    expect(parseJourneyJson(JSON.stringify(json)).ok).toBe(true)
    const next = seededRandom(_label === 'version 2' ? 7 : 11)
    let refused = 0
    for (let round = 0; round < 2000; round++) {
      const text = JSON.stringify(damage(json, next))
      let result: ReturnType<typeof parseJourneyJson>
      try {
        result = parseJourneyJson(text)
      } catch (error) {
        throw new Error(`round ${round} threw ${String(error)} on ${text.slice(0, 300)}`, { cause: error })
      }
      if (result.ok) {
        expect(JourneyDocumentSchema.safeParse(result.doc).success, text).toBe(true)
        expect(validateJourney(result.doc), text).toEqual([])
      } else {
        refused++
        expect(result.problems.length).toBeGreaterThan(0)
        for (const problem of result.problems) expect(renderedEverywhere(problem), problem.key).toBe(true)
      }
    }
    expect(refused).toBeGreaterThan(500)
  })

  it('a version 1 file whose touchpoints are not objects is refused with the path, not a crash', () => {
    const v1 = asVersion1(v2) as { journey: { touchpoints: unknown[] } }
    v1.journey.touchpoints[0] = null
    expect(parseJourneyJson(JSON.stringify(v1))).toMatchObject({ ok: false, problems: [{ key: 'json.invalid', params: { path: 'journey.touchpoints.0' } }] })
    v1.journey.touchpoints = 'garbage' as unknown as unknown[]
    // Not silently read as "no touchpoints".
    expect(parseJourneyJson(JSON.stringify(v1))).toMatchObject({ ok: false, problems: [{ key: 'json.invalid', params: { path: 'journey.touchpoints' } }] })
  })
})
