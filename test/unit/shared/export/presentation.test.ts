import { standard } from '../../../../shared/model/script'
import { describe, expect, it } from 'vitest'
import { presentationSlides, slideCommand, type StageSlide, type TitleSlide } from '../../../../shared/export/presentation'
import { touchpointsInDocumentOrder } from '../../../../shared/journey/mainPath'
import { bySortKey } from '../../../../shared/model/order'
import { buildTemplate, TELECOM_VIP } from '../../../../shared/templates'
import { journeyWithPath, makeEdge } from '../../../helpers/builders'
import { retailJourney } from '../../../helpers/retailJourney'

describe('presentationSlides', () => {
  it('starts with a title slide: title, version, counts and the peak-end figures', () => {
    const doc = retailJourney()
    const { slides, score, curve } = presentationSlides(doc)
    const title = slides[0] as TitleSlide
    expect(title.kind).toBe('title')
    expect(title).toMatchObject({
      title: '门店零售顾客旅程',
      versionLabel: '1.0',
      stages: 3,
      touchpoints: Object.keys(doc.touchpoints).length,
      mainPath: curve.length,
    })
    expect(title.mots.total).toBe(Object.values(doc.touchpoints).filter((touchpoint) => touchpoint.isMot).length)
    expect(title.score).toEqual(score)
  })

  it('reproduces the worked example of methods.md §1 on the title slide', () => {
    const doc = journeyWithPath([0, 1, 1, 1, -3, -1, 2, 1, 0, 3, 2].map((emotion, index) => ({ title: `Step ${index + 1}`, emotion })))
    const title = presentationSlides(doc).slides[0] as TitleSlide
    expect(title.score!.mean).toBeCloseTo(7 / 11, 12)
    expect(title.score!.peak).toBe(-3)
    expect(title.score!.end).toBe(2)
    expect(title.score!.remembered).toBe(-0.5)
  })

  it('has one slide per stage, in stage order, numbered n of N', () => {
    const doc = buildTemplate(TELECOM_VIP, 'en')
    const { slides } = presentationSlides(doc)
    const stages = bySortKey(Object.values(doc.stages))
    expect(slides).toHaveLength(stages.length + 1)
    const stageSlides = slides.slice(1) as StageSlide[]
    expect(stageSlides.map((slide) => slide.name)).toEqual(stages.map((stage) => stage.name))
    expect(stageSlides.map((slide) => `${slide.number}/${slide.count}`)).toEqual(stages.map((_, index) => `${index + 1}/${stages.length}`))
  })

  it('lists each stage’s touchpoints in document order, with the first standard and script line', () => {
    const doc = buildTemplate(TELECOM_VIP, 'zh-CN')
    const { slides } = presentationSlides(doc)
    const ordered = touchpointsInDocumentOrder(doc)
    const stageSlides = slides.slice(1) as StageSlide[]
    expect(stageSlides.flatMap((slide) => slide.cards.map((card) => card.id))).toEqual(ordered.map((touchpoint) => touchpoint.id))
    for (const slide of stageSlides) {
      for (const card of slide.cards) {
        const touchpoint = doc.touchpoints[card.id]!
        expect(touchpoint.stageId).toBe(slide.stageId)
        expect(card.standard).toBe(touchpoint.standards.find((item) => item.text.trim())?.text.trim() ?? null)
        const staff = touchpoint.scriptLines.filter((line) => line.speaker === 'staff')
        expect(card.scriptLine).toBe(staff.find((line) => line.text.trim())?.text.trim() ?? null)
        expect(card.laneName).toBe(doc.lanes[touchpoint.laneId]!.name)
      }
    }
  })

  it('highlights the curve points of each stage, and marks cards off the main path', () => {
    const doc = journeyWithPath(
      [
        { title: 'Greet', emotion: 1 },
        { title: 'Quote', emotion: -2 },
        { title: 'Hand-over', emotion: 3, isPeak: true },
        { title: 'Call', emotion: 2, isEnd: true },
      ],
      { stageOf: (index) => [0, 0, 2, 3][index]! },
    )
    const ordered = bySortKey(Object.values(doc.touchpoints))
    // A branch off the main path in stage 2 (index 1).
    const branch = { ...ordered[0]!, id: 'tp_branch', title: 'Callback', stageId: bySortKey(Object.values(doc.stages))[1]!.id, sortKey: 'Z', standards: [standard(''), standard(' Call back within 24 h ')], scriptLines: [] }
    doc.touchpoints[branch.id] = branch
    const edge = makeEdge(ordered[1]!.id, branch.id, 'alternative', 'Z')
    doc.edges[edge.id] = edge
    const { slides, curve } = presentationSlides(doc)
    const stageSlides = slides.slice(1) as StageSlide[]
    expect(curve.map((point) => point.title)).toEqual(['Greet', 'Quote', 'Hand-over', 'Call'])
    expect(stageSlides[0]!.curveIndexes).toEqual([0, 1])
    expect(stageSlides[1]!.curveIndexes).toEqual([])
    expect(stageSlides[1]!.cards).toMatchObject([{ title: 'Callback', onMainPath: false, standard: 'Call back within 24 h', scriptLine: null }])
    expect(stageSlides[2]!.curveIndexes).toEqual([2])
    expect(stageSlides[3]!.curveIndexes).toEqual([3])
    expect(stageSlides[0]!.cards.every((card) => card.onMainPath)).toBe(true)
  })

  it('has just the title slide, without figures, for a journey without stages', () => {
    const doc = journeyWithPath([])
    for (const id of Object.keys(doc.stages)) delete doc.stages[id]
    const { slides } = presentationSlides(doc)
    expect(slides).toHaveLength(1)
    expect((slides[0] as TitleSlide).score).toBeNull()
  })
})

describe('slideCommand', () => {
  it('moves forward with →, Space and PageDown, back with ←, PageUp and Shift+Space', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(slideCommand(key, 2, 5)).toEqual({ kind: 'go', index: 3 })
    for (const key of ['ArrowLeft', 'PageUp']) expect(slideCommand(key, 2, 5)).toEqual({ kind: 'go', index: 1 })
    expect(slideCommand(' ', 2, 5, true)).toEqual({ kind: 'go', index: 1 })
  })

  it('jumps with Home and End and stays inside the deck', () => {
    expect(slideCommand('Home', 3, 5)).toEqual({ kind: 'go', index: 0 })
    expect(slideCommand('End', 0, 5)).toEqual({ kind: 'go', index: 4 })
    expect(slideCommand('ArrowRight', 4, 5)).toEqual({ kind: 'go', index: 4 })
    expect(slideCommand('ArrowLeft', 0, 5)).toEqual({ kind: 'go', index: 0 })
  })

  it('exits on Escape and ignores other keys', () => {
    expect(slideCommand('Escape', 1, 5)).toEqual({ kind: 'exit' })
    expect(slideCommand('a', 1, 5)).toBeNull()
    expect(slideCommand('Enter', 1, 5)).toBeNull()
    expect(slideCommand('ArrowDown', 1, 5)).toBeNull()
  })
})
