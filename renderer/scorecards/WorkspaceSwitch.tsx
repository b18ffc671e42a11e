/**
 * The editor's top-level switch between the journey (canvas or list) and the scorecards, with the
 * "Score heat map" toggle for the canvas. While the heat map is on, the score report is refetched
 * (debounced) after edits and data changes, and the canvas cards show their touchpoint scores.
 */
import { useEffect } from 'react'
import { useApp } from '../app/appStore'
import { useEditorView } from '../canvas/canvasStore'
import { clearSelection } from '../editor/selection'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { HEAT_FAIR_FROM, HEAT_GOOD_FROM, heatEntries } from '../../shared/scoring/heat'
import { setHeatEntries } from './heat'
import { refreshReport } from './scorecardActions'
import { resetScorecardView, setHeatOn, setWorkspace, useScorecardView, type Workspace } from './workspaceStore'

const HEAT_REFRESH_MS = 400

export function WorkspaceSwitch({ session }: { session: DocumentSession }) {
  const t = useT()
  const workspace = useScorecardView((state) => state.workspace)
  const view = useEditorView()
  // Another journey in this window starts on its journey, with no scorecard state carried over.
  useEffect(() => () => resetScorecardView(), [session])
  const choose = (next: Workspace) => {
    // The board keys act on the selected card; nothing on the journey may change unseen.
    if (next === 'scorecards') clearSelection()
    setWorkspace(next)
  }
  const option = (value: Workspace) => (
    <button type="button" role="radio" aria-checked={workspace === value} className={workspace === value ? 'is-active' : ''} onClick={() => choose(value)}>
      {t(`scorecards.workspace.${value}`)}
    </button>
  )
  return (
    <div className="workspace-bar">
      <div className="view-switch workspace-switch" role="radiogroup" aria-label={t('scorecards.workspace.label')}>
        {option('journey')}
        {option('scorecards')}
      </div>
      {workspace === 'journey' && view === 'canvas' && <HeatMapToggle session={session} />}
    </div>
  )
}

/** "Score heat map": a checkbox with its legend; exported so the canvas toolbar can host it instead. */
export function HeatMapToggle({ session }: { session: DocumentSession }) {
  const t = useT()
  const heatOn = useScorecardView((state) => state.heatOn)
  useHeatController(session)
  return (
    <div className="heat-toggle">
      <label>
        <input type="checkbox" checked={heatOn} onChange={(event) => setHeatOn(event.target.checked)} /> {t('scorecards.heat.toggle')}
      </label>
      {heatOn && (
        <span className="heat-legend" aria-label={t('scorecards.heat.legendLabel')} role="note">
          <span className="heat-swatch heat-good">{t('scorecards.heat.good', { from: HEAT_GOOD_FROM })}</span>
          <span className="heat-swatch heat-fair">{t('scorecards.heat.fair', { from: HEAT_FAIR_FROM, to: HEAT_GOOD_FROM })}</span>
          <span className="heat-swatch heat-poor">{t('scorecards.heat.poor', { to: HEAT_FAIR_FROM })}</span>
          <span className="heat-swatch heat-none">{t('scorecards.heat.none')}</span>
        </span>
      )}
    </div>
  )
}

/** Keeps the overlay's entries current while it is on; clears them when it is switched off. */
function useHeatController(session: DocumentSession): void {
  const heatOn = useScorecardView((state) => state.heatOn)
  const report = useScorecardView((state) => state.report)
  const dataVersion = useScorecardView((state) => state.dataVersion)
  const changeCount = useApp((state) => state.session?.changeCount)
  const doc = session.editor.doc
  useEffect(() => {
    if (!heatOn) return
    const timer = setTimeout(() => void refreshReport(session), HEAT_REFRESH_MS)
    return () => clearTimeout(timer)
    // The document's indicators and links change with `doc`; audits with `dataVersion`.
  }, [heatOn, session, doc.indicators, doc.scorecards, dataVersion])
  useEffect(() => {
    setHeatEntries(heatOn ? heatEntries(doc, report) : null)
  }, [heatOn, doc, report, changeCount])
  useEffect(() => () => setHeatEntries(null), [])
}
