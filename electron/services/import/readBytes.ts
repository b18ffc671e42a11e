/** Reading an import file's bytes, with the refusals a user can act on (missing, a folder, too big). */
import { readFile, stat } from 'node:fs/promises'
import { ServiceError } from '../errors'

/** Larger than any journey sheet a team would keep; guards memory against a wrong file choice. */
export const MAX_IMPORT_MB = 20

export async function readImportBytes(path: string): Promise<Buffer> {
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new ServiceError('BAD_REQUEST', { key: 'open.notAFile' })
    size = info.size
  } catch (error) {
    if (error instanceof ServiceError) throw error
    throw new ServiceError('NOT_FOUND', { key: 'open.notFound' })
  }
  if (size > MAX_IMPORT_MB * 1024 * 1024) {
    throw new ServiceError('TOO_LARGE', { key: 'import.tooLarge', params: { mb: MAX_IMPORT_MB } })
  }
  try {
    return await readFile(path)
  } catch {
    throw new ServiceError('NOT_FOUND', { key: 'open.notFound' })
  }
}

/** Text of a UTF-8 file, without the byte-order mark Windows editors put in front. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}
