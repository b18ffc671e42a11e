/**
 * `mot-studio scorecards import <file.journey> <indicators.csv|xlsx> [--skip-bad-rows]`, and what
 * the three data-import commands share: the journey is opened defensively into a temp working copy
 * (never edited in place), the sheet is applied there, and the copy is saved atomically back over
 * the same file. Any problem: the problems are listed and the file is left exactly as it was.
 */
import { render, type Message } from '../../../shared/i18n/translate'
import { mergeImportedScorecards } from '../../../shared/import/scorecardMerge'
import { problemCount } from '../../../shared/import/sheet'
import { weightProblems } from '../../../shared/scoring/weights'
import { APP_STAMP } from '../../services/appVersion'
import type { WorkingCopy } from '../../services/document/workingCopy'
import { ServiceError } from '../../services/errors'
import { importProblems, readScorecardsFile } from '../../services/scoring/imports'
import { readDesign } from '../../services/scoring/report'
import { EXIT, type CliContext, type CommandArgs, type ExitCode } from '../context'
import { failureLine, oneLine, warnDropped, withOpenedJourney } from '../files'

/** Imports scorecards; a scorecard named like an existing one replaces it (its audits stay). */
export async function scorecardsCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  return runDataImport(ctx, args, async (workingCopy, table) => {
    const imported = await readScorecardsFile(workingCopy, ctx.resolve(table), { locale: ctx.locale, skipBadRows: args.skipBadRows })
    const design = readDesign(workingCopy)
    const merge = mergeImportedScorecards(design, imported)
    if (!merge.ok) throw importProblems(merge.problems)
    workingCopy.applyChanges(merge.changes)
    const after = readDesign(workingCopy)
    const warnings = merge.changes.upserts.scorecards.flatMap((scorecard) => weightProblems(scorecard, Object.values(after.indicators)))
    return {
      skipped: imported.skipped,
      warnings,
      done: ctx.t('scorecardImport.cli.scorecardsDone', {
        scorecards: imported.scorecards.length,
        indicators: imported.indicators.length,
        replaced: merge.replaced,
        file: args.file,
      }),
    }
  })
}

/** What an import reports: rows left out, warnings, and the one-line confirmation. */
export interface DataImportOutcome {
  skipped: readonly Message[]
  warnings?: readonly Message[]
  done: string
}

/**
 * Runs one data import against `args.file` (the journey) and `args.table` (the sheet): open,
 * `apply`, save atomically over the journey. Exit 1 and an unchanged journey on any problem.
 */
export async function runDataImport(
  ctx: CliContext,
  args: CommandArgs,
  apply: (workingCopy: WorkingCopy, table: string) => Promise<DataImportOutcome>,
): Promise<ExitCode> {
  const table = args.table!
  let outcome: DataImportOutcome
  try {
    outcome = await withOpenedJourney(ctx, args.file, async (opened) => {
      if (opened.dropped.length > 0) {
        warnDropped(ctx, args.file, opened.dropped)
        throw new ServiceError('CONFLICT', { key: 'scorecardImport.cli.dropped' })
      }
      let result: DataImportOutcome
      try {
        result = await apply(opened.workingCopy, table)
      } catch (error) {
        throw new SheetFailure(error)
      }
      await opened.workingCopy.saveTo(ctx.resolve(args.file), saveStamp(opened.workingCopy))
      return result
    })
  } catch (caught) {
    // Failures while reading and applying the sheet are about the sheet; the others about the journey.
    const error = caught instanceof SheetFailure ? caught.error : caught
    if (error instanceof ServiceError && error.code === 'IMPORT_PROBLEMS' && error.details?.length) {
      for (const detail of error.details) ctx.err(`${table}: ${oneLine(render(ctx.locale, detail))}`)
      const rowProblems = error.details.some((detail) => detail.params?.row !== undefined)
      const hint = rowProblems ? ` ${ctx.t('scorecardImport.cli.skipHint')}` : ''
      ctx.err(`mot-studio: ${table}: ${ctx.t('scorecardImport.cli.failed', { count: Number(error.userMessage.params?.count ?? error.details.length) })}${hint}`)
    } else {
      ctx.err(failureLine(ctx, caught instanceof SheetFailure ? table : args.file, error))
    }
    return EXIT.failure
  }
  if (outcome.skipped.length > 0) {
    for (const detail of outcome.skipped) ctx.err(`${table}: ${oneLine(render(ctx.locale, detail))}`)
    ctx.err(`mot-studio: ${table}: ${ctx.t('scorecardImport.cli.skipped', { count: problemCount(outcome.skipped) })}`)
  }
  for (const warning of outcome.warnings ?? []) {
    ctx.err(`mot-studio: ${args.file}: ${oneLine(ctx.t('scorecardImport.cli.warning', { message: render(ctx.locale, warning) }))}`)
  }
  ctx.out(outcome.done)
  return EXIT.ok
}

/** An error raised while the sheet was read or applied. */
class SheetFailure extends Error {
  constructor(readonly error: unknown) {
    super('sheet failure')
  }
}

/** The stamps a save writes, as the app's Save does. */
function saveStamp(workingCopy: WorkingCopy): Record<string, string> {
  const stamp: Record<string, string> = { last_saved_with: APP_STAMP, format_min_reader: '0.1.0' }
  if (!workingCopy.repository.info('created_with')) stamp.created_with = APP_STAMP
  return stamp
}
