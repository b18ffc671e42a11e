/**
 * PNG helpers for the image export (pure, no DOM): the print scale for a drawing, the pixel
 * density chunk (pHYs) that tells office and print software the image's physical size, and a
 * reader for the header fields the tests check. PNG spec: https://www.w3.org/TR/png/
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
/** CSS px per inch: SVG and canvas sizes are in these. */
export const CSS_PX_PER_INCH = 96
export const PRINT_DPI = 300
export const INCH_IN_METRES = 0.0254

let table: Uint32Array | undefined

/** CRC-32 (ISO 3309 / ITU-T V.42, polynomial 0xEDB88320), as PNG chunks use it. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!table) {
    table = new Uint32Array(256)
    for (let n = 0; n < 256; n += 1) {
      let c = n
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      table[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (let index = start; index < end; index += 1) crc = table[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** Pixels per metre for a dpi, as pHYs stores it: 300 dpi → 11811. */
export function pixelsPerMetre(dpi: number): number {
  return Math.round(dpi / INCH_IN_METRES)
}

export interface PngChunk {
  type: string
  /** Offset of the chunk's length field in the file. */
  offset: number
  length: number
  /** Offset of the chunk's data. */
  dataOffset: number
  crc: number
}

function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((value, index) => bytes[index] === value)
}

/** The chunks of a PNG file, in order; throws on a file that is not a well-formed PNG. */
export function pngChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new Error('Not a PNG file')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const chunks: PngChunk[] = []
  let offset = PNG_SIGNATURE.length
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw new Error('Truncated PNG chunk')
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    const dataOffset = offset + 8
    if (dataOffset + length + 4 > bytes.length) throw new Error('Truncated PNG chunk')
    chunks.push({ type, offset, length, dataOffset, crc: view.getUint32(dataOffset + length) })
    offset = dataOffset + length + 4
    if (type === 'IEND') break
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error('PNG without IHDR')
  return chunks
}

/** Whether a chunk's stored CRC matches its type and data. */
export function chunkCrcValid(bytes: Uint8Array, chunk: PngChunk): boolean {
  return crc32(bytes, chunk.offset + 4, chunk.dataOffset + chunk.length) === chunk.crc
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, data.length)
  for (let index = 0; index < 4; index += 1) bytes[4 + index] = type.charCodeAt(index)
  bytes.set(data, 8)
  view.setUint32(8 + data.length, crc32(bytes, 4, 8 + data.length))
  return bytes
}

/**
 * The PNG with its pixel density set to `dpi` (a pHYs chunk in metres, right after IHDR, replacing
 * any pHYs it had). The pixels are untouched.
 */
export function withPngDpi(bytes: Uint8Array, dpi: number): Uint8Array {
  if (!(dpi > 0) || !Number.isFinite(dpi)) throw new Error('dpi must be a positive number')
  const chunks = pngChunks(bytes)
  const density = pixelsPerMetre(dpi)
  const data = new Uint8Array(9)
  const view = new DataView(data.buffer)
  view.setUint32(0, density)
  view.setUint32(4, density)
  data[8] = 1 // unit: metre
  const phys = chunk('pHYs', data)
  const ihdr = chunks[0]!
  const afterIhdr = ihdr.dataOffset + ihdr.length + 4
  const parts: Uint8Array[] = [bytes.subarray(0, afterIhdr), phys]
  let cursor = afterIhdr
  for (const existing of chunks.slice(1)) {
    if (existing.type !== 'pHYs') continue
    parts.push(bytes.subarray(cursor, existing.offset))
    cursor = existing.dataOffset + existing.length + 4
  }
  parts.push(bytes.subarray(cursor))
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    result.set(part, offset)
    offset += part.length
  }
  return result
}

export interface PngInfo {
  width: number
  height: number
  /** Horizontal and vertical density in dpi (rounded to two decimals), or null without a pHYs in metres. */
  dpi: { x: number; y: number } | null
}

/** Width, height and density of a PNG file. */
export function pngInfo(bytes: Uint8Array): PngInfo {
  const chunks = pngChunks(bytes)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const ihdr = chunks[0]!
  const phys = chunks.find((entry) => entry.type === 'pHYs')
  const toDpi = (perMetre: number) => Math.round(perMetre * INCH_IN_METRES * 100) / 100
  return {
    width: view.getUint32(ihdr.dataOffset),
    height: view.getUint32(ihdr.dataOffset + 4),
    dpi:
      phys && phys.length === 9 && bytes[phys.dataOffset + 8] === 1
        ? { x: toDpi(view.getUint32(phys.dataOffset)), y: toDpi(view.getUint32(phys.dataOffset + 4)) }
        : null,
  }
}

export interface PrintScaleLimits {
  dpi?: number
  /** Largest side in pixels (canvas limits and memory). */
  maxSide?: number
  /** Largest pixel count. */
  maxPixels?: number
}

/** Chromium's canvas takes up to 32 767 px a side and 268 MP; these caps stay well inside (and inside memory). */
export const MAX_PNG_SIDE = 16_384
export const MAX_PNG_PIXELS = 100_000_000

/**
 * How much to enlarge a drawing of `width` × `height` CSS px for print: `dpi / 96` (300 dpi →
 * 3.125), lowered so neither side exceeds `maxSide` and the area stays under `maxPixels`. The
 * resulting density is `scale × 96` dpi, which is what the PNG should record.
 */
export function printScale(width: number, height: number, limits: PrintScaleLimits = {}): number {
  const { dpi = PRINT_DPI, maxSide = MAX_PNG_SIDE, maxPixels = MAX_PNG_PIXELS } = limits
  let scale = dpi / CSS_PX_PER_INCH
  const longest = Math.max(width, height, 1)
  scale = Math.min(scale, maxSide / longest)
  const area = Math.max(width * height, 1)
  scale = Math.min(scale, Math.sqrt(maxPixels / area))
  return scale
}
