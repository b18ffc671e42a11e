/**
 * Runs `mot-studio` in-process with captured streams, and builds the spreadsheet the CLI tests
 * import: a retail journey whose main-path emotions are the worked example of methods.md §1.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../../electron/cli/run'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
  /** stderr split into lines, without the final empty one. */
  errLines: string[]
  /** stdout split into lines, without the final empty one. */
  outLines: string[]
}

const linesOf = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'))

/** Runs the tool in `cwd` with a neutral English environment unless `env` says otherwise. */
export async function cli(cwd: string, args: string[], env: Record<string, string | undefined> = { LANG: 'en_US.UTF-8' }): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env,
    cwd,
  })
  return { code, stdout, stderr, errLines: linesOf(stderr), outLines: linesOf(stdout) }
}

/** One spreadsheet row by column header; absent columns are empty. */
type Row = Record<string, string>

export const HEADERS = ['Stage', 'Touchpoint', 'Channel', 'Role', 'Lane', 'MOT', 'Importance', 'Emotion', 'Peak', 'End', 'SERVQUAL', 'Standard', 'Script', 'Next']

/**
 * The main path is rows 1–7 and 9–12 (emotions 0, 1, 1, 1, −3, −1, 2, 1, 0, 3, 2); "Manager
 * discount" is an alternative branch off "Objection talk" that rejoins at "Contract signing".
 * SERVQUAL cells mix codes, standard and trainers' Chinese names and every separator.
 */
export const WORKED_EXAMPLE_ROWS: Row[] = [
  { Stage: 'Consultation', Touchpoint: 'Phone enquiry', Channel: 'hotline', Role: '客服', MOT: 'business', Importance: '4', Emotion: '0', SERVQUAL: 'responsiveness', Standard: 'Answer within 3 rings\nName the store', Script: '您好，这里是旗舰店。\n请问有什么可以帮您？' },
  { Stage: 'Reception', Touchpoint: 'Greeting at the door', Channel: 'store', Role: '导购', Lane: '前台', Emotion: '1', SERVQUAL: '有形性、保证性' },
  { Stage: 'Reception', Touchpoint: 'Offer of tea', Lane: 'backstage', Emotion: '1', SERVQUAL: '同理度' },
  { Stage: 'Needs discovery', Touchpoint: 'Needs interview', MOT: 'process', Emotion: '+1', SERVQUAL: 'empathy; assurance' },
  { Stage: 'Proposal / quote', Touchpoint: 'Price quote', MOT: '业务', Importance: '5', Emotion: '-3', SERVQUAL: 'reliability' },
  { Stage: 'Objection handling', Touchpoint: 'Objection talk', Emotion: '-1', SERVQUAL: 'assurance，移情性', Next: 'Contract signing, Manager discount' },
  { Stage: 'Objection handling', Touchpoint: 'Manager discount', Role: '店长', MOT: 'yes', Emotion: '1' },
  { Stage: 'Deal', Touchpoint: 'Contract signing', MOT: 'business', Emotion: '2', SERVQUAL: '信赖度' },
  { Stage: 'Delivery / installation', Touchpoint: 'Delivery scheduling', Lane: 'support', Emotion: '1', SERVQUAL: '反应度, reliability' },
  { Stage: 'Delivery / installation', Touchpoint: 'Installation', Emotion: '0', SERVQUAL: 'tangibles' },
  { Stage: 'Delivery / installation', Touchpoint: 'Hand-over ceremony', MOT: 'life', Emotion: '3', Peak: 'yes', SERVQUAL: 'empathy' },
  { Stage: 'Follow-up visit', Touchpoint: 'Follow-up call', Channel: 'outbound call', MOT: '流程', Emotion: '2', End: '是', SERVQUAL: 'responsiveness、empathy' },
]

/** What `info --json` must say about the worked example; spreadsheets take `title` from the file name. */
export function workedExampleSummary(title: string) {
  return {
    title,
    stages: 8,
    touchpoints: 12,
    edges: 12,
    mots: { life: 1, process: 2, business: 3, unspecified: 1, total: 7 },
    peaks: ['Hand-over ceremony'],
    end: 'Follow-up call',
    mainPath: 11,
    emotion: { mean: 0.64, peak: -3, end: 2, remembered: -0.5 },
    servqual: { tangibles: 2, reliability: 3, responsiveness: 3, assurance: 3, empathy: 5 },
  }
}

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/** Writes `rows` as a UTF-8 CSV file (CRLF, like spreadsheet programs) and returns its path. */
export function writeCsv(dir: string, name: string, rows: Row[] = WORKED_EXAMPLE_ROWS): string {
  const lines = [HEADERS, ...rows.map((row) => HEADERS.map((header) => row[header] ?? ''))]
  const path = join(dir, name)
  writeFileSync(path, lines.map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n')
  return path
}
