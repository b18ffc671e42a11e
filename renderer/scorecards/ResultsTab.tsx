/**
 * "Results" of the selected scorecard (methods.md §2–6), from the host's score report and audit list:
 * the weighted satisfaction index overall and per store, post, month and auditor (means of audit
 * indices), the trend, dimension and indicator means, touchpoint scores, the importance–performance
 * chart with its crosshair rule, and the survey results of the journey (NPS with shares, margin and
 * n; SERVQUAL gaps weighted per respondent). Every chart has a table with the same numbers.
 */
import { useEffect } from 'react'
import type { Indicator, Scorecard } from '../../shared/model/scorecard'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { refreshAudits, refreshReport } from './scorecardActions'
import { ScorecardResults } from './ScorecardResults'
import { SurveyResults } from './SurveyResults'
import { useScorecardView } from './workspaceStore'

const REFRESH_MS = 400

export function ResultsTab(props: { session: DocumentSession; scorecard: Scorecard; indicators: Indicator[]; problems: string[] }) {
  const { session, scorecard, indicators, problems } = props
  const t = useT()
  const doc = session.editor.doc
  const report = useScorecardView((state) => state.report)
  const loading = useScorecardView((state) => state.loadingReport)
  const audits = useScorecardView((state) => state.audits[scorecard.id])
  const dataVersion = useScorecardView((state) => state.dataVersion)
  useEffect(() => {
    const timer = setTimeout(() => {
      void refreshReport(session)
      void refreshAudits(session, scorecard.id)
    }, REFRESH_MS)
    return () => clearTimeout(timer)
  }, [session, scorecard.id, dataVersion, doc.scorecards, doc.indicators])

  const refresh = () => {
    void refreshReport(session)
    void refreshAudits(session, scorecard.id)
  }

  return (
    <div className="scorecard-results">
      <div className="scorecard-actions">
        <button type="button" onClick={refresh} disabled={loading}>
          {t('scorecards.results.refresh')}
        </button>
        <span role="status" className="muted">
          {loading ? t('scorecards.loading') : ''}
        </span>
      </div>
      {problems.length > 0 ? (
        <div className="usable-bad" role="note">
          <p>{t('scorecards.results.unusable')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ScorecardResults t={t} doc={doc} scorecard={scorecard} indicators={indicators} report={report} audits={audits ?? []} />
      )}
      <SurveyResults t={t} session={session} report={report} />
    </div>
  )
}
