/**
 * Script and standards rules: time-bound standards at moments of truth, scripts in which staff
 * actually speak, no service taboos (服务忌语), and an ending that says goodbye or promises a follow-up.
 */
import { defineRule, makeFinding } from '../finding'
import { hasTimeLimit } from '../timeLimit'
import { ALL_FAREWELL_MARKERS } from '../text'
import type { Finding, LintRule } from '../types'

/** An MOT with standards, none of which sets a time limit (an MOT with none is mot-no-standard). */
export const motNoTimeLimit = defineRule(
  { id: 'mot-no-time-limit', severity: 'info', group: 'script', description: 'lint.rule.mot-no-time-limit' },
  (context, rule) =>
    context.ordered
      .filter((touchpoint) => {
        if (!touchpoint.isMot) return false
        const standards = touchpoint.standards.filter((standard) => standard.text.trim() !== '')
        return standards.length > 0 && !standards.some((standard) => standard.timeLimit.trim() !== '' || hasTimeLimit(standard.text))
      })
      .map((touchpoint) => makeFinding(rule, 'lint.mot-no-time-limit', { title: context.name(touchpoint) }, { touchpointId: touchpoint.id })),
)

/** A script whose every line is a customer line ("顾客：…", "Customer: …"). */
export const scriptNoStaffLine = defineRule(
  { id: 'script-no-staff-line', severity: 'warning', group: 'script', description: 'lint.rule.script-no-staff-line' },
  (context, rule) =>
    context.ordered
      .filter((touchpoint) => {
        const lines = context.lines(touchpoint)
        return lines.length > 0 && lines.every((line) => line.customer)
      })
      .map((touchpoint) =>
        makeFinding(rule, 'lint.script-no-staff-line', { title: context.name(touchpoint) }, { touchpointId: touchpoint.id }),
      ),
)

/** A script line for a message: trimmed, and cut at 80 characters. */
function excerpt(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed
}

/**
 * A forbidden phrase (the team's list plus the built-in defaults of both languages) in a staff
 * line, case- and width-insensitive: one finding per touchpoint and phrase, at its first line.
 */
export const forbiddenPhrase = defineRule(
  { id: 'forbidden-phrase', severity: 'warning', group: 'script', description: 'lint.rule.forbidden-phrase' },
  (context, rule) => {
    const findings: Finding[] = []
    for (const touchpoint of context.ordered) {
      const staffLines = context.lines(touchpoint).filter((line) => !line.customer)
      if (staffLines.length === 0) continue
      for (const { phrase, normalized } of context.forbiddenPhrases) {
        const line = staffLines.find((candidate) => candidate.normalized.includes(normalized))
        if (!line) continue
        findings.push(
          makeFinding(
            rule,
            'lint.forbidden-phrase',
            { title: context.name(touchpoint), phrase, line: line.index + 1, text: excerpt(line.text) },
            { touchpointId: touchpoint.id, lineIndex: line.index, keySuffix: normalized },
          ),
        )
      }
    }
    return findings
  },
)

/** An end whose staff lines hold no farewell or follow-up marker (an end with no script fires too). */
export const endNoFarewell = defineRule(
  { id: 'end-no-farewell', severity: 'warning', group: 'script', description: 'lint.rule.end-no-farewell' },
  (context, rule) =>
    context.ends
      .filter(
        (end) =>
          !context
            .lines(end)
            .some((line) => !line.customer && ALL_FAREWELL_MARKERS.some((marker) => line.normalized.includes(marker))),
      )
      .map((end) => makeFinding(rule, 'lint.end-no-farewell', { title: context.name(end) }, { touchpointId: end.id })),
)

export const SCRIPT_RULES: readonly LintRule[] = [motNoTimeLimit, scriptNoStaffLine, forbiddenPhrase, endNoFarewell]
