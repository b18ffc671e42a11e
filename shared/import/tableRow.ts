/**
 * One data row of the touchpoint spreadsheet → the touchpoint's fields, or a message for every
 * bad cell (row number and the header as the user wrote it), so a whole sheet is fixed in one go.
 */
import { lineFromText, ServiceStandardSchema, standard } from '../model/script'
import type { Message, MessageKey } from '../i18n/translate'
import { StageSchema, TouchpointSchema, type LaneKind, type Touchpoint } from '../model/schema'
import { readEmotion, readImportance, readLane, readMot, readServqual, readYesNo, splitLines, type CellResult } from './cellValues'
import type { ColumnId, ColumnMap } from './columns'

/** Everything a row says about its touchpoint except ids, order and position, which the table decides. */
export type TouchpointFields = Omit<Touchpoint, 'id' | 'stageId' | 'laneId' | 'sortKey' | 'x' | 'y' | 'recoverySteps' | 'phrasesToAvoid'>

export interface TableRow {
  /** The spreadsheet's own row number (header = 1), for messages. */
  rowNumber: number
  stageName: string
  laneKind: LaneKind
  fields: TouchpointFields
  /** The `next` cell, trimmed; empty means the following row continues the path. */
  next: string
}

/**
 * The row read as far as possible, and its problems. A bad row still reports its title, so other
 * rows may name it in `next` and duplicates are found even among rows that will be skipped.
 */
export interface RowResult {
  row: TableRow
  problems: Message[]
}

/** Line limits of `standards` and `scriptLines` (schema.ts `textList`; zod does not expose an array's max). */
const MAX_LINES = 200
const MAX_LINE_LENGTH = ServiceStandardSchema.shape.text.maxLength ?? 2000

/** Text columns and the schema field whose length limit applies. */
const TEXT_LIMITS = {
  stage: StageSchema.shape.name,
  touchpoint: TouchpointSchema.shape.title,
  channel: TouchpointSchema.shape.channel,
  role: TouchpointSchema.shape.role,
  delight: TouchpointSchema.shape.delight,
  risk: TouchpointSchema.shape.risk,
  recovery: TouchpointSchema.shape.recovery,
  expectation: TouchpointSchema.shape.expectation,
  notes: TouchpointSchema.shape.notes,
} as const

/** Reads one row; `cells` may be shorter than the header row (missing cells are empty). Bad cells read as their defaults. */
export function readTableRow(cells: readonly string[], rowNumber: number, columns: ColumnMap): RowResult {
  const problems: Message[] = []
  const report = (key: MessageKey, column: ColumnId, params: Record<string, string | number> = {}) =>
    problems.push({ key, params: { row: rowNumber, column: columns[column]?.header ?? column, ...params } })
  /** Raw cell text of a column; columns absent from the file read as empty. */
  const cell = (column: ColumnId): string => {
    const at = columns[column]
    return at === undefined ? '' : (cells[at.index] ?? '')
  }
  const text = (column: keyof typeof TEXT_LIMITS): string => {
    const value = cell(column).trim()
    const max = TEXT_LIMITS[column].maxLength
    if (max !== null && value.length > max) report('import.tooLong', column, { max })
    return value
  }
  const lines = (column: 'standard' | 'script'): string[] => {
    const value = splitLines(cell(column))
    if (value.length > MAX_LINES) report('import.tooManyLines', column, { max: MAX_LINES })
    if (value.some((line) => line.length > MAX_LINE_LENGTH)) report('import.tooLong', column, { max: MAX_LINE_LENGTH })
    return value
  }
  const read = <T>(column: ColumnId, result: CellResult<T>, badKey: MessageKey, fallback: T): T => {
    if (result.ok) return result.value
    report(badKey, column, { value: result.bad })
    return fallback
  }

  const stageName = text('stage')
  if (stageName === '') report('import.requiredEmpty', 'stage')
  const title = text('touchpoint')
  if (title === '') report('import.requiredEmpty', 'touchpoint')
  const channel = text('channel')
  const role = text('role')
  const laneKind = read('lane', readLane(cell('lane')), 'import.badLane', 'frontstage')
  const mot = read('mot', readMot(cell('mot')), 'import.badMot', { isMot: false, motFamily: null })
  const importance = read('importance', readImportance(cell('importance')), 'import.badImportance', 3)
  const emotion = read('emotion', readEmotion(cell('emotion')), 'import.badEmotion', 0)
  const isPeak = read('peak', readYesNo(cell('peak')), 'import.badYesNo', false)
  const isEnd = read('end', readYesNo(cell('end')), 'import.badYesNo', false)
  const servqual = readServqual(cell('servqual'))
  for (const value of servqual.unknown) report('import.badServqual', 'servqual', { value })
  const standards = lines('standard')
  const scriptLines = lines('script')
  const delight = text('delight')
  const risk = text('risk')
  const recovery = text('recovery')
  const expectation = text('expectation')
  const notes = text('notes')

  return {
    problems,
    row: {
      rowNumber,
      stageName,
      laneKind,
      next: cell('next').trim(),
      fields: {
        title,
        channel,
        role,
        ...mot,
        importance,
        emotion,
        isPeak,
        isEnd,
        servqual: servqual.dimensions,
        standards: standards.map((text) => standard(text)),
        scriptLines: scriptLines.map(lineFromText),
        delight,
        risk,
        recovery,
        expectation,
        notes,
      },
    },
  }
}

/** Compares titles and stage names the way people read them: case, width and spacing ignored. */
export function titleKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}
