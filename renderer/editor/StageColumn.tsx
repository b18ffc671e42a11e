/**
 * One stage of the board: its name (renamed in place), move and remove buttons, its touchpoint
 * cards in document order and the button that adds one. Memoised on its stage, its touchpoints and
 * whether it holds the selection, so typing elsewhere re-renders only the column being changed.
 */
import { memo, useRef } from 'react'
import { renameStage } from '../../shared/commands/stage'
import type { Stage, Touchpoint } from '../../shared/model/schema'
import type { Translate } from '../i18n/useT'
import { TextField } from '../inspector/fields'
import type { DocumentSession } from '../state/documentSession'
import { addTouchpointToStage, moveStageBy, removeStageAfterConfirming } from './editorActions'
import { stageName } from './format'
import { useFocusRequest } from './selection'
import { TouchpointCard } from './TouchpointCard'

interface StageColumnProps {
  session: DocumentSession
  stage: Stage
  /** 0-based position among the stages. */
  index: number
  stageCount: number
  touchpoints: readonly Touchpoint[]
  laneNames: ReadonlyMap<string, string>
  /** The selected touchpoint when it is in this stage, else null. */
  selectedId: string | null
  canAddTouchpoint: boolean
  t: Translate
}

function StageColumnView({ session, stage, index, stageCount, touchpoints, laneNames, selectedId, canAddTouchpoint, t }: StageColumnProps) {
  const nameRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  useFocusRequest({ kind: 'stageName', id: stage.id }, nameRef)
  const name = stageName(t, stage.name)
  const count = touchpoints.length
  return (
    <section className="stage-column" role="group" aria-label={name}>
      <header className="stage-header">
        <span className="stage-number" aria-hidden="true">
          {index + 1}
        </span>
        <TextField
          className="stage-name"
          label={t('editor.stage.nameLabel', { number: index + 1 })}
          hideLabel
          value={stage.name}
          maxLength={200}
          inputRef={nameRef}
          onChange={(value) => session.dispatch(renameStage, { id: stage.id, name: value })}
        />
        <div className="stage-actions">
          <button type="button" className="icon-button" aria-label={t('editor.stage.moveLeft', { name })} title={t('editor.stage.moveLeft', { name })} disabled={index === 0} onClick={() => moveStageBy(session, stage.id, -1)}>
            ←
          </button>
          <button type="button" className="icon-button" aria-label={t('editor.stage.moveRight', { name })} title={t('editor.stage.moveRight', { name })} disabled={index === stageCount - 1} onClick={() => moveStageBy(session, stage.id, 1)}>
            →
          </button>
          <button type="button" className="icon-button danger" aria-label={t('editor.stage.remove', { name })} title={t('editor.stage.remove', { name })} onClick={() => void removeStageAfterConfirming(session, stage.id)}>
            ×
          </button>
        </div>
        <span className="stage-count muted">{count === 1 ? t('editor.stage.countOne') : t('editor.stage.countMany', { count })}</span>
      </header>
      {count === 0 ? (
        <p className="stage-empty muted">{t('editor.stage.empty')}</p>
      ) : (
        <ol className="card-list">
          {touchpoints.map((touchpoint) => (
            <li key={touchpoint.id}>
              <TouchpointCard touchpoint={touchpoint} laneName={laneNames.get(touchpoint.laneId) ?? ''} selected={touchpoint.id === selectedId} t={t} />
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="add-touchpoint"
        aria-label={t('editor.touchpoint.addTo', { stage: name })}
        disabled={!canAddTouchpoint}
        title={canAddTouchpoint ? undefined : t('editor.touchpoint.noLanes')}
        onClick={() => addTouchpointToStage(session, stage.id)}
      >
        {t('editor.touchpoint.add')}
      </button>
    </section>
  )
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]))
}

export const StageColumn = memo(StageColumnView, (previous, next) => {
  const { touchpoints: previousTouchpoints, ...previousRest } = previous
  const { touchpoints: nextTouchpoints, ...nextRest } = next
  const keys = Object.keys(nextRest) as (keyof typeof nextRest)[]
  return sameItems(previousTouchpoints, nextTouchpoints) && keys.every((key) => previousRest[key] === nextRest[key])
})
