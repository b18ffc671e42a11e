/**
 * The scorecard API through `ApiService.handle` (what Electron's IPC and the browser host call):
 * import scorecards, audits and surveys from real files, the report of methods.md §2, §4 and §5,
 * audits read, saved and deleted, every write returning the working copy's new revision.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { ApiService } from '../../../electron/services/api'
import { createWebHostAdapter } from '../../../electron/web/webHost'
import type { ApiResult, MethodName } from '../../../shared/ipc/contract'
import type { AuditSummary, ScoreReport } from '../../../shared/ipc/scorecardContract'
import type { Audit, Indicator, Score, Scorecard } from '../../../shared/model/scorecard'
import { changeSet, useTempDir, useWorkspaces } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'
import { auditRows, npsSheet, servqualSheet, workedAuditSheet, workedScorecardSheet, writeCsvSheet, writeXlsxSheet } from './sheets'

describe('scorecard API', () => {
  const dir = useTempDir('mot-score-api-')
  const workspaces = useWorkspaces(dir)
  let api: ApiService<null>
  let files: string
  let docId: string
  let revision: number

  async function call<T>(method: MethodName, request: unknown): Promise<ApiResult<T>> {
    return (await api.handle(method, request, null)) as ApiResult<T>
  }
  async function value<T>(method: MethodName, request: unknown): Promise<T> {
    const result = await call<T>(method, request)
    if (!result.ok) expect.fail(`${method} failed: ${JSON.stringify(result.error)}`)
    return result.value
  }
  const ref = (name: string) => api.refFor(join(files, name))

  /** Imports the scorecard sheet and adds the records as the renderer does (one change set, as `doc.applyChanges` writes it). */
  async function addScorecards(name: string): Promise<{ scorecards: Scorecard[]; indicators: Indicator[] }> {
    const imported = await value<{ scorecards: Scorecard[]; indicators: Indicator[]; skipped: unknown[] }>('import.scorecards', {
      docId, ref: ref(name), locale: 'en', skipBadRows: false,
    })
    expect(imported.skipped).toEqual([])
    revision = api.workspace.applyChanges(docId, revision, changeSet({ upserts: { scorecards: imported.scorecards, indicators: imported.indicators } }))
    return imported
  }

  beforeEach(() => {
    files = join(dir(), 'files')
    mkdirSync(files)
    const workspace = workspaces()
    api = new ApiService(workspace, createWebHostAdapter(files, '0.0.0-test'))
    const snapshot = workspace.create(retailJourney())
    docId = snapshot.docId
    revision = snapshot.revision
  })

  it('imports the worked example and reports 76.30 and 78.80 (methods.md §2)', async () => {
    writeCsvSheet(files, 'indicators.csv', workedScorecardSheet())
    writeCsvSheet(files, 'audits.csv', workedAuditSheet())
    const { scorecards, indicators } = await addScorecards('indicators.csv')
    const card = scorecards[0]!

    const imported = await value<{ imported: number; replaced: number; skipped: unknown[]; revision: number }>('import.audits', {
      docId, ref: ref('audits.csv'), locale: 'en', skipBadRows: false,
    })
    expect(imported).toEqual({ imported: 2, replaced: 0, skipped: [], revision: revision + 1 })
    revision = imported.revision

    const report = await value<ScoreReport>('scores.report', { docId })
    expect(report.audits['A-0001']!.index).toBeCloseTo(76.3, 10)
    expect(report.audits['A-0001']!.dimensions).toEqual({ tangibles: 90, reliability: 90, responsiveness: 94, assurance: 82.5, empathy: 25 })
    expect(report.audits['A-0002']!.index).toBeCloseTo(78.8, 10)
    expect(report.audits['A-0002']!.dimensions.reliability).toBe(100)
    expect(report.byPost.Sales).toEqual({ mean: expect.closeTo(77.55, 10), n: 2 })
    expect(Object.keys(report.byStore)).toEqual(['Store 1', 'Store 2'])
    expect(report.trend.map((point) => point.month)).toEqual(['2025-03', '2025-04'])
    expect(report.byDimension[`${card.id}/reliability`]).toEqual({ mean: 95, n: 2 })
    const promises = indicators.find((indicator) => indicator.name === 'Promises')!
    expect(report.byIndicator[promises.id]).toEqual({ mean: 80, n: 1 })
    expect(Object.keys(report.byTouchpoint).sort()).toEqual(['tp_advise', 'tp_farewell', 'tp_greet', 'tp_pay', 'tp_try'])
    expect(report.weightProblems).toEqual({ [card.id]: [] })
    expect(report.nps).toBeNull()
    expect(report.servqual).toBeNull()
    // Data writes make the journey unsaved, like edits.
    expect(api.workspace.isDirty(docId)).toBe(true)
  })

  it('lists, reads, saves and deletes audits, each write returning the new revision', async () => {
    writeCsvSheet(files, 'indicators.csv', workedScorecardSheet())
    writeCsvSheet(files, 'audits.csv', workedAuditSheet())
    const { scorecards, indicators } = await addScorecards('indicators.csv')
    revision = (await value<{ revision: number }>('import.audits', { docId, ref: ref('audits.csv'), locale: 'en', skipBadRows: false })).revision

    const list = await value<AuditSummary[]>('audits.list', { docId })
    expect(list.map((audit) => [audit.id, audit.date, Math.round(audit.index! * 100) / 100, audit.answered, audit.total])).toEqual([
      ['A-0001', '2025-03-14', 76.3, 10, 10],
      ['A-0002', '2025-04-02', 78.8, 9, 10],
    ])
    expect(await value<AuditSummary[]>('audits.list', { docId, scorecardId: 'sc_other' })).toEqual([])

    const { audit, scores } = await value<{ audit: Audit; scores: Score[] }>('audits.get', { docId, auditId: 'A-0002' })
    expect(audit).toMatchObject({ id: 'A-0002', scorecardId: scorecards[0]!.id, store: 'Store 2' })
    expect(scores.map((score) => score.indicatorId)).toEqual(indicators.map((indicator) => indicator.id))
    expect(scores[2]).toMatchObject({ value: null })

    // Fill in "promises" (8) as a form would: A-0002 becomes the worked audit, 76.30.
    const saved = await value<{ revision: number }>('audits.save', {
      docId, audit: { ...audit, auditor: '李娜', comment: 'Re-checked' }, scores: scores.map((score, index) => (index === 2 ? { ...score, value: 8 } : score)),
    })
    expect(saved.revision).toBe(revision + 1)
    revision = saved.revision
    const report = await value<ScoreReport>('scores.report', { docId })
    expect(report.audits['A-0002']!.index).toBeCloseTo(76.3, 10)
    expect(report.byAuditor).toMatchObject({ 李娜: { n: 1 } })
    expect((await value<{ audit: Audit }>('audits.get', { docId, auditId: 'A-0002' })).audit).toMatchObject({ auditor: '李娜', comment: 'Re-checked' })

    // A new audit from the form, with only some indicators answered.
    const fresh: Audit = { ...audit, id: 'F-1', date: '2025-05-01' }
    revision = (await value<{ revision: number }>('audits.save', { docId, audit: fresh, scores: [{ auditId: 'F-1', indicatorId: indicators[0]!.id, value: 1, comment: '' }] })).revision
    expect((await value<ScoreReport>('scores.report', { docId })).audits['F-1']).toEqual({ index: 100, dimensions: { tangibles: 100 } })

    const deleted = await value<{ revision: number }>('audits.delete', { docId, auditIds: ['A-0001', 'F-1', 'nope'] })
    expect(deleted.revision).toBe(revision + 1)
    expect((await value<AuditSummary[]>('audits.list', { docId })).map((summary) => summary.id)).toEqual(['A-0002'])
    // Deleting nothing changes nothing.
    expect(await value<{ revision: number }>('audits.delete', { docId, auditIds: ['nope'] })).toEqual({ revision: deleted.revision })
  })

  it('refuses audits that do not fit their scorecard, and unknown audits', async () => {
    writeCsvSheet(files, 'indicators.csv', workedScorecardSheet())
    const { scorecards, indicators } = await addScorecards('indicators.csv')
    const audit: Audit = { id: 'X', scorecardId: scorecards[0]!.id, date: '2025-01-01', store: '', post: '', auditor: '', source: 'audit', comment: '' }
    const score = (indicator: Indicator, value: number | null, auditId = 'X'): Score => ({ auditId, indicatorId: indicator.id, value, comment: '' })
    const display = indicators[1]!
    const cases: Array<[unknown, string]> = [
      [{ audit: { ...audit, scorecardId: 'sc_gone' }, scores: [] }, 'scorecardImport.save.unknownScorecard'],
      [{ audit, scores: [score(display, 3, 'Y')] }, 'scorecardImport.save.wrongAudit'],
      [{ audit, scores: [{ ...score(display, 3), indicatorId: 'in_other' }] }, 'scorecardImport.save.unknownIndicator'],
      [{ audit, scores: [score(display, 3), score(display, 4)] }, 'scorecardImport.save.duplicateIndicator'],
      [{ audit, scores: [score(display, 6)] }, 'scorecardImport.save.offScale'],
      [{ audit, scores: [score(indicators[0]!, 0.5)] }, 'scorecardImport.save.offScale'],
    ]
    for (const [request, key] of cases) {
      const result = await call('audits.save', { docId, ...(request as object) })
      expect(result, key).toMatchObject({ ok: false, error: { message: { key } } })
    }
    expect(await call('audits.get', { docId, auditId: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: { key: 'scorecardImport.save.unknownAudit', params: { audit: 'X' } } } })
    expect(await value<AuditSummary[]>('audits.list', { docId })).toEqual([])
  })

  it('re-importing an audit number replaces the audit; a sheet with problems changes nothing', async () => {
    writeCsvSheet(files, 'indicators.csv', workedScorecardSheet())
    writeCsvSheet(files, 'audits.csv', workedAuditSheet())
    await addScorecards('indicators.csv')
    revision = (await value<{ revision: number }>('import.audits', { docId, ref: ref('audits.csv'), locale: 'en', skipBadRows: false })).revision
    expect(await value('import.audits', { docId, ref: ref('audits.csv'), locale: 'en', skipBadRows: false })).toMatchObject({ imported: 2, replaced: 2 })
    expect(await value<AuditSummary[]>('audits.list', { docId })).toHaveLength(2)
    revision += 1

    const bad = workedAuditSheet()
    bad.rows.push(...auditRows('A-0003', '2025-05-02', 'Store 3', ['yes', '4', '8', '5', 'yes', '9', '4', 'yes', '3', 'perhaps']))
    bad.rows[0]![5] = 'no'
    writeCsvSheet(files, 'bad.csv', bad)
    const refused = await call('import.audits', { docId, ref: ref('bad.csv'), locale: 'en', skipBadRows: false })
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'IMPORT_PROBLEMS',
        message: { key: 'import.problems', params: { count: 1 } },
        details: [{ key: 'scorecardImport.scoreNotYesNo', params: { row: 31, column: 'score', value: 'perhaps', indicator: 'Farewell', min: 0, max: 1 } }],
      },
    })
    const report = await value<ScoreReport>('scores.report', { docId })
    expect(Object.keys(report.audits)).toEqual(['A-0001', 'A-0002'])
    expect(report.audits['A-0001']!.index).toBeCloseTo(76.3, 10)
    expect(api.workspace.workingCopyOf(docId).revision).toBe(revision)

    const skipped = await value<{ imported: number; replaced: number; skipped: unknown[]; revision: number }>('import.audits', {
      docId, ref: ref('bad.csv'), locale: 'en', skipBadRows: true,
    })
    expect(skipped).toMatchObject({ imported: 2, replaced: 2, revision: revision + 1 })
    expect(skipped.skipped).toEqual([
      { key: 'scorecardImport.auditSkipped', params: { row: 22, column: 'audit', audit: 'A-0003', rows: 10 } },
      { key: 'scorecardImport.scoreNotYesNo', params: { row: 31, column: 'score', value: 'perhaps', indicator: 'Farewell', min: 0, max: 1 } },
    ])
    // A-0001's appearance is now "no": tangibles (60·0 + 40·75)/100 = 30, index 76.30 − 0.15 × 60 = 67.30.
    expect((await value<ScoreReport>('scores.report', { docId })).audits['A-0001']!.index).toBeCloseTo(67.3, 10)
  })

  it('lists scorecard sheet problems and refuses other file types', async () => {
    const sheet = workedScorecardSheet()
    sheet.rows[2]![7] = 'often'
    sheet.rows[3]![8] = 'Parking'
    writeCsvSheet(files, 'indicators.csv', sheet)
    expect(await call('import.scorecards', { docId, ref: ref('indicators.csv'), locale: 'en', skipBadRows: false })).toEqual({
      ok: false,
      error: {
        code: 'IMPORT_PROBLEMS',
        message: { key: 'import.problems', params: { count: 2 } },
        details: [
          { key: 'scorecardImport.badScale', params: { row: 4, column: 'scale', value: 'often' } },
          { key: 'scorecardImport.unknownTouchpoint', params: { row: 5, column: 'touchpoints', value: 'Parking' } },
        ],
      },
    })
    const skipped = await value<{ indicators: Indicator[]; skipped: unknown[] }>('import.scorecards', { docId, ref: ref('indicators.csv'), locale: 'en', skipBadRows: true })
    expect(skipped.indicators.map((indicator) => indicator.name)).not.toContain('Promises')
    expect(skipped.skipped).toHaveLength(2)
    expect(await call('import.scorecards', { docId, ref: api.refFor(join(files, 'x.json')), locale: 'en', skipBadRows: false })).toMatchObject({
      ok: false, error: { code: 'BAD_REQUEST', message: { key: 'scorecardImport.unsupportedType', params: { extension: '.json' } } },
    })
    expect(await call('import.audits', { docId, ref: 'file_unknown', locale: 'en', skipBadRows: false })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('imports surveys: NPS 20 ± 11.26 and SERVQUAL −0.595 / −0.71125 in the report (methods.md §4, §5)', async () => {
    writeCsvSheet(files, 'nps.csv', npsSheet())
    await writeXlsxSheet(files, 'servqual.xlsx', servqualSheet('zh'))
    const nps = await value<{ imported: number; revision: number }>('import.surveys', { docId, ref: ref('nps.csv'), locale: 'en', skipBadRows: false })
    expect(nps).toMatchObject({ imported: 200, replaced: 0, revision: revision + 1 })
    let report = await value<ScoreReport>('scores.report', { docId })
    expect(report.nps).toEqual({ n: 200, promoters: 90, passives: 60, detractors: 50, nps: 20, margin: expect.closeTo(11.26, 2), indicative: false })
    expect(report.servqual).toBeNull()

    expect(await value('import.surveys', { docId, ref: ref('servqual.xlsx'), locale: 'zh-CN', skipBadRows: false })).toMatchObject({ imported: 2, replaced: 0 })
    report = await value<ScoreReport>('scores.report', { docId })
    expect(report.servqual).toMatchObject({ respondents: 2, weighting: 'perRespondent' })
    expect(report.servqual!.unweighted).toBeCloseTo(-0.595, 10)
    expect(report.servqual!.weighted).toBeCloseTo(-0.71125, 10)
    expect(report.servqual!.dimensions.responsiveness).toBeCloseTo(-1.125, 10)
    expect(report.servqual!.items).toHaveLength(22)
    expect(report.servqual!.items[0]).toBeCloseTo(0.5, 10)
    expect(report.nps).toMatchObject({ n: 202, promoters: 91, detractors: 51 })
    // The same respondents again: replaced, not added.
    expect(await value('import.surveys', { docId, ref: ref('servqual.xlsx'), locale: 'zh-CN', skipBadRows: false })).toMatchObject({ imported: 2, replaced: 2 })
    expect((await value<ScoreReport>('scores.report', { docId })).nps!.n).toBe(202)
  })

  it('keeps audits and surveys through Save and Open', async () => {
    writeCsvSheet(files, 'indicators.csv', workedScorecardSheet())
    writeCsvSheet(files, 'audits.csv', workedAuditSheet())
    writeCsvSheet(files, 'nps.csv', npsSheet())
    await addScorecards('indicators.csv')
    await value('import.audits', { docId, ref: ref('audits.csv'), locale: 'en', skipBadRows: false })
    await value('import.surveys', { docId, ref: ref('nps.csv'), locale: 'en', skipBadRows: false })
    const before = await value<ScoreReport>('scores.report', { docId })
    await value('doc.saveAs', { docId, ref: ref('shop.journey') })
    await value('doc.close', { docId, discard: false })
    const opened = await value<{ kind: string; snapshot: { docId: string } }>('doc.open', { ref: ref('shop.journey') })
    const after = await value<ScoreReport>('scores.report', { docId: opened.snapshot.docId })
    expect(after).toEqual(before)
  })
})
