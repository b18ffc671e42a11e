import { blueprintGeometry, cardPosition } from '../../../../shared/canvas/geometry'
import { describe, expect, it } from 'vitest'
import { mainPath } from '../../../../shared/journey/mainPath'
import { experienceCurve, journeyPeakEnd, peakEndWarnings } from '../../../../shared/journey/peakEnd'
import { validateJourney } from '../../../../shared/journey/validate'
import { bySortKey } from '../../../../shared/model/order'
import {
  JourneyDocumentSchema,
  LANE_KINDS,
  LOCALES,
  MOT_FAMILIES,
  SERVQUAL_DIMENSIONS,
  type JourneyDocument,
  type Locale,
} from '../../../../shared/model/schema'
import {
  buildTemplate,
  findTemplate,
  TEMPLATES,
  templateSpecProblems,
  templateSummary,
  type TemplateSpec,
} from '../../../../shared/templates'

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/

/** The texts a user reads: title, description, stages, touchpoint texts, edge labels, personas. */
function texts(doc: JourneyDocument): string[] {
  return [
    doc.meta.title,
    doc.meta.description,
    ...Object.values(doc.stages).map((stage) => stage.name),
    ...Object.values(doc.lanes).map((lane) => lane.name),
    ...Object.values(doc.touchpoints).flatMap((tp) => [
      tp.title, tp.channel, tp.role, ...tp.standards.map((item) => item.text), ...tp.scriptLines.map((line) => line.text), tp.delight, tp.risk, tp.recovery, tp.expectation, tp.notes,
    ]),
    ...Object.values(doc.edges).map((edge) => edge.label),
    ...Object.values(doc.personas).flatMap((persona) => [persona.name, persona.note]),
  ].filter((text) => text !== '')
}

/** The document with ids replaced by their position in sort order, so two builds can be compared. */
function structure(doc: JourneyDocument): unknown {
  const index = new Map<string, string>()
  for (const name of ['stages', 'lanes', 'touchpoints', 'edges', 'personas'] as const) {
    bySortKey(Object.values(doc[name])).forEach((record, position) => index.set(record.id, `${name}#${position}`))
  }
  const swap = (value: unknown): unknown =>
    typeof value === 'string' && index.has(value)
      ? index.get(value)
      : Array.isArray(value)
        ? value.map(swap)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [index.get(key) ?? key, swap(inner)]))
          : value
  return swap(doc)
}

const cases = TEMPLATES.flatMap((spec) => LOCALES.map((locale) => [spec.id, locale, spec] as [string, Locale, TemplateSpec]))

describe('template gallery', () => {
  it('lists the six templates in gallery order with unique ids', () => {
    expect(TEMPLATES.map((spec) => spec.id)).toEqual([
      'retail-store', 'telecom-vip', 'home-improvement', 'hotel-stay', 'property-management', 'car-after-sales',
    ])
    expect(findTemplate('hotel-stay')).toBe(TEMPLATES[3])
    expect(findTemplate('nope')).toBeUndefined()
  })

  it.each(TEMPLATES.map((spec) => [spec.id, spec] as const))('%s: the spec is well formed', (_id, spec) => {
    expect(templateSpecProblems(spec)).toEqual([])
    expect(spec.alternatives.length).toBeGreaterThanOrEqual(1)
    expect(spec.alternatives.length).toBeLessThanOrEqual(3)
    expect(spec.personas.length).toBeGreaterThanOrEqual(1)
    expect(spec.personas.length).toBeLessThanOrEqual(2)
    for (const tp of spec.touchpoints) {
      if (tp.standards) expect(tp.standards.en.length).toBe(tp.standards.zh.length)
      if (tp.script) expect(tp.script.en.length).toBe(tp.script.zh.length)
    }
  })

  it('gives a gallery card summary in each locale', () => {
    const retail = TEMPLATES[0]!
    const zh = templateSummary(retail, 'zh-CN')
    const en = templateSummary(retail, 'en')
    expect(zh).toMatchObject({ id: 'retail-store', touchpoints: retail.touchpoints.length })
    expect(zh.title).toMatch(CJK)
    expect(en.title).not.toMatch(CJK)
    expect(en.description).not.toMatch(CJK)
    expect(en.mots).toBe(zh.mots)
    expect(en.mots).toBeGreaterThanOrEqual(4)
  })

  it('rejects a malformed spec', () => {
    const retail = TEMPLATES[0]!
    const broken: TemplateSpec = { ...retail, alternatives: [{ from: 'quote', to: 'missing', label: { en: 'x', zh: '某' } }] }
    expect(() => buildTemplate(broken, 'en')).toThrow(/unknown touchpoint/)
    const backwards: TemplateSpec = { ...retail, touchpoints: [...retail.touchpoints].reverse() }
    expect(templateSpecProblems(backwards).some((problem) => problem.includes('backwards'))).toBe(true)
  })

  describe.each(cases)('%s (%s)', (_id, locale, spec) => {
    const doc = buildTemplate(spec, locale)
    const touchpoints = Object.values(doc.touchpoints)
    const path = mainPath(doc)

    it('builds a valid document', () => {
      expect(() => JourneyDocumentSchema.parse(doc)).not.toThrow()
      expect(validateJourney(doc)).toEqual([])
      expect(doc.meta).toMatchObject({ locale, versionLabel: '1.0' })
      expect(doc.meta.title.trim()).not.toBe('')
      expect(doc.meta.description.trim()).not.toBe('')
      expect(Object.keys(doc.personas).length).toBeGreaterThanOrEqual(1)
    })

    it('has at least 12 touchpoints, all on the main path, in spec order', () => {
      expect(touchpoints.length).toBeGreaterThanOrEqual(12)
      expect(path.length).toBe(touchpoints.length)
      expect(path.map((tp) => tp.title)).toEqual(spec.touchpoints.map((tp) => (locale === 'en' ? tp.title.en : tp.title.zh)))
      const alternatives = Object.values(doc.edges).filter((edge) => edge.kind === 'alternative')
      expect(alternatives.length).toBeGreaterThanOrEqual(1)
      for (const edge of alternatives) expect(edge.label.trim()).not.toBe('')
    })

    it('uses every stage and all four blueprint lanes', () => {
      for (const stage of Object.values(doc.stages)) {
        expect(touchpoints.some((tp) => tp.stageId === stage.id), stage.name).toBe(true)
      }
      const kinds = new Set(touchpoints.map((tp) => doc.lanes[tp.laneId]!.kind))
      expect([...kinds].sort()).toEqual([...LANE_KINDS].sort())
    })

    it('has at least 4 moments of truth, each with a family, standards and a script', () => {
      const mots = touchpoints.filter((tp) => tp.isMot)
      expect(mots.length).toBeGreaterThanOrEqual(4)
      for (const mot of mots) {
        expect(MOT_FAMILIES).toContain(mot.motFamily)
        expect(mot.importance).toBeGreaterThanOrEqual(1)
        expect(mot.importance).toBeLessThanOrEqual(5)
        expect(mot.standards.length, mot.title).toBeGreaterThanOrEqual(1)
        expect(mot.scriptLines.length, mot.title).toBeGreaterThanOrEqual(1)
      }
    })

    it('has a designed peak with a delight and exactly one end, last on the main path', () => {
      const peaks = touchpoints.filter((tp) => tp.isPeak)
      expect(peaks.length).toBeGreaterThanOrEqual(1)
      for (const peak of peaks) expect(peak.delight.trim()).not.toBe('')
      const ends = touchpoints.filter((tp) => tp.isEnd)
      expect(ends).toHaveLength(1)
      expect(path.at(-1)!.id).toBe(ends[0]!.id)
    })

    it('fills channel, role, SERVQUAL and emotion on every touchpoint', () => {
      for (const tp of touchpoints) {
        expect(tp.channel.trim(), tp.title).not.toBe('')
        expect(tp.role.trim(), tp.title).not.toBe('')
        expect(tp.servqual.length, tp.title).toBeGreaterThanOrEqual(1)
        expect(Number.isInteger(tp.emotion)).toBe(true)
        expect(Math.abs(tp.emotion)).toBeLessThanOrEqual(3)
        if (tp.risk) expect(tp.recovery.trim(), tp.title).not.toBe('')
      }
      expect(touchpoints.filter((tp) => tp.risk !== '').length).toBeGreaterThanOrEqual(2)
      expect(touchpoints.some((tp) => tp.expectation !== '')).toBe(true)
    })

    it('serves every SERVQUAL dimension somewhere', () => {
      const served = new Set(touchpoints.flatMap((tp) => tp.servqual))
      expect([...served].sort()).toEqual([...SERVQUAL_DIMENSIONS].sort())
    })

    it('speaks only the chosen language', () => {
      if (locale === 'zh-CN') {
        const required = [
          doc.meta.title,
          ...Object.values(doc.stages).map((stage) => stage.name),
          ...touchpoints.flatMap((tp) => [tp.title, tp.channel, tp.role, ...tp.standards.map((item) => item.text), ...tp.scriptLines.map((line) => line.text)]),
        ]
        for (const text of required) expect(text).toMatch(CJK)
      } else {
        for (const text of texts(doc)) expect(text).not.toMatch(CJK)
      }
    })

    it('tells a peak-end story without design warnings', () => {
      const curve = experienceCurve(doc)
      expect(peakEndWarnings(curve)).toEqual([])
      const score = journeyPeakEnd(doc)!
      expect(score.end).toBeGreaterThan(0)
      expect(score.remembered).toBeGreaterThanOrEqual(score.mean)
      expect(Math.min(...curve.map((point) => point.emotion))).toBeLessThan(0)
    })

    it('lays the cards of each stage × lane cell side by side on the canvas, without overlaps, in path order', () => {
      const geometry = blueprintGeometry(doc)
      const corners = new Set(touchpoints.map((tp) => {
        const { x, y } = cardPosition(geometry, tp)
        return `${x},${y}`
      }))
      expect(corners.size).toBe(touchpoints.length)
      const xs = path.map((tp) => cardPosition(geometry, tp).x)
      expect(xs).toEqual([...xs].sort((a, b) => a - b))
    })

    it('makes fresh ids on every build with the same structure', () => {
      const again = buildTemplate(spec, locale)
      const ids = (d: JourneyDocument) => [d.stages, d.lanes, d.touchpoints, d.edges, d.personas].flatMap((c) => Object.keys(c))
      const first = new Set(ids(doc))
      expect(ids(again).some((id) => first.has(id))).toBe(false)
      expect(structure(again)).toEqual(structure(doc))
    })
  })

  it('gives the telecom VIP journey all three MOT families', () => {
    for (const locale of LOCALES) {
      const doc = buildTemplate(findTemplate('telecom-vip')!, locale)
      const families = new Set(Object.values(doc.touchpoints).filter((tp) => tp.isMot).map((tp) => tp.motFamily))
      expect([...families].sort()).toEqual([...MOT_FAMILIES].sort())
    }
  })

  it('builds the same journey shape in both languages', () => {
    for (const spec of TEMPLATES) {
      const zh = buildTemplate(spec, 'zh-CN')
      const en = buildTemplate(spec, 'en')
      const shape = (d: JourneyDocument) =>
        mainPath(d).map((tp) => [tp.isMot, tp.motFamily, tp.importance, tp.isPeak, tp.isEnd, tp.emotion, tp.servqual, tp.x, tp.y])
      expect(shape(en)).toEqual(shape(zh))
      expect(journeyPeakEnd(en)).toEqual(journeyPeakEnd(zh))
    }
  })
})
