/** Terse tables and lookups for the spreadsheet-import tests. */
import { expect } from 'vitest'
import type { Message } from '../../../../shared/i18n/translate'
import { importTouchpointTable, type RawTable } from '../../../../shared/import/touchpointTable'
import { bySortKey } from '../../../../shared/model/order'
import type { JourneyDocument, Locale, Touchpoint } from '../../../../shared/model/schema'

/** A table from a header row and data rows given as arrays of cells. */
export function table(headers: string[], ...rows: string[][]): RawTable {
  return { headers, rows }
}

/** Imports strictly and fails the test with the problems if the import was refused. */
export function importOk(raw: RawTable, locale: Locale = 'en', skipBadRows = false): { doc: JourneyDocument; skipped: Message[] } {
  const result = importTouchpointTable(raw, locale, { skipBadRows, title: 'Store journey' })
  if (!result.ok) expect.fail(`import refused: ${JSON.stringify(result.problems)}`)
  return result
}

/** The problems of a refused import (fails the test if it was accepted). */
export function importProblems(raw: RawTable, locale: Locale = 'en') {
  const result = importTouchpointTable(raw, locale, { skipBadRows: false })
  if (result.ok) expect.fail('import accepted a table with problems')
  return result.problems
}

export function touchpointsInOrder(doc: JourneyDocument): Touchpoint[] {
  return bySortKey(Object.values(doc.touchpoints))
}

export function touchpointNamed(doc: JourneyDocument, title: string): Touchpoint {
  const found = Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === title)
  if (!found) expect.fail(`no touchpoint "${title}"`)
  return found
}

/** Edges as "from → to (kind)" strings, in edge order. */
export function edgeList(doc: JourneyDocument): string[] {
  return bySortKey(Object.values(doc.edges)).map(
    (edge) => `${doc.touchpoints[edge.sourceId]?.title} → ${doc.touchpoints[edge.targetId]?.title} (${edge.kind})`,
  )
}
