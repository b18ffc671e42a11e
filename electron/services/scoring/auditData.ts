/**
 * The scorecard data of a working copy: audits with their scores, customer survey responses and
 * the survey settings, kept in the file's own tables (0002-scorecards) rather than in the document,
 * so 100,000 score rows never travel as a document. Prepared statements, one transaction per write;
 * every write bumps the working copy's revision (the journey shows unsaved changes, and the
 * renderer learns the revision its next edit must build on) and returns it.
 *
 * Readers (the API handlers, the CLI, the scorecard exports) share this one API:
 * - `AuditData.of(workingCopy)`: the instance for a working copy (statements prepared once);
 * - `listAudits`, `getAudit`, `listScores`, `countAudits`: audits and raw scores;
 * - `listSurveyResponses`, `surveySettings`: survey data as `SurveyResponse`s;
 * - `saveAudit`, `deleteAudits`, `replaceAudits`, `replaceSurveyResponses`, `deleteSurveyResponses`,
 *   `setSurveySettings`: writes, each returning the new revision.
 * Computed figures (indices, aggregates, NPS, SERVQUAL) come from `report.ts`.
 */
import type Database from 'better-sqlite3'
import type { Statement } from 'better-sqlite3'
import type { Scale } from '../../../shared/model/scorecard'
import {
  SERVQUAL_ITEM_COUNT,
  SurveySettingsSchema,
  type Audit,
  type Score,
  type SurveyResponse,
  type SurveySettings,
} from '../../../shared/model/scorecard'
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../../../shared/model/schema'
import { isOnScale, scaleLabel } from '../../../shared/scoring/normalise'
import { REVISION_KEY, type WorkingCopy } from '../document/workingCopy'
import { ServiceError } from '../errors'

/** The `survey_setting` key holding the reverse-scored items, a JSON array of item numbers 1–22. */
export const REVERSE_SCORED_ITEMS_KEY = 'reverse_scored_items'

/** What an import did: audits (or responses) written, and how many of them replaced one of the same id. */
export interface ReplaceResult {
  imported: number
  replaced: number
  revision: number
}

const AUDIT_COLUMNS = 'id, scorecard_id AS scorecardId, date, store, post, auditor, source, comment'
const SCORE_COLUMNS = 's.audit_id AS auditId, s.indicator_id AS indicatorId, s.value, s.comment'

const instances = new WeakMap<WorkingCopy, AuditData>()

export class AuditData {
  private readonly db: Database.Database
  private readonly statements: {
    audits: Statement
    auditsOf: Statement
    audit: Statement
    countAudits: Statement
    scores: Statement
    scoresOf: Statement
    scoresOfAudit: Statement
    upsertAudit: Statement
    insertAudit: Statement
    deleteAudit: Statement
    clearScores: Statement
    insertScore: Statement
    scorecardExists: Statement
    indicatorsOf: Statement
    responses: Statement
    answers: Statement
    importance: Statement
    deleteResponse: Statement
    insertResponse: Statement
    insertAnswer: Statement
    insertImportance: Statement
    setting: Statement
    writeSetting: Statement
  }

  private constructor(private readonly workingCopy: WorkingCopy) {
    const db = (this.db = workingCopy.db)
    this.statements = {
      audits: db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit ORDER BY date, id`),
      auditsOf: db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit WHERE scorecard_id = ? ORDER BY date, id`),
      audit: db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit WHERE id = ?`),
      countAudits: db.prepare('SELECT count(*) FROM audit').pluck(),
      scores: db.prepare(`SELECT ${SCORE_COLUMNS} FROM score s`),
      scoresOf: db.prepare(`SELECT ${SCORE_COLUMNS} FROM score s JOIN audit a ON a.id = s.audit_id WHERE a.scorecard_id = ?`),
      scoresOfAudit: db.prepare(
        `SELECT ${SCORE_COLUMNS} FROM score s LEFT JOIN indicator i ON i.id = s.indicator_id WHERE s.audit_id = ? ORDER BY i.sort_key, s.indicator_id`,
      ),
      upsertAudit: db.prepare(`INSERT INTO audit (id, scorecard_id, date, store, post, auditor, source, comment)
        VALUES (@id, @scorecardId, @date, @store, @post, @auditor, @source, @comment)
        ON CONFLICT (id) DO UPDATE SET scorecard_id = excluded.scorecard_id, date = excluded.date, store = excluded.store,
          post = excluded.post, auditor = excluded.auditor, source = excluded.source, comment = excluded.comment`),
      insertAudit: db.prepare('INSERT INTO audit (id, scorecard_id, date, store, post, auditor, source, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      deleteAudit: db.prepare('DELETE FROM audit WHERE id = ?'),
      clearScores: db.prepare('DELETE FROM score WHERE audit_id = ?'),
      insertScore: db.prepare('INSERT INTO score (audit_id, indicator_id, value, comment) VALUES (?, ?, ?, ?)'),
      scorecardExists: db.prepare('SELECT 1 FROM scorecard WHERE id = ?').pluck(),
      indicatorsOf: db.prepare('SELECT id, name, scale_kind AS kind, scale_min AS min, scale_max AS max FROM indicator WHERE scorecard_id = ?'),
      responses: db.prepare('SELECT id, date, store, recommend FROM survey_response ORDER BY date, id'),
      answers: db.prepare('SELECT response_id, item, expectation, perception FROM survey_answer').raw(),
      importance: db.prepare('SELECT response_id, dimension, points FROM survey_importance').raw(),
      deleteResponse: db.prepare('DELETE FROM survey_response WHERE id = ?'),
      insertResponse: db.prepare('INSERT INTO survey_response (id, date, store, recommend) VALUES (?, ?, ?, ?)'),
      insertAnswer: db.prepare('INSERT INTO survey_answer (response_id, item, expectation, perception) VALUES (?, ?, ?, ?)'),
      insertImportance: db.prepare('INSERT INTO survey_importance (response_id, dimension, points) VALUES (?, ?, ?)'),
      setting: db.prepare('SELECT value FROM survey_setting WHERE key = ?').pluck(),
      writeSetting: db.prepare('INSERT INTO survey_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    }
  }

  /** The data of `workingCopy` (one instance per working copy, statements prepared once). */
  static of(workingCopy: WorkingCopy): AuditData {
    let data = instances.get(workingCopy)
    if (!data) instances.set(workingCopy, (data = new AuditData(workingCopy)))
    return data
  }

  /** The working copy's current revision. */
  get revision(): number {
    return this.workingCopy.revision
  }

  /** Bumps the revision; call inside the write's transaction. */
  private bump(): number {
    const revision = this.workingCopy.revision + 1
    this.workingCopy.repository.setInfo(REVISION_KEY, String(revision))
    return revision
  }

  // ---- audits -------------------------------------------------------------------------------

  /** Every audit (or a scorecard's), oldest first (by date, then id). */
  listAudits(options: { scorecardId?: string } = {}): Audit[] {
    const { audits, auditsOf } = this.statements
    return (options.scorecardId === undefined ? audits.all() : auditsOf.all(options.scorecardId)) as Audit[]
  }

  countAudits(): number {
    return this.statements.countAudits.get() as number
  }

  /** One audit with its scores in indicator order, or null when there is no such audit. */
  getAudit(auditId: string): { audit: Audit; scores: Score[] } | null {
    const audit = this.statements.audit.get(auditId) as Audit | undefined
    if (!audit) return null
    return { audit, scores: this.statements.scoresOfAudit.all(auditId) as Score[] }
  }

  /** Every score row (or those of a scorecard's audits), in no particular order; `value` null = N/A. */
  listScores(options: { scorecardId?: string } = {}): Score[] {
    const { scores, scoresOf } = this.statements
    return (options.scorecardId === undefined ? scores.all() : scoresOf.all(options.scorecardId)) as Score[]
  }

  /**
   * Creates or replaces one audit with exactly `scores` (an audit form's save). Refused when the
   * scorecard is not in the journey, a score belongs to another audit or to an indicator outside the
   * scorecard, an indicator is scored twice or a value is off its scale.
   */
  saveAudit(audit: Audit, scores: readonly Score[]): number {
    this.checkAudit(audit, scores)
    const { upsertAudit, clearScores, insertScore } = this.statements
    return this.db.transaction(() => {
      upsertAudit.run(audit)
      clearScores.run(audit.id)
      for (const score of scores) insertScore.run(audit.id, score.indicatorId, score.value, score.comment)
      return this.bump()
    })()
  }

  private checkAudit(audit: Audit, scores: readonly Score[]): void {
    if (this.statements.scorecardExists.get(audit.scorecardId) === undefined) {
      throw new ServiceError('NOT_FOUND', { key: 'scorecardImport.save.unknownScorecard' })
    }
    const indicators = new Map(
      (this.statements.indicatorsOf.all(audit.scorecardId) as Array<{ id: string; name: string; kind: string; min: number | null; max: number | null }>).map(
        (row) => [row.id, { name: row.name, scale: (row.kind === 'range' ? { kind: 'range', min: row.min!, max: row.max! } : { kind: 'yesNo' }) as Scale }],
      ),
    )
    const seen = new Set<string>()
    for (const score of scores) {
      if (score.auditId !== audit.id) {
        throw new ServiceError('BAD_REQUEST', { key: 'scorecardImport.save.wrongAudit', params: { audit: audit.id, other: score.auditId } })
      }
      const indicator = indicators.get(score.indicatorId)
      if (!indicator) throw new ServiceError('BAD_REQUEST', { key: 'scorecardImport.save.unknownIndicator', params: { indicator: score.indicatorId } })
      if (seen.has(score.indicatorId)) {
        throw new ServiceError('BAD_REQUEST', { key: 'scorecardImport.save.duplicateIndicator', params: { indicator: indicator.name } })
      }
      seen.add(score.indicatorId)
      if (score.value !== null && !isOnScale(score.value, indicator.scale)) {
        throw new ServiceError('BAD_REQUEST', {
          key: 'scorecardImport.save.offScale',
          params: { indicator: indicator.name, value: score.value, scale: scaleLabel(indicator.scale) },
        })
      }
    }
  }

  /** Deletes audits (their scores go with them); unknown ids are ignored. Returns the revision. */
  deleteAudits(auditIds: readonly string[]): number {
    const { deleteAudit } = this.statements
    return this.db.transaction(() => {
      let deleted = 0
      for (const id of auditIds) deleted += deleteAudit.run(id).changes
      return deleted > 0 ? this.bump() : this.workingCopy.revision
    })()
  }

  /**
   * Writes imported audits in one transaction: an audit whose id is already in the file is deleted
   * with its scores first, so a re-import replaces it and never duplicates it. The caller has
   * checked the rows (`importAuditTable`); `scores` belong to `audits`.
   */
  replaceAudits(audits: readonly Audit[], scores: readonly Score[]): ReplaceResult {
    const { deleteAudit, insertAudit, insertScore } = this.statements
    return this.db.transaction(() => {
      let replaced = 0
      for (const audit of audits) {
        replaced += deleteAudit.run(audit.id).changes
        insertAudit.run(audit.id, audit.scorecardId, audit.date, audit.store, audit.post, audit.auditor, audit.source, audit.comment)
      }
      for (const score of scores) insertScore.run(score.auditId, score.indicatorId, score.value, score.comment)
      return { imported: audits.length, replaced, revision: this.bump() }
    })()
  }

  // ---- surveys ------------------------------------------------------------------------------

  /** Every survey response, by date then id; answers not given are null. */
  listSurveyResponses(): SurveyResponse[] {
    const rows = this.statements.responses.all() as Array<{ id: string; date: string; store: string; recommend: number | null }>
    const byId = new Map<string, SurveyResponse>()
    const responses = rows.map((row) => {
      const response: SurveyResponse = {
        ...row,
        expectations: new Array<number | null>(SERVQUAL_ITEM_COUNT).fill(null),
        perceptions: new Array<number | null>(SERVQUAL_ITEM_COUNT).fill(null),
        importance: null,
      }
      byId.set(row.id, response)
      return response
    })
    for (const [responseId, item, expectation, perception] of this.statements.answers.all() as Array<[string, number, number | null, number | null]>) {
      const response = byId.get(responseId)
      if (!response || item < 1 || item > SERVQUAL_ITEM_COUNT) continue
      response.expectations[item - 1] = expectation
      response.perceptions[item - 1] = perception
    }
    for (const [responseId, dimension, points] of this.statements.importance.all() as Array<[string, ServqualDimension, number]>) {
      const response = byId.get(responseId)
      if (response) response.importance = { ...response.importance, [dimension]: points }
    }
    return responses
  }

  /** Writes imported responses in one transaction; a respondent id already in the file is replaced. */
  replaceSurveyResponses(responses: readonly SurveyResponse[]): ReplaceResult {
    const { deleteResponse, insertResponse, insertAnswer, insertImportance } = this.statements
    return this.db.transaction(() => {
      let replaced = 0
      for (const response of responses) {
        replaced += deleteResponse.run(response.id).changes
        insertResponse.run(response.id, response.date, response.store, response.recommend)
        for (let index = 0; index < SERVQUAL_ITEM_COUNT; index++) {
          const expectation = response.expectations[index] ?? null
          const perception = response.perceptions[index] ?? null
          if (expectation !== null || perception !== null) insertAnswer.run(response.id, index + 1, expectation, perception)
        }
        if (response.importance) {
          for (const dimension of SERVQUAL_DIMENSIONS) {
            const points = response.importance[dimension]
            if (points !== undefined) insertImportance.run(response.id, dimension, points)
          }
        }
      }
      return { imported: responses.length, replaced, revision: this.bump() }
    })()
  }

  /** Deletes survey responses; unknown ids are ignored. Returns the revision. */
  deleteSurveyResponses(ids: readonly string[]): number {
    const { deleteResponse } = this.statements
    return this.db.transaction(() => {
      let deleted = 0
      for (const id of ids) deleted += deleteResponse.run(id).changes
      return deleted > 0 ? this.bump() : this.workingCopy.revision
    })()
  }

  /** The survey settings; the 1991 all-positive wording (nothing reverse-scored) unless set. */
  surveySettings(): SurveySettings {
    const stored = this.statements.setting.get(REVERSE_SCORED_ITEMS_KEY) as string | undefined
    if (stored === undefined) return { reverseScoredItems: [] }
    try {
      const parsed = SurveySettingsSchema.safeParse({ reverseScoredItems: JSON.parse(stored) })
      return parsed.success ? parsed.data : { reverseScoredItems: [] }
    } catch {
      return { reverseScoredItems: [] }
    }
  }

  /** Marks items as reverse-scored (`8 − x`, the 1988 wording). Returns the revision. */
  setSurveySettings(settings: SurveySettings): number {
    const items = [...new Set(SurveySettingsSchema.parse(settings).reverseScoredItems)].sort((a, b) => a - b)
    return this.db.transaction(() => {
      this.statements.writeSetting.run(REVERSE_SCORED_ITEMS_KEY, JSON.stringify(items))
      return this.bump()
    })()
  }
}
