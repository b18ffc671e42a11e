/**
 * HtmlToPdf in the Electron app: the app's own Chromium prints the page, so the desktop app needs
 * no browser installed. A hidden, sandboxed window without JavaScript, in a private in-memory
 * session that refuses every request but the page itself, loads the HTML (a data: URL; a temp
 * file when the page is too large for a URL) and `webContents.printToPDF` makes an A4 PDF with page
 * numbers. The only Electron-specific part of the exports (electron/services/export/pdf/htmlToPdf.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, session } from 'electron'
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, PDF_MARGINS_MM, type HtmlToPdf } from '../services/export/pdf/htmlToPdf'
import { ServiceError } from '../services/errors'

/** No `persist:` prefix: the session lives in memory only. */
const PARTITION = 'mot-studio-print'
/** Chromium refuses URLs over 2 MiB; larger pages go through a temp file. */
const MAX_DATA_URL = 2 * 1024 * 1024 - 1024
const MM_PER_INCH = 25.4

/** The URLs of the prints under way: the only ones the session loads (anything else is cancelled). */
const allowedUrls = new Set<string>()
let sessionReady = false

function printSession(): Electron.Session {
  const printing = session.fromPartition(PARTITION)
  if (!sessionReady) {
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    printing.setPermissionCheckHandler(() => false)
    printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowedUrls.has(details.url) }))
    sessionReady = true
  }
  return printing
}

export const printToPdf: HtmlToPdf = async (html, pageOptions = {}) => {
  const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`
  let tempDir: string | null = null
  let url = dataUrl
  if (dataUrl.length > MAX_DATA_URL) {
    tempDir = mkdtempSync(join(tmpdir(), 'mot-studio-print-'))
    const file = join(tempDir, 'print.html')
    writeFileSync(file, html, 'utf8')
    url = pathToFileURL(file).href
  }
  const window = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      session: printSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      webgl: false,
      enableWebSQL: false,
    },
  })
  try {
    allowedUrls.add(url)
    await window.loadURL(url)
    const inches = (mm: number) => mm / MM_PER_INCH
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: pageOptions.headerTemplate ?? HEADER_TEMPLATE,
      footerTemplate: pageOptions.footerTemplate ?? FOOTER_TEMPLATE,
      margins: { top: inches(PDF_MARGINS_MM.top), bottom: inches(PDF_MARGINS_MM.bottom), left: inches(PDF_MARGINS_MM.left), right: inches(PDF_MARGINS_MM.right) },
    })
    return new Uint8Array(pdf)
  } catch (error) {
    throw new ServiceError('IO', { key: 'scorecardExport.error.pdfFailed', params: { detail: error instanceof Error ? error.message : String(error) } })
  } finally {
    allowedUrls.delete(url)
    if (!window.isDestroyed()) window.destroy()
    if (tempDir) rmSync(tempDir, { recursive: true, force: true })
  }
}
