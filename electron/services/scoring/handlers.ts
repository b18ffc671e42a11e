/**
 * The scorecard part of the API (shared/ipc/scorecardContract.ts), wired into `ApiService`'s
 * handlers. Requests arrive parsed by their zod schemas; file references are resolved by the host.
 * Every write returns the working copy's new revision.
 */
import type { z } from 'zod'
import type { SCORECARD_METHODS } from '../../../shared/ipc/scorecardContract'
import type { MethodResponse } from '../../../shared/ipc/contract'
import { ServiceError } from '../errors'
import type { Workspace } from '../workspace'
import { AuditData } from './auditData'
import { importAuditsFile, importSurveysFile, readScorecardsFile } from './imports'
import { auditSummaries, scoreReport } from './report'

/** The methods implemented here (`export.scorecards` lives with the exports). */
export type ScorecardDataMethod = Exclude<keyof typeof SCORECARD_METHODS, 'export.scorecards'>
type Request<M extends ScorecardDataMethod> = z.output<(typeof SCORECARD_METHODS)[M]['request']>

export type ScorecardHandlers = {
  [M in ScorecardDataMethod]: (request: Request<M>) => Promise<MethodResponse<M>> | MethodResponse<M>
}

/**
 * The handlers of the scorecard data methods for `workspace`; `pathOf` turns a renderer's file
 * reference into the path it stands for (refusing unknown ones).
 *
 * @example
 * return { ...otherHandlers, ...scorecardHandlers(workspace, (ref) => this.pathOf(ref)) }
 */
export function scorecardHandlers(workspace: Workspace, pathOf: (ref: string) => string): ScorecardHandlers {
  const copy = (docId: string) => workspace.workingCopyOf(docId)
  return {
    'scores.report': ({ docId }) => scoreReport(copy(docId)),
    'audits.list': ({ docId, scorecardId }) => auditSummaries(copy(docId), scorecardId),
    'audits.get': ({ docId, auditId }) => {
      const found = AuditData.of(copy(docId)).getAudit(auditId)
      if (!found) throw new ServiceError('NOT_FOUND', { key: 'scorecardImport.save.unknownAudit', params: { audit: auditId } })
      return found
    },
    'audits.save': ({ docId, audit, scores }) => ({ revision: AuditData.of(copy(docId)).saveAudit(audit, scores) }),
    'audits.delete': ({ docId, auditIds }) => ({ revision: AuditData.of(copy(docId)).deleteAudits(auditIds) }),
    'import.scorecards': ({ docId, ref, locale, skipBadRows }) => readScorecardsFile(copy(docId), pathOf(ref), { locale, skipBadRows }),
    'import.audits': async ({ docId, ref, locale, skipBadRows }) => {
      const { imported, replaced, skipped, revision } = await importAuditsFile(copy(docId), pathOf(ref), { locale, skipBadRows })
      return { imported, replaced, skipped, revision }
    },
    'import.surveys': ({ docId, ref, locale, skipBadRows }) => importSurveysFile(copy(docId), pathOf(ref), { locale, skipBadRows }),
  }
}
