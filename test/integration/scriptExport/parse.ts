/**
 * Reading back what the script exports wrote, to compare with the document: the DOCX's parts
 * (unzipped with jszip, the zip library exceljs brings) and their paragraph text; pdftotext and
 * pdfinfo for PDFs.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { chromiumCandidates } from '../../../electron/services/export/pdf/htmlToPdf'

export interface DocxParagraph {
  style: string | null
  text: string
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** The paragraphs of a WordprocessingML part: style id and text (tabs as \t, breaks as \n). */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = []
  for (const match of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const body = match[1]!
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? null
    let text = ''
    for (const token of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      if (token[0] === '<w:tab/>') text += '\t'
      else if (token[0] === '<w:br/>') text += '\n'
      else text += decode(token[1]!)
    }
    paragraphs.push({ style, text })
  }
  return paragraphs
}

export interface DocxParts {
  document: string
  styles: string
  headers: string[]
  footers: string[]
  paragraphs: DocxParagraph[]
}

export async function readDocx(path: string): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const read = (name: string) => zip.file(name)!.async('string')
  const names = Object.keys(zip.files)
  const document = await read('word/document.xml')
  return {
    document,
    styles: await read('word/styles.xml'),
    headers: await Promise.all(names.filter((name) => /^word\/header\d*\.xml$/.test(name)).map(read)),
    footers: await Promise.all(names.filter((name) => /^word\/footer\d*\.xml$/.test(name)).map(read)),
    paragraphs: paragraphsOf(document),
  }
}

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
}

/** Whether PDFs can be printed (a Chromium) and read back (poppler) here. */
export const canPrintPdf = chromiumCandidates().some((path) => existsSync(path)) && hasTool('pdftotext') && hasTool('pdfinfo')

/** The PDF's text, one string per page (pdftotext separates pages with form feeds). */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
  return text.split('\f').slice(0, pdfPageCount(path))
}

/** pdfinfo's report (Pages:, Page size: … (A4), …). */
export function pdfInfo(path: string): string {
  return execFileSync('pdfinfo', [path], { encoding: 'utf8' })
}

export function pdfPageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(pdfInfo(path))![1])
}
