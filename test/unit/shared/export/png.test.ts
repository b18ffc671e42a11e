import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { chunkCrcValid, crc32, pixelsPerMetre, pngChunks, pngInfo, printScale, withPngDpi } from '../../../../shared/export/png'

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0))

function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, data.length)
  bytes.set(ascii(type), 4)
  bytes.set(data, 8)
  view.setUint32(8 + data.length, crc32(bytes, 4, 8 + data.length))
  return bytes
}

/** A real, decodable PNG of `width` × `height` white RGB pixels, optionally with extra chunks after IHDR. */
function whitePng(width: number, height: number, extra: Uint8Array[] = []): Uint8Array {
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = new Uint8Array(height * (1 + width * 3)).fill(255)
  for (let row = 0; row < height; row += 1) rows[row * (1 + width * 3)] = 0
  const parts = [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), chunk('IHDR', header), ...extra, chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    result.set(part, offset)
    offset += part.length
  }
  return result
}

describe('crc32', () => {
  it('matches the standard check values', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926)
    expect(crc32(ascii('IEND'))).toBe(0xae426082)
    expect(crc32(new Uint8Array())).toBe(0)
  })
})

describe('withPngDpi', () => {
  it('adds a pHYs chunk of 11811 px/m (300 dpi) right after IHDR, with a valid CRC', () => {
    const original = whitePng(3, 2)
    const stamped = withPngDpi(original, 300)
    const chunks = pngChunks(stamped)
    expect(chunks.map((entry) => entry.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND'])
    for (const entry of chunks) expect(chunkCrcValid(stamped, entry), entry.type).toBe(true)
    const phys = chunks[1]!
    expect(phys.length).toBe(9)
    const view = new DataView(stamped.buffer, stamped.byteOffset)
    expect(view.getUint32(phys.dataOffset)).toBe(11811)
    expect(view.getUint32(phys.dataOffset + 4)).toBe(11811)
    expect(stamped[phys.dataOffset + 8]).toBe(1)
    expect(pngInfo(stamped)).toEqual({ width: 3, height: 2, dpi: { x: 300, y: 300 } })
    expect(stamped.length).toBe(original.length + 21)
    // The pixel data is untouched.
    const idat = (bytes: Uint8Array) => {
      const entry = pngChunks(bytes).find((candidate) => candidate.type === 'IDAT')!
      return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.length)
    }
    expect(idat(stamped)).toEqual(idat(original))
  })

  it('replaces a pHYs chunk that is already there', () => {
    const data = new Uint8Array(9)
    new DataView(data.buffer).setUint32(0, 2835)
    new DataView(data.buffer).setUint32(4, 2835)
    data[8] = 1
    const withOld = whitePng(1, 1, [chunk('pHYs', data)])
    expect(pngInfo(withOld).dpi).toEqual({ x: 72.01, y: 72.01 })
    const stamped = withPngDpi(withPngDpi(withOld, 150), 300)
    expect(pngChunks(stamped).filter((entry) => entry.type === 'pHYs')).toHaveLength(1)
    expect(pngInfo(stamped).dpi).toEqual({ x: 300, y: 300 })
  })

  it('refuses bytes that are not a PNG, and a nonsense density', () => {
    expect(() => withPngDpi(ascii('GIF89a....'), 300)).toThrow(/Not a PNG/)
    expect(() => withPngDpi(whitePng(1, 1).subarray(0, 30), 300)).toThrow(/Truncated/)
    expect(() => withPngDpi(whitePng(1, 1), 0)).toThrow()
  })

  it('converts dpi to pixels per metre', () => {
    expect(pixelsPerMetre(300)).toBe(11811)
    expect(pixelsPerMetre(96)).toBe(3780)
    expect(pixelsPerMetre(72)).toBe(2835)
  })
})

describe('printScale', () => {
  it('is 300/96 for a drawing that fits the caps', () => {
    expect(printScale(1000, 500)).toBe(3.125)
  })

  it('keeps the longest side within the cap', () => {
    expect(printScale(6000, 1000)).toBe(16384 / 6000)
    expect(6000 * printScale(6000, 1000)).toBeLessThanOrEqual(16384)
    expect(printScale(5000, 1000, { maxSide: 12000 })).toBe(12000 / 5000)
  })

  it('keeps the pixel count within the cap', () => {
    const scale = printScale(4000, 3500)
    expect(4000 * scale * 3500 * scale).toBeLessThanOrEqual(100_000_000 + 1)
    expect(scale).toBeCloseTo(Math.sqrt(100_000_000 / (4000 * 3500)))
  })

  it('takes other densities and caps', () => {
    expect(printScale(100, 100, { dpi: 150 })).toBe(150 / 96)
    expect(printScale(1000, 1000, { maxPixels: 1_000_000 })).toBe(1)
  })
})
