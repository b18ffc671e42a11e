/**
 * Structure rules: integrity problems of the file (validateJourney) as errors, and whether the
 * cards are connected into a journey at all (start, connections, reachability).
 */
import { validateJourney } from '../../journey/validate'
import { defineRule, makeFinding, type FindingTarget } from '../finding'
import type { LintRule } from '../types'

/** Every integrity problem of validateJourney, one error each, with the validator's own message. */
export const integrity = defineRule(
  { id: 'integrity', severity: 'error', group: 'canvas', description: 'lint.rule.integrity' },
  (context, rule) => {
    const { doc } = context
    return validateJourney(doc).map((problem) => {
      const recordId = problem.recordId
      const target: FindingTarget = {}
      if (recordId !== undefined) {
        if (doc.touchpoints[recordId]) target.touchpointId = recordId
        else if (doc.stages[recordId]) target.stageId = recordId
        else {
          // An edge problem points at the edge's source card, so a UI can jump to it.
          const sourceId = doc.edges[recordId]?.sourceId
          if (sourceId !== undefined && doc.touchpoints[sourceId]) target.touchpointId = sourceId
        }
      }
      const anchor = target.touchpointId ?? target.stageId
      target.keySuffix = recordId === undefined || recordId === anchor ? problem.code : `${problem.code}:${recordId}`
      return makeFinding(rule, problem.message.key, problem.message.params ?? {}, target)
    })
  },
)

/** Touchpoints exist but each has an incoming connection: no start, so no main path or curve. */
export const noStart = defineRule(
  { id: 'no-start', severity: 'warning', group: 'canvas', description: 'lint.rule.no-start' },
  (context, rule) => (context.ordered.length > 0 && context.mainPath.length === 0 ? [makeFinding(rule, 'lint.no-start', {})] : []),
)

/** Several touchpoints and not one connection between them: one finding instead of one per card. */
export const noConnections = defineRule(
  { id: 'no-connections', severity: 'warning', group: 'canvas', description: 'lint.rule.no-connections' },
  (context, rule) =>
    context.ordered.length >= 2 && context.connectedEdgeCount === 0
      ? [makeFinding(rule, 'lint.no-connections', { count: context.ordered.length })]
      : [],
)

/** Cards no path from the start reaches (silent when no-start or no-connections already says it). */
export const unreachable = defineRule(
  { id: 'unreachable', severity: 'warning', group: 'canvas', description: 'lint.rule.unreachable' },
  (context, rule) => {
    const start = context.mainPath[0]
    if (!start || context.connectedEdgeCount === 0) return []
    return context.ordered
      .filter((touchpoint) => !context.reachable.has(touchpoint.id))
      .map((touchpoint) =>
        makeFinding(rule, 'lint.unreachable', { title: context.name(touchpoint), start: context.name(start) }, { touchpointId: touchpoint.id }),
      )
  },
)

export const STRUCTURE_RULES: readonly LintRule[] = [integrity, noStart, noConnections, unreachable]
