/**
 * Version 3: the standard service script in full. Script lines get a speaker, a tone and an optional
 * link to the journey's phrase library, plus alternatives per customer type; service standards get
 * an optional time limit; touchpoints get their own phrases to avoid (服务忌语) and the CLEAR
 * recovery steps; the journey gets its phrase library and the lint findings the team accepted.
 * Additive: new columns with defaults and new tables. Lines written "顾客：…" in older files become
 * customer lines without the prefix (a data backfill, done in TypeScript like every props change).
 */
import type { Database } from 'better-sqlite3'
import { lineFromText } from '../../../../shared/model/script'
import type { Migration } from './types'

const sql = /* sql */ `
ALTER TABLE service_standard ADD COLUMN time_limit TEXT NOT NULL DEFAULT '';
ALTER TABLE script_line ADD COLUMN speaker TEXT NOT NULL DEFAULT 'staff' CHECK (speaker IN ('staff', 'customer'));
ALTER TABLE script_line ADD COLUMN tone TEXT NOT NULL DEFAULT '';
ALTER TABLE script_line ADD COLUMN phrase_id TEXT;

CREATE TABLE script_alternative (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  line_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  customer_type TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (touchpoint_id, line_position, position)
) STRICT;

CREATE TABLE touchpoint_avoid_phrase (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (touchpoint_id, position)
) STRICT;

CREATE TABLE recovery_step (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  step TEXT NOT NULL CHECK (step IN ('control', 'listen', 'empathise', 'apologise', 'resolve')),
  text TEXT NOT NULL,
  PRIMARY KEY (touchpoint_id, step)
) STRICT;

CREATE TABLE phrase (
  id TEXT PRIMARY KEY,
  sort_key TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('greeting', 'farewell', 'apology', 'followUp', 'other', 'avoid')),
  text TEXT NOT NULL
) STRICT;

CREATE TABLE accepted_finding (
  id TEXT PRIMARY KEY,
  sort_key TEXT NOT NULL,
  finding_key TEXT NOT NULL,
  reason TEXT NOT NULL,
  accepted_at TEXT NOT NULL
) STRICT;

CREATE VIEW script AS
SELECT
  s.name AS stage,
  t.title AS touchpoint,
  t.role,
  l.position + 1 AS line,
  l.speaker,
  coalesce(p.text, l.text) AS text,
  l.tone
FROM script_line l
JOIN touchpoint t ON t.id = l.touchpoint_id
JOIN stage s ON s.id = t.stage_id
LEFT JOIN phrase p ON p.id = l.phrase_id
ORDER BY s.sort_key, s.id, t.sort_key, t.id, l.position;
`

/** Older plain-text lines: "顾客：…" becomes a customer line without the prefix. */
function backfillSpeakers(db: Database): void {
  const update = db.prepare('UPDATE script_line SET speaker = ?, text = ? WHERE touchpoint_id = ? AND position = ?')
  const rows = db.prepare('SELECT touchpoint_id, position, text FROM script_line').raw().all() as [string, number, string][]
  for (const [touchpointId, position, text] of rows) {
    const line = lineFromText(text)
    if (line.speaker === 'customer') update.run('customer', line.text, touchpointId, position)
  }
}

export const scripts: Migration = {
  version: 3,
  name: 'scripts',
  up(db) {
    db.exec(sql)
    backfillSpeakers(db)
  },
}
