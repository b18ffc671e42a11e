/** Building findings with stable keys, and the small formatting helpers rules share. */
import type { MessageParams } from '../i18n/translate'
import type { ServqualDimension } from '../model/schema'
import type { Finding, FindingMessage, LintContext, LintRule, LintRuleInfo } from './types'

export interface FindingTarget {
  touchpointId?: string
  stageId?: string
  dimension?: ServqualDimension
  lineIndex?: number
  /** Distinguishes several findings of one rule on one record (e.g. the phrase of forbidden-phrase). */
  keySuffix?: string
}

export function makeFinding(
  rule: Pick<LintRuleInfo, 'id' | 'severity'>,
  key: FindingMessage['key'],
  params: MessageParams,
  target: FindingTarget = {},
): Finding {
  const { keySuffix, ...where } = target
  const anchor = where.touchpointId ?? where.stageId ?? where.dimension ?? ''
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.severity,
    message: { key, params },
    key: keySuffix === undefined ? `${rule.id}:${anchor}` : `${rule.id}:${anchor}:${keySuffix}`,
  }
  if (where.touchpointId !== undefined) finding.touchpointId = where.touchpointId
  if (where.stageId !== undefined) finding.stageId = where.stageId
  if (where.dimension !== undefined) finding.dimension = where.dimension
  if (where.lineIndex !== undefined) finding.lineIndex = where.lineIndex
  return finding
}

/** An emotion for messages: "+2", "0", "-3". */
export function formatEmotion(value: number): string {
  return value > 0 ? `+${value}` : String(value)
}

export const isBlank = (text: string) => text.trim() === ''

/** A rule from its legend information and its check; the check receives the rule for its findings. */
export function defineRule(info: LintRuleInfo, check: (context: LintContext, rule: LintRuleInfo) => Finding[]): LintRule {
  return { ...info, check: (context) => check(context, info) }
}
