/**
 * What must be written at a touchpoint (domain.md "What is written at a touchpoint"): standards
 * and scripts of MOTs, the owning role, the delight of a peak, the recovery of a risk, and the
 * five SERVQUAL dimensions over the whole journey.
 */
import { SERVQUAL_DIMENSIONS, type Touchpoint } from '../../model/schema'
import { defineRule, isBlank, makeFinding } from '../finding'
import type { LintMessageKey, LintRule, LintRuleInfo } from '../types'

/** One finding per touchpoint (in document order) that `fails`, with its title as the only param. */
function perTouchpoint(info: LintRuleInfo, messageKey: LintMessageKey, fails: (touchpoint: Touchpoint) => boolean): LintRule {
  return defineRule(info, (context, rule) =>
    context.ordered
      .filter(fails)
      .map((touchpoint) => makeFinding(rule, messageKey, { title: context.name(touchpoint) }, { touchpointId: touchpoint.id })),
  )
}

export const motNoStandard = perTouchpoint(
  { id: 'mot-no-standard', severity: 'warning', group: 'canvas', description: 'lint.rule.mot-no-standard' },
  'lint.mot-no-standard',
  (touchpoint) => touchpoint.isMot && touchpoint.standards.every((standard) => isBlank(standard.text)),
)

export const motNoScript = perTouchpoint(
  { id: 'mot-no-script', severity: 'warning', group: 'canvas', description: 'lint.rule.mot-no-script' },
  'lint.mot-no-script',
  (touchpoint) => touchpoint.isMot && touchpoint.scriptLines.every((line) => isBlank(line.text)),
)

export const noRole = perTouchpoint(
  { id: 'no-role', severity: 'warning', group: 'canvas', description: 'lint.rule.no-role' },
  'lint.no-role',
  (touchpoint) => isBlank(touchpoint.role),
)

export const peakNoDelight = perTouchpoint(
  { id: 'peak-no-delight', severity: 'warning', group: 'script', description: 'lint.rule.peak-no-delight' },
  'lint.peak-no-delight',
  (touchpoint) => touchpoint.isPeak && isBlank(touchpoint.delight),
)

export const riskNoRecovery = perTouchpoint(
  { id: 'risk-no-recovery', severity: 'warning', group: 'script', description: 'lint.rule.risk-no-recovery' },
  'lint.risk-no-recovery',
  // A recovery is a written plan or any of the CLEAR steps.
  (touchpoint) => !isBlank(touchpoint.risk) && isBlank(touchpoint.recovery) && Object.values(touchpoint.recoverySteps).every(isBlank),
)

/** A SERVQUAL dimension no touchpoint of the journey serves: one finding per dimension. */
export const dimensionUnserved = defineRule(
  { id: 'dimension-unserved', severity: 'warning', group: 'canvas', description: 'lint.rule.dimension-unserved' },
  (context, rule) => {
    if (context.ordered.length === 0) return []
    const served = new Set(context.ordered.flatMap((touchpoint) => touchpoint.servqual))
    return SERVQUAL_DIMENSIONS.filter((dimension) => !served.has(dimension)).map((dimension) =>
      makeFinding(rule, `lint.dimension-unserved.${dimension}`, {}, { dimension }),
    )
  },
)

export const CONTENT_RULES: readonly LintRule[] = [motNoStandard, motNoScript, noRole, dimensionUnserved, riskNoRecovery, peakNoDelight]
