/** `mot-studio import <file.csv|file.xlsx|file.json> -o <out.journey> [--skip-bad-rows] [--force]`. */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { render, type Message } from '../../../shared/i18n/translate'
import type { JourneyDocument } from '../../../shared/model/schema'
import { APP_STAMP } from '../../services/appVersion'
import { WorkingCopy } from '../../services/document/workingCopy'
import { ServiceError } from '../../services/errors'
import { importJourneyFile } from '../../services/import/importFile'
import { EXIT, UsageError, type CliContext, type CommandArgs, type ExitCode } from '../context'
import { failureLine, oneLine, withTempDir } from '../files'

/**
 * Imports a spreadsheet or JSON journey and saves it as a `.journey` file. Every bad row is one
 * stderr line and nothing is written, unless `--skip-bad-rows` (then the clean rows are imported and
 * the skipped ones listed). An existing output is only replaced with `--force`. The file is built
 * in a temp working copy and saved atomically, so a failure never leaves a half-written output.
 */
export async function importCommand(ctx: CliContext, args: CommandArgs): Promise<ExitCode> {
  const { file, output } = args
  if (output === undefined) throw new UsageError('cli.usage.missingOutput', { command: 'import' })
  if (output === '-') throw new UsageError('cli.usage.noStdout', { command: 'import' })
  const target = ctx.resolve(output)
  if (target === ctx.resolve(file)) {
    ctx.err(`mot-studio: ${output}: ${ctx.t('cli.output.sameAsInput')}`)
    return EXIT.failure
  }
  if (!existsSync(dirname(target))) {
    ctx.err(`mot-studio: ${output}: ${ctx.t('cli.io.notFound')}`)
    return EXIT.failure
  }
  if (!args.force && existsSync(target)) {
    ctx.err(`mot-studio: ${output}: ${ctx.t('cli.output.exists')}`)
    return EXIT.failure
  }

  let imported: { doc: JourneyDocument; skipped: Message[] }
  try {
    imported = await importJourneyFile(ctx.resolve(file), ctx.locale, { skipBadRows: args.skipBadRows })
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'IMPORT_PROBLEMS' && error.details?.length) {
      reportRows(ctx, file, error.details)
      const rowProblems = error.details.some((detail) => detail.params?.row !== undefined)
      const hint = rowProblems ? ` ${ctx.t('cli.import.skipHint')}` : ''
      ctx.err(`mot-studio: ${file}: ${ctx.t('cli.import.failed', { count: error.details.length })}${hint}`)
    } else {
      ctx.err(failureLine(ctx, file, error))
    }
    return EXIT.failure
  }
  if (imported.skipped.length > 0) {
    reportRows(ctx, file, imported.skipped)
    ctx.err(`mot-studio: ${file}: ${ctx.t('cli.import.skippedRows', { count: imported.skipped.length })}`)
  }

  try {
    await saveJourney(imported.doc, target)
  } catch (error) {
    ctx.err(failureLine(ctx, output, error))
    return EXIT.failure
  }
  const { doc } = imported
  ctx.out(
    ctx.t('cli.import.done', {
      file: output,
      touchpoints: Object.keys(doc.touchpoints).length,
      stages: Object.keys(doc.stages).length,
    }),
  )
  return EXIT.ok
}

/** One stderr line per row problem: `<file>: row N, column X: …`. */
function reportRows(ctx: CliContext, file: string, rows: readonly Message[]): void {
  for (const row of rows) ctx.err(`${file}: ${oneLine(render(ctx.locale, row))}`)
}

/** Writes `doc` as a new `.journey` at `target` through a temp working copy and an atomic save. */
export async function saveJourney(doc: JourneyDocument, target: string): Promise<void> {
  await withTempDir(async (dir) => {
    const workingCopy = WorkingCopy.create(join(dir, 'import.journey'))
    try {
      workingCopy.writeDocument(doc, 1)
      await workingCopy.saveTo(target, { created_with: APP_STAMP, last_saved_with: APP_STAMP, format_min_reader: '0.1.0' })
    } finally {
      workingCopy.destroy()
    }
  })
}
