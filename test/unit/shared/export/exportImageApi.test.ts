/** The host side of the image export: `export.image` checks what it writes and where. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiService } from '../../../../electron/services/api'
import { Workspace } from '../../../../electron/services/workspace'
import { createWebHostAdapter } from '../../../../electron/web/webHost'
import { crc32 } from '../../../../shared/export/png'
import { MAX_IMAGE_DATA_CHARS, METHODS } from '../../../../shared/ipc/contract'

function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))), chunk('IEND', Buffer.alloc(0))])
}

describe('export.image', () => {
  let root: string
  let folder: string
  let workspace: Workspace
  let api: ApiService<null>
  let docId: string

  const call = async (method: Parameters<ApiService<null>['handle']>[0], request: unknown) => api.handle(method, request, null)
  const refFor = async (name: string, kind: 'png' | 'svg') => {
    const result = await call('files.chooseSave', { kind, suggestedName: name })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return result.value as string
  }

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'mot-image-'))
    folder = join(root, 'files')
    mkdirSync(folder)
    workspace = new Workspace({ dataDir: join(root, 'data'), appVersion: '0.0.0-test' })
    api = new ApiService(workspace, createWebHostAdapter(folder, '0.0.0-test'))
    const created = await call('doc.create', { locale: 'en' })
    if (!created.ok) throw new Error('no journey')
    docId = (created.value as { docId: string }).docId
  })

  afterEach(() => {
    workspace.closeAll()
    rmSync(root, { recursive: true, force: true })
  })

  it('writes a PNG sent as base64, byte for byte, and an SVG as text', async () => {
    const png = tinyPng()
    const written = await call('export.image', { docId, ref: await refFor('journey.png', 'png'), format: 'png', data: png.toString('base64') })
    expect(written).toEqual({ ok: true, value: { fileName: 'journey.png' } })
    expect(readFileSync(join(folder, 'journey.png'))).toEqual(png)

    const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10px" height="10px"><title>门店 &amp; 旅程</title></svg>\n'
    const writtenSvg = await call('export.image', { docId, ref: await refFor('journey.svg', 'svg'), format: 'svg', data: svg })
    expect(writtenSvg).toEqual({ ok: true, value: { fileName: 'journey.svg' } })
    expect(readFileSync(join(folder, 'journey.svg'), 'utf8')).toBe(svg)
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('refuses a file name whose extension does not match the format', async () => {
    const result = await call('export.image', { docId, ref: await refFor('journey.svg', 'svg'), format: 'png', data: tinyPng().toString('base64') })
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: { key: 'export.image.wrongExtension', params: { extension: '.png' } } } })
    expect(readdirSync(folder)).toEqual([])
  })

  it('refuses data that is not what the format says', async () => {
    const pngRef = await refFor('bad.png', 'png')
    for (const data of ['not base64!', Buffer.from('GIF89a, not a PNG').toString('base64'), tinyPng().subarray(0, 20).toString('base64')]) {
      const result = await call('export.image', { docId, ref: pngRef, format: 'png', data })
      expect(result, data).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: { key: 'export.image.badData', params: { format: 'PNG' } } } })
    }
    const svgRef = await refFor('bad.svg', 'svg')
    const result = await call('export.image', { docId, ref: svgRef, format: 'svg', data: '<html><script>alert(1)</script></html>' })
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: { key: 'export.image.badData' } } })
    expect(readdirSync(folder)).toEqual([])
  })

  it('refuses a journey that is not open, an unknown file reference, a bad format and oversized data', async () => {
    const ref = await refFor('x.png', 'png')
    const data = tinyPng().toString('base64')
    expect(await call('export.image', { docId: 'doc_notopen', ref, format: 'png', data })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call('export.image', { docId, ref: 'file_unknown', format: 'png', data })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call('export.image', { docId, ref, format: 'gif', data })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await call('export.image', { docId, ref, format: 'png', data: '' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    const schema = METHODS['export.image'].request
    expect(schema.safeParse({ docId, ref, format: 'svg', data: 'x'.repeat(MAX_IMAGE_DATA_CHARS) }).success).toBe(true)
    expect(schema.safeParse({ docId, ref, format: 'svg', data: 'x'.repeat(MAX_IMAGE_DATA_CHARS + 1) }).success).toBe(false)
    expect(readdirSync(folder)).toEqual([])
  })
})
