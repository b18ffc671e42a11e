/** The pure helpers behind the canvas views: the aligned curve's geometry, search stepping, warning targets. */
import { describe, expect, it } from 'vitest'
import { blueprintGeometry, CARD_WIDTH, cardPosition, CELL_PADDING, LANE_HEADER_WIDTH } from '../../../shared/canvas/geometry'
import { experienceCurve } from '../../../shared/journey/peakEnd'
import { mainPath } from '../../../shared/journey/mainPath'
import { lintJourney } from '../../../shared/lint/engine'
import type { Finding } from '../../../shared/lint/types'
import { buildTemplate, RETAIL_STORE } from '../../../shared/templates'
import { alignedPoints, emotionY, isOnScreen, nextMatch, polylinePoints, screenX, stageBoundaries, visibleRuns } from '../../../renderer/canvas/curveGeometry'
import { groupBySeverity, warningTarget } from '../../../renderer/canvas/warningTargets'
import { cleanJourney } from '../shared/lint/helpers'

describe('aligned curve geometry', () => {
  const doc = buildTemplate(RETAIL_STORE, 'en')
  const geometry = blueprintGeometry(doc)
  const curve = experienceCurve(doc)

  it('puts one point per main-path touchpoint under the centre of its card', () => {
    const points = alignedPoints(doc, geometry, curve)
    expect(points.map((point) => point.touchpointId)).toEqual(mainPath(doc).map((touchpoint) => touchpoint.id))
    for (const point of points) {
      expect(point.canvasX).toBe(cardPosition(geometry, doc.touchpoints[point.touchpointId]!).x + CARD_WIDTH / 2)
    }
    // The first card of the first stage sits right after the lane headers.
    const first = doc.touchpoints[points[0]!.touchpointId]!
    expect(points[0]!.canvasX).toBe(LANE_HEADER_WIDTH + CELL_PADDING + first.x + CARD_WIDTH / 2)
  })

  it('leaves out points whose card no longer exists', () => {
    const [first, ...rest] = curve
    expect(alignedPoints(doc, geometry, [{ ...first!, touchpointId: 'tp_gone' }, ...rest])).toHaveLength(rest.length)
  })

  it('follows the canvas viewport: x × zoom + pan', () => {
    expect(screenX(500, [0, 0, 1])).toBe(500)
    expect(screenX(500, [-120, 40, 0.5])).toBe(130)
    expect(screenX(0, [8, 8, 2])).toBe(8)
  })

  it('maps emotion −3 … +3 onto the plot, +3 at the top, clamping anything outside', () => {
    expect(emotionY(3, 20, 120)).toBe(20)
    expect(emotionY(0, 20, 120)).toBe(80)
    expect(emotionY(-3, 20, 120)).toBe(140)
    expect(emotionY(-1, 20, 120)).toBe(100)
    expect(emotionY(9, 20, 120)).toBe(20)
  })

  it('draws stage boundaries at every column edge, aligned with the canvas columns', () => {
    const boundaries = stageBoundaries(geometry)
    expect(boundaries).toHaveLength(geometry.stages.length + 1)
    expect(boundaries[0]).toBe(LANE_HEADER_WIDTH)
    expect(boundaries.at(-1)).toBe(geometry.width)
    expect(stageBoundaries(blueprintGeometry({ ...doc, stages: {} }))).toEqual([])
  })

  it('builds polyline points and tells what is on screen', () => {
    expect(polylinePoints([{ x: 1, y: 2 }, { x: 3.14159, y: 4 }])).toBe('1,2 3.1,4')
    expect(polylinePoints([])).toBe('')
    expect(isOnScreen(-5, 100)).toBe(false)
    expect(isOnScreen(-5, 100, 10)).toBe(true)
    expect(isOnScreen(100, 100)).toBe(true)
    expect(isOnScreen(111, 100, 10)).toBe(false)
  })

  it('draws only the stretches of the curve that show, each with the points just off screen', () => {
    const at = (...xs: number[]) => xs.map((x) => ({ x, y: 0 }))
    const xsOf = (runs: { x: number }[][]) => runs.map((run) => run.map((point) => point.x))
    // A long path panned to its middle: one run, from the point before the screen to the one after.
    expect(xsOf(visibleRuns(at(-300, -200, -100, 20, 60, 140, 260), 100))).toEqual([[-100, 20, 60, 140]])
    // A segment that crosses the whole screen shows, though neither end is on it.
    expect(xsOf(visibleRuns(at(-500, 500), 100))).toEqual([[-500, 500]])
    // A path that leaves the screen and comes back draws two runs.
    expect(xsOf(visibleRuns(at(50, 200, 300, 80), 100))).toEqual([[50, 200], [300, 80]])
    expect(xsOf(visibleRuns(at(-20, 130), 100, 30))).toEqual([[-20, 130]])
    expect(xsOf(visibleRuns(at(50), 100))).toEqual([[50]])
    expect(visibleRuns(at(-300, -200), 100)).toEqual([])
    expect(visibleRuns([], 100)).toEqual([])
  })
})

describe('stepping through search matches', () => {
  it('starts at the first (or last) match and wraps around', () => {
    const matches = ['a', 'b', 'c']
    expect(nextMatch(matches, null)).toBe('a')
    expect(nextMatch(matches, 'x')).toBe('a')
    expect(nextMatch(matches, 'x', -1)).toBe('c')
    expect(nextMatch(matches, 'a')).toBe('b')
    expect(nextMatch(matches, 'c')).toBe('a')
    expect(nextMatch(matches, 'a', -1)).toBe('c')
    expect(nextMatch([], 'a')).toBeNull()
  })
})

describe('where a warning takes the team', () => {
  const finding = (changes: Partial<Finding>): Finding => ({ ruleId: 'x', severity: 'warning', message: { key: 'lint.no-end', params: {} }, key: 'x:', ...changes })

  it('goes to the card, the stage or the dimension a finding is about', () => {
    const doc = cleanJourney()
    const card = Object.values(doc.touchpoints)[0]!
    const stage = Object.values(doc.stages)[0]!
    expect(warningTarget(doc, finding({ touchpointId: card.id }), undefined)).toEqual({ kind: 'card', touchpointId: card.id })
    expect(warningTarget(doc, finding({ stageId: stage.id }), undefined)).toEqual({ kind: 'stage', stageId: stage.id })
    expect(warningTarget(doc, finding({ dimension: 'empathy' }), undefined)).toEqual({ kind: 'dimension', dimension: 'empathy' })
    expect(warningTarget(doc, finding({ touchpointId: 'tp_gone' }), undefined)).toBeNull()
    expect(warningTarget(doc, finding({ ruleId: 'no-connections' }), card.id)).toBeNull()
  })

  it('sends "no end" to the last step of the main path, where the end belongs', () => {
    const doc = cleanJourney((doc, byTitle) => {
      byTitle('Follow-up call').isEnd = false
    })
    const noEnd = lintJourney(doc).findings.find((item) => item.ruleId === 'no-end')!
    const last = mainPath(doc).at(-1)!
    expect(last.title).toBe('Follow-up call')
    expect(warningTarget(doc, noEnd, last.id)).toEqual({ kind: 'card', touchpointId: last.id })
    expect(warningTarget(doc, noEnd, undefined)).toBeNull()
  })

  it('groups findings by severity, errors first, keeping their order and leaving out empty groups', () => {
    const findings = [finding({ key: '1', severity: 'info' }), finding({ key: '2' }), finding({ key: '3', severity: 'error' }), finding({ key: '4' })]
    expect(groupBySeverity(findings).map((group) => [group.severity, group.findings.map((item) => item.key)])).toEqual([
      ['error', ['3']],
      ['warning', ['2', '4']],
      ['info', ['1']],
    ])
    expect(groupBySeverity([])).toEqual([])
  })
})
