/**
 * The script book model (shared/scripts/scriptBook.ts): book order (main path, branches after the
 * touchpoint they leave, touchpoints on no path last), content taken faithfully (phrase-linked
 * lines read the library, blank entries left out), the one-post filter and the pocket cards.
 */
import { describe, expect, it } from 'vitest'
import { bookOrder, buildScriptBook, journeyRoles, normalizeRole, pocketCards, todayIso } from '../../../../shared/scripts/scriptBook'
import type { JourneyDocument } from '../../../../shared/model/schema'
import { journeyWithPath, makeEdge } from '../../../helpers/builders'
import { EVIL_TITLE, scriptJourney } from '../../../helpers/scriptJourney'

const book = (doc: JourneyDocument = scriptJourney(), role?: string) => buildScriptBook(doc, { locale: 'zh-CN', date: '2025-05-01', role })
const ids = (doc: ReturnType<typeof book>) => doc.sections.flatMap((section) => section.touchpoints.map((touchpoint) => touchpoint.id))

describe('book order', () => {
  it('lists stages in order, touchpoints along the main path, a branch after the touchpoint it leaves, touchpoints on no path last', () => {
    const result = book()
    expect(result.sections.map((section) => [section.number, section.name])).toEqual([
      [1, '咨询接待'],
      [2, '方案成交'],
      [3, '回访'],
      [4, '复购'],
    ])
    expect(result.sections.map((section) => section.touchpoints.map((touchpoint) => touchpoint.id))).toEqual([
      ['tp_greet', 'tp_needs', 'tp_wait'],
      ['tp_quote', 'tp_pay'],
      ['tp_call', 'tp_note'],
      [],
    ])
    const all = result.sections.flatMap((section) => section.touchpoints)
    expect(all.map((touchpoint) => touchpoint.number)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(all.map((touchpoint) => [touchpoint.placement, touchpoint.mainStep])).toEqual([
      ['main', 1],
      ['main', 2],
      ['branch', null],
      ['main', 3],
      ['main', 4],
      ['main', 5],
      ['offPath', null],
    ])
    expect(all[2]!.branchFrom).toEqual({ id: 'tp_needs', title: EVIL_TITLE, label: '顾客需要等待' })
    expect(result.counts).toEqual({ stages: 4, touchpoints: 7, mots: 4, lines: 12, standards: 7 })
  })

  it('follows the main path, not the document order, and walks a branch depth first until it rejoins', () => {
    // Document order a, b, c, d, e; main path a → d → e; branch a → b → c → e (rejoins the path).
    const doc = journeyWithPath([{ title: 'a' }, { title: 'b' }, { title: 'c' }, { title: 'd' }, { title: 'e' }])
    const byTitle = Object.fromEntries(Object.values(doc.touchpoints).map((touchpoint) => [touchpoint.title, touchpoint.id]))
    doc.edges = {}
    for (const [from, to, kind, key] of [
      ['a', 'd', 'main', '1'],
      ['d', 'e', 'main', '2'],
      ['a', 'b', 'alternative', '3'],
      ['b', 'c', 'main', '4'],
      ['c', 'e', 'alternative', '5'],
    ] as const) {
      const edge = makeEdge(byTitle[from]!, byTitle[to]!, kind, key)
      doc.edges[edge.id] = edge
    }
    const order = bookOrder(doc).map((placed) => [placed.touchpoint.title, placed.placement, placed.branchFrom?.title ?? null])
    expect(order).toEqual([
      ['a', 'main', null],
      ['b', 'branch', 'a'],
      ['c', 'branch', 'a'],
      ['d', 'main', null],
      ['e', 'main', null],
    ])
  })

  it('keeps every touchpoint once, even on a cycle or a missing stage (listed last, under "no stage")', () => {
    const doc = scriptJourney()
    doc.edges.ed_loop = { id: 'ed_loop', sourceId: 'tp_call', targetId: 'tp_greet', kind: 'alternative', label: '', sortKey: '9V' }
    doc.touchpoints.tp_note!.stageId = 'st_gone'
    const result = book(doc)
    expect(ids(result).sort()).toEqual(Object.keys(doc.touchpoints).sort())
    expect(result.sections.at(-1)).toMatchObject({ stageId: null, name: '（未分阶段）' })
    expect(result.sections.at(-1)!.touchpoints.map((touchpoint) => touchpoint.id)).toEqual(['tp_note'])
  })
})

describe('content', () => {
  it('takes a phrase-linked line from the library, keeps tone and variants, and reads customer lines as the lint does', () => {
    const greet = book().sections[0]!.touchpoints[0]!
    expect(greet.lines.map((line) => [line.speaker, line.text, line.phraseId])).toEqual([
      ['staff', '您好，欢迎光临！', 'ph_greet'],
      ['staff', '今天想看看哪一类产品？我可以为您介绍。', null],
      ['customer', '我就随便看看。', null],
      ['staff', '好的，这是我们的新品手册，\n您可以边看边了解。', null],
    ])
    expect(greet.lines[1]).toMatchObject({ tone: '热情、不急促', alternatives: [{ customerType: '犹豫型' }, { customerType: '果断型' }] })
    const needs = book().sections[0]!.touchpoints[1]!
    expect(needs.lines[1]).toMatchObject({ speaker: 'customer', text: '顾客：两个人住，周末才做饭。' })
    expect(greet.recoverySteps.map((step) => step.step)).toEqual(['control', 'listen', 'apologise', 'resolve'])
    expect(greet.standards).toEqual([
      { text: '顾客进门 3 秒内目光接触并问好', timeLimit: '3 秒' },
      { text: '保持入口通道整洁、无杂物', timeLimit: '' },
    ])
  })

  it('falls back to the line’s own text when its phrase is gone, and leaves blank entries out', () => {
    const doc = scriptJourney()
    delete doc.phrases.ph_greet
    const greet = doc.touchpoints.tp_greet!
    greet.scriptLines.push({ speaker: 'staff', text: '   ', phraseId: null, alternatives: [], tone: '' })
    greet.standards.push({ text: ' ', timeLimit: '' })
    greet.phrasesToAvoid.push('')
    const result = book(doc).sections[0]!.touchpoints[0]!
    expect(result.lines[0]).toMatchObject({ text: '（旧的问候语，已被话术库替换）', phraseId: null })
    expect(result.lines).toHaveLength(4)
    expect(result.standards).toHaveLength(2)
    expect(result.phrasesToAvoid).toEqual(['不买就别看'])
  })

  it('carries the journey facts: title, version label, date, the library’s phrases to avoid', () => {
    const result = book()
    expect(result).toMatchObject({ title: '家电门店客户体验', versionLabel: '1.0', bookTitle: '客户体验流程脚本 1.0', date: '2025-05-01', role: null, libraryAvoid: ['这是规定'] })
    expect(buildScriptBook(scriptJourney(), { locale: 'en' }).bookTitle).toBe('Customer experience process script 1.0')
    expect(buildScriptBook(scriptJourney(), { locale: 'en' }).date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(todayIso(new Date(2025, 0, 9))).toBe('2025-01-09')
  })
})

describe('one post’s script book', () => {
  it('matches the post ignoring width, case and spacing', () => {
    expect(normalizeRole(' ＳＡＬＥＳ  Lead ')).toBe(normalizeRole('sales lead'))
    const doc = scriptJourney()
    doc.touchpoints.tp_pay!.role = 'Cashier'
    expect(ids(book(doc, 'ＣＡＳＨＩＥＲ '))).toEqual(['tp_pay'])
  })

  it('keeps only the post’s touchpoints and stages, with customer lines as cues', () => {
    const result = book(scriptJourney(), ' 导购 ')
    expect(result.role).toBe('导购')
    expect(result.sections.map((section) => section.name)).toEqual(['咨询接待', '方案成交'])
    expect(ids(result)).toEqual(['tp_greet', 'tp_needs', 'tp_quote'])
    expect(result.sections.flatMap((section) => section.touchpoints).map((touchpoint) => touchpoint.number)).toEqual([1, 2, 3])
    const lines = result.sections[0]!.touchpoints[0]!.lines
    expect(lines.map((line) => [line.speaker, line.cue])).toEqual([
      ['staff', false],
      ['staff', false],
      ['customer', true],
      ['staff', false],
    ])
    expect(result.counts).toEqual({ stages: 2, touchpoints: 3, mots: 3, lines: 7, standards: 4 })
  })

  it('lists the posts of the journey in book order, each once', () => {
    const doc = scriptJourney()
    doc.touchpoints.tp_pay!.role = ' 导购'
    expect(journeyRoles(doc)).toEqual(['导购', '店长', '客服'])
    expect(journeyRoles(scriptJourney())).toEqual(['导购', '店长', '收银员', '客服'])
  })

  it('is the whole book for a blank post', () => {
    expect(ids(book(scriptJourney(), '  '))).toHaveLength(7)
    expect(book(scriptJourney(), '  ').role).toBeNull()
  })
})

describe('pocket cards', () => {
  it('makes one card per moment of truth, in book order, numbered', () => {
    const cards = pocketCards(scriptJourney(), { locale: 'zh-CN', date: '2025-05-01' })
    expect(cards.bookTitle).toBe('关键时刻口袋卡 1.0')
    expect(cards.cards.map((card) => [card.cardNumber, card.id, card.stageName])).toEqual([
      [1, 'tp_greet', '咨询接待'],
      [2, 'tp_needs', '咨询接待'],
      [3, 'tp_quote', '方案成交'],
      [4, 'tp_call', '回访'],
    ])
    expect(pocketCards(scriptJourney(), { locale: 'zh-CN', role: '客服' }).cards.map((card) => card.id)).toEqual(['tp_call'])
  })
})
