/** `mot-studio surveys import <file.journey> <surveys.csv|xlsx> [--skip-bad-rows]`. */
import { importSurveysFile } from '../../services/scoring/imports'
import type { CliContext, CommandArgs, ExitCode } from '../context'
import { runDataImport } from './scorecards'

/** Imports customer survey responses (one row per respondent); a respondent already in the file is replaced. */
export async function surveysCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  return runDataImport(ctx, args, async (workingCopy, table) => {
    const result = await importSurveysFile(workingCopy, ctx.resolve(table), { locale: ctx.locale, skipBadRows: args.skipBadRows })
    return {
      skipped: result.skipped,
      done: ctx.t('scorecardImport.cli.surveysDone', { responses: result.imported, replaced: result.replaced, file: args.file }),
    }
  })
}
