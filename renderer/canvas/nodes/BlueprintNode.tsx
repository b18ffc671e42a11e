/**
 * The service-blueprint grid behind the cards: stage columns with their headers (rename by
 * double-click, reorder by dragging the header, move and remove buttons), lane rows with their
 * names, and the line of interaction, line of visibility and line of internal interaction between
 * the lanes. (Double-clicking an empty spot of a cell, handled by the canvas, creates a touchpoint.)
 */
import { useReactFlow, type NodeProps } from '@xyflow/react'
import { memo, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { renameStage } from '../../../shared/commands/stage'
import { CELL_PADDING, STAGE_HEADER_HEIGHT, LANE_HEADER_WIDTH } from '../../../shared/canvas/geometry'
import type { LaneKind } from '../../../shared/model/schema'
import { addTouchpointToStage, moveStageBy, removeStageAfterConfirming } from '../../editor/editorActions'
import { stageName } from '../../editor/format'
import { selectionStore } from '../../editor/selection'
import { useSession } from '../../editor/sessionContext'
import { useT } from '../../i18n/useT'
import { useStore } from '../../state/store'
import { moveStageTo } from '../canvasActions'
import type { BlueprintFlowNode } from '../toFlow'

/** The line drawn below each lane kind, as a service blueprint names it. */
const LINE_BELOW: Partial<Record<LaneKind, 'interaction' | 'visibility' | 'internalInteraction'>> = {
  customer: 'interaction',
  frontstage: 'visibility',
  backstage: 'internalInteraction',
}

export const BlueprintNode = memo(function BlueprintNode({ data }: NodeProps<BlueprintFlowNode>) {
  const t = useT()
  const { geometry, stages, lanes } = data

  return (
    <div className="blueprint" style={{ width: geometry.width, height: geometry.height }}>
      {geometry.lanes.map((band, index) => {
        const lane = lanes[index]
        const line = lane && LINE_BELOW[lane.kind]
        return (
          <div key={band.id} className={`blueprint-lane blueprint-lane-${lane?.kind ?? 'other'}`} style={{ top: band.start, height: band.size }}>
            <div className="blueprint-lane-header" style={{ width: LANE_HEADER_WIDTH }}>
              {lane?.name}
            </div>
            {line && index < geometry.lanes.length - 1 && (
              <div className={`blueprint-line blueprint-line-${line}`}>
                <span>{t(`canvas.line.${line}`)}</span>
              </div>
            )}
          </div>
        )
      })}
      {geometry.stages.map((band, index) => {
        const stage = stages[index]
        return stage ? <StageHeader key={band.id} stageId={stage.id} name={stage.name} index={index} count={stages.length} left={band.start} width={band.size} height={geometry.height} canAddTouchpoint={lanes.length > 0} /> : null
      })}
      <div className="blueprint-corner" style={{ width: LANE_HEADER_WIDTH, height: STAGE_HEADER_HEIGHT }} aria-hidden="true" />
      <div className="blueprint-hint" style={{ left: LANE_HEADER_WIDTH + CELL_PADDING, top: geometry.height + 8 }}>
        {t('canvas.hint')}
      </div>
    </div>
  )
})

interface StageHeaderProps {
  stageId: string
  name: string
  index: number
  count: number
  left: number
  width: number
  height: number
  canAddTouchpoint: boolean
}

function StageHeader({ stageId, name, index, count, left, width, height, canAddTouchpoint }: StageHeaderProps) {
  const t = useT()
  const session = useSession()
  const { screenToFlowPosition } = useReactFlow()
  const [editing, setEditing] = useState(false)
  const [dragOffset, setDragOffset] = useState<number | null>(null)
  const dragStart = useRef<{ pointerX: number; flowX: number } | null>(null)
  const label = stageName(t, name)
  // A new stage (or "go to this stage") asks for its name: the header then opens its name field.
  const focusRequest = useStore(selectionStore, (state) => state.focusRequest)
  useEffect(() => {
    if (focusRequest?.kind !== 'stageName' || focusRequest.id !== stageId) return
    setEditing(true)
    selectionStore.set({ focusRequest: null })
  }, [focusRequest, stageId])

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (editing || event.button !== 0 || (event.target as HTMLElement).closest('button, input')) return
    event.currentTarget.setPointerCapture(event.pointerId)
    dragStart.current = { pointerX: event.clientX, flowX: screenToFlowPosition({ x: event.clientX, y: event.clientY }).x }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragStart.current) return
    const flowX = screenToFlowPosition({ x: event.clientX, y: event.clientY }).x
    if (Math.abs(event.clientX - dragStart.current.pointerX) > 4) setDragOffset(flowX - dragStart.current.flowX)
  }
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = dragStart.current
    dragStart.current = null
    if (!start || dragOffset === null) return setDragOffset(null)
    setDragOffset(null)
    moveStageTo(session, stageId, screenToFlowPosition({ x: event.clientX, y: event.clientY }).x)
  }

  return (
    <div className={`blueprint-stage${dragOffset !== null ? ' is-dragging' : ''}`} style={{ left, width, height, transform: dragOffset !== null ? `translateX(${dragOffset}px)` : undefined }}>
      <div
        className="blueprint-stage-header nodrag nopan"
        style={{ height: STAGE_HEADER_HEIGHT }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onDoubleClick={() => setEditing(true)}
        onKeyDown={keepButtonKeys}
        title={t('canvas.stage.dragHint')}
      >
        <span className="blueprint-stage-number" aria-hidden="true">
          {index + 1}
        </span>
        {editing ? (
          <StageNameInput stageId={stageId} name={name} label={t('canvas.stage.rename', { name: label })} onDone={() => setEditing(false)} onRename={(value) => session.dispatch(renameStage, { id: stageId, name: value })} />
        ) : (
          <h3 className="blueprint-stage-name">{label}</h3>
        )}
        <button
          type="button"
          className="icon-button blueprint-stage-add"
          aria-label={t('editor.touchpoint.addTo', { stage: label })}
          title={canAddTouchpoint ? t('editor.touchpoint.addTo', { stage: label }) : t('editor.touchpoint.noLanes')}
          disabled={!canAddTouchpoint}
          onClick={() => addTouchpointToStage(session, stageId)}
        >
          +
        </button>
        <span className="blueprint-stage-actions">
          <button type="button" className="icon-button" aria-label={t('editor.stage.moveLeft', { name: label })} disabled={index === 0} onClick={() => moveStageBy(session, stageId, -1)}>
            ←
          </button>
          <button type="button" className="icon-button" aria-label={t('editor.stage.moveRight', { name: label })} disabled={index === count - 1} onClick={() => moveStageBy(session, stageId, 1)}>
            →
          </button>
          <button type="button" className="icon-button danger" aria-label={t('editor.stage.remove', { name: label })} onClick={() => void removeStageAfterConfirming(session, stageId)}>
            ×
          </button>
        </span>
      </div>
    </div>
  )
}

/** Enter and Space on a header button press that button; they never reach the canvas's card keys. */
function keepButtonKeys(event: KeyboardEvent<HTMLDivElement>): void {
  if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).closest('button')) event.stopPropagation()
}

function StageNameInput({ name, label, onDone, onRename }: { stageId: string; name: string; label: string; onDone: () => void; onRename: (value: string) => void }) {
  const ref = useRef<HTMLInputElement>(null)
  // Focus without scrolling: the canvas pans itself, and a scrolled flow container would misplace it.
  useEffect(() => {
    ref.current?.focus({ preventScroll: true })
    ref.current?.select()
  }, [])
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Escape') onDone()
  }
  return <input ref={ref} className="blueprint-stage-input nodrag" aria-label={label} defaultValue={name} onChange={(event) => onRename(event.target.value)} onBlur={onDone} onKeyDown={onKeyDown} />
}
