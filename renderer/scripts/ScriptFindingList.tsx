/** The script checks of one touchpoint: open findings with "Accept…", accepted ones with their reason. */
import { renderFinding, type Severity } from '../../shared/lint/engine'
import type { Locale } from '../../shared/model/schema'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { AcceptButton, AcceptedNote } from './FindingAcceptance'
import type { TouchpointFindings } from './useScriptFindings'

const SEVERITY_ICON: Record<Severity, string> = { error: '✗', warning: '⚠', info: 'ℹ' }

export function ScriptFindingList({ session, locale, findings }: { session: DocumentSession; locale: Locale; findings: TouchpointFindings }) {
  const t = useT()
  return (
  <ul className="script-findings" aria-label={t('scripts.view.checks')}>
    {findings.open.map((finding) => {
      const text = renderFinding(locale, finding)
      return (
        <li key={finding.key} className={`script-finding lint-finding-${finding.severity}`}>
          <span className="lint-severity">
            <span aria-hidden="true">{SEVERITY_ICON[finding.severity]} </span>
            {t(`lint.severity.${finding.severity}`)}
            <span className="visually-hidden">: </span>
          </span>{' '}
          <span className="lint-text">{text}</span> <AcceptButton session={session} findingKey={finding.key} text={text} />
        </li>
      )
    })}
    {findings.accepted.map((finding) => {
      const text = renderFinding(locale, finding)
      return (
        <li key={finding.key} className="script-finding is-accepted">
          <span className="lint-text">{text}</span> <AcceptedNote session={session} findingKey={finding.key} text={text} reason={finding.reason} />
        </li>
      )
    })}
  </ul>
  )
}
