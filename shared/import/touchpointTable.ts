/**
 * Spreadsheet import: one row per touchpoint (the sheet workshop teams already keep) becomes a
 * journey. Every bad cell is reported with its row and column; the caller either refuses the file
 * or, if the user agreed, imports the good rows and lists the skipped ones.
 */
import type { Message } from '../i18n/translate'
import { validateJourney } from '../journey/validate'
import { createJourney, makeStages, makeTouchpoint } from '../model/factory'
import { newId } from '../model/ids'
import { bySortKey, sequentialKeys } from '../model/order'
import { JourneyMetaSchema, type Edge, type JourneyDocument, type Locale } from '../model/schema'
import { matchHeaders } from './columns'
import { withArrangedCells } from '../canvas/arrange'
import { checkRowLinks, linksAmong } from './rowLinks'
import { readTableRow, titleKey, type TableRow } from './tableRow'

/** A sheet as text: the header row, then the data rows (spreadsheet row = index + 2). */
export interface RawTable {
  headers: string[]
  rows: string[][]
}

export interface TableImportOptions {
  /** Import the good rows and report the bad ones instead of refusing the whole file. */
  skipBadRows: boolean
  /** The journey's title, usually the file name; the localized "untitled" when absent or blank. */
  title?: string
}

export type TableImportResult =
  | { ok: true; doc: JourneyDocument; skipped: Message[] }
  | { ok: false; problems: Message[] }

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '')

/**
 * Turns a touchpoint table into a journey (column spec: see `columns.ts` and the import issue).
 * Returns every problem at once; with `skipBadRows` the rows that have one are left out instead.
 */
export function importTouchpointTable(table: RawTable, locale: Locale, options: TableImportOptions): TableImportResult {
  const dataRows = table.rows
    .map((cells, index) => ({ cells, rowNumber: index + 2 }))
    .filter(({ cells }) => !isBlank(cells))
  if (isBlank(table.headers) && dataRows.length === 0) return { ok: false, problems: [{ key: 'import.empty' }] }
  const header = matchHeaders(table.headers, locale)
  if (!header.ok) return { ok: false, problems: header.problems }
  if (dataRows.length === 0) return { ok: false, problems: [{ key: 'import.empty' }] }

  const read = dataRows.map(({ cells, rowNumber }) => readTableRow(cells, rowNumber, header.columns))
  const rows = read.map((result) => result.row)
  const links = checkRowLinks(rows, header.columns)
  const problems = byRow([...read.flatMap((result) => result.problems), ...links.problems])
  if (problems.length > 0 && !options.skipBadRows) return { ok: false, problems }

  const badRows = new Set(problems.map(rowOf))
  const kept = rows.filter((row) => !badRows.has(row.rowNumber))
  if (kept.length === 0) return { ok: false, problems }

  const doc = buildJourney(kept, linksAmong(links.targets, kept.map((row) => row.rowNumber)), locale, options.title)
  // The checks above should make this impossible; if not, refuse rather than hand over a broken journey.
  const integrity = validateJourney(doc).map((problem) => problem.message)
  if (integrity.length > 0) return { ok: false, problems: integrity }
  return { ok: true, doc, skipped: problems }
}

function rowOf(message: Message): number {
  return Number(message.params?.row ?? 0)
}

/** Messages in row order; within a row, in the order found (left to right, then links). */
function byRow(messages: Message[]): Message[] {
  return messages.sort((a, b) => rowOf(a) - rowOf(b))
}

/** The title to use, or undefined so the factory picks the localized "untitled". */
function journeyTitle(title: string | undefined): string | undefined {
  const trimmed = title?.trim() ?? ''
  return trimmed === '' ? undefined : trimmed.slice(0, JourneyMetaSchema.shape.title.maxLength ?? 200)
}

/** The journey of the kept rows: stages in order of first appearance, the four standard lanes. */
function buildJourney(
  rows: readonly TableRow[],
  links: ReturnType<typeof linksAmong>,
  locale: Locale,
  title: string | undefined,
): JourneyDocument {
  const doc = createJourney({ locale, title: journeyTitle(title), bare: true })

  const stageNames = new Map<string, string>()
  for (const row of rows) {
    const key = titleKey(row.stageName)
    if (!stageNames.has(key)) stageNames.set(key, row.stageName)
  }
  doc.stages = makeStages([...stageNames.values()])
  const stages = bySortKey(Object.values(doc.stages))
  const stageIndexByKey = new Map(stages.map((stage, index) => [titleKey(stage.name), index]))
  const laneIdByKind = new Map(Object.values(doc.lanes).map((lane) => [lane.kind, lane.id]))

  const stageIndexOf = (row: (typeof rows)[number]) => stageIndexByKey.get(titleKey(row.stageName)) ?? 0
  const sortKeys = sequentialKeys(rows.length)
  const idByRow = new Map<number, string>()
  rows.forEach((row, index) => {
    const touchpoint = makeTouchpoint({
      ...row.fields,
      stageId: stages[stageIndexOf(row)]!.id,
      laneId: laneIdByKind.get(row.laneKind)!,
      sortKey: sortKeys[index]!,
    })
    doc.touchpoints[touchpoint.id] = touchpoint
    idByRow.set(row.rowNumber, touchpoint.id)
  })

  const edgeKeys = sequentialKeys(links.length)
  links.forEach((link, index) => {
    const edge: Edge = {
      id: newId('ed'),
      sourceId: idByRow.get(link.from)!,
      targetId: idByRow.get(link.to)!,
      kind: link.kind,
      label: '',
      sortKey: edgeKeys[index]!,
    }
    doc.edges[edge.id] = edge
  })
  return withArrangedCells(doc)
}
