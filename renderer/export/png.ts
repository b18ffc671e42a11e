/**
 * SVG → PNG at print resolution in the renderer: the SVG is loaded as an image from a Blob URL (the
 * CSP allows blob: images; an SVG without foreignObject does not taint the canvas), drawn onto a
 * canvas enlarged to 300 dpi for its physical size at 96 CSS px per inch (or less, when the pixel
 * caps of `printScale` apply), encoded as PNG, and stamped with its real density (pHYs).
 */
import { CSS_PX_PER_INCH, printScale, withPngDpi, type PrintScaleLimits } from '../../shared/export/png'

export interface RenderedPng {
  bytes: Uint8Array
  width: number
  height: number
  /** The density recorded in the file: 300, or lower when the image had to be scaled down. */
  dpi: number
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.decoding = 'async'
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('The SVG image could not be loaded'))
    image.src = url
  })
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be encoded as PNG'))), 'image/png')
  })
}

/** Draws `svg` (of `width` × `height` CSS px) as a PNG for print. */
export async function svgToPng(svg: string, width: number, height: number, limits: PrintScaleLimits = {}): Promise<RenderedPng> {
  const scale = printScale(width, height, limits)
  const pixelWidth = Math.max(1, Math.floor(width * scale))
  const pixelHeight = Math.max(1, Math.floor(height * scale))
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  const canvas = document.createElement('canvas')
  try {
    const image = await loadImage(url)
    canvas.width = pixelWidth
    canvas.height = pixelHeight
    const context = canvas.getContext('2d')
    if (!context) throw new Error('No 2D canvas')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, pixelWidth, pixelHeight)
    context.imageSmoothingQuality = 'high'
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight)
    const blob = await canvasToBlob(canvas)
    const dpi = Math.round(scale * CSS_PX_PER_INCH * 100) / 100
    return { bytes: withPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi), width: pixelWidth, height: pixelHeight, dpi }
  } finally {
    URL.revokeObjectURL(url)
    // Frees the canvas's pixel memory right away (it can be hundreds of MB).
    canvas.width = 0
    canvas.height = 0
  }
}

/** Base64 of bytes, in slices (a spread of millions of arguments would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  const slice = 0x8000
  let binary = ''
  for (let offset = 0; offset < bytes.length; offset += slice) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + slice))
  }
  return btoa(binary)
}
