/**
 * `mot-studio export <file.journey> --scorecards --format sqlite|xlsx|csv|pdf [--pdf form|report] -o <out>`:
 * the journey's scorecards, audits and computed indices in one of the scorecard export formats
 * (docs/file-format.md, "Scorecard package" and after). The journey is opened defensively and only
 * read; the output is written atomically. PDFs are printed by the system's Chromium, Chrome or Edge.
 */
import { basename } from 'node:path'
import { APP_VERSION } from '../../services/appVersion'
import { exportModelOf, PDF_KINDS, SCORECARD_EXPORT_FORMATS, writeScorecardExport, type PdfKind, type ScorecardExportFormat } from '../../services/export/scorecards'
import type { ScorecardExportModel } from '../../services/export/scorecards/data'
import { EXIT, UsageError, type CliContext, type CommandArgs, type ExitCode } from '../context'
import { failureLine, warnDropped, withOpenedJourney } from '../files'

/** Whether `format` is one of the scorecard export formats (they need `--scorecards`). */
export function isScorecardFormat(format: string | undefined): format is ScorecardExportFormat {
  return (SCORECARD_EXPORT_FORMATS as readonly string[]).includes(format ?? '')
}

function checkArgs(args: CommandArgs): { format: ScorecardExportFormat; pdfKind: PdfKind | undefined; output: string } {
  const supported = SCORECARD_EXPORT_FORMATS.join(', ')
  if (args.format === undefined) throw new UsageError('scorecardExport.cli.missingFormat', { supported })
  if (!isScorecardFormat(args.format)) throw new UsageError('scorecardExport.cli.badFormat', { format: args.format, supported })
  if (args.pdf !== undefined && args.format !== 'pdf') throw new UsageError('scorecardExport.cli.pdfWithoutPdf')
  if (args.pdf !== undefined && !(PDF_KINDS as readonly string[]).includes(args.pdf)) throw new UsageError('scorecardExport.cli.pdfKind', { kind: args.pdf })
  if (args.output === undefined) throw new UsageError('cli.usage.missingOutput', { command: 'export' })
  if (args.output === '-') throw new UsageError('scorecardExport.cli.noStdout')
  return { format: args.format, pdfKind: args.pdf as PdfKind | undefined, output: args.output }
}

export async function exportScorecardsCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  const { format, pdfKind, output } = checkArgs(args)
  if (ctx.resolve(output) === ctx.resolve(args.file)) {
    ctx.err(`mot-studio: ${output}: ${ctx.t('cli.output.sameAsInput')}`)
    return EXIT.failure
  }
  let model: ScorecardExportModel
  try {
    model = await withOpenedJourney(ctx, args.file, (opened) => {
      warnDropped(ctx, args.file, opened.dropped)
      return exportModelOf(opened.workingCopy, opened.doc, { locale: ctx.locale, sourceName: basename(args.file), appVersion: APP_VERSION })
    })
  } catch (error) {
    ctx.err(failureLine(ctx, args.file, error))
    return EXIT.failure
  }
  try {
    await writeScorecardExport(ctx.resolve(output), model, { format, pdfKind })
  } catch (error) {
    ctx.err(failureLine(ctx, output, error))
    return EXIT.failure
  }
  ctx.out(ctx.t('cli.export.done', { file: output }))
  return EXIT.ok
}
