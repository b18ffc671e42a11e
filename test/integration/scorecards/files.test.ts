/**
 * Scorecard and audit sheets as teams save them: CSV in UTF-8 with and without BOM, GB18030 (Excel
 * on Chinese Windows, committed fixtures), and XLSX with real date cells, Excel serial dates and
 * number cells. Every form gives the worked example of methods.md §2: 76.30 and 78.80.
 */
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scoreReport } from '../../../electron/services/scoring/report'
import { importAuditsFile, readScorecardsFile } from '../../../electron/services/scoring/imports'
import type { WorkingCopy } from '../../../electron/services/document/workingCopy'
import { changeSet, useTempDir, useWorkspaces } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'
import { workedAuditSheet, workedScorecardSheet, writeCsvSheet, writeXlsxSheet } from './sheets'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'scorecards')

describe('scorecard and audit files', () => {
  const dir = useTempDir('mot-score-files-')
  const workspaces = useWorkspaces(dir)

  /** Imports both sheets into a fresh journey and returns the audits' indices, rounded to 2 decimals. */
  async function indices(scorecardPath: string, auditPath: string, locale: 'en' | 'zh-CN' = 'en'): Promise<Record<string, number | null>> {
    const workspace = workspaces()
    const snapshot = workspace.create(retailJourney())
    const workingCopy: WorkingCopy = workspace.workingCopyOf(snapshot.docId)
    const imported = await readScorecardsFile(workingCopy, scorecardPath, { locale, skipBadRows: false })
    expect(imported.skipped).toEqual([])
    workspace.applyChanges(snapshot.docId, snapshot.revision, changeSet({ upserts: { scorecards: imported.scorecards, indicators: imported.indicators } }))
    const audits = await importAuditsFile(workingCopy, auditPath, { locale, skipBadRows: false })
    expect(audits).toMatchObject({ imported: 2, scores: 20, skipped: [] })
    const report = scoreReport(workingCopy)
    return Object.fromEntries(Object.entries(report.audits).map(([id, audit]) => [id, audit.index === null ? null : Math.round(audit.index * 100) / 100]))
  }
  const WORKED = { 'A-0001': 76.3, 'A-0002': 78.8 }

  it('reads UTF-8 CSV with and without a byte-order mark, English and Chinese headers', async () => {
    expect(await indices(writeCsvSheet(dir(), 'c.csv', workedScorecardSheet()), writeCsvSheet(dir(), 'a.csv', workedAuditSheet()))).toEqual(WORKED)
    expect(
      await indices(writeCsvSheet(dir(), 'c-bom.csv', workedScorecardSheet('zh'), { bom: true }), writeCsvSheet(dir(), 'a-bom.csv', workedAuditSheet('zh'), { bom: true }), 'zh-CN'),
    ).toEqual(WORKED)
  })

  it('reads GB18030 CSV (the committed fixtures are not valid UTF-8)', async () => {
    const scorecards = join(FIXTURES, 'scorecard-gb18030.csv')
    const audits = join(FIXTURES, 'audits-gb18030.csv')
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(scorecards))).toThrow()
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(audits))).toThrow()
    expect(await indices(scorecards, audits, 'zh-CN')).toEqual(WORKED)
  })

  it('reads XLSX with date cells, Excel serial dates and number cells', async () => {
    const scorecards = await writeXlsxSheet(dir(), '考核表.xlsx', workedScorecardSheet('zh'), (text, column) =>
      // Weights as numbers, as Excel stores them.
      (column === 3 || column === 6) && /^\d+$/.test(text) ? Number(text) : text,
    )
    const audits = await writeXlsxSheet(dir(), '检查.xlsx', workedAuditSheet('zh'), (text, column) => {
      if (column === 1) return text === '2025-03-14' ? new Date(Date.UTC(2025, 2, 14)) : 45749 // 2025-04-02 as a bare serial number
      return /^\d+$/.test(text) ? Number(text) : text
    })
    expect(await indices(scorecards, audits, 'zh-CN')).toEqual(WORKED)
  })

  it('reads a scorecard sheet without a scorecard column as one scorecard named after the file', async () => {
    const sheet = workedScorecardSheet()
    const withoutName = { headers: sheet.headers.slice(1), rows: sheet.rows.map((row) => row.slice(1)) }
    const workspace = workspaces()
    const snapshot = workspace.create(retailJourney())
    const imported = await readScorecardsFile(workspace.workingCopyOf(snapshot.docId), writeCsvSheet(dir(), '导购考核表.csv', withoutName), { locale: 'zh-CN', skipBadRows: false })
    expect(imported.scorecards.map((card) => [card.name, card.post])).toEqual([['导购考核表', 'Sales']])
  })
})
