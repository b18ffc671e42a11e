/**
 * The journey editor: toolbar; then on the left the journey's header and either the canvas (its
 * toolbar and filters, the canvas, the experience curve aligned under it — with the script view
 * beside them when it is on — then figures, warnings,
 * SERVQUAL coverage and MOT counts) or the stages list with its summary; on the right the inspector
 * of the selected touchpoint (or the journey's lanes and personas).
 */
import { useEffect, useMemo } from 'react'
import { motCounts } from '../../shared/journey/coverage'
import { useApp } from '../app/appStore'
import { useT } from '../i18n/useT'
import { Inspector } from '../inspector/Inspector'
import type { DocumentSession } from '../state/documentSession'
import { SummaryPanel } from '../summary/SummaryPanel'
import { JourneyHeader } from './JourneyHeader'
import { clearSelection, useSelectedTouchpointId } from './selection'
import { SessionContext } from './sessionContext'
import { StageBoard } from './StageBoard'
import { Toolbar } from './Toolbar'
import { useEditorKeyboard } from './useEditorKeyboard'
import { ReactFlowProvider } from '@xyflow/react'
import { JourneyCanvas } from '../canvas/JourneyCanvas'
import { AlignedCurve } from '../canvas/AlignedCurve'
import { CanvasToolbar } from '../canvas/CanvasToolbar'
import { clearFilter, useEditorView } from '../canvas/canvasStore'
import { FilterBar, FilterCount } from '../canvas/FilterBar'
import { ViewSwitch } from '../canvas/ViewSwitch'
import { CanvasSummary } from '../summary/CanvasSummary'
import { ScorecardsWorkspace } from '../scorecards/ScorecardsWorkspace'
import { WorkspaceSwitch } from '../scorecards/WorkspaceSwitch'
import { useScorecardView } from '../scorecards/workspaceStore'
import { ScriptToggle } from '../scripts/ScriptToggle'
import { ScriptView } from '../scripts/ScriptView'
import { useScriptViewOpen } from '../scripts/scriptViewStore'

export function EditorPage({ session }: { session: DocumentSession }) {
  const t = useT()
  useApp((state) => state.session?.changeCount)
  const doc = session.editor.doc
  const selectedId = useSelectedTouchpointId()
  const selected = selectedId ? doc.touchpoints[selectedId] : undefined
  const motCount = useMemo(() => motCounts(doc).total, [doc])
  const view = useEditorView()
  const workspace = useScorecardView((state) => state.workspace)
  const scriptOpen = useScriptViewOpen()
  useEditorKeyboard(session, view === 'list' && workspace === 'journey')
  // A selection and a filter belong to one document: start clean when another journey opens in this window.
  useEffect(
    () => () => {
      clearSelection()
      clearFilter()
    },
    [session],
  )

  return (
    <div className="editor">
      <Toolbar session={session} />
      <WorkspaceSwitch session={session} />
      <SessionContext value={session}>
        <div className="editor-body">
          {workspace === 'scorecards' ? (
            <ScorecardsWorkspace session={session} />
          ) : (
          <>
          <main className="editor-main" aria-label={t('editor.main.label')}>
            <JourneyHeader
              session={session}
              meta={doc.meta}
              stageCount={Object.keys(doc.stages).length}
              touchpointCount={Object.keys(doc.touchpoints).length}
              motCount={motCount}
            />
            {view === 'canvas' ? (
              // One provider for everything that moves or reads the canvas viewport: the toolbar,
              // the search, the aligned curve, the warnings and the coverage matrix.
              <ReactFlowProvider>
                <div className="canvas-controls">
                  <div className="canvas-controls-row">
                    <ViewSwitch />
                    <ScriptToggle />
                    <CanvasToolbar session={session} doc={doc} />
                    <FilterCount doc={doc} />
                  </div>
                  <FilterBar doc={doc} />
                </div>
                <div className={`canvas-area ${scriptOpen ? 'with-script' : ''}`}>
                  <div className="canvas-stack">
                    <JourneyCanvas session={session} doc={doc} />
                    <AlignedCurve doc={doc} />
                  </div>
                  {scriptOpen && <ScriptView session={session} doc={doc} />}
                </div>
                <CanvasSummary doc={doc} />
              </ReactFlowProvider>
            ) : (
              <>
                <ViewSwitch />
                <StageBoard session={session} doc={doc} selectedId={selected ? selected.id : null} />
                <SummaryPanel doc={doc} selectedId={selected ? selected.id : null} />
              </>
            )}
          </main>
          <aside className="editor-inspector" aria-label={t('editor.inspector.label')}>
            <Inspector session={session} doc={doc} touchpoint={selected} />
          </aside>
          </>
          )}
        </div>
      </SessionContext>
    </div>
  )
}
