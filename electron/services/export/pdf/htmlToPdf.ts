/**
 * HTML → PDF for the printable exports. One interface, two implementations: in the Electron app
 * `electron/main/printToPdf.ts` prints with the app's own Chromium (a hidden, sandboxed window);
 * in plain Node (the CLI, the browser host, the tests) `playwrightHtmlToPdf` drives the system's
 * Chromium, Chrome or Edge through playwright-core. Either way the page is our own escaped HTML,
 * rendered with JavaScript disabled and every network request refused.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ServiceError } from '../../errors'

/**
 * Chromium's running header and footer (HTML templates; `pageNumber`, `totalPages`, `date`,
 * `title` spans are filled in). Absent: no header and the page-number footer below.
 */
export interface PdfPageOptions {
  headerTemplate?: string
  footerTemplate?: string
}

/** Prints one self-contained HTML document to an A4 PDF with page numbers in the footer (or the given header and footer). */
export type HtmlToPdf = (html: string, options?: PdfPageOptions) => Promise<Uint8Array>

/** The page-number footer (Chromium fills `pageNumber` and `totalPages`). */
export const FOOTER_TEMPLATE =
  '<div style="width:100%;font-size:8px;color:#616e7c;text-align:center;font-family:sans-serif;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'
/** An empty header: Chromium prints the date and title when the header template is left out. */
export const HEADER_TEMPLATE = '<div></div>'
/** Page margins leave room for the footer. */
export const PDF_MARGINS_MM = { top: 14, bottom: 16, left: 12, right: 12 } as const

/** Quiet, offline switches (as the e2e tests' browser uses, test/e2e/playwright.config.ts). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Chromium keeps its sandbox, except for root, where it refuses to start sandboxed (containers, CI).
 * The page is our own escaped HTML with JavaScript off and the network refused either way.
 */
export function sandboxArgs(uid: number | undefined = process.getuid?.()): string[] {
  return uid === 0 ? ['--no-sandbox'] : []
}

/** Where a Chromium-family browser usually lives, per platform, after `CHROMIUM_PATH`. */
export function chromiumCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : []
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root)
    return [
      ...fromEnv,
      ...roots.flatMap((root) => [
        join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(root, 'Chromium', 'Application', 'chrome.exe'),
      ]),
    ]
  }
  return [...fromEnv, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium']
}

/** The first browser found, or a ServiceError saying none was (with how to point at one). */
export function findChromium(candidates: readonly string[] = chromiumCandidates(), exists: (path: string) => boolean = existsSync): string {
  const found = candidates.find((path) => exists(path))
  if (!found) throw new ServiceError('NOT_FOUND', { key: 'scorecardExport.error.noChromium' })
  return found
}

/**
 * HtmlToPdf with the system's Chromium via playwright-core (loaded on first use, so the Electron
 * app, which prints with its own Chromium, never loads it). Each call starts a headless browser,
 * prints, and closes it.
 */
export function playwrightHtmlToPdf(options: { executablePath?: string } = {}): HtmlToPdf {
  return async (html, pageOptions = {}) => {
    const executablePath = options.executablePath ?? findChromium()
    const { chromium } = await import('playwright-core')
    let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined
    try {
      browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...sandboxArgs()] })
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
      // Nothing leaves the page: the HTML is self-contained (inline CSS and SVG).
      await context.route('**/*', (route) => route.abort())
      const page = await context.newPage()
      await page.setContent(html, { waitUntil: 'load' })
      const margin = Object.fromEntries(Object.entries(PDF_MARGINS_MM).map(([side, mm]) => [side, `${mm}mm`]))
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: pageOptions.headerTemplate ?? HEADER_TEMPLATE,
        footerTemplate: pageOptions.footerTemplate ?? FOOTER_TEMPLATE,
        margin,
      })
      return new Uint8Array(pdf)
    } catch (error) {
      if (error instanceof ServiceError) throw error
      throw new ServiceError('IO', { key: 'scorecardExport.error.pdfFailed', params: { detail: firstLine(error) } })
    } finally {
      await browser?.close().catch(() => undefined)
    }
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0]!.slice(0, 300)
}
