/**
 * The icon files: made by scripts/make-icons.mjs from the two SVG drawings in resources/, committed
 * so packaging needs no build step. Checked by reading the file headers (PNG IHDR, the ICO
 * directory, the ICNS chunk list), for the committed files and for a fresh run of the script, and
 * the committed PNGs are compared with a fresh rendering so an edited drawing cannot ship with stale
 * icons.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './builder'

const RESOURCES = join(ROOT, 'resources')
const scratch = mkdtempSync(join(tmpdir(), 'mot-icons-'))
const fresh = join(scratch, 'resources')
let scriptOutput = ''

beforeAll(() => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'make-icons.mjs'), '--out', fresh], { cwd: ROOT, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`make-icons failed:\n${run.stdout}\n${run.stderr}`)
  scriptOutput = run.stdout
}, 60_000)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const APP_PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const DOCUMENT_PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** ICNS type → pixel size (the @2x types hold twice the points). */
const ICNS_TYPES: Record<string, number> = {
  is32: 16, s8mk: 16, il32: 32, l8mk: 32, icp4: 16, icp5: 32, ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024,
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

interface PngHeader {
  width: number
  height: number
  bitDepth: number
  colorType: number
}

function pngHeader(data: Buffer): PngHeader {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true)
  expect(data.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR')
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bitDepth: data[24]!, colorType: data[25]! }
}

/** Every image of an ICO: its directory entry and what the data actually holds (PNG or BMP). */
function icoImages(data: Buffer) {
  expect(data.readUInt16LE(0), 'reserved').toBe(0)
  expect(data.readUInt16LE(2), 'type 1 = icon').toBe(1)
  const count = data.readUInt16LE(4)
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + index * 16
    const declared = data[entry] === 0 ? 256 : data[entry]!
    const declaredHeight = data[entry + 1] === 0 ? 256 : data[entry + 1]!
    const bitsPerPixel = data.readUInt16LE(entry + 6)
    const size = data.readUInt32LE(entry + 8)
    const offset = data.readUInt32LE(entry + 12)
    expect(offset + size, 'image inside the file').toBeLessThanOrEqual(data.length)
    const image = data.subarray(offset, offset + size)
    let actual: number
    if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
      actual = pngHeader(image).width
    } else {
      expect(image.readUInt32LE(0), 'BITMAPINFOHEADER').toBe(40)
      actual = image.readInt32LE(4)
      expect(image.readInt32LE(8), 'BMP height counts the AND mask').toBe(2 * actual)
      expect(image.readUInt16LE(14), 'BMP bits per pixel').toBe(32)
    }
    return { declared, declaredHeight, bitsPerPixel, actual }
  })
}

/** The chunks of an ICNS file; PNG payloads are decoded to their pixel size. */
function icnsChunks(data: Buffer) {
  expect(data.subarray(0, 4).toString('latin1'), 'ICNS magic').toBe('icns')
  expect(data.readUInt32BE(4), 'ICNS length').toBe(data.length)
  const chunks: Array<{ type: string; pngSize: number | null }> = []
  for (let at = 8; at < data.length; ) {
    const type = data.subarray(at, at + 4).toString('latin1')
    const length = data.readUInt32BE(at + 4)
    expect(length, `${type} length`).toBeGreaterThan(8)
    const payload = data.subarray(at + 8, at + length)
    chunks.push({ type, pngSize: payload.subarray(0, 8).equals(PNG_SIGNATURE) ? pngHeader(payload).width : null })
    at += length
  }
  return chunks
}

describe.each([
  ['committed', RESOURCES],
  ['freshly generated', fresh],
])('icons (%s)', (_label, dir) => {
  it('has the app icon as RGBA PNGs from 16 to 1024 px, and icon.png at 512 px for Linux', () => {
    for (const size of APP_PNG_SIZES) {
      expect(pngHeader(readFileSync(join(dir, 'icons', 'png', `${size}x${size}.png`)))).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 })
    }
    expect(pngHeader(readFileSync(join(dir, 'icons', 'icon.png')))).toMatchObject({ width: 512, height: 512, colorType: 6 })
  })

  it.each([
    ['icons', 'app.ico'],
    ['file-icons', 'journey.ico'],
  ])('%s/%s holds 16, 24, 32, 48, 64, 128 and 256 px images in 32-bit colour', (folder, file) => {
    const images = icoImages(readFileSync(join(dir, folder, file)))
    expect(images.map((image) => image.declared)).toEqual(ICO_SIZES)
    for (const image of images) {
      expect(image.actual).toBe(image.declared)
      expect(image.declaredHeight).toBe(image.declared)
      expect(image.bitsPerPixel).toBe(32)
    }
  })

  it.each([
    ['icons', 'app.icns'],
    ['file-icons', 'journey.icns'],
  ])('%s/%s holds the iconutil set (16 … 512@2x) plus the classic 16/32 px bitmaps', (folder, file) => {
    const chunks = icnsChunks(readFileSync(join(dir, folder, file)))
    expect(chunks.map((chunk) => chunk.type).sort()).toEqual(Object.keys(ICNS_TYPES).sort())
    for (const chunk of chunks) {
      if (chunk.pngSize !== null) expect(chunk.pngSize, chunk.type).toBe(ICNS_TYPES[chunk.type])
    }
    // Everything from 64 px up (and the @2x retina types) is PNG inside the ICNS.
    for (const type of ['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14']) {
      expect(chunks.find((chunk) => chunk.type === type)?.pngSize, type).not.toBeNull()
    }
  })

  it('has the .journey document icon for Linux as PNGs from 16 to 512 px', () => {
    for (const size of DOCUMENT_PNG_SIZES) {
      expect(pngHeader(readFileSync(join(dir, 'file-icons', 'png', `${size}x${size}.png`)))).toMatchObject({ width: size, height: size, colorType: 6 })
    }
  })
})

describe('make-icons script', () => {
  it('renders from the two SVG drawings and reports what it wrote', () => {
    expect(existsSync(join(RESOURCES, 'icon.svg'))).toBe(true)
    expect(existsSync(join(RESOURCES, 'file-icons', 'journey.svg'))).toBe(true)
    expect(scriptOutput).toContain('app.icns')
    expect(scriptOutput).toContain('journey.ico')
    expect(scriptOutput.trim().split('\n')).toHaveLength(APP_PNG_SIZES.length + 3 + DOCUMENT_PNG_SIZES.length + 2)
  })

  it.each([
    ['icons/png', 32],
    ['icons/png', 256],
    ['file-icons/png', 48],
    ['file-icons/png', 512],
  ])('committed %s at %i px matches the current drawing (no stale icons)', async (folder, size) => {
    const pixels = async (dir: string) => sharp(readFileSync(join(dir, folder, `${size}x${size}.png`))).raw().toBuffer()
    const [committed, current] = await Promise.all([pixels(RESOURCES), pixels(fresh)])
    expect(committed.length).toBe(current.length)
    let changed = 0
    for (let index = 0; index < committed.length; index++) if (Math.abs(committed[index]! - current[index]!) > 24) changed++
    // Tolerates anti-aliasing differences of a rasteriser update; a recoloured or moved shape does not.
    expect(changed / committed.length).toBeLessThan(0.002)
  })
})
