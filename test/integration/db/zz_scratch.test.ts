import { it } from 'vitest'
import { join } from 'node:path'
import { writeJourneyFile, tamper, useTempDir, useWorkspaces } from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'
const dir = useTempDir()
const ws = useWorkspaces(dir)
it('scratch', async () => {
  const path = join(dir(), 'a.journey')
  await writeJourneyFile(path, retailJourney(), join(dir(), 'gen'))
  tamper(path, (db) => { db.pragma('ignore_check_constraints = ON'); db.prepare("update touchpoint set emotion=9 where id='tp_try'").run() })
  const w = ws()
  const snap = w.open(path, 'en')
  console.log(JSON.stringify(snap.dropped.slice(0,3), null, 1))
})
