import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, startWebHost, type WebHost } from '../../../electron/web/server'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not let us forge. */
function send(url: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  const { port } = new URL(url)
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (incoming) => {
        let body = ''
        incoming.on('data', (chunk: Buffer) => (body += chunk.toString()))
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }))
      },
    )
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}

describe('browser host', () => {
  let root: string
  let host: WebHost
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    send(host.url, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'Content-Type': 'application/json', 'X-MOT-Token': host.token, ...headers },
      body: JSON.stringify(body),
    })

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'mot-web-'))
    for (const folder of ['files', 'data', 'static']) mkdirSync(join(root, folder))
    writeFileSync(join(root, 'static/index.html'), '<!doctype html><title>MOT Studio</title>')
    writeFileSync(join(root, 'secret.txt'), 'outside the static root')
    symlinkSync(join(root, 'secret.txt'), join(root, 'static/link.txt'))
    host = await startWebHost({ folder: join(root, 'files'), dataDir: join(root, 'data'), staticDir: join(root, 'static'), version: '0.0.0-test' })
  })

  afterEach(async () => {
    await host.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('listens on 127.0.0.1 and puts a long random token in its URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/)
  })

  it('serves the renderer with the strict CSP and refuses traversal and symlink escapes', async () => {
    const index = await send(host.url, { path: '/' })
    expect(index.status).toBe(200)
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(index.headers['content-type']).toContain('text/html')
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/link.txt', '/nope.js']) {
      const reply = await send(host.url, { path })
      expect(reply.status, path).toBe(404)
      expect(reply.body).not.toContain('outside the static root')
    }
  })

  it('refuses API calls without the token, with a wrong token, from another origin or another Host', async () => {
    expect((await api('app.info', {}, { 'X-MOT-Token': '' })).status).toBe(401)
    expect((await api('app.info', {}, { 'X-MOT-Token': 'f'.repeat(48) })).status).toBe(401)
    expect((await api('app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403)
    const { port } = new URL(host.url)
    expect((await api('app.info', {}, { Host: `evil.example:${port}` })).status).toBe(421)
    expect((await send(host.url, { method: 'GET', path: '/api/app.info', headers: { 'X-MOT-Token': host.token } })).status).toBe(405)
    expect((await api('no.such.method', {})).status).toBe(404)
  })

  it('answers a valid call with a typed result and a malformed one with BAD_REQUEST', async () => {
    const info = JSON.parse((await api('app.info', {})).body)
    expect(info).toMatchObject({ ok: true, value: { host: 'web', dialogs: 'in-app', version: '0.0.0-test' } })
    const bad = JSON.parse((await api('doc.create', { locale: 'fr' })).body)
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('keeps files inside its folder: save names must be plain file names', async () => {
    const outside = JSON.parse((await api('files.chooseSave', { kind: 'journey', suggestedName: '../escape.journey' })).body)
    expect(outside).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: { key: 'file.badName' } } })
    const hidden = JSON.parse((await api('files.chooseSave', { kind: 'journey', suggestedName: '.hidden.journey' })).body)
    expect(hidden.ok).toBe(false)
    const fine = JSON.parse((await api('files.chooseSave', { kind: 'journey', suggestedName: '门店旅程' })).body)
    expect(fine.ok).toBe(true)
  })

  it('creates, edits, saves and lists a journey through the API, then reopens it intact', async () => {
    const created = JSON.parse((await api('doc.create', { locale: 'zh-CN', title: '门店旅程' })).body).value
    const stage = Object.values(created.doc.stages as Record<string, { id: string; sortKey: string }>)[0]!
    const lane = Object.values(created.doc.lanes as Record<string, { id: string }>)[0]!
    const touchpoint = {
      id: 'tp_e2e', stageId: stage.id, laneId: lane.id, sortKey: 'V', title: '进店问候', channel: '门店', role: '导购',
      isMot: true, motFamily: 'process', importance: 5, isPeak: false, isEnd: false, emotion: 1, servqual: ['tangibles'],
      standards: [{ text: '问候', timeLimit: '3 秒' }], phrasesToAvoid: ['不知道'],
      scriptLines: [{ speaker: 'staff', text: '您好，欢迎光临！', phraseId: null, alternatives: [{ customerType: '犹豫型', text: '您慢慢看。' }], tone: '热情' }],
      delight: '', risk: '', recovery: '', recoverySteps: { control: '', listen: '', empathise: '', apologise: '对不起', resolve: '' }, expectation: '', notes: '', x: 0, y: 0,
    }
    const empty = { stages: [], lanes: [], touchpoints: [], edges: [], personas: [], scorecards: [], indicators: [], phrases: [], acceptedFindings: [] }
    const applied = JSON.parse(
      (await api('doc.applyChanges', { docId: created.docId, baseRevision: created.revision, changes: { upserts: { ...empty, touchpoints: [touchpoint] }, deletes: empty } })).body,
    )
    expect(applied).toMatchObject({ ok: true, value: { revision: created.revision + 1 } })
    const ref = JSON.parse((await api('files.chooseSave', { kind: 'journey', suggestedName: '门店旅程.journey' })).body).value
    expect(JSON.parse((await api('doc.saveAs', { docId: created.docId, ref })).body)).toMatchObject({ ok: true, value: { fileName: '门店旅程.journey' } })
    expect(JSON.parse((await api('doc.close', { docId: created.docId, discard: false })).body).ok).toBe(true)
    const listed = JSON.parse((await api('files.list', { kind: 'journey' })).body).value
    expect(listed.map((file: { name: string }) => file.name)).toEqual(['门店旅程.journey'])
    const reopened = JSON.parse((await api('doc.open', { ref: listed[0].ref })).body).value
    expect(reopened.kind).toBe('opened')
    expect(reopened.snapshot.doc.touchpoints.tp_e2e).toEqual(touchpoint)
    expect(reopened.snapshot.dropped).toEqual([])
  })
})
