/**
 * The `next` column: which rows follow which. Titles must be unique so they can be named; the
 * first title named continues the main path, the others are alternatives; an empty cell means
 * "the following row". Problems are found over all rows, whether or not a row will be skipped,
 * so skipping reports exactly what a strict import would have refused.
 */
import type { Message } from '../i18n/translate'
import type { EdgeKind } from '../model/schema'
import { splitList } from './cellValues'
import type { ColumnMap } from './columns'
import { titleKey, type TableRow } from './tableRow'

/** A connection between two rows, by row number. */
export interface RowLink {
  from: number
  to: number
  kind: EdgeKind
}

export interface LinkCheck {
  /** Problems, each with its row number and column. */
  problems: Message[]
  /** Rows each row leads to, first = main path; absent = the row named nobody valid. */
  targets: Map<number, number[]>
}

/** Finds duplicate titles, `next` entries that are unknown, the row itself or the start, and main paths that loop. */
export function checkRowLinks(rows: readonly TableRow[], columns: ColumnMap): LinkCheck {
  const problems: Message[] = []
  const report = (row: number, key: Message['key'], column: 'touchpoint' | 'next', params: Record<string, string | number>) =>
    problems.push({ key, params: { row, column: columns[column]?.header ?? column, ...params } })

  const firstRowByTitle = new Map<string, number>()
  for (const row of rows) {
    const key = titleKey(row.fields.title)
    if (key === '') continue
    const first = firstRowByTitle.get(key)
    if (first === undefined) firstRowByTitle.set(key, row.rowNumber)
    else report(row.rowNumber, 'import.duplicateTitle', 'touchpoint', { value: row.fields.title, firstRow: first })
  }

  // The main path starts at the touchpoint no connection enters (mainPath.ts), so nothing may lead back to the first row.
  const startRow = rows[0]?.rowNumber
  const targets = new Map<number, number[]>()
  rows.forEach((row, index) => {
    if (row.next === '') {
      const following = rows[index + 1]
      if (following) targets.set(row.rowNumber, [following.rowNumber])
      return
    }
    const ownKey = titleKey(row.fields.title)
    const named: number[] = []
    for (const title of namedTitles(row.next, firstRowByTitle)) {
      const key = titleKey(title)
      const target = firstRowByTitle.get(key)
      if (key === ownKey) report(row.rowNumber, 'import.selfNext', 'next', { value: title })
      else if (target === undefined) report(row.rowNumber, 'import.unknownNext', 'next', { value: title })
      else if (target === startRow) report(row.rowNumber, 'import.nextIsStart', 'next', { value: title, startRow })
      else if (!named.includes(target)) named.push(target)
    }
    if (named.length > 0) targets.set(row.rowNumber, named)
  })

  // The main path must end somewhere: follow main links in row order and refuse the one that closes a loop.
  const mainNext = new Map<number, number>()
  for (const row of rows) {
    const target = targets.get(row.rowNumber)?.[0]
    if (target === undefined) continue
    if (leadsTo(mainNext, target, row.rowNumber)) {
      const title = rows.find((candidate) => candidate.rowNumber === target)?.fields.title ?? ''
      report(row.rowNumber, 'import.mainPathLoop', 'next', { value: title })
    } else {
      mainNext.set(row.rowNumber, target)
    }
  }

  return { problems, targets }
}

/**
 * The links among the imported rows (in file order); links to dropped rows are left out. When the
 * first row was dropped, links into the new first row are left out too: it must stay the start.
 */
export function linksAmong(targets: Map<number, number[]>, keptInOrder: readonly number[]): RowLink[] {
  const kept = new Set(keptInOrder)
  const start = keptInOrder[0]
  const links: RowLink[] = []
  for (const [from, to] of targets) {
    if (!kept.has(from)) continue
    to.forEach((target, index) => {
      if (kept.has(target) && target !== start) links.push({ from, to: target, kind: index === 0 ? 'main' : 'alternative' })
    })
  }
  return links
}

/** A cell that is exactly one known title is that title, even if it contains a separator. */
function namedTitles(cell: string, known: ReadonlyMap<string, number>): string[] {
  return known.has(titleKey(cell)) ? [cell] : splitList(cell)
}

/** Whether following main links from `start` reaches `goal`. */
function leadsTo(mainNext: ReadonlyMap<number, number>, start: number, goal: number): boolean {
  const seen = new Set<number>()
  for (let at: number | undefined = start; at !== undefined && !seen.has(at); at = mainNext.get(at)) {
    if (at === goal) return true
    seen.add(at)
  }
  return false
}
