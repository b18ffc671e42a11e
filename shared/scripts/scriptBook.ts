/**
 * The script book (客户体验流程脚本): the journey's script content in reading order, the one model
 * every script export renders (Markdown, HTML/PDF, CSV, DOCX, the SQLite package). Pure.
 *
 * Order. Stages in their order; inside a stage, touchpoints in book order:
 * 1. the main path, step by step (shared/journey/mainPath.ts);
 * 2. after each main-path touchpoint, the alternative branches that leave it: every touchpoint
 *    reached from it over an edge that is not the main path's next step, followed (depth first,
 *    over any edge, in edge order) until the branch rejoins a touchpoint already placed. They are
 *    `placement: 'branch'` with `branchFrom` set (renderers indent them);
 * 3. last, touchpoints on no path, in document order (`placement: 'offPath'`).
 * A branch touchpoint stays in its own stage: when it sits in the same stage it follows the
 * touchpoint it leaves, otherwise it takes its book position in its own stage.
 *
 * Content. Blank script lines, standards and phrases are left out (they carry nothing); everything
 * else is kept as written. A line linked to the phrase library (`phraseId`) reads the library's
 * text (editing the phrase changes every use); if the phrase is gone, the line's own text. A line
 * is the customer's when its speaker is 'customer' or its text starts with a customer prefix
 * ("顾客：…"), as the lint rules read it.
 *
 * Role filter (one post's script book). A touchpoint belongs to the post when its role equals the
 * requested one after NFKC, trimming, collapsing spaces and lower-casing ("导购" = " 导购 ",
 * "Sales" = "ＳＡＬＥＳ"). Only those touchpoints are kept. A touchpoint has one post, so all its
 * staff lines are that post's; its customer lines stay too, marked `cue: true`, because they are
 * what the staff lines answer. Stages without any of the post's touchpoints are left out; in the
 * whole book, empty stages are kept (they are part of the journey).
 */
import { translate } from '../i18n/translate'
import { mainPath, touchpointsInDocumentOrder } from '../journey/mainPath'
import { bySortKey } from '../model/order'
import { CLEAR_STEPS, hasCustomerPrefix, type Speaker } from '../model/script'
import type { Edge, JourneyDocument, Locale, Touchpoint } from '../model/schema'
import type { BookLine, Placement, BookTouchpoint, BookSection, ScriptBook, PocketCards, ScriptBookOptions } from './scriptBookModel'

export type { BookLine, BookRecoveryStep, Placement, BookTouchpoint, BookSection, ScriptBookCounts, ScriptBook, PocketCard, PocketCards, ScriptBookOptions } from './scriptBookModel'

/** A post as compared: NFKC, single spaces, trimmed, lower case. */
export function normalizeRole(role: string): string {
  return role.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The posts of the journey's touchpoints, in book order, each once (as first written, trimmed). */
export function journeyRoles(doc: JourneyDocument): string[] {
  const seen = new Map<string, string>()
  for (const { touchpoint } of bookOrder(doc)) {
    const key = normalizeRole(touchpoint.role)
    if (key !== '' && !seen.has(key)) seen.set(key, touchpoint.role.trim())
  }
  return [...seen.values()]
}

interface Placed {
  touchpoint: Touchpoint
  placement: Placement
  mainStep: number | null
  branchFrom: BookTouchpoint['branchFrom']
}

/** Every touchpoint once, in book order (main path, branches after the touchpoint they leave, then the rest). */
export function bookOrder(doc: JourneyDocument): Placed[] {
  const path = mainPath(doc)
  const placed = new Set(path.map((touchpoint) => touchpoint.id))
  const outgoing = new Map<string, Edge[]>()
  for (const edge of bySortKey(Object.values(doc.edges))) {
    if (edge.sourceId === edge.targetId || !doc.touchpoints[edge.sourceId] || !doc.touchpoints[edge.targetId]) continue
    const list = outgoing.get(edge.sourceId)
    if (list) list.push(edge)
    else outgoing.set(edge.sourceId, [edge])
  }
  const result: Placed[] = []
  path.forEach((touchpoint, index) => {
    result.push({ touchpoint, placement: 'main', mainStep: index + 1, branchFrom: null })
    for (const edge of outgoing.get(touchpoint.id) ?? []) {
      if (placed.has(edge.targetId)) continue
      // Depth first along the branch until it rejoins what is already placed.
      const stack: { id: string; label: string | null }[] = [{ id: edge.targetId, label: edge.label }]
      while (stack.length > 0) {
        const { id, label } = stack.pop()!
        if (placed.has(id)) continue
        placed.add(id)
        result.push({
          touchpoint: doc.touchpoints[id]!,
          placement: 'branch',
          mainStep: null,
          branchFrom: { id: touchpoint.id, title: touchpoint.title, label: label ?? '' },
        })
        const next = outgoing.get(id) ?? []
        for (let at = next.length - 1; at >= 0; at--) if (!placed.has(next[at]!.targetId)) stack.push({ id: next[at]!.targetId, label: null })
      }
    }
  })
  for (const touchpoint of touchpointsInDocumentOrder(doc)) {
    if (!placed.has(touchpoint.id)) result.push({ touchpoint, placement: 'offPath', mainStep: null, branchFrom: null })
  }
  return result
}

const nonBlank = (text: string) => text.trim() !== ''

function bookLines(doc: JourneyDocument, touchpoint: Touchpoint, roleBook: boolean): BookLine[] {
  const lines: BookLine[] = []
  for (const line of touchpoint.scriptLines) {
    const phrase = line.phraseId !== null ? doc.phrases[line.phraseId] : undefined
    const text = phrase ? phrase.text : line.text
    if (!nonBlank(text)) continue
    const speaker: Speaker = line.speaker === 'customer' || hasCustomerPrefix(text) ? 'customer' : 'staff'
    lines.push({
      speaker,
      text,
      tone: line.tone,
      phraseId: phrase ? phrase.id : null,
      alternatives: line.alternatives.filter((alternative) => nonBlank(alternative.text)),
      cue: roleBook && speaker === 'customer',
    })
  }
  return lines
}

function bookTouchpoint(doc: JourneyDocument, placed: Placed, stageName: string, number: number, roleBook: boolean): BookTouchpoint {
  const { touchpoint } = placed
  const lane = doc.lanes[touchpoint.laneId]
  return {
    id: touchpoint.id,
    number,
    title: touchpoint.title,
    stageId: touchpoint.stageId,
    stageName,
    channel: touchpoint.channel,
    role: touchpoint.role,
    lane: lane?.name ?? '',
    laneKind: lane?.kind ?? null,
    placement: placed.placement,
    mainStep: placed.mainStep,
    branchFrom: placed.branchFrom,
    isMot: touchpoint.isMot,
    motFamily: touchpoint.isMot ? touchpoint.motFamily : null,
    importance: touchpoint.importance,
    isPeak: touchpoint.isPeak,
    isEnd: touchpoint.isEnd,
    emotion: touchpoint.emotion,
    servqual: [...touchpoint.servqual],
    standards: touchpoint.standards.filter((item) => nonBlank(item.text) || nonBlank(item.timeLimit)).map((item) => ({ ...item })),
    lines: bookLines(doc, touchpoint, roleBook),
    phrasesToAvoid: touchpoint.phrasesToAvoid.filter(nonBlank),
    delight: touchpoint.delight,
    risk: touchpoint.risk,
    recovery: touchpoint.recovery,
    recoverySteps: CLEAR_STEPS.filter((step) => nonBlank(touchpoint.recoverySteps[step])).map((step) => ({ step, text: touchpoint.recoverySteps[step] })),
    expectation: touchpoint.expectation,
    notes: touchpoint.notes,
  }
}

/** The journey's title for print: the untitled label when blank. */
function journeyTitle(doc: JourneyDocument, locale: Locale): string {
  return doc.meta.title.trim() || translate(locale, 'journey.untitled')
}

/** The script book of `doc` (see the module comment for order, content and the role filter). */
export function buildScriptBook(doc: JourneyDocument, options: ScriptBookOptions): ScriptBook {
  const { locale } = options
  const role = options.role !== undefined && normalizeRole(options.role) !== '' ? options.role.trim() : null
  const wanted = role === null ? null : normalizeRole(role)
  const stages = bySortKey(Object.values(doc.stages))
  const byStage = new Map<string | null, Placed[]>(stages.map((stage) => [stage.id, []]))
  for (const placed of bookOrder(doc)) {
    if (wanted !== null && normalizeRole(placed.touchpoint.role) !== wanted) continue
    const key = doc.stages[placed.touchpoint.stageId] ? placed.touchpoint.stageId : null
    const list = byStage.get(key)
    if (list) list.push(placed)
    else byStage.set(key, [placed])
  }
  // Book order within each stage: main path, branches, then the rest (their order in bookOrder).
  const sections: BookSection[] = []
  let number = 0
  for (const [stageId, placedList] of byStage) {
    if (wanted !== null && placedList.length === 0) continue
    const name = stageId === null ? translate(locale, 'scriptExport.noStage') : doc.stages[stageId]!.name
    sections.push({
      stageId,
      name,
      number: sections.length + 1,
      touchpoints: placedList.map((placed) => bookTouchpoint(doc, placed, name, ++number, wanted !== null)),
    })
  }
  const touchpoints = sections.flatMap((section) => section.touchpoints)
  const versionLabel = doc.meta.versionLabel.trim()
  return {
    locale,
    title: journeyTitle(doc, locale),
    description: doc.meta.description,
    versionLabel,
    bookTitle: translate(locale, 'scriptExport.bookTitle', { version: versionLabel }).trim(),
    date: options.date ?? todayIso(),
    role,
    sections,
    libraryAvoid: bySortKey(Object.values(doc.phrases))
      .filter((phrase) => phrase.category === 'avoid' && nonBlank(phrase.text))
      .map((phrase) => phrase.text),
    counts: {
      stages: sections.length,
      touchpoints: touchpoints.length,
      mots: touchpoints.filter((touchpoint) => touchpoint.isMot).length,
      lines: touchpoints.reduce((sum, touchpoint) => sum + touchpoint.lines.length, 0),
      standards: touchpoints.reduce((sum, touchpoint) => sum + touchpoint.standards.length, 0),
    },
  }
}

/** One pocket card per moment of truth of the book (in book order, after the role filter). */
export function pocketCards(doc: JourneyDocument, options: ScriptBookOptions): PocketCards {
  return pocketCardsOf(buildScriptBook(doc, options))
}

/** The pocket cards of an already built book. */
export function pocketCardsOf(book: ScriptBook): PocketCards {
  const cards = book.sections
    .flatMap((section) => section.touchpoints)
    .filter((touchpoint) => touchpoint.isMot)
    .map((touchpoint, index) => ({ ...touchpoint, cardNumber: index + 1 }))
  return {
    locale: book.locale,
    title: book.title,
    versionLabel: book.versionLabel,
    bookTitle: translate(book.locale, 'scriptExport.pocketTitle', { version: book.versionLabel }).trim(),
    date: book.date,
    role: book.role,
    cards,
    libraryAvoid: book.libraryAvoid,
  }
}
