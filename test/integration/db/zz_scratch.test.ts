import { it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openSync, writeSync, closeSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs'
import { writeJourneyFile, useTempDir, useWorkspaces } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'
import { bigJourney } from '../../helpers/bigJourney'
const dir = useTempDir()
const ws = useWorkspaces(dir)
it('scratch', async () => {
  const path = join(dir(), 'a.journey')
  await writeJourneyFile(path, bigJourney(40), join(dir(), 'gen'))
  const db = new Database(path, { readonly: true })
  const pageSize = db.pragma('page_size', { simple: true }) as number
  const pages = db.pragma('page_count', { simple: true })
  const root = db.prepare("select rootpage from sqlite_schema where name='touchpoint'").pluck().get() as number
  db.close()
  console.log({ pageSize, pages, root })
  const bytes = readFileSync(path)
  const base = (root - 1) * pageSize
  console.log('type', bytes[base], 'cells', bytes.readUInt16BE(base + 3), 'content', bytes.readUInt16BE(base + 5))
  for (const [name, start, len] of [['middle', pageSize / 2 - 32, 64], ['content', bytes.readUInt16BE(base + 5), 16], ['ptrs', 8, 16]] as const) {
    const p = join(dir(), `${name}.journey`)
    const copy = Buffer.from(bytes)
    copy.fill(0xa5, base + start, base + start + len)
    writeFileSync(p, copy)
    const d = new Database(p, { readonly: true })
    let r: unknown
    try { r = d.pragma('quick_check') } catch (e) { r = String(e) }
    d.close()
    let o: unknown
    try { const s = ws().open(p, 'en'); o = s.dropped } catch (e) { o = String(e) }
    console.log(name, JSON.stringify(r).slice(0, 300), String(JSON.stringify(o)).slice(0, 300))
  }
})
