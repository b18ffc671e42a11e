/** `mot-studio export <file.journey> [--format json] -o <out|->`: the journey in an interchange format. */
import { stringifyJourney } from '../../../shared/interchange/journeyJson'
import type { JourneyDocument } from '../../../shared/model/schema'
import { writeFileAtomic } from '../../services/atomicWrite'
import { EXIT, UsageError, type CliContext, type CommandArgs, type ExitCode } from '../context'
import { failureLine, warnDropped, withOpenedJourney } from '../files'
import { exportScorecardsCommand } from './exportScorecards'
import { exportScriptsCommand } from './exportScripts'

/** The export formats and how each renders a document; later formats are added here. */
export const EXPORT_FORMATS = {
  json: stringifyJourney,
} as const satisfies Record<string, (doc: JourneyDocument) => string>

export type ExportFormat = keyof typeof EXPORT_FORMATS

function exportFormat(value: string | undefined): ExportFormat {
  const format = value ?? 'json'
  if (!Object.hasOwn(EXPORT_FORMATS, format)) {
    throw new UsageError('cli.usage.badFormat', { format, supported: Object.keys(EXPORT_FORMATS).join(', ') })
  }
  return format as ExportFormat
}

/**
 * Opens the journey defensively and writes it in `--format` (json by default) to `-o`: atomically
 * (temp file, fsync, rename) so a failure leaves no half-written output, or to stdout for `-o -`.
 * Rows the reader had to leave out are warned about on stderr.
 */
export async function exportCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  if (args.scripts) return exportScriptsCommand(ctx, args)
  if (args.scorecards) return exportScorecardsCommand(ctx, args)
  if (args.role !== undefined) throw new UsageError('scriptExport.cli.needsScripts', { option: '--role' })
  if (args.pocket) throw new UsageError('scriptExport.cli.needsScripts', { option: '--pocket' })
  if (args.pdf !== undefined) throw new UsageError('scorecardExport.cli.pdfWithoutPdf')
  const format = exportFormat(args.format)
  if (args.output === undefined) throw new UsageError('cli.usage.missingOutput', { command: 'export' })
  const toStdout = args.output === '-'
  if (!toStdout && ctx.resolve(args.output) === ctx.resolve(args.file)) {
    ctx.err(`mot-studio: ${args.output}: ${ctx.t('cli.output.sameAsInput')}`)
    return EXIT.failure
  }
  let text: string
  try {
    text = await withOpenedJourney(ctx, args.file, (opened) => {
      warnDropped(ctx, args.file, opened.dropped)
      return EXPORT_FORMATS[format](opened.doc)
    })
  } catch (error) {
    ctx.err(failureLine(ctx, args.file, error))
    return EXIT.failure
  }
  if (toStdout) {
    ctx.environment.stdout.write(text)
    return EXIT.ok
  }
  try {
    writeFileAtomic(ctx.resolve(args.output), text)
  } catch (error) {
    ctx.err(failureLine(ctx, args.output, error))
    return EXIT.failure
  }
  ctx.out(ctx.t('cli.export.done', { file: args.output }))
  return EXIT.ok
}
