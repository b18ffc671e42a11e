/**
 * `mot-studio`, the command-line tool: parses the command line, picks the language, and runs one
 * command. Everything happens through the given streams, so tests run it in-process.
 */
import { parseArgs } from 'node:util'
import { LOCALES, type Locale } from '../../shared/model/schema'
import { localeFromSystem, render } from '../../shared/i18n/translate'
import { APP_VERSION } from '../services/appVersion'
import { auditsCommand } from './commands/audits'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { infoCommand } from './commands/info'
import { lintCommand } from './commands/lint'
import { scoreCommand } from './commands/score'
import { scorecardsCommand } from './commands/scorecards'
import { surveysCommand } from './commands/surveys'
import { validateCommand } from './commands/validate'
import { CliContext, EXIT, UsageError, type CliEnvironment, type CommandArgs, type ExitCode } from './context'
import { describeError, oneLine } from './files'

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  'skip-bad-rows': { type: 'boolean' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  scorecards: { type: 'boolean' },
  pdf: { type: 'string' },
  scripts: { type: 'boolean' },
  role: { type: 'string' },
  pocket: { type: 'boolean' },
  rules: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const
type OptionName = keyof typeof OPTIONS
const GLOBAL_OPTIONS: readonly OptionName[] = ['lang', 'help', 'version']

interface Command {
  options: readonly OptionName[]
  /** A word that must follow the command name (`scorecards import …`). */
  action?: string
  /** A second input after the file (`<file.journey> <sheet.csv>`), passed as `args.table`. */
  table?: boolean
  run(ctx: CliContext, args: CommandArgs): Promise<ExitCode>
}

/** The commands and the options each accepts (besides the global --lang, --help, --version). */
export const COMMANDS: Readonly<Record<string, Command>> = {
  import: { options: ['output', 'skip-bad-rows', 'force'], run: importCommand },
  export: { options: ['output', 'format', 'scorecards', 'pdf', 'scripts', 'role', 'pocket'], run: exportCommand },
  validate: { options: [], run: validateCommand },
  info: { options: ['json'], run: infoCommand },
  scorecards: { options: ['skip-bad-rows'], action: 'import', table: true, run: scorecardsCommand },
  audits: { options: ['skip-bad-rows'], action: 'import', table: true, run: auditsCommand },
  surveys: { options: ['skip-bad-rows'], action: 'import', table: true, run: surveysCommand },
  score: { options: ['json'], run: scoreCommand },
  lint: { options: ['json', 'rules'], run: lintCommand },
}

/** The arguments after `<command> <action>`, once the action is checked. */
function actionInputs(command: string, expected: string, rest: readonly string[]): readonly string[] {
  const [action, ...inputs] = rest
  if (action === undefined) throw new UsageError('scorecardImport.cli.missingAction', { command, action: expected })
  if (action !== expected) throw new UsageError('scorecardImport.cli.unknownAction', { command, action, expected })
  return inputs
}

/** The language of messages: `--lang` if valid, else LC_ALL, LC_MESSAGES, LANG (the first one set). */
export function localeFromEnvironment(env: CliEnvironment['env']): Locale {
  const system = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  return localeFromSystem(system)
}

/**
 * Runs `mot-studio` with `argv` (without node and the script) and returns the exit code:
 * 0 success, 1 failure or problems found, 2 usage error. Never throws.
 */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<ExitCode> {
  let ctx = new CliContext(environment, localeFromEnvironment(environment.env))
  try {
    const { values, positionals, tokens } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      strict: false,
      allowPositionals: true,
      tokens: true,
    })
    // The language first, so that even the other usage errors speak it.
    const lang = LOCALES.find((locale) => typeof values.lang === 'string' && locale.toLowerCase() === values.lang.toLowerCase())
    if (lang) ctx = new CliContext(environment, lang)
    const used = new Set<OptionName>()
    for (const token of tokens) {
      if (token.kind !== 'option') continue
      const name = token.name as OptionName
      const spec = Object.hasOwn(OPTIONS, name) ? OPTIONS[name] : undefined
      if (!spec) throw new UsageError('cli.usage.unknownOption', { option: token.rawName })
      if (spec.type === 'boolean' && token.value !== undefined) throw new UsageError('cli.usage.noValueAllowed', { option: token.rawName })
      const missing = token.value === undefined || (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-'))
      if (spec.type === 'string' && missing) throw new UsageError('cli.usage.missingValue', { option: token.rawName })
      used.add(name)
    }
    if (typeof values.lang === 'string' && lang === undefined) throw new UsageError('cli.usage.badLang', { lang: values.lang })
    if (values.help) {
      ctx.out(`${ctx.t('cli.help', { version: APP_VERSION })}\n\n${ctx.t('scorecardImport.cli.help')}\n\n${ctx.t('scorecardExport.cli.help')}\n\n${ctx.t('scriptExport.cli.help')}`)
      return EXIT.ok
    }
    if (values.version) {
      ctx.out(`mot-studio ${APP_VERSION}`)
      return EXIT.ok
    }

    const [name, ...rest] = positionals
    if (name === undefined) throw new UsageError('cli.usage.noCommand')
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
    if (!command) throw new UsageError('cli.usage.unknownCommand', { command: name })
    for (const option of used) {
      if (!GLOBAL_OPTIONS.includes(option) && !command.options.includes(option)) {
        throw new UsageError('cli.usage.optionNotForCommand', { option: `--${option}`, command: name })
      }
    }
    const inputs = command.action === undefined ? rest : actionInputs(name, command.action, rest)
    const usage = command.action === undefined ? name : `${name} ${command.action}`
    const [file, table, extra] = command.table ? inputs : [inputs[0], undefined, inputs[1]]
    if (file === undefined) throw new UsageError('cli.usage.missingInput', { command: usage })
    if (command.table && table === undefined) throw new UsageError('scorecardImport.cli.missingTable', { command: usage })
    if (extra !== undefined) throw new UsageError('cli.usage.extraArgument', { argument: extra })
    const str = (value: unknown) => (typeof value === 'string' ? value : undefined)
    return await command.run(ctx, {
      file,
      output: str(values.output),
      format: str(values.format),
      skipBadRows: values['skip-bad-rows'] === true,
      force: values.force === true,
      json: values.json === true,
      table,
      scorecards: values.scorecards === true,
      pdf: str(values.pdf),
      scripts: values.scripts === true,
      role: str(values.role),
      pocket: values.pocket === true,
      rules: str(values.rules),
    })
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(ctx.t('cli.usage.line', { detail: ctx.t(error.key, error.params) }))
      return EXIT.usage
    }
    ctx.err(`mot-studio: ${oneLine(render(ctx.locale, describeError(error)))}`)
    return EXIT.failure
  }
}
