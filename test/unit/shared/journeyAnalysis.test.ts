import { describe, expect, it } from 'vitest'
import { motCounts, servqualCoverage, servqualTotals } from '../../../shared/journey/coverage'
import { mainPath, reachableFromStart, touchpointsInDocumentOrder } from '../../../shared/journey/mainPath'
import { round2, summarizeJourney } from '../../../shared/journey/summary'
import { validateJourney } from '../../../shared/journey/validate'
import { bySortKey } from '../../../shared/model/order'
import { journeyWithPath, makeEdge, titles } from '../../helpers/builders'

const WORKED_EXAMPLE = [0, 1, 1, 1, -3, -1, 2, 1, 0, 3, 2]

describe('main path (methods.md §1)', () => {
  it('starts at the first touchpoint no edge enters and follows main edges, not alternatives', () => {
    const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }, { title: 'C' }, { title: 'D' }])
    const [a, , c, d] = bySortKey(Object.values(doc.touchpoints))
    const alternative = makeEdge(a!.id, d!.id, 'alternative')
    doc.edges[alternative.id] = alternative
    expect(titles(mainPath(doc))).toEqual(['A', 'B', 'C', 'D'])
    const cToD = Object.values(doc.edges).find((edge) => edge.sourceId === c!.id && edge.targetId === d!.id)!
    doc.edges[cToD.id] = { ...cToD, kind: 'alternative' }
    expect(titles(mainPath(doc))).toEqual(['A', 'B', 'C'])
  })

  it('uses document order (stage order first) to choose among several starts', () => {
    const doc = journeyWithPath([{ title: 'Late start' }, { title: 'Early start' }], { stageOf: (index) => (index === 0 ? 3 : 0) })
    for (const id of Object.keys(doc.edges)) delete doc.edges[id]
    expect(titles(touchpointsInDocumentOrder(doc))).toEqual(['Early start', 'Late start'])
    expect(titles(mainPath(doc))).toEqual(['Early start'])
  })

  it('stops at a cycle instead of looping, and is empty for an empty journey', () => {
    const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }, { title: 'C' }])
    const [, b, c] = bySortKey(Object.values(doc.touchpoints))
    const back = makeEdge(c!.id, b!.id, 'main')
    doc.edges[back.id] = back
    expect(titles(mainPath(doc))).toEqual(['A', 'B', 'C'])
    expect(validateJourney(doc).map((problem) => problem.code)).toContain('mainPathCycle')
    expect(mainPath(journeyWithPath([]))).toEqual([])
  })

  it('knows which touchpoints are reachable from the start over any edge', () => {
    const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }])
    const island = journeyWithPath([{ title: 'Island' }])
    const [islandTouchpoint] = Object.values(island.touchpoints)
    doc.touchpoints[islandTouchpoint!.id] = { ...islandTouchpoint!, stageId: Object.values(doc.touchpoints)[0]!.stageId, laneId: Object.values(doc.touchpoints)[0]!.laneId, sortKey: 'zz' }
    const reached = reachableFromStart(doc)
    expect(reached.size).toBe(2)
    expect(reached.has(islandTouchpoint!.id)).toBe(false)
  })
})

describe('SERVQUAL coverage and MOT counts', () => {
  const doc = journeyWithPath(
    [
      { title: 'Greet', servqual: ['tangibles', 'empathy'], isMot: true, motFamily: 'process' },
      { title: 'Quote', servqual: ['reliability'], isMot: true, motFamily: 'business' },
      { title: 'Birthday SMS', servqual: ['empathy'], isMot: true, motFamily: null },
      { title: 'Callback', servqual: ['responsiveness', 'empathy'] },
    ],
    { stageOf: (index) => (index < 2 ? 0 : 1) },
  )

  it('counts touchpoints and MOTs per stage and dimension and lists uncovered dimensions', () => {
    const [first, second, third] = servqualCoverage(doc)
    expect(first!.cells.empathy).toEqual({ touchpoints: 1, mots: 1 })
    expect(first!.cells.reliability).toEqual({ touchpoints: 1, mots: 1 })
    expect(first!.uncovered).toEqual(['responsiveness', 'assurance'])
    expect(second!.cells.empathy).toEqual({ touchpoints: 2, mots: 1 })
    expect(second!.uncovered).toEqual(['tangibles', 'reliability', 'assurance'])
    expect(third!.uncovered).toHaveLength(5)
  })

  it('totals the tagged touchpoints per dimension and the MOTs per family', () => {
    expect(servqualTotals(doc)).toEqual({ tangibles: 1, reliability: 1, responsiveness: 1, assurance: 0, empathy: 3 })
    expect(motCounts(doc)).toEqual({ life: 0, process: 1, business: 1, unspecified: 1, total: 3 })
  })
})

describe('journey summary (the `info --json` contract)', () => {
  it('reproduces the peak-end worked example along the main path, rounded to two decimals', () => {
    const doc = journeyWithPath(WORKED_EXAMPLE.map((emotion, index) => ({ title: `Step ${index + 1}`, emotion, isPeak: index === 9, isEnd: index === 10 })))
    const summary = summarizeJourney(doc)
    expect(summary.emotion).toEqual({ mean: 0.64, peak: -3, end: 2, remembered: -0.5 })
    expect(summary).toMatchObject({ touchpoints: 11, edges: 10, mainPath: 11, peaks: ['Step 10'], end: 'Step 11', stages: 9 })
  })

  it('has no emotion figures for an empty journey', () => {
    expect(summarizeJourney(journeyWithPath([])).emotion).toBeNull()
  })

  it('rounds half away from zero and never prints -0', () => {
    expect(round2(0.125)).toBe(0.13)
    expect(round2(-0.125)).toBe(-0.13)
    expect(round2(-0.001)).toBe(0)
    expect(Object.is(round2(-0.001), -0)).toBe(false)
    expect(round2(7 / 11)).toBe(0.64)
  })
})

describe('integrity validation', () => {
  it('finds nothing wrong with a well-formed journey', () => {
    expect(validateJourney(journeyWithPath([{ title: 'A' }, { title: 'B' }]))).toEqual([])
  })

  it('reports each integrity problem with a message key and the record it concerns', () => {
    const doc = journeyWithPath([{ title: 'A' }, { title: 'B' }, { title: '' }])
    const [a, b, blank] = bySortKey(Object.values(doc.touchpoints))
    doc.meta.title = ' '
    doc.touchpoints[a!.id] = { ...a!, motFamily: 'life', servqual: ['empathy', 'empathy'] }
    doc.touchpoints[b!.id] = { ...b!, stageId: 'st_missing', laneId: 'ln_missing' }
    const fork = makeEdge(a!.id, blank!.id, 'main')
    const loop = makeEdge(b!.id, b!.id, 'alternative')
    const dangling = makeEdge(a!.id, 'tp_gone', 'alternative')
    const duplicate = { ...fork, id: 'ed_dup', kind: 'alternative' as const }
    for (const edge of [fork, loop, dangling, duplicate]) doc.edges[edge.id] = edge
    const codes = validateJourney(doc).map((problem) => problem.code).sort()
    expect(codes).toEqual(
      [
        'edgeDuplicate', 'edgeEndpointMissing', 'edgeSelfLoop', 'familyWithoutMot', 'mainPathFork', 'servqualDuplicate',
        'titleEmpty', 'touchpointLaneMissing', 'touchpointStageMissing', 'touchpointTitleEmpty',
      ].sort(),
    )
    const fork_problem = validateJourney(doc).find((problem) => problem.code === 'mainPathFork')!
    expect(fork_problem.recordId).toBe(a!.id)
    expect(fork_problem.message).toEqual({ key: 'problem.mainPathFork', params: { title: 'A' } })
  })
})
