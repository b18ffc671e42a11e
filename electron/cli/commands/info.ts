/** `mot-studio info <file.journey> [--json]`: the journey summary, readable or as the JSON contract. */
import { summarizeJourney, type JourneySummary } from '../../../shared/journey/summary'
import { MOT_FAMILIES, SERVQUAL_DIMENSIONS } from '../../../shared/model/schema'
import { EXIT, type CliContext, type CommandArgs, type ExitCode } from '../context'
import { failureLine, warnDropped, withOpenedJourney } from '../files'

/**
 * Prints the summary of a journey file. `--json` prints exactly `summarizeJourney(doc)` (the
 * documented contract of docs/file-format.md) and is the same in every language. Rows the reader
 * had to leave out are reported on stderr as warnings; the summary covers the rest.
 */
export async function infoCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  try {
    const summary = await withOpenedJourney(ctx, args.file, (opened) => {
      warnDropped(ctx, args.file, opened.dropped)
      return summarizeJourney(opened.doc)
    })
    ctx.out(args.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(ctx, summary))
    return EXIT.ok
  } catch (error) {
    ctx.err(failureLine(ctx, args.file, error))
    return EXIT.failure
  }
}

/** Two decimals for display; the summary has rounded already (half away from zero). */
const fixed2 = (value: number) => value.toFixed(2)

/** The human-readable summary, one fact per line, in the user's language. */
export function formatSummary(ctx: CliContext, summary: JourneySummary): string {
  const separator = ctx.t('cli.list.separator')
  const none = ctx.t('cli.info.none')
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(separator) : none)
  const families = [...MOT_FAMILIES, 'unspecified' as const].map(
    (family) => `${ctx.t(`mot.family.${family}`)} ${summary.mots[family]}`,
  )
  const servqual = SERVQUAL_DIMENSIONS.map((dimension) => `${ctx.t(`servqual.${dimension}`)} ${summary.servqual[dimension]}`)
  const { emotion } = summary
  const lines = [
    ctx.t('cli.info.title', { title: summary.title }),
    ctx.t('cli.info.counts', { stages: summary.stages, touchpoints: summary.touchpoints, edges: summary.edges }),
    ctx.t('cli.info.mots', { total: summary.mots.total, families: families.join(separator) }),
    ctx.t('cli.info.peaks', { peaks: list(summary.peaks) }),
    ctx.t('cli.info.end', { end: summary.end ?? none }),
    ctx.t('cli.info.mainPath', { count: summary.mainPath }),
    emotion
      ? ctx.t('cli.info.emotion', {
          mean: fixed2(emotion.mean),
          peak: emotion.peak,
          end: emotion.end,
          remembered: fixed2(emotion.remembered),
        })
      : ctx.t('cli.info.noEmotion'),
    ctx.t('cli.info.servqual', { counts: servqual.join(separator) }),
  ]
  return `${lines.join('\n')}\n`
}
