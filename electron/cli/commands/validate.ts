/** `mot-studio validate <file.journey>`: one line per problem (exit 1) or a short "valid" (exit 0). */
import { render } from '../../../shared/i18n/translate'
import { validateJourney } from '../../../shared/journey/validate'
import { EXIT, type CliContext, type CommandArgs, type ExitCode } from '../context'
import { droppedText, failureLine, oneLine, withOpenedJourney } from '../files'

/**
 * Checks a journey file. The report goes to stdout (it is the command's result); a failure to
 * check at all goes to stderr. Problems are, in this order: rows the tolerant reader had to drop
 * (`<file>: <table> <id>: <reason>`), then the integrity problems of `validateJourney`
 * (`<file>: <message>`). A file the pipeline refuses outright is one `mot-studio: ` line.
 */
export async function validateCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  let lines: string[]
  try {
    lines = await withOpenedJourney(ctx, args.file, (opened) => [
      ...opened.dropped.map((row) => droppedText(ctx, row)),
      ...validateJourney(opened.doc).map((problem) => oneLine(render(ctx.locale, problem.message))),
    ])
  } catch (error) {
    ctx.err(failureLine(ctx, args.file, error))
    return EXIT.failure
  }
  if (lines.length === 0) {
    ctx.out(ctx.t('cli.validate.valid', { file: args.file }))
    return EXIT.ok
  }
  for (const line of lines) ctx.out(`${args.file}: ${line}`)
  return EXIT.failure
}
