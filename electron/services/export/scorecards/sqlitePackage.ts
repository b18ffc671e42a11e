/**
 * The scorecard package (`.sqlite`, docs/file-format.md "Scorecard package"): a standalone SQLite
 * database of plain, documented tables for BI tools and the `sqlite3` shell. It is not a journey
 * file (no application_id of ours, its own tables, not STRICT so that old SQLite builds in BI
 * tools read it) and carries the computed numbers beside the raw data. Written to a temp file
 * beside the target, journal DELETE, fsynced, then renamed over the target.
 */
import type Database from 'better-sqlite3'
import { writeSqliteFileAtomic } from '../sqliteFile'
import { translate } from '../../../../shared/i18n/translate'
import { SERVQUAL_DIMENSIONS } from '../../../../shared/model/schema'
import { isOnScale, unsafeNormalise } from '../../../../shared/scoring/normalise'
import type { ScorecardExportModel } from './data'

/** The package's own format version (the `about.format_version` column). */
export const PACKAGE_FORMAT_VERSION = 1

const SCHEMA = /* sql */ `
CREATE TABLE about (
  format_version INTEGER NOT NULL,
  generated_at TEXT NOT NULL,
  app_version TEXT NOT NULL,
  source_file TEXT NOT NULL,
  journey_title TEXT NOT NULL,
  formula TEXT NOT NULL
);
CREATE TABLE scorecard (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  post TEXT NOT NULL,
  weighting TEXT NOT NULL,
  description TEXT NOT NULL,
  usable INTEGER NOT NULL,
  weight_problems TEXT,
  index_mean REAL,
  index_n INTEGER NOT NULL
);
CREATE TABLE dimension (
  scorecard_id TEXT NOT NULL REFERENCES scorecard (id),
  dimension TEXT NOT NULL,
  dimension_name_zh TEXT NOT NULL,
  dimension_name_en TEXT NOT NULL,
  weight REAL,
  normalised_weight REAL NOT NULL,
  PRIMARY KEY (scorecard_id, dimension)
);
CREATE TABLE indicator (
  id TEXT PRIMARY KEY,
  scorecard_id TEXT NOT NULL REFERENCES scorecard (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  dimension TEXT NOT NULL,
  weight REAL NOT NULL,
  effective_weight REAL NOT NULL,
  scale TEXT NOT NULL,
  scale_min REAL,
  scale_max REAL,
  touchpoints TEXT NOT NULL,
  mean_0_100 REAL,
  n INTEGER NOT NULL
);
CREATE INDEX indicator_by_scorecard ON indicator (scorecard_id);
CREATE TABLE audit (
  id TEXT PRIMARY KEY,
  scorecard_id TEXT NOT NULL REFERENCES scorecard (id),
  date TEXT NOT NULL,
  month TEXT NOT NULL,
  store TEXT NOT NULL,
  post TEXT NOT NULL,
  auditor TEXT NOT NULL,
  source TEXT NOT NULL,
  comment TEXT NOT NULL,
  index_0_100 REAL,
  answered INTEGER NOT NULL,
  total INTEGER NOT NULL
);
CREATE INDEX audit_by_scorecard ON audit (scorecard_id);
CREATE TABLE score (
  audit_id TEXT NOT NULL REFERENCES audit (id),
  indicator_id TEXT NOT NULL REFERENCES indicator (id),
  raw REAL,
  normalised_0_100 REAL,
  comment TEXT NOT NULL,
  PRIMARY KEY (audit_id, indicator_id)
);
CREATE INDEX score_by_indicator ON score (indicator_id);
CREATE TABLE audit_dimension (
  audit_id TEXT NOT NULL REFERENCES audit (id),
  dimension TEXT NOT NULL,
  score_0_100 REAL NOT NULL,
  PRIMARY KEY (audit_id, dimension)
);
CREATE TABLE index_by_post (key TEXT PRIMARY KEY, mean REAL NOT NULL, n INTEGER NOT NULL);
CREATE TABLE index_by_store (key TEXT PRIMARY KEY, mean REAL NOT NULL, n INTEGER NOT NULL);
CREATE TABLE index_by_month (key TEXT PRIMARY KEY, mean REAL NOT NULL, n INTEGER NOT NULL);
CREATE TABLE index_by_auditor (key TEXT PRIMARY KEY, mean REAL NOT NULL, n INTEGER NOT NULL);
CREATE TABLE index_by_dimension (
  scorecard_id TEXT NOT NULL REFERENCES scorecard (id),
  dimension TEXT NOT NULL,
  mean REAL NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (scorecard_id, dimension)
);
CREATE TABLE index_by_touchpoint (key TEXT PRIMARY KEY, touchpoint TEXT NOT NULL, mean REAL NOT NULL, n INTEGER NOT NULL);
CREATE TABLE nps (n INTEGER NOT NULL, promoters INTEGER NOT NULL, passives INTEGER NOT NULL, detractors INTEGER NOT NULL, nps REAL NOT NULL, margin_95 REAL NOT NULL);
CREATE TABLE servqual_dimension (dimension TEXT PRIMARY KEY, gap REAL, servperf REAL);
CREATE VIEW audit_score AS
SELECT a.id AS audit, a.date, a.month, a.store, a.post, a.auditor, c.name AS scorecard, i.dimension,
  i.name AS indicator, i.effective_weight, s.raw, s.normalised_0_100, a.index_0_100 AS audit_index
FROM score s
JOIN audit a ON a.id = s.audit_id
JOIN indicator i ON i.id = s.indicator_id
JOIN scorecard c ON c.id = a.scorecard_id
ORDER BY a.date, a.id, i.position;
`

/** Writes the package to `target` atomically (temp file beside it, fsync, rename). */
export function writeScorecardPackage(target: string, model: ScorecardExportModel): void {
  writeSqliteFileAtomic(target, SCHEMA, (db) => fill(db, model))
}

function fill(db: Database.Database, model: ScorecardExportModel): void {
  const { report } = model
  db.prepare('INSERT INTO about VALUES (?, ?, ?, ?, ?, ?)').run(
    PACKAGE_FORMAT_VERSION,
    model.generatedAt,
    model.appVersion,
    model.sourceName,
    model.journeyTitle,
    translate(model.locale, 'scorecardExport.about.formula'),
  )
  const insertCard = db.prepare('INSERT INTO scorecard VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const insertDimension = db.prepare('INSERT INTO dimension VALUES (?, ?, ?, ?, ?, ?)')
  const insertIndicator = db.prepare('INSERT INTO indicator VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const insertAudit = db.prepare('INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const insertScore = db.prepare('INSERT INTO score VALUES (?, ?, ?, ?, ?)')
  const insertAuditDimension = db.prepare('INSERT INTO audit_dimension VALUES (?, ?, ?)')
  const insertByDimension = db.prepare('INSERT INTO index_by_dimension VALUES (?, ?, ?, ?)')
  model.cards.forEach((card, position) => {
    const { scorecard } = card
    const indices = card.audits.map((audit) => report.audits[audit.id]?.index ?? null).filter((index): index is number => index !== null)
    const problems = card.problems.map((problem) => translate(model.locale, problem.key, problem.params)).join('\n')
    insertCard.run(
      scorecard.id,
      position + 1,
      scorecard.name,
      scorecard.post,
      scorecard.weighting,
      scorecard.description,
      card.problems.length === 0 ? 1 : 0,
      problems || null,
      indices.length > 0 ? indices.reduce((sum, index) => sum + index, 0) / indices.length : null,
      indices.length,
    )
    for (const dimension of card.dimensions) {
      const share = card.indicators.filter((indicator) => indicator.dimension === dimension).reduce((sum, indicator) => sum + (card.effective.get(indicator.id) ?? 0), 0)
      insertDimension.run(
        scorecard.id,
        dimension,
        translate('zh-CN', `servqual.${dimension}`),
        translate('en', `servqual.${dimension}`),
        scorecard.weighting === 'twoLevel' ? (scorecard.dimensionWeights[dimension] ?? null) : null,
        share,
      )
      const mean = report.byDimension[`${scorecard.id}/${dimension}`]
      if (mean) insertByDimension.run(scorecard.id, dimension, mean.mean, mean.n)
    }
    card.indicators.forEach((indicator, index) => {
      const mean = Object.hasOwn(report.byIndicator, indicator.id) ? report.byIndicator[indicator.id] : undefined
      insertIndicator.run(
        indicator.id,
        scorecard.id,
        index + 1,
        indicator.name,
        indicator.description,
        indicator.dimension,
        indicator.weight,
        card.effective.get(indicator.id) ?? 0,
        indicator.scale.kind === 'yesNo' ? 'yes/no' : 'range',
        indicator.scale.kind === 'range' ? indicator.scale.min : null,
        indicator.scale.kind === 'range' ? indicator.scale.max : null,
        indicator.touchpointIds.map((id) => model.touchpointTitles.get(id) ?? id).join('; '),
        mean?.mean ?? null,
        mean?.n ?? 0,
      )
    })
    const byId = new Map(card.indicators.map((indicator) => [indicator.id, indicator]))
    for (const audit of card.audits) {
      const result = model.all.audits[audit.id]
      insertAudit.run(
        audit.id,
        scorecard.id,
        audit.date,
        audit.date.slice(0, 7),
        audit.store,
        audit.post,
        audit.auditor,
        audit.source,
        audit.comment,
        result?.index ?? null,
        result?.answered ?? 0,
        result?.total ?? card.indicators.length,
      )
      for (const score of model.scores.get(audit.id)?.values() ?? []) {
        const indicator = byId.get(score.indicatorId)
        if (!indicator) continue
        const normalised = score.value !== null && isOnScale(score.value, indicator.scale) ? unsafeNormalise(score.value, indicator.scale) : null
        insertScore.run(audit.id, indicator.id, score.value, normalised, score.comment)
      }
      for (const dimension of SERVQUAL_DIMENSIONS) {
        const value = result?.dimensions[dimension]
        if (value !== undefined) insertAuditDimension.run(audit.id, dimension, value)
      }
    }
  })
  const groups = [
    ['index_by_post', report.byPost],
    ['index_by_store', report.byStore],
    ['index_by_month', report.byMonth],
    ['index_by_auditor', report.byAuditor],
  ] as const
  for (const [table, means] of groups) {
    const insert = db.prepare(`INSERT INTO ${table} VALUES (?, ?, ?)`)
    for (const [key, mean] of Object.entries(means)) insert.run(key, mean.mean, mean.n)
  }
  const insertTouchpoint = db.prepare('INSERT INTO index_by_touchpoint VALUES (?, ?, ?, ?)')
  for (const [id, mean] of Object.entries(report.byTouchpoint)) insertTouchpoint.run(id, model.touchpointTitles.get(id) ?? '', mean.mean, mean.n)
  if (report.nps) {
    const { n, promoters, passives, detractors, nps, margin } = report.nps
    db.prepare('INSERT INTO nps VALUES (?, ?, ?, ?, ?, ?)').run(n, promoters, passives, detractors, nps, margin)
  }
  if (report.servqual) {
    const insert = db.prepare('INSERT INTO servqual_dimension VALUES (?, ?, ?)')
    for (const dimension of SERVQUAL_DIMENSIONS) {
      insert.run(dimension, report.servqual.dimensions[dimension] ?? null, report.servqual.servperf.dimensions[dimension] ?? null)
    }
  }
}
