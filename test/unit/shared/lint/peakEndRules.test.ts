import { describe, expect, it } from 'vitest'
import { renderFinding } from '../../../../shared/lint/engine'
import { makeTouchpoint } from '../../../../shared/model/factory'
import { makeEdge } from '../../../helpers/builders'
import { cleanJourney, findingsOf } from './helpers'

describe('no-designed-peak', () => {
  it('fires when no card of the main path is a designed peak', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Installation').isPeak = false))
    const findings = findingsOf('no-designed-peak', doc)
    expect(findings.map((finding) => [finding.key, finding.message.key])).toEqual([['no-designed-peak:', 'lint.no-designed-peak']])
  })

  it('points at a peak designed off the main path', () => {
    let branchId = ''
    const doc = cleanJourney((doc, byTitle) => {
      byTitle('Installation').isPeak = false
      const quote = byTitle('Quote')
      const branch = makeTouchpoint({ stageId: quote.stageId, laneId: quote.laneId, sortKey: 'y', title: 'Gift', isPeak: true })
      branchId = branch.id
      doc.touchpoints[branch.id] = branch
      const edge = makeEdge(quote.id, branch.id, 'alternative')
      doc.edges[edge.id] = edge
    })
    const [finding] = findingsOf('no-designed-peak', doc)
    expect(finding).toMatchObject({ touchpointId: branchId, key: `no-designed-peak:${branchId}` })
    expect(renderFinding('en', finding!)).toBe('The designed peak "Gift" is not on the main path, so most customers never get there.')
  })

  it('is silent with a designed peak on the main path', () => {
    expect(findingsOf('no-designed-peak', cleanJourney())).toEqual([])
  })
})

describe('peak-negative', () => {
  it('fires at the computed peak when it is negative (a tie goes to the bad moment)', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Quote').emotion = -3))
    const findings = findingsOf('peak-negative', doc)
    expect(findings.map((finding) => finding.message.params)).toEqual([{ title: 'Quote', emotion: '-3' }])
    expect(renderFinding('zh-CN', findings[0]!)).toBe('主路径上最强烈的时刻是负面的：“Quote”（-3），顾客会记住它。')
  })

  it('is silent when the most intense moment is good', () => {
    expect(findingsOf('peak-negative', cleanJourney())).toEqual([])
  })
})

describe('designed-peak-weaker', () => {
  it('fires at a designed peak less intense than the worst moment', () => {
    const doc = cleanJourney((_doc, byTitle) => {
      byTitle('Quote').emotion = -3
      byTitle('Installation').emotion = 2
    })
    const findings = findingsOf('designed-peak-weaker', doc)
    expect(findings.map((finding) => finding.message.params)).toEqual([{ title: 'Installation', emotion: '+2', worst: '-3' }])
    expect(renderFinding('en', findings[0]!)).toBe(
      'The designed peak "Installation" (+2) is weaker than the worst moment (-3): the bad moment will dominate the memory.',
    )
  })

  it('is silent when the designed peak is at least as intense', () => {
    expect(findingsOf('designed-peak-weaker', cleanJourney())).toEqual([])
  })
})

describe('end-negative', () => {
  it('fires at the last step of the main path', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Follow-up call').emotion = -1))
    const findings = findingsOf('end-negative', doc)
    expect(findings.map((finding) => finding.message.params)).toEqual([{ title: 'Follow-up call', emotion: '-1' }])
  })

  it('is silent on a positive end', () => {
    expect(findingsOf('end-negative', cleanJourney())).toEqual([])
  })
})

describe('lowest-before-end', () => {
  it('fires at the lowest point when it sits right before the end', () => {
    const doc = cleanJourney((_doc, byTitle) => {
      byTitle('Installation').isPeak = false
      byTitle('Installation').emotion = -2
    })
    const findings = findingsOf('lowest-before-end', doc)
    expect(findings.map((finding) => finding.message.params)).toEqual([{ title: 'Installation', emotion: '-2' }])
  })

  it('is silent when the lowest point is earlier', () => {
    expect(findingsOf('lowest-before-end', cleanJourney())).toEqual([])
  })
})
