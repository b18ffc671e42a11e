/** The script checks of the journey, grouped by the touchpoint they are about. */
import { useMemo } from 'react'
import { acceptedReasons } from '../../shared/commands/script'
import { LINT_RULES, lintJourney, type AcceptedFinding, type Finding } from '../../shared/lint/engine'
import type { JourneyDocument } from '../../shared/model/schema'
import { SETTLE_MS } from '../canvas/WarningsPanel'
import { useSettledValue } from '../state/useSettledValue'

const SCRIPT_RULES = LINT_RULES.filter((rule) => rule.group === 'script').map((rule) => rule.id)

export interface TouchpointFindings {
  open: Finding[]
  accepted: AcceptedFinding[]
}
export const NO_FINDINGS: TouchpointFindings = { open: [], accepted: [] }

export function useScriptFindings(doc: JourneyDocument): Map<string, TouchpointFindings> {
  // Checked once the document settles (as the warnings are), so typing never waits for the lint.
  const linted = useSettledValue(doc, SETTLE_MS)
  return useMemo(() => {
    const result = lintJourney(linted, { accepted: acceptedReasons(linted), rules: SCRIPT_RULES })
    const byTouchpoint = new Map<string, TouchpointFindings>()
    const entry = (id: string) => {
      let found = byTouchpoint.get(id)
      if (!found) byTouchpoint.set(id, (found = { open: [], accepted: [] }))
      return found
    }
    for (const finding of result.findings) if (finding.touchpointId) entry(finding.touchpointId).open.push(finding)
    for (const finding of result.accepted) if (finding.touchpointId) entry(finding.touchpointId).accepted.push(finding)
    return byTouchpoint
  }, [linted])
}
