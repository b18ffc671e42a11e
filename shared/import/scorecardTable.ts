/**
 * Scorecard import (docs/file-format.md §6): one row per indicator, grouped into scorecards by the
 * `scorecard` column. A scorecard is two-level when any of its rows gives a dimension weight, flat
 * otherwise. Blank `scorecard` and `dimension` cells repeat the row above (what merged cells become
 * in CSV). Touchpoints are named by title and must exist in the journey. Every problem names its row
 * and column; the caller refuses the file or, if the user agreed, leaves out the bad rows.
 */
import type { Message, MessageKey } from '../i18n/translate'
import { newId } from '../model/ids'
import { sequentialKeys } from '../model/order'
import type { JourneyDocument, Locale, ServqualDimension } from '../model/schema'
import { IndicatorSchema, ScorecardSchema, type Indicator, type Scale, type Scorecard } from '../model/scorecard'
import { parseScaleText } from '../scoring/normalise'
import { parseWeight } from '../scoring/weights'
import { readServqual, splitList } from './cellValues'
import { cellReader, dataRows, isEmptyTable, listed, matchSheetHeaders, RowProblems, type SheetColumn } from './sheet'
import { titleKey } from './tableRow'
import type { RawTable } from './touchpointTable'

export const SCORECARD_COLUMN_IDS = [
  'scorecard',
  'post',
  'dimension',
  'dimensionWeight',
  'indicator',
  'description',
  'weight',
  'scale',
  'touchpoints',
] as const
export type ScorecardColumnId = (typeof SCORECARD_COLUMN_IDS)[number]

/** The columns of the scorecard sheet, English / Chinese, with further accepted spellings. */
export const SCORECARD_COLUMNS: Readonly<Record<ScorecardColumnId, SheetColumn>> = {
  scorecard: { header: { en: 'scorecard', 'zh-CN': '考核表' }, aliases: ['scorecard name', '考核表名称', '满意度考核表'] },
  post: { header: { en: 'post', 'zh-CN': '岗位' }, aliases: ['role', '服务岗位'] },
  dimension: { header: { en: 'dimension', 'zh-CN': '维度' }, aliases: ['servqual', 'servqual dimension', '服务质量维度'] },
  dimensionWeight: { header: { en: 'dimension_weight', 'zh-CN': '维度权重' }, aliases: ['dimension weight'] },
  indicator: { header: { en: 'indicator', 'zh-CN': '指标' }, aliases: ['考核指标', '指标名称'] },
  description: { header: { en: 'description', 'zh-CN': '指标说明' }, aliases: ['说明'] },
  weight: { header: { en: 'weight', 'zh-CN': '权重' }, aliases: ['indicator weight', '指标权重', '权数'] },
  scale: { header: { en: 'scale', 'zh-CN': '评分标准' }, aliases: ['评分方式', '量表'] },
  touchpoints: { header: { en: 'touchpoints', 'zh-CN': '关联接触点' }, aliases: ['touchpoint', '接触点'] },
}

const REQUIRED: readonly ScorecardColumnId[] = ['indicator', 'dimension', 'weight', 'scale']

/** The most indicators a scorecard may have (the `addScorecard` command's limit). */
export const MAX_INDICATORS_PER_SCORECARD = 500

const LIMITS = {
  scorecard: ScorecardSchema.shape.name.maxLength ?? 200,
  post: ScorecardSchema.shape.post.maxLength ?? 100,
  indicator: IndicatorSchema.shape.name.maxLength ?? 300,
  description: IndicatorSchema.shape.description.maxLength ?? 5000,
}

export interface ScorecardImportOptions {
  /** Import the good rows and list the bad ones instead of refusing the whole file. */
  skipBadRows: boolean
  /** The scorecard's name when the sheet has no `scorecard` column (usually the file name). */
  name?: string
}

export type ScorecardImportResult =
  | { ok: true; scorecards: Scorecard[]; indicators: Indicator[]; skipped: Message[] }
  | { ok: false; problems: Message[] }

/** One row as read, whether or not it has problems (later rows are checked against it). */
interface ReadRow {
  rowNumber: number
  scorecardName: string
  post: string
  dimension: ServqualDimension | null
  dimensionWeight: number | null
  dimensionWeightText: string
  name: string
  description: string
  weight: number | null
  scale: Scale | null
  touchpointIds: string[]
}

interface Group {
  name: string
  rows: ReadRow[]
  post: { value: string; row: number } | null
  dimensionWeights: Map<ServqualDimension, { value: number; text: string; row: number }>
  indicatorRows: Map<string, number>
}

/**
 * Reads a scorecard sheet into new scorecards and indicators (fresh ids, sort keys in sheet order),
 * resolving touchpoint titles against `journey`. Returns every problem at once; with `skipBadRows`
 * the rows that have one are left out (a scorecard left without rows is not created).
 *
 * @example
 * importScorecardTable(table, doc, 'zh-CN', { skipBadRows: false })
 * // → { ok: true, scorecards: [{ name: '导购考核表', weighting: 'twoLevel', dimensionWeights: { tangibles: 15, … } }], indicators: [...], skipped: [] }
 */
export function importScorecardTable(
  table: RawTable,
  journey: Pick<JourneyDocument, 'touchpoints'>,
  locale: Locale,
  options: ScorecardImportOptions,
): ScorecardImportResult {
  if (isEmptyTable(table)) return { ok: false, problems: [{ key: 'scorecardImport.empty' }] }
  const header = matchSheetHeaders(table.headers, SCORECARD_COLUMNS, REQUIRED, locale)
  if (!header.ok) return { ok: false, problems: header.problems }
  const rows = dataRows(table)
  if (rows.length === 0) return { ok: false, problems: [{ key: 'scorecardImport.empty' }] }
  const { columns } = header
  const fallbackName = options.name?.trim().slice(0, LIMITS.scorecard) ?? ''
  if (!columns.scorecard && fallbackName === '') return { ok: false, problems: [{ key: 'scorecardImport.noScorecardName' }] }

  const cell = cellReader(columns)
  const problems = new RowProblems(columns)
  const touchpoints = touchpointsByTitle(journey)
  const groups = new Map<string, Group>()
  let previous: ReadRow | undefined

  for (const { cells, rowNumber } of rows) {
    const report = (key: MessageKey, column: ScorecardColumnId, params: Record<string, string | number> = {}) =>
      problems.report(rowNumber, key, column, params)
    const text = (column: keyof typeof LIMITS): string => {
      const value = cell(cells, column).trim()
      if (value.length > LIMITS[column]) report('import.tooLong', column, { max: LIMITS[column] })
      return value
    }

    // Blank scorecard and dimension cells repeat the row above (merged cells saved as CSV).
    let scorecardName = columns.scorecard ? cell(cells, 'scorecard').trim() : fallbackName
    if (scorecardName === '' && previous) scorecardName = previous.scorecardName
    // Checked after inheriting: a row under an over-long name belongs to a scorecard that can't be kept.
    if (scorecardName === '') report('scorecardImport.requiredEmpty', 'scorecard')
    else if (scorecardName.length > LIMITS.scorecard) report('import.tooLong', 'scorecard', { max: LIMITS.scorecard })
    const sameScorecard = previous !== undefined && titleKey(previous.scorecardName) === titleKey(scorecardName)

    const dimensionText = cell(cells, 'dimension').trim()
    let dimension: ServqualDimension | null = null
    if (dimensionText === '') {
      if (sameScorecard && previous!.dimension) dimension = previous!.dimension
      else report('scorecardImport.requiredEmpty', 'dimension')
    } else {
      const read = readServqual(dimensionText)
      if (read.dimensions.length === 1 && read.unknown.length === 0) dimension = read.dimensions[0]!
      else report('scorecardImport.badDimension', 'dimension', { value: dimensionText })
    }

    const dimensionWeightText = cell(cells, 'dimensionWeight').trim()
    const dimensionWeight = dimensionWeightText === '' ? null : parseWeight(dimensionWeightText)
    if (dimensionWeightText !== '' && dimensionWeight === null) report('scorecardImport.badWeight', 'dimensionWeight', { value: dimensionWeightText })

    const name = text('indicator')
    if (name === '') report('scorecardImport.requiredEmpty', 'indicator')
    const weightText = cell(cells, 'weight').trim()
    const weight = weightText === '' ? null : parseWeight(weightText)
    if (weightText === '') report('scorecardImport.requiredEmpty', 'weight')
    else if (weight === null) report('scorecardImport.badWeight', 'weight', { value: weightText })
    const scaleText = cell(cells, 'scale').trim()
    const scale = scaleText === '' ? null : parseScaleText(scaleText)
    if (scaleText === '') report('scorecardImport.requiredEmpty', 'scale')
    else if (scale === null) report('scorecardImport.badScale', 'scale', { value: scaleText })

    const touchpointIds: string[] = []
    for (const title of splitList(cell(cells, 'touchpoints'))) {
      const found = touchpoints.get(titleKey(title)) ?? []
      if (found.length === 0) report('scorecardImport.unknownTouchpoint', 'touchpoints', { value: title })
      else if (found.length > 1) report('scorecardImport.ambiguousTouchpoint', 'touchpoints', { value: title })
      else if (!touchpointIds.includes(found[0]!)) touchpointIds.push(found[0]!)
    }

    const row: ReadRow = {
      rowNumber,
      scorecardName,
      post: text('post'),
      dimension,
      dimensionWeight,
      dimensionWeightText,
      name,
      description: text('description'),
      weight,
      scale,
      touchpointIds,
    }
    previous = row
    if (scorecardName !== '') checkAgainstScorecard(row, groups, problems)
  }

  const messages = listed(problems.messages)
  if (messages.length > 0 && !options.skipBadRows) return { ok: false, problems: messages }
  const built = buildScorecards([...groups.values()], problems.badRows)
  if (built.scorecards.length === 0) return { ok: false, problems: messages }
  return { ok: true, ...built, skipped: messages }
}

/** Titles (compared as people read them) → the ids of the journey's touchpoints with that title. */
function touchpointsByTitle(journey: Pick<JourneyDocument, 'touchpoints'>): Map<string, string[]> {
  const byTitle = new Map<string, string[]>()
  for (const touchpoint of Object.values(journey.touchpoints)) {
    const key = titleKey(touchpoint.title)
    const ids = byTitle.get(key)
    if (ids) ids.push(touchpoint.id)
    else byTitle.set(key, [touchpoint.id])
  }
  return byTitle
}

/**
 * Adds the row to its scorecard and checks it against the scorecard's earlier rows (bad ones too,
 * so skipping reports exactly what a strict import refuses): one post per scorecard, one weight per
 * dimension, each indicator name once, at most {@link MAX_INDICATORS_PER_SCORECARD} indicators.
 */
function checkAgainstScorecard(row: ReadRow, groups: Map<string, Group>, problems: RowProblems<ScorecardColumnId>): void {
  const key = titleKey(row.scorecardName)
  let group = groups.get(key)
  if (!group) {
    group = { name: row.scorecardName, rows: [], post: null, dimensionWeights: new Map(), indicatorRows: new Map() }
    groups.set(key, group)
  }
  group.rows.push(row)
  const scorecard = group.name
  if (row.post !== '') {
    if (!group.post) group.post = { value: row.post, row: row.rowNumber }
    else if (titleKey(group.post.value) !== titleKey(row.post)) {
      problems.report(row.rowNumber, 'scorecardImport.postConflict', 'post', { scorecard, first: group.post.value, firstRow: group.post.row })
    }
  }
  if (row.dimension && row.dimensionWeight !== null) {
    const first = group.dimensionWeights.get(row.dimension)
    if (!first) group.dimensionWeights.set(row.dimension, { value: row.dimensionWeight, text: row.dimensionWeightText, row: row.rowNumber })
    else if (Math.abs(first.value - row.dimensionWeight) > 1e-9) {
      problems.report(row.rowNumber, 'scorecardImport.dimensionWeightConflict', 'dimensionWeight', {
        value: row.dimensionWeightText,
        first: first.text,
        firstRow: first.row,
        scorecard,
      })
    }
  }
  if (row.name !== '') {
    const nameKey = titleKey(row.name)
    const firstRow = group.indicatorRows.get(nameKey)
    if (firstRow !== undefined) problems.report(row.rowNumber, 'scorecardImport.duplicateIndicator', 'indicator', { value: row.name, scorecard, firstRow })
    else group.indicatorRows.set(nameKey, row.rowNumber)
  }
  if (group.rows.length === MAX_INDICATORS_PER_SCORECARD + 1) {
    problems.report(row.rowNumber, 'scorecardImport.tooManyIndicators', 'indicator', { scorecard, max: MAX_INDICATORS_PER_SCORECARD })
  }
}

/** The scorecards of the kept rows, in order of first appearance; their indicators in row order. */
function buildScorecards(groups: readonly Group[], badRows: ReadonlySet<number>): { scorecards: Scorecard[]; indicators: Indicator[] } {
  const kept = groups.map((group) => ({ group, rows: group.rows.filter((row) => !badRows.has(row.rowNumber)) })).filter(({ rows }) => rows.length > 0)
  const scorecardKeys = sequentialKeys(kept.length)
  const scorecards: Scorecard[] = []
  const indicators: Indicator[] = []
  kept.forEach(({ group, rows }, index) => {
    const dimensionWeights: Partial<Record<ServqualDimension, number>> = {}
    for (const row of rows) {
      if (row.dimension && row.dimensionWeight !== null && dimensionWeights[row.dimension] === undefined) dimensionWeights[row.dimension] = row.dimensionWeight
    }
    const twoLevel = Object.keys(dimensionWeights).length > 0
    const scorecard: Scorecard = {
      id: newId('sc'),
      name: group.name,
      post: rows.find((row) => row.post !== '')?.post ?? '',
      weighting: twoLevel ? 'twoLevel' : 'flat',
      dimensionWeights: twoLevel ? dimensionWeights : {},
      description: '',
      sortKey: scorecardKeys[index]!,
    }
    scorecards.push(scorecard)
    const indicatorKeys = sequentialKeys(rows.length)
    rows.forEach((row, position) => {
      indicators.push({
        id: newId('in'),
        scorecardId: scorecard.id,
        name: row.name,
        description: row.description,
        dimension: row.dimension!,
        weight: row.weight!,
        scale: row.scale!,
        touchpointIds: row.touchpointIds,
        sortKey: indicatorKeys[position]!,
      })
    })
  })
  return { scorecards, indicators }
}
