/**
 * Where a lint finding takes the team when they click it in the warnings panel: a card (select it
 * and centre the canvas on it), a stage (centre its column), a SERVQUAL dimension (filter the
 * canvas by it), or nowhere. Pure, so it can be tested without a browser.
 */
import { SEVERITIES, type Finding, type Severity } from '../../shared/lint/engine'
import type { JourneyDocument, ServqualDimension } from '../../shared/model/schema'

export type WarningTarget =
  | { kind: 'card'; touchpointId: string }
  | { kind: 'stage'; stageId: string }
  | { kind: 'dimension'; dimension: ServqualDimension }

/**
 * The target of a finding. A finding about the whole journey has none, except "no end", which
 * points at the last step of the main path: that is where the end usually belongs.
 */
export function warningTarget(doc: JourneyDocument, finding: Finding, lastOnMainPath: string | undefined): WarningTarget | null {
  if (finding.touchpointId !== undefined && doc.touchpoints[finding.touchpointId]) return { kind: 'card', touchpointId: finding.touchpointId }
  if (finding.stageId !== undefined && doc.stages[finding.stageId]) return { kind: 'stage', stageId: finding.stageId }
  if (finding.dimension !== undefined) return { kind: 'dimension', dimension: finding.dimension }
  if (finding.ruleId === 'no-end' && lastOnMainPath !== undefined && doc.touchpoints[lastOnMainPath]) return { kind: 'card', touchpointId: lastOnMainPath }
  return null
}

export interface SeverityGroup {
  severity: Severity
  findings: Finding[]
}

/** Findings grouped by severity (errors, warnings, suggestions), empty groups left out, order kept. */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((finding) => finding.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  )
}
