import { describe, expect, it } from 'vitest'
import { lintJourney, renderFinding } from '../../../../shared/lint/engine'
import { makeTouchpoint } from '../../../../shared/model/factory'
import { makeEdge } from '../../../helpers/builders'
import { cleanJourney, findingsOf } from './helpers'

describe('the clean fixture', () => {
  it('passes every rule', () => {
    expect(lintJourney(cleanJourney())).toEqual({ findings: [], accepted: [] })
  })

  it('an empty journey has nothing to report', () => {
    expect(lintJourney(cleanJourney((doc) => ((doc.touchpoints = {}), (doc.edges = {}))))).toEqual({ findings: [], accepted: [] })
  })
})

describe('integrity', () => {
  it('reports each problem of validateJourney as an error with its own message', () => {
    let greetingId = ''
    const doc = cleanJourney((doc, byTitle) => {
      greetingId = byTitle('Greeting').id
      byTitle('Greeting').stageId = 'st_missing'
      const first = makeEdge(greetingId, byTitle('Installation').id, 'alternative')
      const second = makeEdge(greetingId, byTitle('Installation').id, 'alternative')
      doc.edges[first.id] = first
      doc.edges[second.id] = second
    })
    const findings = findingsOf('integrity', doc)
    expect(findings.map((finding) => finding.message.key)).toEqual(['problem.touchpointStageMissing', 'problem.edgeDuplicate'])
    expect(findings.every((finding) => finding.severity === 'error' && finding.touchpointId === greetingId)).toBe(true)
    expect(findings[0]!.key).toBe(`integrity:${greetingId}:touchpointStageMissing`)
    expect(findings[1]!.key).toMatch(new RegExp(`^integrity:${greetingId}:edgeDuplicate:ed_`))
    expect(renderFinding('en', findings[0]!)).toBe('Touchpoint "Greeting" belongs to a stage that does not exist.')
    expect(renderFinding('zh-CN', findings[0]!)).toBe('接触点“Greeting”所属的阶段不存在。')
  })

  it('anchors a stage problem at the stage and stays silent on a sound file', () => {
    const doc = cleanJourney((doc) => {
      Object.values(doc.stages)[0]!.name = ' '
    })
    const [finding] = findingsOf('integrity', doc)
    expect(finding).toMatchObject({ stageId: Object.values(doc.stages)[0]!.id, message: { key: 'problem.stageNameEmpty' } })
    expect(findingsOf('integrity', cleanJourney())).toEqual([])
  })
})

describe('no-start', () => {
  it('fires when every card has an incoming connection, and unreachable stays silent', () => {
    const doc = cleanJourney((doc, byTitle) => {
      const back = makeEdge(byTitle('Follow-up call').id, byTitle('Greeting').id, 'alternative')
      doc.edges[back.id] = back
    })
    expect(findingsOf('no-start', doc).map((finding) => finding.key)).toEqual(['no-start:'])
    expect(findingsOf('unreachable', doc)).toEqual([])
  })

  it('is silent when the journey has a start', () => {
    expect(findingsOf('no-start', cleanJourney())).toEqual([])
  })
})

describe('no-connections', () => {
  it('reports unconnected cards once instead of one unreachable card each', () => {
    const doc = cleanJourney((doc) => (doc.edges = {}))
    const findings = findingsOf('no-connections', doc)
    expect(findings).toHaveLength(1)
    expect(renderFinding('en', findings[0]!)).toBe('The 4 touchpoints are not connected: draw the main path from the first one to the last.')
    expect(findingsOf('unreachable', doc)).toEqual([])
  })

  it('is silent for a single card or a connected journey', () => {
    const single = cleanJourney((doc, byTitle) => {
      doc.edges = {}
      doc.touchpoints = { [byTitle('Greeting').id]: byTitle('Greeting') }
    })
    expect(findingsOf('no-connections', single)).toEqual([])
    expect(findingsOf('no-connections', cleanJourney())).toEqual([])
  })
})

describe('unreachable', () => {
  it('reports a card no path from the start reaches, but not one on an alternative branch', () => {
    let loose = ''
    let branch = ''
    const doc = cleanJourney((doc, byTitle) => {
      const quote = byTitle('Quote')
      const looseCard = makeTouchpoint({ stageId: quote.stageId, laneId: quote.laneId, sortKey: 'z', title: 'Loose card', role: 'x' })
      const branchCard = makeTouchpoint({ stageId: quote.stageId, laneId: quote.laneId, sortKey: 'y', title: 'Branch', role: 'x' })
      loose = looseCard.id
      branch = branchCard.id
      doc.touchpoints[loose] = looseCard
      doc.touchpoints[branch] = branchCard
      const edge = makeEdge(quote.id, branch, 'alternative')
      doc.edges[edge.id] = edge
    })
    const findings = findingsOf('unreachable', doc)
    expect(findings.map((finding) => finding.touchpointId)).toEqual([loose])
    expect(findings[0]!.key).toBe(`unreachable:${loose}`)
    expect(renderFinding('zh-CN', findings[0]!)).toBe('从起点“Greeting”出发的任何路径都到不了“Loose card”，请为它连线。')
    expect(findings.map((finding) => finding.touchpointId)).not.toContain(branch)
  })

  it('is silent when every card is reachable', () => {
    expect(findingsOf('unreachable', cleanJourney())).toEqual([])
  })
})

describe('no-end', () => {
  it('fires when no card is marked as the end', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Follow-up call').isEnd = false))
    expect(findingsOf('no-end', doc).map((finding) => [finding.key, finding.severity])).toEqual([['no-end:', 'warning']])
  })

  it('is silent when there is an end', () => {
    expect(findingsOf('no-end', cleanJourney())).toEqual([])
  })
})

describe('end-not-last', () => {
  it('fires at the end card when the main path finishes elsewhere', () => {
    const doc = cleanJourney((_doc, byTitle) => {
      byTitle('Follow-up call').isEnd = false
      byTitle('Installation').isEnd = true
    })
    const findings = findingsOf('end-not-last', doc)
    const installation = Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === 'Installation')!
    expect(findings.map((finding) => finding.touchpointId)).toEqual([installation.id])
    expect(renderFinding('en', findings[0]!)).toBe('"Installation" is marked as the end, but the main path finishes at "Follow-up call".')
  })

  it('is silent when the end is the last step, even with a second end elsewhere', () => {
    expect(findingsOf('end-not-last', cleanJourney())).toEqual([])
    expect(findingsOf('end-not-last', cleanJourney((_doc, byTitle) => (byTitle('Quote').isEnd = true)))).toEqual([])
  })
})

describe('multiple-ends', () => {
  it('is a warning on every end but the main one (the last step of the main path)', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Quote').isEnd = true))
    const findings = findingsOf('multiple-ends', doc)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', message: { params: { title: 'Quote', count: 2, main: 'Follow-up call' } } })
    expect(renderFinding('zh-CN', findings[0]!)).toBe('“Quote”也被标记为终点体验：旅程共有 2 个终点（主终点是“Follow-up call”）。')
  })

  it('is silent with one end', () => {
    expect(findingsOf('multiple-ends', cleanJourney())).toEqual([])
  })
})
