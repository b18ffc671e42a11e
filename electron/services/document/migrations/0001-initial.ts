/**
 * Version 1: the journey, its stages, lanes, touchpoints (with their SERVQUAL tags, service
 * standards and script lines as child tables), edges and personas, plus read-only views for
 * people who query the file in the sqlite3 shell. Plain columns, clear names: the file explains
 * itself without the app. No SQL functions in CHECKs or defaults, so the schema stays valid with
 * trusted_schema=OFF.
 */
import type { Migration } from './types'

const sql = /* sql */ `
CREATE TABLE journey (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  locale TEXT NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  version_label TEXT NOT NULL
) STRICT;

CREATE TABLE file_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE stage (
  id TEXT PRIMARY KEY,
  sort_key TEXT NOT NULL,
  name TEXT NOT NULL
) STRICT;

CREATE TABLE lane (
  id TEXT PRIMARY KEY,
  sort_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('customer', 'frontstage', 'backstage', 'support')),
  name TEXT NOT NULL
) STRICT;

CREATE TABLE touchpoint (
  id TEXT PRIMARY KEY,
  stage_id TEXT NOT NULL REFERENCES stage (id) DEFERRABLE INITIALLY DEFERRED,
  lane_id TEXT NOT NULL REFERENCES lane (id) DEFERRABLE INITIALLY DEFERRED,
  sort_key TEXT NOT NULL,
  title TEXT NOT NULL,
  channel TEXT NOT NULL,
  role TEXT NOT NULL,
  is_mot INTEGER NOT NULL CHECK (is_mot IN (0, 1)),
  mot_family TEXT CHECK (mot_family IN ('life', 'process', 'business')),
  importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 5),
  is_peak INTEGER NOT NULL CHECK (is_peak IN (0, 1)),
  is_end INTEGER NOT NULL CHECK (is_end IN (0, 1)),
  emotion INTEGER NOT NULL CHECK (emotion BETWEEN -3 AND 3),
  delight TEXT NOT NULL,
  risk TEXT NOT NULL,
  recovery TEXT NOT NULL,
  expectation TEXT NOT NULL,
  notes TEXT NOT NULL,
  x REAL NOT NULL,
  y REAL NOT NULL
) STRICT;
CREATE INDEX touchpoint_by_stage ON touchpoint (stage_id);
CREATE INDEX touchpoint_by_lane ON touchpoint (lane_id);

CREATE TABLE touchpoint_servqual (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  dimension TEXT NOT NULL CHECK (dimension IN ('tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy')),
  PRIMARY KEY (touchpoint_id, dimension)
) STRICT;

CREATE TABLE service_standard (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (touchpoint_id, position)
) STRICT;

CREATE TABLE script_line (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (touchpoint_id, position)
) STRICT;

CREATE TABLE edge (
  id TEXT PRIMARY KEY,
  sort_key TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  target_id TEXT NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL CHECK (kind IN ('main', 'alternative')),
  label TEXT NOT NULL
) STRICT;
CREATE INDEX edge_by_source ON edge (source_id);
CREATE INDEX edge_by_target ON edge (target_id);

CREATE TABLE persona (
  id TEXT PRIMARY KEY,
  sort_key TEXT NOT NULL,
  name TEXT NOT NULL,
  tier TEXT NOT NULL CHECK (tier IN ('key', 'regular', 'small', 'unspecified')),
  note TEXT NOT NULL
) STRICT;

CREATE VIEW touchpoint_overview AS
SELECT
  t.id,
  s.name AS stage,
  l.name AS lane,
  t.title,
  t.channel,
  t.role,
  t.is_mot,
  t.mot_family,
  t.importance,
  t.is_peak,
  t.is_end,
  t.emotion,
  (SELECT group_concat(q.dimension, ',') FROM touchpoint_servqual q WHERE q.touchpoint_id = t.id) AS servqual,
  (SELECT count(*) FROM service_standard d WHERE d.touchpoint_id = t.id) AS standards,
  (SELECT count(*) FROM script_line c WHERE c.touchpoint_id = t.id) AS script_lines
FROM touchpoint t
JOIN stage s ON s.id = t.stage_id
JOIN lane l ON l.id = t.lane_id
ORDER BY s.sort_key, s.id, t.sort_key, t.id;

CREATE VIEW moment_of_truth AS
SELECT id, stage, lane, title, channel, role, coalesce(mot_family, 'unspecified') AS family, importance, emotion, servqual
FROM touchpoint_overview
WHERE is_mot = 1;

CREATE VIEW main_path AS
WITH RECURSIVE
  start(id) AS (
    SELECT t.id FROM touchpoint t JOIN stage s ON s.id = t.stage_id
    WHERE NOT EXISTS (SELECT 1 FROM edge e WHERE e.target_id = t.id AND e.source_id <> t.id)
    ORDER BY s.sort_key, s.id, t.sort_key, t.id
    LIMIT 1
  ),
  path(step, id) AS (
    SELECT 1, id FROM start
    UNION ALL
    SELECT p.step + 1,
      (SELECT e.target_id FROM edge e WHERE e.source_id = p.id AND e.kind = 'main' ORDER BY e.sort_key, e.id LIMIT 1)
    FROM path p
    WHERE p.step < (SELECT count(*) FROM touchpoint)
      AND EXISTS (SELECT 1 FROM edge e WHERE e.source_id = p.id AND e.kind = 'main')
  )
SELECT p.step, o.id, o.stage, o.title, o.emotion, o.is_mot, o.is_peak, o.is_end
FROM path p JOIN touchpoint_overview o ON o.id = p.id
ORDER BY p.step;

CREATE VIEW servqual_coverage AS
SELECT s.name AS stage, q.dimension, count(*) AS touchpoints, sum(t.is_mot) AS mots
FROM touchpoint_servqual q
JOIN touchpoint t ON t.id = q.touchpoint_id
JOIN stage s ON s.id = t.stage_id
GROUP BY s.id, q.dimension
ORDER BY s.sort_key, s.id, q.dimension;
`

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(sql)
  },
}
