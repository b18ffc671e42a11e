/**
 * The script package (`.sqlite`, docs/file-format.md "Script package"): the script book as a
 * standalone SQLite database of plain, documented tables, for clients without the app and for
 * loading into other systems (LMS, CRM, BI). It is not a journey file: no application_id of ours,
 * its own tables, not STRICT (old SQLite builds read it). Every table carries its order in
 * `position` columns (1-based). Written to a temp file beside the target (journal DELETE, one
 * transaction, fsync) and renamed over the target, so a failure leaves no half-written file.
 */
import type Database from 'better-sqlite3'
import { writeSqliteFileAtomic } from '../sqliteFile'
import { translate } from '../../../../shared/i18n/translate'
import type { ScriptBook } from '../../../../shared/scripts/scriptBook'

/** The package's own format version (`journey.format_version`). */
export const SCRIPT_PACKAGE_FORMAT_VERSION = 1

export const SCRIPT_PACKAGE_SCHEMA = /* sql */ `
CREATE TABLE journey (
  format_version INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  version_label TEXT NOT NULL,
  locale TEXT NOT NULL,
  book_title TEXT NOT NULL,
  role TEXT,
  date TEXT NOT NULL,
  generated_at TEXT NOT NULL,
  app_version TEXT NOT NULL,
  source_file TEXT NOT NULL
);
CREATE TABLE stage (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL
);
CREATE TABLE touchpoint (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL UNIQUE,
  stage_id TEXT REFERENCES stage (id),
  position_in_stage INTEGER NOT NULL,
  title TEXT NOT NULL,
  channel TEXT NOT NULL,
  role TEXT NOT NULL,
  lane TEXT NOT NULL,
  lane_kind TEXT,
  placement TEXT NOT NULL CHECK (placement IN ('main', 'branch', 'off_path')),
  main_path_step INTEGER,
  branch_from_id TEXT REFERENCES touchpoint (id),
  branch_label TEXT,
  is_mot INTEGER NOT NULL CHECK (is_mot IN (0, 1)),
  mot_family TEXT CHECK (mot_family IN ('life', 'process', 'business')),
  importance INTEGER NOT NULL,
  is_peak INTEGER NOT NULL CHECK (is_peak IN (0, 1)),
  is_end INTEGER NOT NULL CHECK (is_end IN (0, 1)),
  emotion INTEGER NOT NULL,
  servqual TEXT NOT NULL,
  delight TEXT NOT NULL,
  risk TEXT NOT NULL,
  recovery TEXT NOT NULL,
  expectation TEXT NOT NULL,
  notes TEXT NOT NULL
);
CREATE INDEX touchpoint_by_stage ON touchpoint (stage_id, position_in_stage);
CREATE INDEX touchpoint_by_role ON touchpoint (role);
CREATE TABLE script_line (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id),
  position INTEGER NOT NULL,
  speaker TEXT NOT NULL CHECK (speaker IN ('staff', 'customer')),
  text TEXT NOT NULL,
  tone TEXT NOT NULL,
  phrase_id TEXT,
  PRIMARY KEY (touchpoint_id, position)
);
CREATE TABLE alternative (
  touchpoint_id TEXT NOT NULL,
  line_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  customer_type TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (touchpoint_id, line_position, position),
  FOREIGN KEY (touchpoint_id, line_position) REFERENCES script_line (touchpoint_id, position)
);
CREATE TABLE standard (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  time_limit TEXT NOT NULL,
  PRIMARY KEY (touchpoint_id, position)
);
CREATE TABLE phrase_to_avoid (
  id INTEGER PRIMARY KEY,
  touchpoint_id TEXT REFERENCES touchpoint (id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (touchpoint_id, position)
);
CREATE TABLE recovery_step (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint (id),
  position INTEGER NOT NULL,
  step TEXT NOT NULL CHECK (step IN ('control', 'listen', 'empathise', 'apologise', 'resolve')),
  step_name TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (touchpoint_id, step)
);
CREATE VIEW script AS
SELECT t.position AS touchpoint_position, s.name AS stage, t.title AS touchpoint, t.role, t.channel,
  t.placement, t.is_mot, l.position AS line_position, l.speaker, l.text, l.tone
FROM script_line l
JOIN touchpoint t ON t.id = l.touchpoint_id
LEFT JOIN stage s ON s.id = t.stage_id
ORDER BY t.position, l.position;
`

export interface ScriptPackageInfo {
  appVersion: string
  sourceName: string
  /** ISO timestamp. */
  generatedAt: string
}

/** Writes the package to `target` atomically (temp file beside it, fsync, rename). */
export function writeScriptPackage(target: string, book: ScriptBook, info: ScriptPackageInfo): void {
  writeSqliteFileAtomic(target, SCRIPT_PACKAGE_SCHEMA, (db) => fill(db, book, info), { foreignKeys: true })
}

function fill(db: Database.Database, book: ScriptBook, info: ScriptPackageInfo): void {
  db.prepare('INSERT INTO journey VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    SCRIPT_PACKAGE_FORMAT_VERSION,
    book.title,
    book.description,
    book.versionLabel,
    book.locale,
    book.bookTitle,
    book.role,
    book.date,
    info.generatedAt,
    info.appVersion,
    info.sourceName,
  )
  const insertStage = db.prepare('INSERT INTO stage VALUES (?, ?, ?)')
  const insertTouchpoint = db.prepare(`INSERT INTO touchpoint VALUES (${Array(25).fill('?').join(', ')})`)
  const insertLine = db.prepare('INSERT INTO script_line VALUES (?, ?, ?, ?, ?, ?)')
  const insertAlternative = db.prepare('INSERT INTO alternative VALUES (?, ?, ?, ?, ?)')
  const insertStandard = db.prepare('INSERT INTO standard VALUES (?, ?, ?, ?)')
  const insertAvoid = db.prepare('INSERT INTO phrase_to_avoid (touchpoint_id, position, text) VALUES (?, ?, ?)')
  const insertStep = db.prepare('INSERT INTO recovery_step VALUES (?, ?, ?, ?, ?)')
  const included = new Set(book.sections.flatMap((section) => section.touchpoints.map((touchpoint) => touchpoint.id)))
  // Touchpoints in two passes so that a branch may point at a touchpoint listed after it.
  const deferredBranches: [string, string][] = []
  for (const section of book.sections) {
    if (section.stageId !== null) insertStage.run(section.stageId, section.number, section.name)
    section.touchpoints.forEach((touchpoint, index) => {
      const branchFrom = touchpoint.branchFrom && included.has(touchpoint.branchFrom.id) ? touchpoint.branchFrom.id : null
      if (branchFrom) deferredBranches.push([touchpoint.id, branchFrom])
      insertTouchpoint.run(
        touchpoint.id,
        touchpoint.number,
        section.stageId,
        index + 1,
        touchpoint.title,
        touchpoint.channel,
        touchpoint.role,
        touchpoint.lane,
        touchpoint.laneKind,
        touchpoint.placement === 'offPath' ? 'off_path' : touchpoint.placement,
        touchpoint.mainStep,
        null,
        touchpoint.branchFrom ? touchpoint.branchFrom.label : null,
        touchpoint.isMot ? 1 : 0,
        touchpoint.motFamily,
        touchpoint.importance,
        touchpoint.isPeak ? 1 : 0,
        touchpoint.isEnd ? 1 : 0,
        touchpoint.emotion,
        touchpoint.servqual.join(','),
        touchpoint.delight,
        touchpoint.risk,
        touchpoint.recovery,
        touchpoint.expectation,
        touchpoint.notes,
      )
      touchpoint.lines.forEach((line, lineIndex) => {
        insertLine.run(touchpoint.id, lineIndex + 1, line.speaker, line.text, line.tone, line.phraseId)
        line.alternatives.forEach((alternative, position) => insertAlternative.run(touchpoint.id, lineIndex + 1, position + 1, alternative.customerType, alternative.text))
      })
      touchpoint.standards.forEach((standard, position) => insertStandard.run(touchpoint.id, position + 1, standard.text, standard.timeLimit))
      touchpoint.phrasesToAvoid.forEach((phrase, position) => insertAvoid.run(touchpoint.id, position + 1, phrase))
      touchpoint.recoverySteps.forEach((step, position) =>
        insertStep.run(touchpoint.id, position + 1, step.step, translate(book.locale, `scriptExport.clear.${step.step}`), step.text),
      )
    })
  }
  const setBranch = db.prepare('UPDATE touchpoint SET branch_from_id = ? WHERE id = ?')
  for (const [id, from] of deferredBranches) setBranch.run(from, id)
  book.libraryAvoid.forEach((phrase, position) => insertAvoid.run(null, position + 1, phrase))
}
