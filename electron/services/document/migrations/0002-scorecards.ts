/**
 * Version 2: weighted satisfaction scorecards (the design: scorecards, dimension weights, indicators
 * and the touchpoints they check) and the data that fills them (audits with their scores, customer
 * survey responses). Plain tables and read-only views a quality team or a BI tool can query.
 * Additive only: no v1 table or column changes.
 */
import type { Migration } from './types'

const DIMENSION_CHECK = "CHECK (dimension IN ('tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'))"

const sql = /* sql */ `
CREATE TABLE scorecard (
  id TEXT PRIMARY KEY,
  sort_key TEXT NOT NULL,
  name TEXT NOT NULL,
  post TEXT NOT NULL,
  weighting TEXT NOT NULL CHECK (weighting IN ('twoLevel', 'flat')),
  description TEXT NOT NULL
) STRICT;

CREATE TABLE scorecard_dimension (
  scorecard_id TEXT NOT NULL REFERENCES scorecard (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  dimension TEXT NOT NULL ${DIMENSION_CHECK},
  weight REAL NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (scorecard_id, dimension)
) STRICT;

CREATE TABLE indicator (
  id TEXT PRIMARY KEY,
  scorecard_id TEXT NOT NULL REFERENCES scorecard (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  sort_key TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  dimension TEXT NOT NULL ${DIMENSION_CHECK},
  weight REAL NOT NULL CHECK (weight >= 0),
  scale_kind TEXT NOT NULL CHECK (scale_kind IN ('yesNo', 'range')),
  scale_min REAL,
  scale_max REAL
) STRICT;
CREATE INDEX indicator_by_scorecard ON indicator (scorecard_id);

CREATE TABLE indicator_touchpoint (
  indicator_id TEXT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  PRIMARY KEY (indicator_id, touchpoint_id)
) STRICT;
CREATE INDEX indicator_touchpoint_by_touchpoint ON indicator_touchpoint (touchpoint_id);

CREATE TABLE audit (
  id TEXT PRIMARY KEY,
  scorecard_id TEXT NOT NULL REFERENCES scorecard (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  date TEXT NOT NULL,
  store TEXT NOT NULL,
  post TEXT NOT NULL,
  auditor TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('audit', 'mysteryShopper', 'survey')),
  comment TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_scorecard ON audit (scorecard_id);

CREATE TABLE score (
  audit_id TEXT NOT NULL REFERENCES audit (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  indicator_id TEXT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  value REAL,
  comment TEXT NOT NULL,
  PRIMARY KEY (audit_id, indicator_id)
) STRICT;
CREATE INDEX score_by_indicator ON score (indicator_id);

CREATE TABLE survey_response (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  store TEXT NOT NULL,
  recommend INTEGER CHECK (recommend BETWEEN 0 AND 10)
) STRICT;

CREATE TABLE survey_answer (
  response_id TEXT NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  item INTEGER NOT NULL CHECK (item BETWEEN 1 AND 22),
  expectation INTEGER CHECK (expectation BETWEEN 1 AND 7),
  perception INTEGER CHECK (perception BETWEEN 1 AND 7),
  PRIMARY KEY (response_id, item)
) STRICT;

CREATE TABLE survey_importance (
  response_id TEXT NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  dimension TEXT NOT NULL ${DIMENSION_CHECK},
  points REAL NOT NULL CHECK (points >= 0 AND points <= 100),
  PRIMARY KEY (response_id, dimension)
) STRICT;

CREATE TABLE survey_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE VIEW indicator_overview AS
SELECT
  c.name AS scorecard,
  c.post,
  c.weighting,
  i.id,
  i.name AS indicator,
  i.description,
  i.dimension,
  d.weight AS dimension_weight,
  i.weight AS indicator_weight,
  CASE i.scale_kind WHEN 'yesNo' THEN 'yes/no' ELSE i.scale_min || '-' || i.scale_max END AS scale,
  (SELECT group_concat(t.title, '; ') FROM indicator_touchpoint it JOIN touchpoint t ON t.id = it.touchpoint_id WHERE it.indicator_id = i.id) AS touchpoints
FROM indicator i
JOIN scorecard c ON c.id = i.scorecard_id
LEFT JOIN scorecard_dimension d ON d.scorecard_id = i.scorecard_id AND d.dimension = i.dimension
ORDER BY c.sort_key, c.id, i.sort_key, i.id;

CREATE VIEW audit_score AS
SELECT
  a.id AS audit,
  a.date,
  substr(a.date, 1, 7) AS month,
  a.store,
  a.post,
  a.auditor,
  c.name AS scorecard,
  i.name AS indicator,
  i.dimension,
  s.value,
  CASE
    WHEN s.value IS NULL THEN NULL
    WHEN i.scale_kind = 'yesNo' THEN s.value * 100
    ELSE (s.value - i.scale_min) / (i.scale_max - i.scale_min) * 100
  END AS normalised,
  s.comment
FROM score s
JOIN audit a ON a.id = s.audit_id
JOIN indicator i ON i.id = s.indicator_id
JOIN scorecard c ON c.id = a.scorecard_id
ORDER BY a.date, a.id, i.sort_key, i.id;
`

export const scorecards: Migration = {
  version: 2,
  name: 'scorecards',
  up(db) {
    db.exec(sql)
  },
}
