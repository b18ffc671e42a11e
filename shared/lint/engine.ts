/**
 * The journey lint engine: design and script checks over a journey document, used by the canvas
 * warnings panel, the script view and the CLI. Pure (no Node, no DOM). One context is computed
 * per run (main path, curve, reachability, orders) and shared by every rule.
 *
 * Findings are sorted errors → warnings → info, then journey-wide findings, SERVQUAL dimensions,
 * stages, and touchpoints in main-path order (cards off the main path after it, in document
 * order). Findings whose key the team accepted move to `accepted`, with the team's reason.
 */
import { lintMessages } from '../i18n/messages/lint'
import { render } from '../i18n/translate'
import { SERVQUAL_DIMENSIONS, type JourneyDocument, type Locale } from '../model/schema'
import { buildLintContext } from './context'
import { ALL_RULES } from './rules'
import {
  SEVERITIES,
  type AcceptedFinding,
  type Finding,
  type LintContext,
  type LintOptions,
  type LintResult,
  type LintRuleInfo,
} from './types'

export { buildLintContext } from './context'
export { hasTimeLimit } from './timeLimit'
export { DEFAULT_FORBIDDEN_PHRASES, FAREWELL_MARKERS, isCustomerLine, normalizeText } from './text'
export type * from './types'
export { SEVERITIES } from './types'

/** The rules for a settings or legend UI: id, severity, group, description message key. */
export const LINT_RULES: readonly LintRuleInfo[] = ALL_RULES.map(({ id, severity, group, description }) => ({
  id,
  severity,
  group,
  description,
}))

const RULE_INDEX = new Map(ALL_RULES.map((rule, index) => [rule.id, index]))

/** Lints a journey: every rule (or the `rules` subset), sorted, with accepted findings set apart. */
export function lintJourney(doc: JourneyDocument, options: LintOptions = {}): LintResult {
  const context = buildLintContext(doc, options)
  const wanted = options.rules && new Set(options.rules)
  const findings = ALL_RULES.filter((rule) => !wanted || wanted.has(rule.id)).flatMap((rule) => rule.check(context))
  sortFindings(findings, context)

  const acceptedReasons = options.accepted ?? {}
  const result: LintResult = { findings: [], accepted: [] }
  for (const finding of findings) {
    if (Object.hasOwn(acceptedReasons, finding.key)) {
      result.accepted.push({ ...finding, reason: acceptedReasons[finding.key]! } satisfies AcceptedFinding)
    } else {
      result.findings.push(finding)
    }
  }
  return result
}

/**
 * Sorts in place: severity, then scope (journey, dimension, stage, touchpoint) and position, then
 * rule (legend order) and script line; ties keep the order the rule reported them in.
 */
export function sortFindings(findings: Finding[], context: LintContext): Finding[] {
  const position = (finding: Finding): [number, number] => {
    if (finding.touchpointId !== undefined) return [3, context.touchpointRank.get(finding.touchpointId) ?? Infinity]
    if (finding.stageId !== undefined) return [2, context.stageRank.get(finding.stageId) ?? Infinity]
    if (finding.dimension !== undefined) return [1, SERVQUAL_DIMENSIONS.indexOf(finding.dimension)]
    return [0, 0]
  }
  const sortKey = (finding: Finding): number[] => [
    SEVERITIES.indexOf(finding.severity),
    ...position(finding),
    RULE_INDEX.get(finding.ruleId) ?? Infinity,
    finding.lineIndex ?? -1,
  ]
  const keys = new Map(findings.map((finding) => [finding, sortKey(finding)]))
  return findings.sort((a, b) => {
    const left = keys.get(a)!
    const right = keys.get(b)!
    for (let index = 0; index < left.length; index++) {
      if (left[index] !== right[index]) return left[index]! < right[index]! ? -1 : 1
    }
    return 0 // stable: a rule's own order (e.g. the validator's) is kept
  })
}

const LINT_DICTIONARIES: Record<Locale, Readonly<Record<string, string>>> = lintMessages

/** A finding's message in `locale` (lint keys and, for integrity findings, the validator's keys). */
export function renderFinding(locale: Locale, finding: Pick<Finding, 'message'>): string {
  const { key, params } = finding.message
  const template = LINT_DICTIONARIES[locale][key]
  if (template === undefined) return render(locale, finding.message)
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
