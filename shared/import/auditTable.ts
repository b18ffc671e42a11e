/**
 * Audit import (docs/file-format.md §7): long format, one row per indicator score of an audit
 * (检查编号 × 指标). Indicators are named as in their scorecard; a `scorecard` column says which
 * scorecard when names repeat across scorecards (without it, the audit's post may tell them apart).
 * Every row of one audit must agree on scorecard, date, store, post, auditor and source. Scores are
 * read on the indicator's scale (`parseAnswer`: yes/no and 是/否, numbers; blank, `N/A`, `不适用` =
 * not applicable). Built for 100,000 rows: lookups are maps, repeated cells are parsed once.
 */
import type { Message, MessageKey } from '../i18n/translate'
import type { JourneyDocument, Locale } from '../model/schema'
import { AuditSchema, ScoreSchema, type Audit, type Indicator, type Score, type Scorecard } from '../model/scorecard'
import { parseAnswer } from '../scoring/normalise'
import { AUDIT_COLUMNS, auditSourceOf, REQUIRED_AUDIT_COLUMNS, type AuditColumnId, type AuditSource } from './auditColumns'
import { cellReader, dataRows, isEmptyTable, listed, matchSheetHeaders, parseDateCell, RowProblems, writtenIdOk } from './sheet'
import { titleKey } from './tableRow'
import type { RawTable } from './touchpointTable'

const LIMITS = {
  store: AuditSchema.shape.store.maxLength ?? 200,
  post: AuditSchema.shape.post.maxLength ?? 100,
  auditor: AuditSchema.shape.auditor.maxLength ?? 100,
  comment: ScoreSchema.shape.comment.maxLength ?? 2000,
}

/** The scorecards and indicators audits are read against (the journey's). */
export type ScorecardDesign = Pick<JourneyDocument, 'scorecards' | 'indicators'>

export interface AuditImportOptions {
  /** Import the clean audits and list the problems instead of refusing the whole file. */
  skipBadRows: boolean
}

export type AuditImportResult =
  | { ok: true; audits: Audit[]; scores: Score[]; skipped: Message[] }
  | { ok: false; problems: Message[] }

/** The audit-level values a row may state; a blank cell states nothing. */
type Stated = 'date' | 'store' | 'post' | 'auditor' | 'source'
const STATED: readonly Stated[] = ['date', 'store', 'post', 'auditor', 'source']

/** One audit as its rows build it: the first stated value of each audit-level column, and where. */
interface AuditGroup {
  id: string
  firstRow: number
  scorecard: Scorecard | null
  scorecardRow: number
  stated: Partial<Record<Stated, { value: string; key: string; row: number }>>
  rows: number[]
  /** Indicator id → row that scored it. */
  scored: Map<string, number>
  scores: Score[]
}

/** Lookups built once per import. */
class DesignIndex {
  readonly scorecardsByName = new Map<string, Scorecard[]>()
  readonly indicatorsByName = new Map<string, Indicator[]>()
  readonly indicatorsByScorecard = new Map<string, Map<string, Indicator>>()

  constructor(design: ScorecardDesign) {
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key)
      if (list) list.push(value)
      else map.set(key, [value])
    }
    for (const scorecard of Object.values(design.scorecards)) push(this.scorecardsByName, titleKey(scorecard.name), scorecard)
    for (const indicator of Object.values(design.indicators)) {
      if (!design.scorecards[indicator.scorecardId]) continue
      const key = titleKey(indicator.name)
      push(this.indicatorsByName, key, indicator)
      let own = this.indicatorsByScorecard.get(indicator.scorecardId)
      if (!own) this.indicatorsByScorecard.set(indicator.scorecardId, (own = new Map()))
      if (!own.has(key)) own.set(key, indicator)
    }
  }
}

/** A string-keyed memo: spreadsheets repeat the same few dates, names and answers many times. */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    let value = cache.get(text)
    if (value === undefined && !cache.has(text)) {
      value = read(text)
      cache.set(text, value)
    }
    return value as T
  }
}

/**
 * Reads an audit sheet against the journey's scorecards. Returns every problem at once; with
 * `skipBadRows` an audit with any bad row is left out whole (a partial audit would give a wrong
 * index, and would replace a complete one already in the file), and says so. Audits come out in
 * order of first appearance, scores in row order; indicators an audit does not list are simply
 * unanswered.
 *
 * @example
 * importAuditTable(table, doc, 'en', { skipBadRows: false })
 * // → { ok: true, audits: [{ id: 'A-0001', scorecardId, date: '2025-03-14', … }], scores: [{ auditId: 'A-0001', indicatorId, value: 1, comment: '' }, …], skipped: [] }
 */
export function importAuditTable(table: RawTable, design: ScorecardDesign, locale: Locale, options: AuditImportOptions): AuditImportResult {
  if (isEmptyTable(table)) return { ok: false, problems: [{ key: 'scorecardImport.empty' }] }
  const header = matchSheetHeaders(table.headers, AUDIT_COLUMNS, REQUIRED_AUDIT_COLUMNS, locale)
  if (!header.ok) return { ok: false, problems: header.problems }
  const rows = dataRows(table)
  if (rows.length === 0) return { ok: false, problems: [{ key: 'scorecardImport.empty' }] }
  const { columns } = header
  const cell = cellReader(columns)
  const problems = new RowProblems(columns)
  const index = new DesignIndex(design)
  const readDate = memo(parseDateCell)
  const readKey = memo(titleKey)
  const readSource = memo(auditSourceOf)
  const groups = new Map<string, AuditGroup>()
  const badDates = new Set<number>()

  for (const { cells, rowNumber } of rows) {
    const report = (key: MessageKey, column: AuditColumnId, params: Record<string, string | number> = {}) =>
      problems.report(rowNumber, key, column, params)
    const text = (column: keyof typeof LIMITS): string => {
      const value = cell(cells, column).trim()
      if (value.length > LIMITS[column]) report('import.tooLong', column, { max: LIMITS[column] })
      return value
    }

    const auditId = cell(cells, 'audit').trim()
    const auditIdOk = writtenIdOk(auditId, (key, params) => report(key, 'audit', params))
    const dateText = cell(cells, 'date').trim()
    // A blank date is fine while another row of the audit gives it (checked after the last row).
    const date = dateText === '' ? null : readDate(dateText)
    if (dateText !== '' && date === null) {
      report('scorecardImport.badDate', 'date', { value: dateText })
      badDates.add(rowNumber)
    }
    const store = text('store')
    const post = text('post')
    const auditor = text('auditor')
    const comment = text('comment')
    const sourceText = cell(cells, 'source').trim()
    const source = sourceText === '' ? '' : readSource(sourceText)
    if (source === null) report('scorecardImport.badSource', 'source', { value: sourceText })

    const known = auditId === '' ? undefined : groups.get(auditId)
    // The scorecard: named in its column, or found through the indicator.
    const scorecardText = cell(cells, 'scorecard').trim()
    let scorecard: Scorecard | null = null
    let scorecardKnown = true
    if (scorecardText !== '') {
      const named = index.scorecardsByName.get(readKey(scorecardText)) ?? []
      if (named.length === 1) scorecard = named[0]!
      else {
        scorecardKnown = false
        report(named.length === 0 ? 'scorecardImport.unknownScorecard' : 'scorecardImport.ambiguousScorecard', 'scorecard', { value: scorecardText })
      }
    }
    const indicatorText = cell(cells, 'indicator').trim()
    let indicator: Indicator | null = null
    if (indicatorText === '') report('scorecardImport.requiredEmpty', 'indicator')
    else if (scorecard) {
      indicator = index.indicatorsByScorecard.get(scorecard.id)?.get(readKey(indicatorText)) ?? null
      if (!indicator) report('scorecardImport.unknownIndicatorIn', 'indicator', { value: indicatorText, scorecard: scorecard.name })
    } else if (scorecardKnown) {
      let candidates = index.indicatorsByName.get(readKey(indicatorText)) ?? []
      // A name several scorecards use: the audit's scorecard (from its earlier rows), else its post, may decide.
      if (candidates.length > 1 && known?.scorecard) {
        const ofAudit = candidates.filter((candidate) => candidate.scorecardId === known.scorecard!.id)
        if (ofAudit.length === 1) candidates = ofAudit
      }
      const auditPost = post !== '' ? post : (known?.stated.post?.value ?? '')
      if (candidates.length > 1 && auditPost !== '') {
        const postKey = readKey(auditPost)
        const samePost = candidates.filter((candidate) => readKey(design.scorecards[candidate.scorecardId]!.post) === postKey)
        if (samePost.length === 1) candidates = samePost
      }
      if (candidates.length === 1) {
        indicator = candidates[0]!
        scorecard = design.scorecards[indicator.scorecardId]!
      } else if (candidates.length === 0) report('scorecardImport.unknownIndicator', 'indicator', { value: indicatorText })
      else {
        const scorecards = [...new Set(candidates.map((candidate) => design.scorecards[candidate.scorecardId]!.name))].join(', ')
        report('scorecardImport.ambiguousIndicator', 'indicator', { value: indicatorText, scorecards })
      }
    }

    let value: number | null = null
    if (indicator) {
      const scoreText = cell(cells, 'score')
      const answer = parseAnswer(scoreText, indicator.scale)
      if (answer.ok) value = answer.value
      else {
        const key = ANSWER_PROBLEMS[answer.problem.key] ?? 'scorecardImport.scoreNotNumber'
        const { min, max } = indicator.scale.kind === 'range' ? indicator.scale : { min: 0, max: 1 }
        report(key, 'score', { value: scoreText.trim(), indicator: indicator.name, min, max })
      }
    }

    // A row without a usable audit number belongs to no audit; its own problems list it.
    if (!auditIdOk) continue
    let group = groups.get(auditId)
    if (!group) {
      group = { id: auditId, firstRow: rowNumber, scorecard: null, scorecardRow: rowNumber, stated: {}, rows: [], scored: new Map(), scores: [] }
      groups.set(auditId, group)
    }
    const values: Record<Stated, string> = { date: date ?? '', store, post, auditor, source: source ?? '' }
    checkAgainstAudit(group, rowNumber, values, scorecard, scorecardText, readKey, problems)
    group.rows.push(rowNumber)
    if (indicator) {
      const firstRow = group.scored.get(indicator.id)
      if (firstRow !== undefined) report('scorecardImport.duplicateScore', 'indicator', { audit: auditId, value: indicatorText, firstRow })
      else group.scored.set(indicator.id, rowNumber)
      group.scores.push({ auditId, indicatorId: indicator.id, value, comment })
    }
  }

  for (const group of groups.values()) {
    if (!group.stated.date && !group.rows.some((row) => badDates.has(row))) {
      problems.report(group.firstRow, 'scorecardImport.requiredEmpty', 'date')
    }
  }
  if (problems.messages.length > 0 && !options.skipBadRows) return { ok: false, problems: listed(problems.messages) }
  const audits: Audit[] = []
  const scores: Score[] = []
  for (const group of groups.values()) {
    const badRows = group.rows.filter((row) => problems.badRows.has(row))
    if (badRows.length === 0) {
      audits.push(auditOf(group))
      for (const score of group.scores) scores.push(score)
    } else if (badRows.length < group.rows.length) {
      problems.report(group.firstRow, 'scorecardImport.auditSkipped', 'audit', { audit: group.id, rows: group.rows.length })
    }
  }
  const skipped = listed(problems.messages)
  if (audits.length === 0) return { ok: false, problems: skipped }
  return { ok: true, audits, scores, skipped }
}

/** `parseAnswer`'s problems → the row-level messages (which add row, column, value and indicator). */
const ANSWER_PROBLEMS: Readonly<Record<string, MessageKey>> = {
  'scoring.answerNotYesNo': 'scorecardImport.scoreNotYesNo',
  'scoring.answerNotNumber': 'scorecardImport.scoreNotNumber',
  'scoring.answerOutOfRange': 'scorecardImport.scoreOutOfRange',
}

/**
 * Checks a row against the audit's earlier rows: one scorecard, and for date, store, post, auditor
 * and source the first value stated (blank cells state nothing, so merged cells are fine).
 */
function checkAgainstAudit(
  group: AuditGroup,
  row: number,
  values: Record<Stated, string>,
  scorecard: Scorecard | null,
  scorecardText: string,
  keyOf: (text: string) => string,
  problems: RowProblems<AuditColumnId>,
): void {
  if (scorecard) {
    if (!group.scorecard) {
      group.scorecard = scorecard
      group.scorecardRow = row
    } else if (group.scorecard.id !== scorecard.id) {
      problems.report(row, 'scorecardImport.auditOtherScorecard', scorecardText !== '' ? 'scorecard' : 'indicator', {
        audit: group.id,
        scorecard: scorecard.name,
        first: group.scorecard.name,
        firstRow: group.scorecardRow,
      })
    }
  }
  for (const column of STATED) {
    const value = values[column]
    if (value === '') continue
    const key = keyOf(value)
    const first = group.stated[column]
    if (!first) group.stated[column] = { value, key, row }
    else if (first.key !== key) {
      problems.report(row, 'scorecardImport.auditConflict', column, { audit: group.id, value, first: first.value, firstRow: first.row })
    }
  }
}

/** The audit of a clean group: the post defaults to its scorecard's, the source to an audit. */
function auditOf(group: AuditGroup): Audit {
  const { stated } = group
  return {
    id: group.id,
    scorecardId: group.scorecard!.id,
    date: stated.date!.value,
    store: stated.store?.value ?? '',
    post: stated.post?.value ?? group.scorecard!.post,
    auditor: stated.auditor?.value ?? '',
    source: (stated.source?.value as AuditSource | undefined) ?? 'audit',
    comment: '',
  }
}
