/**
 * The browser host's HostAdapter: files live in one folder, picked and named in the app (there
 * are no native dialogs in a browser). Names from the renderer are plain file names, checked here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { FileKind } from '../../shared/ipc/contract'
import { fileKindMatches, type HostAdapter, type HostFile } from '../services/api'
import { ServiceError } from '../services/errors'

const EXTENSION: Partial<Record<FileKind, string>> = { journey: '.journey', json: '.json', csv: '.csv', xlsx: '.xlsx', sqlite: '.sqlite', pdf: '.pdf', docx: '.docx', html: '.html', markdown: '.md' }

/** A plain file name inside the folder: no separators, no dot-dot, no control characters. */
function safeName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are never part of a file name we accept
  if (name !== basename(name) || name.startsWith('.') || /[\\/\u0000-\u001f]/.test(name) || name.length > 255) {
    throw new ServiceError('BAD_REQUEST', { key: 'file.badName' })
  }
  return name
}

export function createWebHostAdapter(folder: string, version: string): HostAdapter<null> {
  return {
    kind: 'web',
    dialogs: 'in-app',
    version,
    systemLocale: process.env.LC_ALL || process.env.LANG || 'en',
    async chooseOpen(_context, kind, name) {
      if (!name) return null
      const path = join(folder, safeName(name))
      if (!existsSync(path) || !fileKindMatches(kind, name)) throw new ServiceError('NOT_FOUND', { key: 'open.notFound' })
      return path
    },
    async chooseSave(_context, kind, suggestedName) {
      const name = safeName(suggestedName)
      const extension = EXTENSION[kind]
      return join(folder, extension && extname(name).toLowerCase() !== extension ? `${name}${extension}` : name)
    },
    listFiles(kind): HostFile[] {
      return readdirSync(folder)
        .filter((name) => !name.startsWith('.') && fileKindMatches(kind, name))
        .map((name) => join(folder, name))
        .filter((path) => statSync(path).isFile())
        .sort((a, b) => a.localeCompare(b))
        .map((path) => ({ path, modifiedAt: statSync(path).mtime.toISOString() }))
    },
    focusOther: () => false,
    bindDocument: () => {},
    closeWindow: () => {},
  }
}
