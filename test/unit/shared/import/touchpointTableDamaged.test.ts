/**
 * Spreadsheets from strangers, damaged at random (test/helpers/damagedTable.ts). The touchpoint
 * importer never throws: it returns a valid journey or problems in both languages, and with
 * "skip bad rows" what it keeps is valid too.
 */
import { describe, expect, it } from 'vitest'
import { importTemplateTable } from '../../../../shared/import/template'
import { importTouchpointTable } from '../../../../shared/import/touchpointTable'
import { validateJourney } from '../../../../shared/journey/validate'
import { JourneyDocumentSchema } from '../../../../shared/model/schema'
import { damageTable } from '../../../helpers/damagedTable'
import { seededRandom } from '../../../helpers/random'
import { renderedEverywhere } from '../../../helpers/messages'

function expectValid(doc: Parameters<typeof validateJourney>[0], label: string) {
  expect(JourneyDocumentSchema.safeParse(doc).success, label).toBe(true)
  expect(validateJourney(doc), label).toEqual([])
}

describe('importing damaged spreadsheets', () => {
  it.each(['zh-CN', 'en'] as const)('%s template, 1,500 damaged tables: a valid journey or problems in both languages, never an exception', (locale) => {
    const template = importTemplateTable(locale)
    expect(importTouchpointTable(template, locale, { skipBadRows: false, title: 't' }).ok).toBe(true)
    const next = seededRandom(locale === 'en' ? 3 : 5)
    let refused = 0
    for (let round = 0; round < 1500; round++) {
      const table = damageTable(template, next)
      const label = `round ${round}: ${JSON.stringify(table).slice(0, 400)}`
      for (const skipBadRows of [false, true]) {
        const result = importTouchpointTable(table, locale, { skipBadRows, title: 'Damaged' })
        if (result.ok) {
          expectValid(result.doc, label)
          for (const message of result.skipped) expect(renderedEverywhere(message), message.key).toBe(true)
        } else {
          if (!skipBadRows) refused++
          expect(result.problems.length, label).toBeGreaterThan(0)
          for (const problem of result.problems) expect(renderedEverywhere(problem), problem.key).toBe(true)
        }
      }
    }
    expect(refused).toBeGreaterThan(300)
  })
})
