/**
 * Moving the canvas from outside it (curve, search, warnings, coverage): select a card and centre
 * the canvas on it, centre a stage's column with its header at the top, bring the canvas into view.
 * Must be used inside the editor's ReactFlowProvider.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react'
import { useMemo } from 'react'
import { blueprintGeometry, CARD_HEIGHT, CARD_WIDTH, cardPosition } from '../../shared/canvas/geometry'
import { useSession } from '../editor/sessionContext'
import { selectTouchpoint } from '../editor/selection'

const DURATION = 200

export interface CanvasNavigation {
  /** Centres the canvas on a card; selects it unless `select` is false. */
  showCard(touchpointId: string, options?: { select?: boolean }): void
  /** Centres a stage's column, its header at the top of the canvas. */
  showStage(stageId: string): void
  /** Scrolls the page so the canvas is on screen. */
  scrollIntoView(): void
}

export function useCanvasNavigation(): CanvasNavigation {
  const flow = useReactFlow()
  const store = useStoreApi()
  const session = useSession()
  return useMemo(() => {
    const centre = (x: number, y: number) => void flow.setCenter(x, y, { zoom: flow.getZoom(), duration: DURATION })
    return {
      showCard(touchpointId, { select = true } = {}) {
        const doc = session.editor.doc
        const touchpoint = doc.touchpoints[touchpointId]
        if (!touchpoint) return
        if (select) selectTouchpoint(touchpointId)
        const { x, y } = cardPosition(blueprintGeometry(doc), touchpoint)
        centre(x + CARD_WIDTH / 2, y + CARD_HEIGHT / 2)
      },
      showStage(stageId) {
        const band = blueprintGeometry(session.editor.doc).stageById.get(stageId)
        if (!band) return
        const { height } = store.getState()
        centre(band.start + band.size / 2, height / 2 / flow.getZoom())
      },
      scrollIntoView() {
        store.getState().domNode?.scrollIntoView({ block: 'nearest' })
      },
    }
  }, [flow, store, session])
}
