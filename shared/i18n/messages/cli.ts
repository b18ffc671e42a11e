/** The command-line tool `mot-studio`: help, usage errors, results and the `info` summary. */
import { defineMessages } from '../define'

export const cliMessages = defineMessages({
  en: {
    'cli.help': `MOT Studio {version}, command-line tool

Usage:
  mot-studio import <file.csv|file.xlsx|file.json> -o <out.journey> [--skip-bad-rows] [--force]
  mot-studio export <file.journey> [--format json] -o <out.json|->
  mot-studio validate <file.journey>
  mot-studio info <file.journey> [--json]

Commands:
  import    Turn a spreadsheet (CSV or XLSX, one row per touchpoint) or a JSON journey into a .journey file
  export    Write a journey as JSON interchange (-o - writes to standard output)
  validate  Check a journey file; prints one line per problem (exit code 1) or "valid" (exit code 0)
  info      Summarise a journey: counts, moments of truth, peak-end figures, SERVQUAL tags

Options:
  -o, --output <file>   Output file
  --format <format>     Export format (supported: json)
  --skip-bad-rows       import: import the clean rows and list the skipped ones
  --force               import: replace an existing output file
  --json                info: print the summary as JSON (the documented contract)
  --lang <zh-CN|en>     Language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
  -h, --help            Show this help
  --version             Show the version

Exit codes: 0 success, 1 failure or problems found, 2 usage error.
File formats: docs/file-format.md`,
    'cli.usage.line': 'mot-studio: {detail} (run "mot-studio --help" for usage)',
    'cli.usage.noCommand': 'no command given',
    'cli.usage.unknownCommand': 'unknown command "{command}"',
    'cli.usage.unknownOption': 'unknown option {option}',
    'cli.usage.missingValue': 'option {option} needs a value',
    'cli.usage.noValueAllowed': 'option {option} does not take a value',
    'cli.usage.optionNotForCommand': 'option {option} cannot be used with "{command}"',
    'cli.usage.missingInput': '"{command}" needs an input file',
    'cli.usage.extraArgument': 'unexpected argument "{argument}"',
    'cli.usage.missingOutput': '"{command}" needs an output file: -o <file>',
    'cli.usage.noStdout': '"{command}" writes a file and cannot write to standard output; give a file name with -o',
    'cli.usage.badFormat': 'unsupported format "{format}" (supported: {supported})',
    'cli.usage.badLang': 'unsupported language "{lang}" (use zh-CN or en)',
    'cli.io.notFound': 'The file or folder does not exist.',
    'cli.io.denied': 'Permission denied.',
    'cli.io.isDirectory': 'This is a folder, not a file.',
    'cli.io.failed': 'The file could not be read or written: {detail}',
    'cli.output.exists': 'The output file already exists; use --force to replace it.',
    'cli.output.sameAsInput': 'The output file is the input file; choose another name.',
    'cli.import.failed': '{count} problem(s), so nothing was written.',
    'cli.import.skipHint': 'Fix them, or use --skip-bad-rows to import the other rows.',
    'cli.import.skippedRows': 'Skipped {count} row(s) with problems.',
    'cli.import.done': 'Wrote {file}: {touchpoints} touchpoints in {stages} stages.',
    'cli.export.done': 'Wrote {file}.',
    'cli.validate.valid': '{file}: valid',
    'cli.warning.dropped': 'warning: {table} {id} could not be read and was left out: {reason}',
    'cli.info.title': 'Journey: {title}',
    'cli.info.counts': 'Stages: {stages}   Touchpoints: {touchpoints}   Connections: {edges}',
    'cli.info.mots': 'Moments of truth: {total} ({families})',
    'cli.info.peaks': 'Designed peaks: {peaks}',
    'cli.info.end': 'Designed end: {end}',
    'cli.info.none': '(none)',
    'cli.info.mainPath': 'Main path: {count} touchpoints',
    'cli.info.emotion': 'Emotion along the main path: mean {mean}, peak {peak}, end {end}, remembered {remembered}',
    'cli.info.noEmotion': 'Emotion along the main path: (no touchpoints)',
    'cli.info.servqual': 'SERVQUAL (touchpoints tagged): {counts}',
    'cli.list.separator': ', ',
  },
  'zh-CN': {
    'cli.help': `MOT Studio {version} 命令行工具

用法：
  mot-studio import <文件.csv|文件.xlsx|文件.json> -o <输出.journey> [--skip-bad-rows] [--force]
  mot-studio export <文件.journey> [--format json] -o <输出.json|->
  mot-studio validate <文件.journey>
  mot-studio info <文件.journey> [--json]

命令：
  import    把表格（CSV 或 XLSX，每行一个接触点）或 JSON 旅程转换为 .journey 文件
  export    把旅程导出为 JSON 交换格式（-o - 输出到标准输出）
  validate  检查旅程文件：每个问题输出一行（退出码 1），没有问题则输出“有效”（退出码 0）
  info      旅程概要：数量、关键时刻、峰终数值、服务质量维度

选项：
  -o, --output <文件>   输出文件
  --format <格式>       导出格式（支持：json）
  --skip-bad-rows       import：导入没有问题的行，并列出跳过的行
  --force               import：覆盖已存在的输出文件
  --json                info：以 JSON 输出概要（有文档说明的固定格式）
  --lang <zh-CN|en>     提示语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG）
  -h, --help            显示本帮助
  --version             显示版本

退出码：0 成功，1 失败或发现问题，2 用法错误。
文件格式说明：docs/file-format.md`,
    'cli.usage.line': 'mot-studio: {detail}（运行 "mot-studio --help" 查看用法）',
    'cli.usage.noCommand': '没有指定命令',
    'cli.usage.unknownCommand': '未知命令“{command}”',
    'cli.usage.unknownOption': '未知选项 {option}',
    'cli.usage.missingValue': '选项 {option} 需要一个值',
    'cli.usage.noValueAllowed': '选项 {option} 不接受值',
    'cli.usage.optionNotForCommand': '选项 {option} 不能用于“{command}”',
    'cli.usage.missingInput': '“{command}”需要一个输入文件',
    'cli.usage.extraArgument': '多余的参数“{argument}”',
    'cli.usage.missingOutput': '“{command}”需要输出文件：-o <文件>',
    'cli.usage.noStdout': '“{command}”生成的是文件，不能输出到标准输出；请用 -o 指定文件名',
    'cli.usage.badFormat': '不支持的格式“{format}”（支持：{supported}）',
    'cli.usage.badLang': '不支持的语言“{lang}”（请用 zh-CN 或 en）',
    'cli.io.notFound': '文件或文件夹不存在。',
    'cli.io.denied': '没有访问权限。',
    'cli.io.isDirectory': '这是一个文件夹，不是文件。',
    'cli.io.failed': '无法读取或写入文件：{detail}',
    'cli.output.exists': '输出文件已存在；如要覆盖，请加 --force。',
    'cli.output.sameAsInput': '输出文件就是输入文件，请换一个文件名。',
    'cli.import.failed': '发现 {count} 处问题，因此没有写入任何文件。',
    'cli.import.skipHint': '请修正这些问题，或使用 --skip-bad-rows 导入其余的行。',
    'cli.import.skippedRows': '已跳过 {count} 行有问题的数据。',
    'cli.import.done': '已写入 {file}：{stages} 个阶段，{touchpoints} 个接触点。',
    'cli.export.done': '已写入 {file}。',
    'cli.validate.valid': '{file}：有效',
    'cli.warning.dropped': '警告：{table} {id} 无法读取，已略去：{reason}',
    'cli.info.title': '旅程：{title}',
    'cli.info.counts': '阶段：{stages}   接触点：{touchpoints}   连线：{edges}',
    'cli.info.mots': '关键时刻：{total} 个（{families}）',
    'cli.info.peaks': '峰值体验：{peaks}',
    'cli.info.end': '终点体验：{end}',
    'cli.info.none': '（无）',
    'cli.info.mainPath': '主路径：{count} 个接触点',
    'cli.info.emotion': '主路径情绪：平均 {mean}，峰值 {peak}，终点 {end}，记忆体验 {remembered}',
    'cli.info.noEmotion': '主路径情绪：（没有接触点）',
    'cli.info.servqual': '服务质量维度（标记的接触点数）：{counts}',
    'cli.list.separator': '，',
  },
})
