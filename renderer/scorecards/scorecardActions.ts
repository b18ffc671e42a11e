/**
 * Scorecard actions that reach the host: the score report, audits, imports and exports. Scorecards
 * and indicators change only through commands (undoable); audits and survey data live in the
 * file's data tables, so every data write first flushes pending edits and then takes the working
 * copy's new revision for the session's persistence.
 */
import { addScorecard } from '../../shared/commands/scorecard'
import type { FileKind } from '../../shared/ipc/contract'
import type { Audit, Score } from '../../shared/model/scorecard'
import type { Locale } from '../../shared/model/schema'
import { proposeScorecard } from '../../shared/scoring/propose'
import { appStore, notify, showDialog } from '../app/appStore'
import { asDetails, attempt, chooseOpen, chooseSave, suggestedName, withBadRows } from '../app/fileActions'
import { call } from '../host/api'
import type { DocumentSession } from '../state/documentSession'
import { dataChanged, scorecardStore, selectScorecard, setTab } from './workspaceStore'
import { newId } from '../../shared/model/ids'

/** Runs a data write after pending document edits reached the working copy, and takes its new revision. */
async function dataWrite<T extends { revision: number }>(session: DocumentSession, run: () => Promise<T>): Promise<T> {
  await session.persistence.flush()
  const result = await run()
  session.persistence.revision = result.revision
  return result
}

/** Fetches the score report (after flushing, so it reflects the current weights and links). */
export async function refreshReport(session: DocumentSession): Promise<void> {
  scorecardStore.set({ loadingReport: true })
  const report = await attempt(async () => {
    await session.persistence.flush()
    return call('scores.report', { docId: session.docId })
  })
  scorecardStore.set(report ? { report, loadingReport: false } : { loadingReport: false })
}

/** Fetches the audits of one scorecard, with their indices. */
export async function refreshAudits(session: DocumentSession, scorecardId: string): Promise<void> {
  const audits = await attempt(async () => {
    await session.persistence.flush()
    return call('audits.list', { docId: session.docId, scorecardId })
  })
  if (audits) scorecardStore.set((state) => ({ audits: { ...state.audits, [scorecardId]: audits } }))
}

export async function loadAudit(session: DocumentSession, auditId: string): Promise<{ audit: Audit; scores: Score[] } | undefined> {
  return attempt(() => call('audits.get', { docId: session.docId, auditId }))
}

export async function saveAudit(session: DocumentSession, audit: Audit, scores: Score[]): Promise<boolean> {
  const saved = await attempt(() => dataWrite(session, () => call('audits.save', { docId: session.docId, audit, scores })))
  if (!saved) return false
  notify({ tone: 'success', message: { key: 'scorecards.audit.saved', params: { id: audit.id } } })
  dataChanged()
  return true
}

export async function deleteAudit(session: DocumentSession, auditId: string): Promise<void> {
  const choice = await showDialog({
    kind: 'choice',
    title: { key: 'scorecards.audit.deleteTitle' },
    body: { key: 'scorecards.audit.deleteBody', params: { id: auditId } },
    actions: [
      { id: 'delete', label: { key: 'scorecards.audit.delete' }, tone: 'danger' },
      { id: 'cancel', label: { key: 'ui.common.cancel' } },
    ],
  })
  if (choice !== 'delete') return
  const deleted = await attempt(() => dataWrite(session, () => call('audits.delete', { docId: session.docId, auditIds: [auditId] })))
  if (deleted) {
    notify({ tone: 'success', message: { key: 'scorecards.audit.deleted', params: { id: auditId } } })
    dataChanged()
  }
}

/** Proposes a scorecard for a post (null: the whole journey), adds it (one undo step) and selects it. */
export function newScorecardFromJourney(session: DocumentSession, post: string | null, locale: Locale): string | null {
  const { scorecard, indicators } = proposeScorecard(session.editor.doc, post, locale)
  if (!session.dispatch(addScorecard, { scorecard, indicators })) return null
  selectScorecard(scorecard.id)
  setTab('indicators')
  notify({
    tone: 'success',
    message: { key: 'scorecards.new.done', params: { name: scorecard.name, count: indicators.length } },
  })
  return scorecard.id
}

/** "Import scorecards…": reads a CSV/XLSX and adds its scorecards with commands, as one undo step. */
export async function importScorecards(session: DocumentSession): Promise<void> {
  const ref = await attempt(() => chooseOpen('spreadsheet'))
  if (!ref) return
  const locale = appStore.get().locale
  const result = await withBadRows((skipBadRows) => call('import.scorecards', { docId: session.docId, ref, locale, skipBadRows }))
  if (!result) return
  const doc = session.editor.doc
  let added = 0
  let firstId: string | null = null
  session.batch('importScorecards', () => {
    for (const imported of result.scorecards) {
      // Ids already in the journey (the same file imported twice) get fresh ones, indicators too.
      const clash = Boolean(doc.scorecards[imported.id]) || result.indicators.some((indicator) => indicator.scorecardId === imported.id && doc.indicators[indicator.id])
      const scorecardId = clash ? newId('sc') : imported.id
      const indicators = result.indicators
        .filter((indicator) => indicator.scorecardId === imported.id)
        .map((indicator) => ({ ...indicator, scorecardId, id: clash ? newId('in') : indicator.id }))
      if (session.dispatch(addScorecard, { scorecard: { ...imported, id: scorecardId }, indicators })) {
        added++
        firstId ??= scorecardId
      }
    }
  })
  if (firstId) selectScorecard(firstId)
  notify({
    tone: result.skipped.length > 0 ? 'info' : 'success',
    message: { key: 'scorecards.import.scorecardsDone', params: { count: added, skipped: result.skipped.length } },
    details: asDetails(result.skipped),
  })
}

/** "Import audits…" / "Import surveys…": the host reads the file into its data tables. */
export async function importData(session: DocumentSession, what: 'audits' | 'surveys'): Promise<void> {
  const ref = await attempt(() => chooseOpen('spreadsheet'))
  if (!ref) return
  const locale = appStore.get().locale
  const method = what === 'audits' ? 'import.audits' : 'import.surveys'
  const result = await withBadRows((skipBadRows) => dataWrite(session, () => call(method, { docId: session.docId, ref, locale, skipBadRows })))
  if (!result) return
  dataChanged()
  notify({
    tone: result.skipped.length > 0 ? 'info' : 'success',
    message: {
      key: what === 'audits' ? 'scorecards.import.auditsDone' : 'scorecards.import.surveysDone',
      params: { count: result.imported, replaced: result.replaced, skipped: result.skipped.length },
    },
    details: asDetails(result.skipped),
  })
}

export type ExportChoice = 'sqlite' | 'xlsx' | 'csv' | 'pdfForm' | 'pdfReport'

const EXPORTS: Record<ExportChoice, { kind: FileKind; format: 'sqlite' | 'xlsx' | 'csv' | 'pdf'; pdfKind?: 'form' | 'report'; suffix: { en: string; 'zh-CN': string } }> = {
  sqlite: { kind: 'sqlite', format: 'sqlite', suffix: { en: ' scorecards.sqlite', 'zh-CN': ' 考核表.sqlite' } },
  xlsx: { kind: 'xlsx', format: 'xlsx', suffix: { en: ' scorecards.xlsx', 'zh-CN': ' 考核表.xlsx' } },
  csv: { kind: 'csv', format: 'csv', suffix: { en: ' scorecards.csv', 'zh-CN': ' 考核表.csv' } },
  pdfForm: { kind: 'pdf', format: 'pdf', pdfKind: 'form', suffix: { en: ' assessment form.pdf', 'zh-CN': ' 考核表（检查用）.pdf' } },
  pdfReport: { kind: 'pdf', format: 'pdf', pdfKind: 'report', suffix: { en: ' scorecard report.pdf', 'zh-CN': ' 考核结果报告.pdf' } },
}

/** Writes the scorecards (with audits and results) as a SQLite package, XLSX, CSV or PDF. */
export async function exportScorecards(session: DocumentSession, choice: ExportChoice): Promise<void> {
  const spec = EXPORTS[choice]
  const locale = appStore.get().locale
  const ref = await attempt(() => chooseSave(spec.kind, suggestedName(spec.suffix[locale])))
  if (!ref) return
  const written = await attempt(async () => {
    await session.persistence.flush()
    return call('export.scorecards', {
      docId: session.docId,
      ref,
      format: spec.format,
      ...(spec.pdfKind ? { pdfKind: spec.pdfKind } : {}),
      locale,
    })
  })
  if (written) notify({ tone: 'success', message: { key: 'ui.export.done', params: { name: written.fileName } } })
}
