/**
 * Peak-end rules (methods.md §1). The checks themselves are `peakEndWarnings` of
 * shared/journey/peakEnd.ts, so the curve panel and the lint always agree; these rules only turn
 * each warning into a finding that names the touchpoint and its emotion.
 */
import type { PeakEndWarningCode } from '../../journey/peakEnd'
import { defineRule, formatEmotion, makeFinding } from '../finding'
import type { LintContext, LintRule, LintRuleInfo } from '../types'

function warningsOf(context: LintContext, code: PeakEndWarningCode) {
  return context.peakEndWarnings.filter((warning) => warning.code === code)
}

/** The message params of a curve point: its title and its emotion. */
function pointParams(context: LintContext, touchpointId: string | undefined) {
  const touchpoint = touchpointId === undefined ? undefined : context.doc.touchpoints[touchpointId]
  return touchpoint ? { title: context.name(touchpoint), emotion: formatEmotion(touchpoint.emotion) } : { title: '', emotion: '' }
}

/**
 * No designed peak on the main path (the curve). When a peak is designed off the main path, the
 * finding says so and points at it: most customers never get there.
 */
export const noDesignedPeak = defineRule(
  { id: 'no-designed-peak', severity: 'warning', group: 'canvas', description: 'lint.rule.no-designed-peak' },
  (context, rule) => {
    if (warningsOf(context, 'no-designed-peak').length === 0) return []
    const offPath = context.ordered.find((touchpoint) => touchpoint.isPeak)
    return [
      offPath
        ? makeFinding(rule, 'lint.no-designed-peak.offPath', { title: context.name(offPath) }, { touchpointId: offPath.id })
        : makeFinding(rule, 'lint.no-designed-peak', {}),
    ]
  },
)

/** One finding per peak-end warning of `code`, anchored at the warning's touchpoint. */
function perWarning(
  info: LintRuleInfo,
  code: PeakEndWarningCode,
  messageKey: 'lint.peak-negative' | 'lint.end-negative' | 'lint.lowest-before-end',
): LintRule {
  return defineRule(info, (context, rule) =>
    warningsOf(context, code).map((warning) =>
      makeFinding(rule, messageKey, pointParams(context, warning.touchpointId), { touchpointId: warning.touchpointId }),
    ),
  )
}

export const peakNegative = perWarning(
  { id: 'peak-negative', severity: 'warning', group: 'canvas', description: 'lint.rule.peak-negative' },
  'peak-negative',
  'lint.peak-negative',
)

export const endNegative = perWarning(
  { id: 'end-negative', severity: 'warning', group: 'canvas', description: 'lint.rule.end-negative' },
  'end-negative',
  'lint.end-negative',
)

export const lowestBeforeEnd = perWarning(
  { id: 'lowest-before-end', severity: 'warning', group: 'canvas', description: 'lint.rule.lowest-before-end' },
  'lowest-before-end',
  'lint.lowest-before-end',
)

export const designedPeakWeaker = defineRule(
  { id: 'designed-peak-weaker', severity: 'warning', group: 'canvas', description: 'lint.rule.designed-peak-weaker' },
  (context, rule) => {
    const warnings = warningsOf(context, 'designed-peak-weaker-than-worst')
    if (warnings.length === 0) return []
    const worst = context.curve.reduce((lowest, point) => Math.min(lowest, point.emotion), Infinity)
    return warnings.map((warning) =>
      makeFinding(
        rule,
        'lint.designed-peak-weaker',
        { ...pointParams(context, warning.touchpointId), worst: formatEmotion(worst) },
        { touchpointId: warning.touchpointId },
      ),
    )
  },
)

export const PEAK_END_RULES: readonly LintRule[] = [noDesignedPeak, peakNegative, designedPeakWeaker, endNegative, lowestBeforeEnd]
