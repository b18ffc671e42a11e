/**
 * How much an .xlsx (a zip) says it unpacks to, read from its central directory before anything is
 * inflated: a 20 MB workbook that unpacks to gigabytes (a "zip bomb") is refused instead of
 * exhausting memory. The sizes come from the file itself, so this stops honest bombs and ones made
 * with ordinary zip tools; the zip reader still fails on entries whose data disagrees with them.
 */

const EOCD_SIGNATURE = 0x06054b50
const ENTRY_SIGNATURE = 0x02014b50
const EOCD_LENGTH = 22
const ZIP64_MARK = 0xffffffff

/** The total uncompressed size the zip declares, or null when its directory can't be read (or is ZIP64). */
export function declaredUnzippedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record sits at the end, after a comment of at most 65,535 bytes.
  let eocd = -1
  for (let at = bytes.length - EOCD_LENGTH; at >= Math.max(0, bytes.length - EOCD_LENGTH - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at
      break
    }
  }
  if (eocd < 0) return null
  const entries = view.getUint16(eocd + 10, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (entries === 0xffff || directoryOffset === ZIP64_MARK) return null
  let total = 0
  let at = directoryOffset
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== ENTRY_SIGNATURE) return null
    const size = view.getUint32(at + 24, true)
    if (size === ZIP64_MARK) return null
    total += size
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return total
}
