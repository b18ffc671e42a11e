/** A connection: the main path solid with an arrow, alternatives dashed (shape, not only colour), with an optional label. */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { JourneyFlowEdge } from '../toFlow'

export const JourneyEdge = memo(function JourneyEdge(props: EdgeProps<JourneyFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
  const kind = data?.kind ?? 'main'
  const classes = ['journey-edge', `journey-edge-${kind}`, selected && 'is-selected', data?.dimmed && 'is-dimmed']
  return (
    <>
      <BaseEdge id={id} path={path} className={classes.filter(Boolean).join(' ')} markerEnd={`url(#journey-arrow-${kind})`} interactionWidth={16} />
      {data?.label && (
        <EdgeLabelRenderer>
          <div className={`journey-edge-label${data.dimmed ? ' is-dimmed' : ''}`} style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
})

/** Arrow heads for both kinds, defined once per canvas. */
export function EdgeMarkers() {
  return (
    <svg className="journey-edge-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {(['main', 'alternative'] as const).map((kind) => (
          <marker key={kind} id={`journey-arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className={`journey-arrow-${kind}`} />
          </marker>
        ))}
      </defs>
    </svg>
  )
}
