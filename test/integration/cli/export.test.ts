/** `mot-studio export`: the JSON interchange format, written atomically, round-tripping losslessly. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { JOURNEY_JSON_FORMAT, JOURNEY_JSON_VERSION } from '../../../shared/interchange/journeyJson'
import { filesIn, fingerprint, useTempDir } from '../../helpers/journeyFiles'
import { cli, writeCsv } from './harness'

describe('mot-studio export', () => {
  const dir = useTempDir('mot-cli-')

  async function importedJourney(): Promise<string> {
    writeCsv(dir(), 'retail.csv')
    expect((await cli(dir(), ['import', 'retail.csv', '-o', 'retail.journey'])).code).toBe(0)
    return join(dir(), 'retail.journey')
  }

  it('exports JSON, and export → import → export is byte-identical (lossless)', async () => {
    const journey = await importedJourney()
    const before = fingerprint(journey)
    const first = await cli(dir(), ['export', 'retail.journey', '--format', 'json', '-o', 'first.json'])
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.outLines).toEqual(['Wrote first.json.'])
    expect(fingerprint(journey)).toEqual(before)

    const text = readFileSync(join(dir(), 'first.json'), 'utf8')
    const parsed = JSON.parse(text) as { format: string; formatVersion: number; journey: { touchpoints: { title: string; standards: { text: string; timeLimit: string }[] }[] } }
    expect(parsed.format).toBe(JOURNEY_JSON_FORMAT)
    expect(parsed.formatVersion).toBe(JOURNEY_JSON_VERSION)
    expect(parsed.journey.touchpoints.map((touchpoint) => touchpoint.title)).toContain('Manager discount')
    expect(parsed.journey.touchpoints.find((touchpoint) => touchpoint.title === 'Phone enquiry')?.standards).toEqual([
      { text: 'Answer within 3 rings', timeLimit: '' },
      { text: 'Name the store', timeLimit: '' },
    ])

    expect((await cli(dir(), ['import', 'first.json', '-o', 'again.journey'])).code).toBe(0)
    expect((await cli(dir(), ['export', 'again.journey', '-o', 'second.json'])).code).toBe(0)
    expect(readFileSync(join(dir(), 'second.json'))).toEqual(readFileSync(join(dir(), 'first.json')))
    const summaries = await Promise.all(['retail.journey', 'again.journey'].map((file) => cli(dir(), ['info', file, '--json'])))
    expect(summaries[1]!.stdout).toBe(summaries[0]!.stdout)
  })

  it('writes to stdout with -o -, exactly the file contents', async () => {
    await importedJourney()
    await cli(dir(), ['export', 'retail.journey', '-o', 'file.json'])
    const piped = await cli(dir(), ['export', 'retail.journey', '-o', '-', '--lang', 'zh-CN'])
    expect(piped).toMatchObject({ code: 0, stderr: '' })
    expect(piped.stdout).toBe(readFileSync(join(dir(), 'file.json'), 'utf8'))
  })

  it('refuses other formats as a usage error naming the supported ones', async () => {
    await importedJourney()
    const result = await cli(dir(), ['export', 'retail.journey', '--format', 'csv', '-o', 'out.csv'])
    expect(result.code).toBe(2)
    expect(result.errLines).toEqual(['mot-studio: unsupported format "csv" (supported: json) (run "mot-studio --help" for usage)'])
    expect(filesIn(dir())).toEqual(['retail.csv', 'retail.journey'])
  })

  it('never replaces the input with its own export', async () => {
    const journey = await importedJourney()
    const before = fingerprint(journey)
    const result = await cli(dir(), ['export', 'retail.journey', '-o', './retail.journey'])
    expect(result.code).toBe(1)
    expect(result.errLines).toEqual(['mot-studio: ./retail.journey: The output file is the input file; choose another name.'])
    expect(fingerprint(journey)).toEqual(before)
  })

  it('leaves nothing behind when the output cannot be written', async () => {
    await importedJourney()
    const result = await cli(dir(), ['export', 'retail.journey', '-o', 'missing/out.json'])
    expect(result.code).toBe(1)
    expect(result.errLines).toEqual(['mot-studio: missing/out.json: The file or folder does not exist.'])
    expect(filesIn(dir())).toEqual(['retail.csv', 'retail.journey'])
  })

  it('refuses a file that is not a journey, in one line', async () => {
    writeCsv(dir(), 'retail.csv')
    const result = await cli(dir(), ['export', 'retail.csv', '-o', 'out.json'])
    expect(result.code).toBe(1)
    expect(result.errLines).toEqual(['mot-studio: retail.csv: This is not a MOT Studio journey: it is not a SQLite database file.'])
    expect(filesIn(dir())).toEqual(['retail.csv'])
  })
})
