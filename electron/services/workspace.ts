/**
 * The documents a host has open, each backed by a working copy in the data folder, plus recent
 * files and recovery. Plain Node: the Electron shell, the browser host and the tests drive it alike.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { newId } from '../../shared/model/ids'
import type { DocumentChanges } from '../../shared/editor/changedKeys'
import type { DocSnapshot, Recoverable } from '../../shared/ipc/contract'
import type { JourneyDocument, Locale } from '../../shared/model/schema'
import { ServiceError } from './errors'
import { FILE_EXTENSION } from './document/format'
import { openUntrusted } from './document/openUntrusted'
import { WorkingCopy } from './document/workingCopy'
import { Settings } from './settings'

interface SessionInfo {
  docId: string
  /** The user's file, or null while the journey is untitled. */
  filePath: string | null
  savedRevision: number
  title: string
}

interface Session extends SessionInfo {
  workingCopy: WorkingCopy
}

export interface WorkspaceOptions {
  dataDir: string
  appVersion: string
}

export class Workspace {
  private readonly sessions = new Map<string, Session>()
  private readonly workingDir: string
  readonly settings: Settings

  constructor(private readonly options: WorkspaceOptions) {
    this.workingDir = join(options.dataDir, 'working')
    mkdirSync(this.workingDir, { recursive: true })
    this.settings = new Settings(join(options.dataDir, 'settings.json'))
  }

  private paths(docId: string) {
    return {
      db: join(this.workingDir, `${docId}${FILE_EXTENSION}`),
      info: join(this.workingDir, `${docId}.json`),
      snapshot: join(this.workingDir, `${docId}.snapshot`),
    }
  }

  private session(docId: string): Session {
    const session = this.sessions.get(docId)
    if (!session) throw new ServiceError('NOT_FOUND', { key: 'doc.notOpen' })
    return session
  }

  private writeInfo(session: Session): void {
    const info: SessionInfo = {
      docId: session.docId,
      filePath: session.filePath,
      savedRevision: session.savedRevision,
      title: session.title,
    }
    writeFileSync(this.paths(session.docId).info, JSON.stringify(info))
  }

  private snapshot(session: Session, doc: JourneyDocument, extra: Partial<DocSnapshot> = {}): DocSnapshot {
    return {
      docId: session.docId,
      doc,
      revision: session.workingCopy.revision,
      savedRevision: session.savedRevision,
      fileName: session.filePath ? basename(session.filePath) : null,
      dropped: [],
      migratedFrom: null,
      ...extra,
    }
  }

  /** A new untitled journey; it lives only in its working copy until saved. */
  create(doc: JourneyDocument): DocSnapshot {
    const docId = newId('doc')
    const workingCopy = WorkingCopy.create(this.paths(docId).db)
    workingCopy.writeDocument(doc, 1)
    const session: Session = { docId, filePath: null, savedRevision: 0, title: doc.meta.title, workingCopy }
    this.sessions.set(docId, session)
    this.writeInfo(session)
    return this.snapshot(session, doc)
  }

  /** The open session of a file, if any (the same file is never open twice). */
  findByPath(path: string): string | undefined {
    const wanted = canonical(path)
    for (const session of this.sessions.values()) {
      if (session.filePath && canonical(session.filePath) === wanted) return session.docId
    }
    return undefined
  }

  /** Opens a file through the defensive pipeline. Throws ServiceError with a specific code on refusal. */
  open(path: string, locale: Locale): DocSnapshot {
    const docId = newId('doc')
    const paths = this.paths(docId)
    const opened = openUntrusted(resolve(path), paths.db, paths.snapshot, locale)
    const session: Session = {
      docId,
      filePath: resolve(path),
      savedRevision: opened.fileRevision,
      title: opened.doc.meta.title,
      workingCopy: opened.workingCopy,
    }
    this.sessions.set(docId, session)
    this.writeInfo(session)
    this.settings.addRecent(session.filePath!)
    return this.snapshot(session, opened.doc, { dropped: opened.dropped, migratedFrom: opened.migratedFrom })
  }

  /** The current state of an open session, read back from its working copy. */
  reload(docId: string): DocSnapshot {
    const session = this.session(docId)
    const fallback = { title: session.title, description: '', locale: 'en' as const, versionLabel: '1.0' }
    const { doc, dropped } = session.workingCopy.read(fallback)
    return this.snapshot(session, doc, { dropped })
  }

  applyChanges(docId: string, baseRevision: number, changes: DocumentChanges): number {
    const session = this.session(docId)
    const revision = session.workingCopy.applyChanges(changes, baseRevision)
    if (changes.meta && changes.meta.title !== session.title) {
      session.title = changes.meta.title
      this.writeInfo(session)
    }
    return revision
  }

  isDirty(docId: string): boolean {
    const session = this.session(docId)
    return session.workingCopy.revision !== session.savedRevision
  }

  async save(docId: string): Promise<{ savedRevision: number; fileName: string }> {
    const session = this.session(docId)
    if (!session.filePath) throw new ServiceError('NO_FILE', { key: 'save.noFile' })
    return this.saveAs(docId, session.filePath)
  }

  async saveAs(docId: string, path: string): Promise<{ savedRevision: number; fileName: string }> {
    const session = this.session(docId)
    const target = resolve(path)
    const other = this.findByPath(target)
    if (other && other !== docId) throw new ServiceError('CONFLICT', { key: 'save.openElsewhere' })
    const revision = session.workingCopy.revision
    await session.workingCopy.saveTo(target, this.stamp(session))
    session.filePath = target
    session.savedRevision = revision
    this.writeInfo(session)
    this.settings.addRecent(target)
    return { savedRevision: revision, fileName: basename(target) }
  }

  /** Writes a copy elsewhere; the session keeps its own file and dirty state. */
  async saveCopy(docId: string, path: string): Promise<{ fileName: string }> {
    const session = this.session(docId)
    const target = resolve(path)
    if (this.findByPath(target)) throw new ServiceError('CONFLICT', { key: 'save.openElsewhere' })
    await session.workingCopy.saveTo(target, this.stamp(session))
    return { fileName: basename(target) }
  }

  private stamp(session: Session): Record<string, string> {
    const version = `MOT Studio ${this.options.appVersion}`
    const stamp: Record<string, string> = { last_saved_with: version, format_min_reader: '0.1.0' }
    if (!session.workingCopy.repository.info('created_with')) stamp.created_with = version
    return stamp
  }

  /** Closes a session; its working copy goes too, unless it holds unsaved work and `discard` is false. */
  close(docId: string, discard: boolean): void {
    const session = this.session(docId)
    if (!discard && this.isDirty(docId)) throw new ServiceError('CONFLICT', { key: 'close.unsaved' })
    session.workingCopy.destroy()
    rmSync(this.paths(docId).info, { force: true })
    this.sessions.delete(docId)
  }

  /** Closes every session but keeps working copies with unsaved work for recovery (quit, crash-like). */
  closeAll(): void {
    for (const session of this.sessions.values()) {
      if (this.isDirty(session.docId)) session.workingCopy.close()
      else this.close(session.docId, true)
    }
    this.sessions.clear()
  }

  /** Working copies left by a crash or power cut that hold unsaved work. Clean leftovers are removed. */
  listRecoverable(): Recoverable[] {
    const found: Recoverable[] = []
    for (const name of readdirSync(this.workingDir)) {
      if (!name.endsWith('.json')) continue
      const docId = name.slice(0, -'.json'.length)
      if (this.sessions.has(docId)) continue
      const paths = this.paths(docId)
      try {
        const info = JSON.parse(readFileSync(paths.info, 'utf8')) as SessionInfo
        const copy = WorkingCopy.reopen(paths.db)
        const unsaved = copy.revision !== info.savedRevision
        copy.close()
        if (!unsaved) {
          this.discardRecovery(docId)
          continue
        }
        found.push({
          docId,
          title: info.title,
          fileName: info.filePath ? basename(info.filePath) : null,
          modifiedAt: statSync(paths.db).mtime.toISOString(),
          unsaved,
        })
      } catch {
        // A half-created copy (crash during creation) holds nothing to recover.
        this.discardRecovery(docId)
      }
    }
    this.removeStrays()
    return found
  }

  /** Files of a crash during Open (working copy, snapshot): the info file comes last, so without it nothing was edited. */
  private removeStrays(): void {
    const names = readdirSync(this.workingDir)
    const described = new Set(names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)))
    for (const name of names) {
      const docId = /^(doc_[0-9a-z]+)\./.exec(name)?.[1]
      if (docId && !described.has(docId) && !this.sessions.has(docId)) rmSync(join(this.workingDir, name), { force: true })
    }
  }

  restore(docId: string): DocSnapshot {
    const paths = this.paths(docId)
    if (this.sessions.has(docId) || !existsSync(paths.info)) throw new ServiceError('NOT_FOUND', { key: 'recovery.gone' })
    const info = JSON.parse(readFileSync(paths.info, 'utf8')) as SessionInfo
    const workingCopy = WorkingCopy.reopen(paths.db)
    const session: Session = { ...info, workingCopy }
    this.sessions.set(docId, session)
    return this.reload(docId)
  }

  discardRecovery(docId: string): void {
    if (this.sessions.has(docId)) throw new ServiceError('CONFLICT', { key: 'recovery.inUse' })
    const paths = this.paths(docId)
    for (const path of [paths.db, `${paths.db}-wal`, `${paths.db}-shm`, paths.info]) rmSync(path, { force: true })
  }

  /** The working copy of an open session, for the scorecard data (audits, surveys) kept beside the document. */
  workingCopyOf(docId: string): WorkingCopy {
    return this.session(docId).workingCopy
  }

  fileOf(docId: string): string | null {
    return this.session(docId).filePath
  }

  titleOf(docId: string): string {
    return this.session(docId).title
  }

  /** A file name to offer in Save As: the journey's title, made safe for every file system. */
  suggestedFileName(docId: string): string {
    const title = this.session(docId).title.trim() || 'journey'
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120)}${FILE_EXTENSION}`
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}
