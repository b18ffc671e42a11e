/**
 * `mot-studio lint <file.journey> [--json] [--rules a,b]`: the journey's design and script checks,
 * by the same rule engine as the canvas warnings and the script view (shared/lint/engine.ts).
 *
 * Output (stdout): one line per finding, `<file>: <severity>: <message> [<rule>]`, in the user's
 * language, sorted as the engine sorts (errors first, then along the main path); then the findings
 * the team accepted in the file (`acceptedFindings`), listed apart with their reasons; then a
 * count line. `--json` prints the documented JSON instead (docs/file-format.md "The lint --json
 * output"). Exit code 1 when any finding that is not accepted is an error, else 0; 2 for a usage
 * error (e.g. an unknown rule id in `--rules`).
 */
import { LINT_RULES, lintJourney, renderFinding, type AcceptedFinding, type Finding, type LintResult } from '../../../shared/lint/engine'
import type { JourneyDocument, Locale } from '../../../shared/model/schema'
import { EXIT, UsageError, type CliContext, type CommandArgs, type ExitCode } from '../context'
import { failureLine, oneLine, warnDropped, withOpenedJourney } from '../files'

/** The accepted findings of a journey as the engine takes them: finding key → reason. */
export function acceptedReasons(doc: JourneyDocument): Record<string, string> {
  const reasons: Record<string, string> = {}
  for (const accepted of Object.values(doc.acceptedFindings)) reasons[accepted.findingKey] = accepted.reason
  return reasons
}

/** The rule ids of `--rules a,b` (spaces ignored), refusing unknown ones. */
export function parseRules(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  const known = LINT_RULES.map((rule) => rule.id)
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
  if (ids.length === 0) throw new UsageError('cli.usage.missingValue', { option: '--rules' })
  for (const id of ids) if (!known.includes(id)) throw new UsageError('scriptExport.lint.badRule', { rule: id, rules: known.join(', ') })
  return ids
}

/** A finding as `--json` prints it: its message rendered, and where it points. */
function findingJson(locale: Locale, finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    key: finding.key,
    message: renderFinding(locale, finding),
    messageKey: finding.message.key,
    params: finding.message.params,
    touchpointId: finding.touchpointId ?? null,
    stageId: finding.stageId ?? null,
    dimension: finding.dimension ?? null,
    lineIndex: finding.lineIndex ?? null,
  }
}

export function lintJson(locale: Locale, result: LintResult, acceptedAt: Readonly<Record<string, string>>) {
  const count = (severity: Finding['severity']) => result.findings.filter((finding) => finding.severity === severity).length
  return {
    findings: result.findings.map((finding) => findingJson(locale, finding)),
    accepted: result.accepted.map((finding: AcceptedFinding) => ({ ...findingJson(locale, finding), reason: finding.reason, acceptedAt: acceptedAt[finding.key] ?? null })),
    counts: { error: count('error'), warning: count('warning'), info: count('info'), accepted: result.accepted.length },
  }
}

export async function lintCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  const rules = parseRules(args.rules)
  let result: LintResult
  let acceptedAt: Record<string, string> = {}
  try {
    result = await withOpenedJourney(ctx, args.file, (opened) => {
      warnDropped(ctx, args.file, opened.dropped)
      acceptedAt = Object.fromEntries(Object.values(opened.doc.acceptedFindings).map((accepted) => [accepted.findingKey, accepted.acceptedAt]))
      return lintJourney(opened.doc, { accepted: acceptedReasons(opened.doc), ...(rules ? { rules } : {}) })
    })
  } catch (error) {
    ctx.err(failureLine(ctx, args.file, error))
    return EXIT.failure
  }
  const failed = result.findings.some((finding) => finding.severity === 'error')
  if (args.json) {
    ctx.out(`${JSON.stringify(lintJson(ctx.locale, result, acceptedAt), null, 2)}\n`)
    return failed ? EXIT.failure : EXIT.ok
  }
  const severity = (finding: Finding) => ctx.t(`lint.severity.${finding.severity}`)
  const lines: string[] = result.findings.map((finding) =>
    oneLine(ctx.t('scriptExport.lint.line', { file: args.file, severity: severity(finding), message: renderFinding(ctx.locale, finding), rule: finding.ruleId })),
  )
  if (result.accepted.length > 0) {
    lines.push(ctx.t('scriptExport.lint.acceptedHeading', { count: result.accepted.length }))
    for (const finding of result.accepted) {
      lines.push(
        oneLine(
          ctx.t('scriptExport.lint.acceptedLine', { file: args.file, severity: severity(finding), message: renderFinding(ctx.locale, finding), rule: finding.ruleId, reason: finding.reason }),
        ),
      )
    }
  }
  if (result.findings.length === 0 && result.accepted.length === 0) {
    lines.push(ctx.t('scriptExport.lint.clean', { file: args.file }))
  } else {
    const count = (level: Finding['severity']) => result.findings.filter((finding) => finding.severity === level).length
    lines.push(ctx.t('scriptExport.lint.summary', { errors: count('error'), warnings: count('warning'), infos: count('info'), accepted: result.accepted.length }))
  }
  ctx.out(`${lines.join('\n')}\n`)
  return failed ? EXIT.failure : EXIT.ok
}
