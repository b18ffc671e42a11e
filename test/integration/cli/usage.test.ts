/** `mot-studio` command-line handling: help, version, language, and usage errors (exit code 2). */
import { describe, expect, it } from 'vitest'
import { APP_VERSION } from '../../../electron/services/appVersion'
import { localeFromEnvironment } from '../../../electron/cli/run'
import { cli } from './harness'

const cwd = process.cwd()

describe('mot-studio usage', () => {
  it('prints help with --help and -h, in the chosen language', async () => {
    const en = await cli(cwd, ['--help'])
    expect(en).toMatchObject({ code: 0, stderr: '' })
    expect(en.stdout).toContain(`MOT Studio ${APP_VERSION}`)
    expect(en.stdout).toContain('mot-studio info <file.journey> [--json]')
    const zh = await cli(cwd, ['-h', '--lang', 'zh-CN'])
    expect(zh.stdout).toContain('用法：')
    expect((await cli(cwd, ['info', '--help'])).code).toBe(0)
  })

  it('prints the version from package.json', async () => {
    const result = await cli(cwd, ['--version'])
    expect(result).toMatchObject({ code: 0, stdout: `mot-studio ${APP_VERSION}\n`, stderr: '' })
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/)
  })

  it.each([
    [[], 'no command given'],
    [['frobnicate', 'a.journey'], 'unknown command "frobnicate"'],
    [['info', 'a.journey', '--verbose'], 'unknown option --verbose'],
    [['info', 'a.journey', '-x'], 'unknown option -x'],
    [['info', 'a.journey', '--json=yes'], 'option --json does not take a value'],
    [['export', 'a.journey', '-o'], 'option -o needs a value'],
    [['export', 'a.journey', '-o', '--force'], 'option -o needs a value'],
    [['validate', 'a.journey', '--json'], 'option --json cannot be used with "validate"'],
    [['import', 'a.csv', '-o', 'b.journey', '--format', 'json'], 'option --format cannot be used with "import"'],
    [['info'], '"info" needs an input file'],
    [['info', 'a.journey', 'b.journey'], 'unexpected argument "b.journey"'],
    [['import', 'a.csv'], '"import" needs an output file: -o <file>'],
    [['export', 'a.journey'], '"export" needs an output file: -o <file>'],
    [['import', 'a.csv', '-o', '-'], '"import" writes a file and cannot write to standard output; give a file name with -o'],
    [['info', 'a.journey', '--lang', 'fr'], 'unsupported language "fr" (use zh-CN or en)'],
  ])('%j is a usage error: %s', async (args, detail) => {
    const result = await cli(cwd, args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.errLines).toEqual([`mot-studio: ${detail} (run "mot-studio --help" for usage)`])
  })

  it('speaks the language of --lang, else of LC_ALL, LC_MESSAGES, LANG', async () => {
    const zh = await cli(cwd, ['info', '--lang', 'zh-CN'])
    expect(zh.errLines).toEqual(['mot-studio: “info”需要一个输入文件（运行 "mot-studio --help" 查看用法）'])
    const unknownOption = await cli(cwd, ['--bogus', '--lang=zh-cn'])
    expect(unknownOption.errLines).toEqual(['mot-studio: 未知选项 --bogus（运行 "mot-studio --help" 查看用法）'])
    expect(localeFromEnvironment({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN')
    expect(localeFromEnvironment({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en')
    expect(localeFromEnvironment({ LC_ALL: '', LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN')
    expect(localeFromEnvironment({})).toBe('en')
  })
})
