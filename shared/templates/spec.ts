/**
 * Template gallery: a compact, bilingual description of a ready-made journey, and the builder that
 * turns it into a fresh journey document in one locale. Pure: no Node, no DOM.
 */
import { withArrangedCells } from '../canvas/arrange'
import { lineFromText, standard } from '../model/script'
import { createJourney, makeStages, makeTouchpoint } from '../model/factory'
import { newId } from '../model/ids'
import { bySortKey, sequentialKeys } from '../model/order'
import type {
  Edge,
  JourneyDocument,
  LaneKind,
  Locale,
  MotFamily,
  Persona,
  PersonaTier,
  ServqualDimension,
  Touchpoint,
} from '../model/schema'

/** One text in both interface languages. */
export interface Bilingual {
  en: string
  zh: string
}

/** A list of lines in both languages (the lists need not have the same length). */
export interface BilingualList {
  en: readonly string[]
  zh: readonly string[]
}

export interface TouchpointTemplate {
  /** Unique within the template; edges refer to touchpoints by it. */
  key: string
  /** Index into {@link TemplateSpec.stages}; must not decrease along the list. */
  stage: number
  lane: LaneKind
  title: Bilingual
  channel: Bilingual
  role: Bilingual
  /** Present on a moment of truth. */
  mot?: { family: MotFamily; importance: 1 | 2 | 3 | 4 | 5 }
  peak?: boolean
  end?: boolean
  /** Expected customer emotion, −3 … +3. */
  emotion: -3 | -2 | -1 | 0 | 1 | 2 | 3
  servqual: readonly ServqualDimension[]
  standards?: BilingualList
  script?: BilingualList
  delight?: Bilingual
  risk?: Bilingual
  recovery?: Bilingual
  expectation?: Bilingual
  notes?: Bilingual
}

export interface AlternativeTemplate {
  from: string
  to: string
  label: Bilingual
}

export interface PersonaTemplate {
  name: Bilingual
  tier: PersonaTier
  note: Bilingual
}

export interface TemplateSpec {
  /** Stable id for the gallery (kebab-case). */
  id: string
  title: Bilingual
  description: Bilingual
  stages: readonly Bilingual[]
  /** In main-path order: the builder links each touchpoint to the next with a main edge. */
  touchpoints: readonly TouchpointTemplate[]
  alternatives: readonly AlternativeTemplate[]
  personas: readonly PersonaTemplate[]
}


const pick = (text: Bilingual, locale: Locale): string => (locale === 'zh-CN' ? text.zh : text.en)
const pickList = (list: BilingualList | undefined, locale: Locale): string[] =>
  list ? [...(locale === 'zh-CN' ? list.zh : list.en)] : []
const pickOptional = (text: Bilingual | undefined, locale: Locale): string => (text ? pick(text, locale) : '')

/** Structural mistakes in a spec (unknown keys, stage out of range, stages going backwards, …). */
export function templateSpecProblems(spec: TemplateSpec): string[] {
  const problems: string[] = []
  const keys = new Set<string>()
  let previousStage = 0
  for (const touchpoint of spec.touchpoints) {
    if (keys.has(touchpoint.key)) problems.push(`duplicate key ${touchpoint.key}`)
    keys.add(touchpoint.key)
    if (!Number.isInteger(touchpoint.stage) || touchpoint.stage < 0 || touchpoint.stage >= spec.stages.length) {
      problems.push(`${touchpoint.key}: stage ${touchpoint.stage} out of range`)
    }
    if (touchpoint.stage < previousStage) problems.push(`${touchpoint.key}: stage goes backwards`)
    previousStage = touchpoint.stage
  }
  const pairs = new Set(spec.touchpoints.slice(1).map((touchpoint, index) => `${spec.touchpoints[index]!.key}→${touchpoint.key}`))
  for (const alternative of spec.alternatives) {
    if (!keys.has(alternative.from) || !keys.has(alternative.to)) {
      problems.push(`alternative ${alternative.from}→${alternative.to}: unknown touchpoint`)
    }
    if (alternative.from === alternative.to) problems.push(`alternative ${alternative.from}: self-loop`)
    if (alternative.to === spec.touchpoints[0]?.key) problems.push(`alternative into the start ${alternative.to}`)
    const pair = `${alternative.from}→${alternative.to}`
    if (pairs.has(pair)) problems.push(`alternative ${pair}: duplicate edge`)
    pairs.add(pair)
  }
  return problems
}

/**
 * A fresh journey document from a template, in one locale: new ids, sort keys, the template's
 * stages, the four blueprint lanes, main edges in touchpoint order, the alternatives, the personas
 * with the cards of each stage × lane cell side by side in document order (see arrangeCells).
 * @throws Error when the spec is malformed (see {@link templateSpecProblems}).
 */
export function buildTemplate(spec: TemplateSpec, locale: Locale): JourneyDocument {
  const problems = templateSpecProblems(spec)
  if (problems.length > 0) throw new Error(`Template ${spec.id}: ${problems.join('; ')}`)

  const doc = createJourney({ locale, bare: true, title: pick(spec.title, locale) })
  doc.meta.description = pick(spec.description, locale)
  doc.meta.versionLabel = '1.0'
  doc.stages = makeStages(spec.stages.map((stage) => pick(stage, locale)))
  const stages = bySortKey(Object.values(doc.stages))
  const lanes = bySortKey(Object.values(doc.lanes))
  const laneByKind = new Map(lanes.map((lane) => [lane.kind, lane]))

  const keys = sequentialKeys(spec.touchpoints.length)
  const idOf = new Map<string, string>()
  const touchpoints: Touchpoint[] = spec.touchpoints.map((item, index) => {
    const lane = laneByKind.get(item.lane)!
    const touchpoint = makeTouchpoint({
      stageId: stages[item.stage]!.id,
      laneId: lane.id,
      sortKey: keys[index]!,
      title: pick(item.title, locale),
      channel: pick(item.channel, locale),
      role: pick(item.role, locale),
      isMot: item.mot !== undefined,
      motFamily: item.mot?.family ?? null,
      importance: item.mot?.importance ?? 3,
      isPeak: item.peak ?? false,
      isEnd: item.end ?? false,
      emotion: item.emotion,
      servqual: [...item.servqual],
      standards: pickList(item.standards, locale).map((text) => standard(text)),
      scriptLines: pickList(item.script, locale).map(lineFromText),
      delight: pickOptional(item.delight, locale),
      risk: pickOptional(item.risk, locale),
      recovery: pickOptional(item.recovery, locale),
      expectation: pickOptional(item.expectation, locale),
      notes: pickOptional(item.notes, locale),
    })
    idOf.set(item.key, touchpoint.id)
    return touchpoint
  })
  for (const touchpoint of touchpoints) doc.touchpoints[touchpoint.id] = touchpoint

  const edgeCount = Math.max(0, touchpoints.length - 1) + spec.alternatives.length
  const edgeKeys = sequentialKeys(edgeCount)
  const edges: Edge[] = touchpoints.slice(1).map((touchpoint, index) => ({
    id: newId('ed'),
    sourceId: touchpoints[index]!.id,
    targetId: touchpoint.id,
    kind: 'main',
    label: '',
    sortKey: edgeKeys[index]!,
  }))
  spec.alternatives.forEach((alternative, index) => {
    edges.push({
      id: newId('ed'),
      sourceId: idOf.get(alternative.from)!,
      targetId: idOf.get(alternative.to)!,
      kind: 'alternative',
      label: pick(alternative.label, locale),
      sortKey: edgeKeys[touchpoints.length - 1 + index]!,
    })
  })
  for (const edge of edges) doc.edges[edge.id] = edge

  const personaKeys = sequentialKeys(spec.personas.length)
  spec.personas.forEach((item, index) => {
    const persona: Persona = {
      id: newId('ps'),
      name: pick(item.name, locale),
      tier: item.tier,
      note: pick(item.note, locale),
      sortKey: personaKeys[index]!,
    }
    doc.personas[persona.id] = persona
  })
  return withArrangedCells(doc)
}

export interface TemplateSummary {
  id: string
  title: string
  description: string
  touchpoints: number
  mots: number
}

/** What a gallery card shows. */
export function templateSummary(spec: TemplateSpec, locale: Locale): TemplateSummary {
  return {
    id: spec.id,
    title: pick(spec.title, locale),
    description: pick(spec.description, locale),
    touchpoints: spec.touchpoints.length,
    mots: spec.touchpoints.filter((touchpoint) => touchpoint.mot !== undefined).length,
  }
}
