/** The end touchpoint (终点体验): there is one, only one, and it closes the main path. */
import { defineRule, makeFinding } from '../finding'
import type { LintContext, LintRule } from '../types'

/** The end that counts: the main path's last step when it is an end, else the first end. */
function mainEnd(context: LintContext) {
  const last = context.mainPath.at(-1)
  return last?.isEnd ? last : context.ends[0]
}

export const noEnd = defineRule(
  { id: 'no-end', severity: 'warning', group: 'canvas', description: 'lint.rule.no-end' },
  (context, rule) => (context.ordered.length > 0 && context.ends.length === 0 ? [makeFinding(rule, 'lint.no-end', {})] : []),
)

/** The main path does not finish at an end: one finding per end touchpoint. */
export const endNotLast = defineRule(
  { id: 'end-not-last', severity: 'warning', group: 'canvas', description: 'lint.rule.end-not-last' },
  (context, rule) => {
    const last = context.mainPath.at(-1)
    if (!last || last.isEnd) return []
    return context.ends.map((end) =>
      makeFinding(rule, 'lint.end-not-last', { title: context.name(end), last: context.name(last) }, { touchpointId: end.id }),
    )
  },
)

/** More than one end: one finding per end other than the main one. */
export const multipleEnds = defineRule(
  { id: 'multiple-ends', severity: 'warning', group: 'canvas', description: 'lint.rule.multiple-ends' },
  (context, rule) => {
    if (context.ends.length < 2) return []
    const main = mainEnd(context)!
    return context.ends
      .filter((end) => end !== main)
      .map((end) =>
        makeFinding(
          rule,
          'lint.multiple-ends',
          { title: context.name(end), count: context.ends.length, main: context.name(main) },
          { touchpointId: end.id },
        ),
      )
  },
)

export const END_RULES: readonly LintRule[] = [noEnd, endNotLast, multipleEnds]
