// `npm run icons`: renders every icon file the installers need from the two source drawings in
// resources/ (icon.svg for the app, file-icons/journey.svg for `.journey` documents). The outputs are
// committed, so packaging needs no build step; run this again after changing a drawing.
//
//   node scripts/make-icons.mjs [--out DIR]     (default: resources/)
//
// Libraries: sharp (libvips + librsvg) renders the SVG straight at each size, so a 16 px icon is
// drawn at 16 px rather than shrunk from a big bitmap; png-to-ico packs the Windows ICO and
// @fiahfy/icns the macOS ICNS from those same PNGs.
import { Buffer } from 'node:buffer'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Icns, IcnsImage } from '@fiahfy/icns'
import pngToIco from 'png-to-ico'
import sharp from 'sharp'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Sizes of the PNG set (Linux hicolor theme, and the source of every ICO/ICNS entry). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
/** Windows Explorer and the taskbar use 16–256; 256 is what electron-builder requires. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/**
 * ICNS entries as `iconutil` writes them (PNG payloads, 1x and 2x), plus the classic 16/32 px
 * RGB + mask pairs that older Finder versions and some Open/Save panels still read.
 */
export const ICNS_TYPES = [
  ['is32', 16], ['s8mk', 16], ['il32', 32], ['l8mk', 32],
  ['icp4', 16], ['icp5', 32], ['ic11', 32], ['ic12', 64],
  ['ic07', 128], ['ic13', 256], ['ic08', 256], ['ic14', 512], ['ic09', 512], ['ic10', 1024],
]
/** Document icons: Linux file managers use up to 256 px; ICO and ICNS as for the app. */
export const DOCUMENT_PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]

/** One SVG rendered at exactly `size` × `size`, as a PNG with an alpha channel. */
export async function renderPng(svg, size) {
  // Rasterise at the density that makes the 1024-unit drawing come out at `size` pixels.
  const density = Math.max(1, (72 * size) / 1024)
  return sharp(svg, { density })
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .ensureAlpha()
    .png({ compressionLevel: 9, adaptiveFiltering: true })
    .toBuffer()
}

async function renderSet(svg, sizes) {
  const pngs = new Map()
  for (const size of sizes) pngs.set(size, await renderPng(svg, size))
  return pngs
}

function icns(pngs) {
  const file = new Icns()
  for (const [osType, size] of ICNS_TYPES) file.append(IcnsImage.fromPNG(pngs.get(size), osType))
  return file.data
}

/** Writes every output under `outDir` (laid out like resources/) and returns the paths written. */
export async function makeIcons(outDir = join(root, 'resources'), sourceDir = join(root, 'resources')) {
  const written = []
  const write = (path, data) => {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, data)
    written.push(path)
  }

  const appSvg = readFileSync(join(sourceDir, 'icon.svg'))
  const app = await renderSet(appSvg, PNG_SIZES)
  for (const [size, png] of app) write(join(outDir, 'icons', 'png', `${size}x${size}.png`), png)
  write(join(outDir, 'icons', 'icon.png'), app.get(512))
  write(join(outDir, 'icons', 'app.ico'), await pngToIco(ICO_SIZES.map((size) => app.get(size))))
  write(join(outDir, 'icons', 'app.icns'), icns(app))

  const docSvg = readFileSync(join(sourceDir, 'file-icons', 'journey.svg'))
  const doc = await renderSet(docSvg, [...new Set([...DOCUMENT_PNG_SIZES, 1024])])
  for (const size of DOCUMENT_PNG_SIZES) write(join(outDir, 'file-icons', 'png', `${size}x${size}.png`), doc.get(size))
  write(join(outDir, 'file-icons', 'journey.ico'), await pngToIco(ICO_SIZES.map((size) => doc.get(size))))
  write(join(outDir, 'file-icons', 'journey.icns'), icns(doc))
  return written
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flag = process.argv.indexOf('--out')
  const outDir = flag === -1 ? join(root, 'resources') : process.argv[flag + 1]
  if (!outDir) {
    console.error('usage: node scripts/make-icons.mjs [--out DIR]')
    process.exit(2)
  }
  const written = await makeIcons(outDir)
  for (const path of written) console.log(`${relative(process.cwd(), path)}  ${Buffer.byteLength(readFileSync(path))} bytes`)
}
