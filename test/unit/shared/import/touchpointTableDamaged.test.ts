/**
 * Spreadsheets from strangers, damaged at random (deterministic seeds): cells replaced with values
 * of every kind the columns know and do not know, rows dropped or repeated, headers swapped. The
 * importer never throws: it returns a valid journey or problems in both languages, and with
 * "skip bad rows" what it keeps is valid too.
 */
import { describe, expect, it } from 'vitest'
import { importTemplateTable } from '../../../../shared/import/template'
import { importTouchpointTable, type RawTable } from '../../../../shared/import/touchpointTable'
import { validateJourney } from '../../../../shared/journey/validate'
import { JourneyDocumentSchema } from '../../../../shared/model/schema'
import { seededRandom } from '../../../helpers/random'
import { renderedEverywhere } from '../../../helpers/messages'

const CELLS = [
  '', ' ', 'x', '到店', '接待', 'yes', 'no', '是', '否', 'life', '流程', 'business', 'yes/是', '0', '1', '3', '5', '6', '-3', '-4', '2.5', 'NaN', '1e3',
  'tangibles, empathy', '有形性、移情性', '可靠性;反应度', 'unknown-dimension', 'customer', '前台', 'backstage', '支持', 'lane?', '长'.repeat(400),
  'toString', '__proto__', 'constructor', '问候，报价', 'A\nB\nC', '"quoted"', '=1+1', '\u0000', '😀'.repeat(200),
]

function damage(table: RawTable, next: () => number): RawTable {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const headers = [...table.headers]
  let rows = table.rows.map((row) => [...row])
  for (let changes = 1 + Math.floor(next() * 6); changes > 0; changes--) {
    const roll = next()
    if (roll < 0.55 && rows.length > 0) {
      const row = pick(rows)
      row[Math.floor(next() * (headers.length + 1))] = pick(CELLS)
    } else if (roll < 0.65 && rows.length > 0) {
      rows = rows.filter((_, index) => index !== Math.floor(next() * rows.length))
    } else if (roll < 0.75 && rows.length > 0) {
      rows.push([...pick(rows)])
    } else if (roll < 0.85) {
      const [a, b] = [Math.floor(next() * headers.length), Math.floor(next() * headers.length)]
      ;[headers[a], headers[b]] = [headers[b]!, headers[a]!]
    } else {
      headers[Math.floor(next() * headers.length)] = pick(CELLS)
    }
  }
  return { headers, rows }
}

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
      const table = damage(template, next)
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
