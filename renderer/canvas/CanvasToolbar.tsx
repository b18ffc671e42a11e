/**
 * The canvas's own toolbar: add a stage (its header then takes the name, the canvas pans to it) and
 * add a touchpoint (to the selected card's stage, else the first stage; the inspector takes its
 * title). Zoom and fit live in React Flow's controls on the canvas itself.
 */
import { AutoLayoutButton } from './SelectionActions'
import { bySortKey } from '../../shared/model/order'
import type { JourneyDocument } from '../../shared/model/schema'
import { addStageAtEnd, addTouchpointToStage } from '../editor/editorActions'
import { stageName } from '../editor/format'
import { selectionStore, useSelectedTouchpointId } from '../editor/selection'
import { useT } from '../i18n/useT'
import type { DocumentSession } from '../state/documentSession'
import { useCanvasNavigation } from './useCanvasNavigation'

export function CanvasToolbar({ session, doc }: { session: DocumentSession; doc: JourneyDocument }) {
  const t = useT()
  const navigation = useCanvasNavigation()
  const selectedId = useSelectedTouchpointId()
  const selectedStageId = selectedId ? doc.touchpoints[selectedId]?.stageId : undefined
  const targetStage = (selectedStageId && doc.stages[selectedStageId]) || bySortKey(Object.values(doc.stages))[0]
  const hasLanes = Object.keys(doc.lanes).length > 0

  const addStage = () => {
    const before = new Set(Object.keys(session.editor.doc.stages))
    addStageAtEnd(session)
    const added = Object.keys(session.editor.doc.stages).find((id) => !before.has(id))
    if (added) navigation.showStage(added)
  }

  const addTouchpoint = () => {
    if (!targetStage) return
    const before = selectionStore.get().touchpointId
    addTouchpointToStage(session, targetStage.id)
    const added = selectionStore.get().touchpointId
    if (added && added !== before) navigation.showCard(added, { select: false })
  }

  const addTitle = !hasLanes ? t('editor.touchpoint.noLanes') : targetStage ? t('canvas.toolbar.addTouchpointTo', { stage: stageName(t, targetStage.name) }) : undefined
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('canvas.toolbar.label')}>
      <button type="button" aria-label={t('editor.stage.addLabel')} onClick={addStage}>
        {t('editor.stage.add')}
      </button>
      <button type="button" aria-label={t('canvas.toolbar.addTouchpoint')} title={addTitle} disabled={!targetStage || !hasLanes} onClick={addTouchpoint}>
        {t('editor.touchpoint.add')}
      </button>
      <AutoLayoutButton session={session} />
    </div>
  )
}
