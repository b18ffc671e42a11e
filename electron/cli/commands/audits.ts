/** `mot-studio audits import <file.journey> <audits.csv|xlsx> [--skip-bad-rows]`. */
import { importAuditsFile } from '../../services/scoring/imports'
import type { CliContext, CommandArgs, ExitCode } from '../context'
import { runDataImport } from './scorecards'

/**
 * Imports audits (long format, one row per indicator score) into the journey. An audit number
 * already in the file is replaced, never duplicated; with `--skip-bad-rows` an audit with a bad
 * row is left out whole.
 */
export async function auditsCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  return runDataImport(ctx, args, async (workingCopy, table) => {
    const result = await importAuditsFile(workingCopy, ctx.resolve(table), { locale: ctx.locale, skipBadRows: args.skipBadRows })
    return {
      skipped: result.skipped,
      done: ctx.t('scorecardImport.cli.auditsDone', { audits: result.imported, scores: result.scores, replaced: result.replaced, file: args.file }),
    }
  })
}
