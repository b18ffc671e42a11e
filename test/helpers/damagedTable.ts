/**
 * Spreadsheets damaged at random, for the importers' robustness tests: cells replaced with values
 * of every kind the columns know and do not know, rows dropped or repeated, headers swapped or
 * overwritten. Deterministic for a given `next` (see random.ts).
 */
import type { RawTable } from '../../shared/import/touchpointTable'

const CELLS = [
  '', ' ', 'x', '到店', '接待', 'yes', 'no', '是', '否', 'N/A', '不适用', 'life', '流程', 'business', 'yes/是', '0', '1', '3', '5', '6', '10', '11', '-3',
  '-4', '2.5', '33.34%', '1e3', 'NaN', '２０２５-03-14', '2025-02-30', '2025/3/14', '45000', 'tangibles, empathy', '有形性、移情性', '可靠性;反应度',
  'unknown-dimension', '1-5', '0-10', 'yes/no', 'flat', 'customer', '前台', 'backstage', '长'.repeat(400), 'toString', '__proto__', 'constructor',
  '问候，报价', 'A\nB\nC', '"quoted"', '=1+1', '\u0000', '😀'.repeat(200),
]

export function damageTable(table: RawTable, next: () => number): RawTable {
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
