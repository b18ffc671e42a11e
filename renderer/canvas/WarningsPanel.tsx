/**
 * The warnings the team sees as it works: every lint finding on the journey (integrity errors, the
 * canvas design checks, script suggestions), grouped by severity, each with its severity in words.
 * Clicking one jumps to what it is about: the card (selected, canvas centred on it), the stage
 * (its column centred), or the SERVQUAL dimension (the canvas filtered by it). Linted once the
 * document has settled (a quarter of a second without changes), so typing stays immediate even
 * with thousands of cards. Each finding can be accepted with a
 * reason (kept in the file); accepted ones wait, collapsed, under "Accepted (n)".
 */
import { memo, useId, useMemo } from 'react'
import { acceptedReasons } from '../../shared/commands/script'
import { lintJourney, renderFinding, type Finding, type Severity } from '../../shared/lint/engine'
import { mainPath } from '../../shared/journey/mainPath'
import type { JourneyDocument } from '../../shared/model/schema'
import { useApp } from '../app/appStore'
import { SETTLE_MS, useSettledValue } from '../state/useSettledValue'
import { selectTouchpoint } from '../editor/selection'
import { useSession } from '../editor/sessionContext'
import { AcceptButton, AcceptedNote } from '../scripts/FindingAcceptance'
import { useT } from '../i18n/useT'
import { clearFilter, setFilter } from './canvasStore'
import { useCanvasNavigation, type CanvasNavigation } from './useCanvasNavigation'
import { groupBySeverity, warningTarget, type WarningTarget } from './warningTargets'

// Also exported from here, for panels that lint like this one (the script view).
export { SETTLE_MS }

const SEVERITY_ICON: Record<Severity, string> = { error: '✗', warning: '⚠', info: 'ℹ' }

function jump(navigation: CanvasNavigation, target: WarningTarget): void {
  if (target.kind === 'card') {
    navigation.showCard(target.touchpointId)
  } else if (target.kind === 'stage') {
    selectTouchpoint(null)
    navigation.showStage(target.stageId)
  } else {
    clearFilter()
    setFilter({ dimension: target.dimension })
  }
  navigation.scrollIntoView()
}

export const WarningsPanel = memo(function WarningsPanel({ doc }: { doc: JourneyDocument }) {
  // A keystroke re-renders only this; the list waits until the document settles.
  return <WarningsList linted={useSettledValue(doc, SETTLE_MS)} />
})

const WarningsList = memo(function WarningsList({ linted }: { linted: JourneyDocument }) {
  const t = useT()
  const locale = useApp((state) => state.locale)
  const headingId = useId()
  const navigation = useCanvasNavigation()
  const session = useSession()
  const { findings, accepted } = useMemo(() => lintJourney(linted, { accepted: acceptedReasons(linted) }), [linted])
  const lastOnMainPath = useMemo(() => mainPath(linted).at(-1)?.id, [linted])
  const groups = useMemo(() => groupBySeverity(findings), [findings])

  const item = (finding: Finding) => {
    const target = warningTarget(linted, finding, lastOnMainPath)
    const text = renderFinding(locale, finding)
    return (
      <li key={finding.key} className={`lint-finding lint-finding-${finding.severity}`}>
        <span className="lint-severity">
          <span aria-hidden="true">{SEVERITY_ICON[finding.severity]} </span>
          {t(`lint.severity.${finding.severity}`)}
          <span className="visually-hidden">: </span>
        </span>
        {target ? (
          <button type="button" className="link lint-jump" onClick={() => jump(navigation, target)}>
            {text}
          </button>
        ) : (
          <span className="lint-text">{text}</span>
        )}{' '}
        <AcceptButton session={session} findingKey={finding.key} text={text} />
      </li>
    )
  }

  return (
    <section className="warnings-panel" aria-label={t('canvas.warnings.label')} aria-describedby={headingId}>
      <h3 id={headingId}>{t('canvas.warnings.heading', { count: findings.length })}</h3>
      {findings.length === 0 ? (
        <p className="muted">
          <span aria-hidden="true">✓ </span>
          {t('canvas.warnings.none')}
        </p>
      ) : (
        <>
          <p className="field-hint">{t('canvas.warnings.explain')}</p>
          <div className="warnings-scroll">
            {groups.map((group) => (
              <div key={group.severity} className="lint-group">
                <h4>{t('canvas.warnings.group', { severity: t(`lint.severity.${group.severity}`), count: group.findings.length })}</h4>
                <ul className="lint-list">{group.findings.map(item)}</ul>
              </div>
            ))}
          </div>
        </>
      )}
      {accepted.length > 0 && (
        <details className="lint-accepted">
          <summary>{t('scripts.finding.acceptedGroup', { count: accepted.length })}</summary>
          <ul className="lint-list">
            {accepted.map((finding) => {
              const text = renderFinding(locale, finding)
              return (
                <li key={finding.key} className="lint-finding is-accepted">
                  <span className="lint-text">{text}</span> <AcceptedNote session={session} findingKey={finding.key} text={text} reason={finding.reason} />
                </li>
              )
            })}
          </ul>
        </details>
      )}
    </section>
  )
})
