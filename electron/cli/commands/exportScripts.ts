/**
 * `mot-studio export <file.journey> --scripts --format sqlite|docx|pdf|html|markdown|csv [--role <post>] [--pocket] -o <out>`:
 * the customer experience process script (客户体验流程脚本) in one of the script formats
 * (docs/file-format.md, "Script package" and after). The journey is opened defensively and only
 * read; the output is written atomically, or to standard output (`-o -`) for html, markdown and
 * csv. PDFs are printed by the system's Chromium, Chrome or Edge.
 */
import { basename } from 'node:path'
import { APP_VERSION } from '../../services/appVersion'
import {
  POCKET_FORMATS,
  SCRIPT_EXPORT_FORMATS,
  TEXT_FORMATS,
  checkExtension,
  scriptBookFor,
  scriptText,
  writeScriptExport,
  type ScriptExportFormat,
} from '../../services/export/scripts'
import type { ScriptBook } from '../../../shared/scripts/scriptBook'
import { EXIT, UsageError, type CliContext, type CommandArgs, type ExitCode } from '../context'
import { failureLine, warnDropped, withOpenedJourney } from '../files'

interface ScriptArgs {
  format: ScriptExportFormat
  output: string
  role: string | undefined
  pocket: boolean
}

function checkArgs(args: CommandArgs): ScriptArgs {
  const supported = SCRIPT_EXPORT_FORMATS.join(', ')
  if (args.scorecards) throw new UsageError('scriptExport.cli.bothKinds')
  if (args.pdf !== undefined) throw new UsageError('scorecardExport.cli.pdfWithoutPdf')
  if (args.format === undefined) throw new UsageError('scriptExport.cli.missingFormat', { supported })
  const format = args.format === 'md' ? 'markdown' : args.format
  if (!(SCRIPT_EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError('scriptExport.cli.badFormat', { format: args.format, supported })
  if (args.role !== undefined && args.role.trim() === '') throw new UsageError('scriptExport.cli.emptyRole')
  if (args.output === undefined) throw new UsageError('cli.usage.missingOutput', { command: 'export' })
  const typed = format as ScriptExportFormat
  if (args.output === '-' && !TEXT_FORMATS.includes(typed)) throw new UsageError('scriptExport.cli.noStdout', { format: typed })
  if (args.pocket && !POCKET_FORMATS.includes(typed)) throw new UsageError('scriptExport.error.pocketFormat')
  return { format: typed, output: args.output, role: args.role, pocket: args.pocket === true }
}

export async function exportScriptsCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  const { format, output, role, pocket } = checkArgs(args)
  const toStdout = output === '-'
  if (!toStdout) {
    if (ctx.resolve(output) === ctx.resolve(args.file)) {
      ctx.err(`mot-studio: ${output}: ${ctx.t('cli.output.sameAsInput')}`)
      return EXIT.failure
    }
    try {
      checkExtension(output, format)
    } catch (error) {
      ctx.err(failureLine(ctx, output, error))
      return EXIT.failure
    }
  }
  let book: ScriptBook
  try {
    book = await withOpenedJourney(ctx, args.file, (opened) => {
      warnDropped(ctx, args.file, opened.dropped)
      return scriptBookFor(opened.doc, { locale: ctx.locale, role, pocket, format })
    })
  } catch (error) {
    ctx.err(failureLine(ctx, args.file, error))
    return EXIT.failure
  }
  if (toStdout) {
    ctx.environment.stdout.write(scriptText(book, format as 'html' | 'markdown' | 'csv', pocket))
    return EXIT.ok
  }
  try {
    await writeScriptExport(ctx.resolve(output), book, { format, pocket, sourceName: basename(args.file), appVersion: APP_VERSION })
  } catch (error) {
    ctx.err(failureLine(ctx, output, error))
    return EXIT.failure
  }
  ctx.out(ctx.t('cli.export.done', { file: output }))
  return EXIT.ok
}
