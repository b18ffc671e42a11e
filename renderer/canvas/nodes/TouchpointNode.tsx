/**
 * A touchpoint card on the canvas: title, channel and role, MOT badge with family and importance,
 * peak ★ and end ⚑ markers, SERVQUAL chips and the emotion as a face with its signed value. Every
 * marker carries words or a sign, never colour alone. Memoised: React Flow re-renders a card only
 * when its node object changes (see toFlow's cache), which an edit of the card's text does not do:
 * the card follows its touchpoint in the session itself, and its title names the node.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo, useCallback, useContext, useSyncExternalStore } from 'react'
import type { Touchpoint } from '../../../shared/model/schema'
import { SessionContext } from '../../editor/sessionContext'
import { emotionFace, emotionText, signed, touchpointName } from '../../editor/format'
import { useT } from '../../i18n/useT'
import { cardTitleId, type TouchpointFlowNode } from '../toFlow'
import { useTouchpointHeat } from '../../scorecards/heat'
import { HeatBadge, heatClass } from '../../scorecards/HeatBadge'

/** The touchpoint as the session has it now (the node's copy when there is no session or it is gone). */
function useLiveTouchpoint(nodeCopy: Touchpoint): Touchpoint {
  const session = useContext(SessionContext)
  const subscribe = useCallback((listener: () => void) => session?.subscribe(listener) ?? (() => undefined), [session])
  return useSyncExternalStore(subscribe, () => session?.editor.doc.touchpoints[nodeCopy.id] ?? nodeCopy)
}

export const TouchpointNode = memo(function TouchpointNode({ data, selected }: NodeProps<TouchpointFlowNode>) {
  const t = useT()
  const { laneName, dimmed } = data
  const touchpoint = useLiveTouchpoint(data.touchpoint)
  const name = touchpointName(t, touchpoint.title)
  const channelAndRole = [touchpoint.channel.trim(), touchpoint.role.trim()].filter(Boolean).join(' · ')
  // The score heat overlay (renderer/scorecards): null while it is off.
  const heat = useTouchpointHeat(touchpoint.id)
  const classes = ['canvas-card', touchpoint.isMot && 'is-mot', touchpoint.isPeak && 'is-peak', touchpoint.isEnd && 'is-end', selected && 'is-selected', dimmed && 'is-dimmed', heatClass(heat)]
  return (
    <div className={classes.filter(Boolean).join(' ')} data-touchpoint-id={touchpoint.id} title={`${name} — ${laneName}`}>
      <Handle type="target" position={Position.Left} id="in" aria-label={t('canvas.handle.in', { title: name })} />
      <div className="canvas-card-title" id={cardTitleId(touchpoint.id)}>
        {name}
      </div>
      <div className={channelAndRole ? 'canvas-card-meta' : 'canvas-card-meta muted'}>{channelAndRole || t('editor.card.noChannelRole')}</div>
      {(touchpoint.isMot || touchpoint.isPeak || touchpoint.isEnd) && (
        <div className="canvas-card-badges">
          {touchpoint.isMot && (
            <span className="badge badge-mot">
              {t('editor.card.mot')} · {t(`editor.card.family.${touchpoint.motFamily ?? 'unspecified'}`)} · {touchpoint.importance}/5
            </span>
          )}
          {touchpoint.isPeak && <span className="badge badge-peak">★ {t('editor.card.peak')}</span>}
          {touchpoint.isEnd && <span className="badge badge-end">⚑ {t('editor.card.end')}</span>}
        </div>
      )}
      <div className="canvas-card-footer">
        <HeatBadge heat={heat} />
        <span className={`emotion emotion-${Math.sign(touchpoint.emotion) + 1}`} title={emotionText(t, touchpoint.emotion)}>
          <span aria-hidden="true">{emotionFace(touchpoint.emotion)} </span>
          {signed(touchpoint.emotion)}
        </span>
        {touchpoint.servqual.map((dimension) => (
          <span key={dimension} className={`chip chip-${dimension}`} title={t(`servqual.${dimension}`)}>
            {t(`canvas.servqualShort.${dimension}`)}
          </span>
        ))}
      </div>
      <Handle type="source" position={Position.Right} id="out" aria-label={t('canvas.handle.out', { title: name })} />
    </div>
  )
})
