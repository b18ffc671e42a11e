/** `mot-studio score <file.journey> [--json]`: satisfaction indices, NPS and SERVQUAL of a journey's data. */
import { render } from '../../../shared/i18n/translate'
import type { ScoreReport } from '../../../shared/ipc/scorecardContract'
import { bySortKey } from '../../../shared/model/order'
import { SERVQUAL_DIMENSIONS } from '../../../shared/model/schema'
import type { Scorecard } from '../../../shared/model/scorecard'
import { roundNps } from '../../../shared/scoring/nps'
import { buildScoreReport, readScoreInputs } from '../../services/scoring/report'
import { roundHalfAway, scoreJson, scorecardLabels } from '../../services/scoring/scoreJson'
import { EXIT, type CliContext, type CommandArgs, type ExitCode } from '../context'
import { failureLine, oneLine, warnDropped, withOpenedJourney } from '../files'

/**
 * Prints the score report of a journey file, which is only read. `--json` prints the documented
 * contract (`scoreJson`), the same in every language; otherwise a readable summary in the user's
 * language. Rows the reader had to leave out are warned about on stderr.
 */
export async function scoreCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  try {
    const { report, scorecards } = await withOpenedJourney(ctx, args.file, (opened) => {
      warnDropped(ctx, args.file, opened.dropped)
      const inputs = readScoreInputs(opened.workingCopy)
      return { report: buildScoreReport(inputs), scorecards: Object.values(inputs.design.scorecards) }
    })
    ctx.out(args.json ? `${JSON.stringify(scoreJson(report, scorecards), null, 2)}\n` : formatScores(ctx, report, scorecards))
    return EXIT.ok
  } catch (error) {
    ctx.err(failureLine(ctx, args.file, error))
    return EXIT.failure
  }
}

const fixed2 = (value: number | null, none: string) => (value === null ? none : roundHalfAway(value).toFixed(2))

/** The readable summary: one section per grouping, then NPS, SERVQUAL and weight problems. */
export function formatScores(ctx: CliContext, report: ScoreReport, scorecards: readonly Scorecard[]): string {
  const none = ctx.t('scorecardImport.cli.score.none')
  const lines: string[] = []
  const audits = Object.values(report.audits)
  lines.push(
    audits.length === 0
      ? ctx.t('scorecardImport.cli.score.noAudits')
      : ctx.t('scorecardImport.cli.score.audits', { count: audits.length, indexed: audits.filter((audit) => audit.index !== null).length }),
  )
  const section = (title: Parameters<CliContext['t']>[0], entries: Array<[string, { mean: number; n: number }]>) => {
    if (entries.length === 0) return
    lines.push(ctx.t(title))
    for (const [key, { mean, n }] of entries) {
      lines.push(ctx.t('scorecardImport.cli.score.line', { key: key === '' ? ctx.t('scorecardImport.cli.score.blank') : key, mean: fixed2(mean, none), n }))
    }
  }
  section('scorecardImport.cli.score.byPost', Object.entries(report.byPost))
  section('scorecardImport.cli.score.byStore', Object.entries(report.byStore))
  section('scorecardImport.cli.score.byMonth', Object.entries(report.byMonth))
  const labels = scorecardLabels(scorecards)
  const byDimension: Array<[string, { mean: number; n: number }]> = []
  for (const scorecard of bySortKey(scorecards)) {
    for (const dimension of SERVQUAL_DIMENSIONS) {
      const key = `${scorecard.id}/${dimension}`
      if (Object.hasOwn(report.byDimension, key)) byDimension.push([`${labels.get(scorecard.id)} / ${ctx.t(`servqual.${dimension}`)}`, report.byDimension[key]!])
    }
  }
  section('scorecardImport.cli.score.byDimension', byDimension)

  const { nps, servqual } = report
  if (nps) {
    const { n, promoters, passives, detractors } = nps
    lines.push(ctx.t('scorecardImport.cli.score.nps', { nps: roundNps(nps.nps), margin: fixed2(nps.margin, none), n, promoters, passives, detractors }))
    if (nps.indicative) lines.push(ctx.t('scorecardImport.cli.score.npsIndicative'))
  } else lines.push(ctx.t('scorecardImport.cli.score.noNps'))
  if (servqual) {
    lines.push(
      ctx.t('scorecardImport.cli.score.servqual', {
        unweighted: fixed2(servqual.unweighted, none),
        weighted: fixed2(servqual.weighted, none),
        servperf: fixed2(servqual.servperf.overall, none),
      }),
    )
    for (const dimension of SERVQUAL_DIMENSIONS) {
      const gap = servqual.dimensions[dimension]
      const perception = servqual.servperf.dimensions[dimension]
      if (gap === undefined && perception === undefined) continue
      lines.push(
        ctx.t('scorecardImport.cli.score.servqualDimension', {
          dimension: ctx.t(`servqual.${dimension}`),
          gap: fixed2(gap ?? null, none),
          perception: fixed2(perception ?? null, none),
        }),
      )
    }
  } else lines.push(ctx.t('scorecardImport.cli.score.noServqual'))

  const problems = bySortKey(scorecards).flatMap((scorecard) => report.weightProblems[scorecard.id] ?? [])
  if (problems.length > 0) {
    lines.push(ctx.t('scorecardImport.cli.score.weightProblems'))
    for (const problem of problems) lines.push(`  ${oneLine(render(ctx.locale, problem))}`)
  }
  return `${lines.join('\n')}\n`
}
