import { staffLine } from '../../../shared/model/script'
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Workspace } from '../../../electron/services/workspace'
import type { JourneyDocument } from '../../../shared/model/schema'
import {
  changeSet,
  filesIn,
  serviceErrorOf,
  serviceErrorOfAsync,
  sideFilesOf,
  useTempDir,
  useWorkspaces,
  writeJourneyFile,
} from '../../helpers/journeyFiles'
import { retailJourney } from '../../helpers/retailJourney'

const dir = useTempDir('mot-workspace-')
const workspaces = useWorkspaces(dir)

/** The retail journey after one typical edit: a renamed touchpoint with a new script line. */
function editedJourney(): JourneyDocument {
  const doc = retailJourney()
  const pay = doc.touchpoints.tp_pay!
  doc.touchpoints.tp_pay = { ...pay, title: '自助结账', scriptLines: [...pay.scriptLines, staffLine('可以使用自助收银机。')] }
  return doc
}
const theEdit = () => changeSet({ upserts: { touchpoints: [editedJourney().touchpoints.tp_pay!] } })

const workingFiles = (name = 'data') => filesIn(join(dir(), name, 'working'))

describe('Workspace', () => {
  describe('create, edit, save, close, reopen', () => {
    it('round-trips a journey through a saved file', async () => {
      const workspace = workspaces()
      const created = workspace.create(retailJourney())
      expect(created.fileName).toBeNull()
      const revision = workspace.applyChanges(created.docId, created.revision, theEdit())
      expect(revision).toBe(created.revision + 1)
      const path = join(dir(), '零售旅程.journey')
      expect(await workspace.saveAs(created.docId, path)).toEqual({ savedRevision: revision, fileName: '零售旅程.journey' })
      workspace.close(created.docId, false)
      expect(workingFiles()).toEqual([])
      expect(sideFilesOf(path)).toEqual([])

      const reopened = workspace.open(path, 'zh-CN')
      expect(reopened.doc).toEqual(editedJourney())
      expect(reopened.fileName).toBe('零售旅程.journey')
      expect(reopened.revision).toBe(revision)
      expect(reopened.savedRevision).toBe(revision)
      expect(workspace.reload(reopened.docId).doc).toEqual(editedJourney())
    })

    it('tracks unsaved changes: new journeys are unsaved, saving clears, editing sets', async () => {
      const workspace = workspaces()
      const { docId, revision } = workspace.create(retailJourney())
      expect(workspace.isDirty(docId)).toBe(true)
      await workspace.saveAs(docId, join(dir(), 'a.journey'))
      expect(workspace.isDirty(docId)).toBe(false)
      workspace.applyChanges(docId, revision, theEdit())
      expect(workspace.isDirty(docId)).toBe(true)
      expect(workspace.reload(docId).savedRevision).toBe(revision)
      await workspace.save(docId)
      expect(workspace.isDirty(docId)).toBe(false)
    })

    it('refuses to Save an untitled journey that has no file yet (NO_FILE)', async () => {
      const workspace = workspaces()
      const { docId } = workspace.create(retailJourney())
      const error = await serviceErrorOfAsync(() => workspace.save(docId))
      expect(error.code).toBe('NO_FILE')
    })

    it('refuses an edit based on a stale revision (CONFLICT) and keeps the document as it was', () => {
      const workspace = workspaces()
      const { docId, revision } = workspace.create(retailJourney())
      workspace.applyChanges(docId, revision, changeSet())
      const error = serviceErrorOf(() => workspace.applyChanges(docId, revision, theEdit()))
      expect(error.code).toBe('CONFLICT')
      expect(workspace.reload(docId).doc).toEqual(retailJourney())
    })

    it('follows title changes for the window title and the recovery list', () => {
      const workspace = workspaces()
      const { docId, revision } = workspace.create(retailJourney())
      workspace.applyChanges(docId, revision, changeSet({ meta: { ...retailJourney().meta, title: '新/标题:*' } }))
      expect(workspace.titleOf(docId)).toBe('新/标题:*')
      expect(workspace.suggestedFileName(docId)).toBe('新_标题__.journey')
    })

    it('answers NOT_FOUND for a journey that is not open', () => {
      const workspace = workspaces()
      expect(serviceErrorOf(() => workspace.isDirty('doc_unknown')).code).toBe('NOT_FOUND')
      expect(serviceErrorOf(() => workspace.applyChanges('doc_unknown', 1, changeSet())).code).toBe('NOT_FOUND')
    })
  })

  describe('close', () => {
    it('refuses to close a journey with unsaved changes unless told to discard them (CONFLICT)', () => {
      const workspace = workspaces()
      const { docId, revision } = workspace.create(retailJourney())
      workspace.applyChanges(docId, revision, theEdit())
      const error = serviceErrorOf(() => workspace.close(docId, false))
      expect(error.code).toBe('CONFLICT')
      expect(error.userMessage.key).toBe('close.unsaved')
      // Still open and intact.
      expect(workspace.reload(docId).doc).toEqual(editedJourney())
      workspace.close(docId, true)
      expect(workingFiles()).toEqual([])
      expect(serviceErrorOf(() => workspace.reload(docId)).code).toBe('NOT_FOUND')
    })
  })

  describe('one session per file', () => {
    it('findByPath returns the session of an open file, however the path is spelled', async () => {
      const workspace = workspaces()
      const path = join(dir(), 'files', 'shared.journey')
      mkdirSync(join(dir(), 'files'))
      await writeJourneyFile(path, retailJourney(), join(dir(), 'writer'))
      symlinkSync(join(dir(), 'files'), join(dir(), 'link'))
      const { docId } = workspace.open(path, 'en')
      expect(workspace.findByPath(path)).toBe(docId)
      expect(workspace.findByPath(join(dir(), 'files', '..', 'files', 'shared.journey'))).toBe(docId)
      expect(workspace.findByPath(relative(process.cwd(), path))).toBe(docId)
      if (process.platform !== 'win32') expect(workspace.findByPath(join(dir(), 'link', 'shared.journey'))).toBe(docId)
      expect(workspace.findByPath(join(dir(), 'files', 'other.journey'))).toBeUndefined()
      workspace.close(docId, false)
      expect(workspace.findByPath(path)).toBeUndefined()
    })

    it('refuses Save As and Save a Copy onto a file another session has open (CONFLICT)', async () => {
      const workspace = workspaces()
      const taken = join(dir(), 'taken.journey')
      await writeJourneyFile(taken, retailJourney(), join(dir(), 'writer'))
      workspace.open(taken, 'en')
      const { docId } = workspace.create(editedJourney())
      expect((await serviceErrorOfAsync(() => workspace.saveAs(docId, taken))).code).toBe('CONFLICT')
      expect((await serviceErrorOfAsync(() => workspace.saveCopy(docId, taken))).code).toBe('CONFLICT')
      expect(workspace.open(taken, 'en').doc).toEqual(retailJourney())
    })

    it('Save a Copy writes the current state elsewhere and leaves the session’s file and unsaved state alone', async () => {
      const workspace = workspaces()
      const original = join(dir(), 'original.journey')
      const { docId, revision } = workspace.create(retailJourney())
      await workspace.saveAs(docId, original)
      workspace.applyChanges(docId, revision, theEdit())
      const copy = join(dir(), 'copy.journey')
      expect(await workspace.saveCopy(docId, copy)).toEqual({ fileName: 'copy.journey' })
      expect(workspace.fileOf(docId)).toBe(original)
      expect(workspace.isDirty(docId)).toBe(true)
      expect(workspace.findByPath(copy)).toBeUndefined()
      expect(workspace.open(copy, 'en').doc).toEqual(editedJourney())
      expect(workspace.open(join(dir(), 'other-name-for', '..', 'original.journey'), 'en').doc).toEqual(retailJourney())
    })
  })

  describe('recovery', () => {
    /** A snapshot of the data folder as a crash would leave it: working copies still open, WAL not checkpointed. */
    function crashImage(from: string, to: string): void {
      cpSync(join(dir(), from), join(dir(), to), { recursive: true })
    }

    it('offers an untitled journey with unsaved edits after a crash, and restores it with its edits', () => {
      const before = workspaces('data')
      const { docId, revision } = before.create(retailJourney())
      const edited = before.applyChanges(docId, revision, theEdit())
      crashImage('data', 'after-crash')

      const after = workspaces('after-crash')
      const recoverable = after.listRecoverable()
      expect(recoverable).toEqual([{ docId, title: '门店零售顾客旅程', fileName: null, modifiedAt: expect.any(String), unsaved: true }])
      expect(Number.isNaN(Date.parse(recoverable[0]!.modifiedAt))).toBe(false)
      const restored = after.restore(docId)
      expect(restored.doc).toEqual(editedJourney())
      expect(restored.revision).toBe(edited)
      expect(after.isDirty(docId)).toBe(true)
      expect(after.listRecoverable()).toEqual([])
    })

    it('offers a saved journey edited after its last save, named after its file', async () => {
      const before = workspaces('data')
      const { docId, revision } = before.create(retailJourney())
      const path = join(dir(), '门店.journey')
      await before.saveAs(docId, path)
      before.applyChanges(docId, revision, theEdit())
      crashImage('data', 'after-crash')

      const after = workspaces('after-crash')
      expect(after.listRecoverable()).toMatchObject([{ docId, fileName: '门店.journey', unsaved: true }])
      const restored = after.restore(docId)
      expect(restored.doc).toEqual(editedJourney())
      expect(after.fileOf(docId)).toBe(path)
      await after.save(docId)
      expect(after.isDirty(docId)).toBe(false)
      expect(after.open(join(dir(), 'x', '..', '门店.journey'), 'en').doc).toEqual(editedJourney())
    })

    it('removes a leftover working copy that holds nothing unsaved, without offering it', async () => {
      const before = workspaces('data')
      const { docId } = before.create(retailJourney())
      await before.saveAs(docId, join(dir(), 'clean.journey'))
      crashImage('data', 'after-crash')

      const after = workspaces('after-crash')
      expect(after.listRecoverable()).toEqual([])
      expect(workingFiles('after-crash')).toEqual([])
    })

    it('removes a half-created working copy (crash during creation)', () => {
      const workspace = workspaces('data')
      writeFileSync(join(dir(), 'data', 'working', 'doc_half.json'), JSON.stringify({ docId: 'doc_half', filePath: null, savedRevision: 0, title: 'x' }))
      writeFileSync(join(dir(), 'data', 'working', 'doc_half.journey'), 'not a database')
      expect(workspace.listRecoverable()).toEqual([])
      expect(workingFiles()).toEqual([])
    })

    it('removes the files a crash during Open leaves behind (no info file), and keeps open journeys', () => {
      const workspace = workspaces('data')
      const open = workspace.create(retailJourney())
      const working = join(dir(), 'data', 'working')
      for (const name of ['doc_crashed.journey', 'doc_crashed.journey-wal', 'doc_crashed.journey-shm', 'doc_crashed.snapshot']) {
        writeFileSync(join(working, name), 'left by a crash')
      }
      expect(workspace.listRecoverable()).toEqual([])
      expect(workingFiles().filter((name) => !/-(wal|shm)$/.test(name))).toEqual([`${open.docId}.journey`, `${open.docId}.json`])
      expect(workspace.reload(open.docId).doc).toEqual(retailJourney())
    })

    it('discardRecovery deletes the working copy and its side files', () => {
      const before = workspaces('data')
      const { docId, revision } = before.create(retailJourney())
      before.applyChanges(docId, revision, theEdit())
      crashImage('data', 'after-crash')
      const after = workspaces('after-crash')
      expect(after.listRecoverable()).toHaveLength(1)
      after.discardRecovery(docId)
      expect(workingFiles('after-crash')).toEqual([])
      expect(after.listRecoverable()).toEqual([])
      expect(serviceErrorOf(() => after.restore(docId)).code).toBe('NOT_FOUND')
    })

    it('quitting keeps only the journeys with unsaved work for the next launch', async () => {
      const first = workspaces('data')
      const dirty = first.create(retailJourney())
      const clean = first.create(retailJourney())
      await first.saveAs(clean.docId, join(dir(), 'clean.journey'))
      first.closeAll()
      expect(workingFiles().filter((name) => name.startsWith(clean.docId))).toEqual([])

      const second = workspaces('data')
      expect(second.listRecoverable().map((item) => item.docId)).toEqual([dirty.docId])
      expect(second.restore(dirty.docId).doc).toEqual(retailJourney())
    })

    it('never offers, restores or discards a journey that is open in this workspace', () => {
      const workspace = workspaces('data')
      const { docId, revision } = workspace.create(retailJourney())
      workspace.applyChanges(docId, revision, theEdit())
      expect(workspace.listRecoverable()).toEqual([])
      expect(serviceErrorOf(() => workspace.restore(docId)).code).toBe('NOT_FOUND')
      expect(serviceErrorOf(() => workspace.discardRecovery(docId)).code).toBe('CONFLICT')
      expect(workspace.reload(docId).doc).toEqual(editedJourney())
    })
  })

  describe('recent files', () => {
    async function journeyFiles(count: number): Promise<string[]> {
      const paths: string[] = []
      for (let index = 0; index < count; index++) {
        const path = join(dir(), `journey-${index}.journey`)
        await writeJourneyFile(path, retailJourney(), join(dir(), 'writer'))
        paths.push(path)
      }
      return paths
    }

    function openAndClose(workspace: Workspace, path: string) {
      workspace.close(workspace.open(path, 'en').docId, false)
    }

    it('lists opened and saved files newest first, each once', async () => {
      const workspace = workspaces()
      const [a, b, c] = (await journeyFiles(3)) as [string, string, string]
      openAndClose(workspace, a)
      openAndClose(workspace, b)
      const { docId } = workspace.create(retailJourney())
      await workspace.saveAs(docId, c)
      openAndClose(workspace, a)
      expect(workspace.settings.recent).toEqual([a, c, b])
    })

    it('keeps at most ten', async () => {
      const workspace = workspaces()
      const paths = await journeyFiles(12)
      for (const path of paths) openAndClose(workspace, path)
      expect(workspace.settings.recent).toEqual(paths.slice(2).reverse())
    })

    it('leaves out files that no longer exist, and remembers the list across launches', async () => {
      const first = workspaces()
      const [a, b, c] = (await journeyFiles(3)) as [string, string, string]
      for (const path of [a, b, c]) openAndClose(first, path)
      rmSync(b)
      expect(first.settings.recent).toEqual([c, a])
      first.closeAll()
      expect(workspaces().settings.recent).toEqual([c, a])
      expect(existsSync(join(dir(), 'data', 'settings.json'))).toBe(true)
    })
  })
})
