/**
 * The journey editor: toolbar; then the journey's header, its stages board and its summary on the
 * left, and the inspector of the selected touchpoint (or the journey's lanes and personas) on the right.
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
import { useEditorView } from '../canvas/canvasStore'
import { ViewSwitch } from '../canvas/ViewSwitch'

export function EditorPage({ session }: { session: DocumentSession }) {
  const t = useT()
  useApp((state) => state.session?.changeCount)
  const doc = session.editor.doc
  const selectedId = useSelectedTouchpointId()
  const selected = selectedId ? doc.touchpoints[selectedId] : undefined
  const motCount = useMemo(() => motCounts(doc).total, [doc])
  const view = useEditorView()
  useEditorKeyboard(session, view === 'list')
  // A selection belongs to one document: start clean when another journey opens in this window.
  useEffect(() => clearSelection, [session])

  return (
    <div className="editor">
      <Toolbar session={session} />
      <SessionContext value={session}>
        <div className="editor-body">
          <main className="editor-main" aria-label={t('editor.main.label')}>
            <JourneyHeader
              session={session}
              meta={doc.meta}
              stageCount={Object.keys(doc.stages).length}
              touchpointCount={Object.keys(doc.touchpoints).length}
              motCount={motCount}
            />
            <ViewSwitch />
            {view === 'canvas' ? (
              <ReactFlowProvider>
                <JourneyCanvas session={session} doc={doc} />
              </ReactFlowProvider>
            ) : (
              <StageBoard session={session} doc={doc} selectedId={selected ? selected.id : null} />
            )}
            <SummaryPanel doc={doc} selectedId={selected ? selected.id : null} />
          </main>
          <aside className="editor-inspector" aria-label={t('editor.inspector.label')}>
            <Inspector session={session} doc={doc} touchpoint={selected} />
          </aside>
        </div>
      </SessionContext>
    </div>
  )
}
