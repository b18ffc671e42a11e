import { describe, expect, it } from 'vitest'
import { parseJourneyJson, stringifyJourney, toJourneyJson } from '../../../shared/interchange/journeyJson'
import { journeyWithPath } from '../../helpers/builders'

describe('JSON interchange format', () => {
  const doc = journeyWithPath(
    [
      { title: '进店问候', isMot: true, motFamily: 'process', emotion: 1, servqual: ['tangibles'], standards: ['3 秒内问候'], scriptLines: ['您好，欢迎光临！'] },
      { title: '报价', emotion: -2, risk: '价格冲击', recovery: 'CLEAR' },
    ],
    { locale: 'zh-CN' },
  )

  it('round-trips losslessly, ids and order included', () => {
    const text = stringifyJourney(doc)
    const parsed = parseJourneyJson(text)
    expect(parsed).toEqual({ ok: true, doc })
    expect(stringifyJourney((parsed as { doc: typeof doc }).doc)).toBe(text)
  })

  it('is versioned and lists records in display order', () => {
    const json = toJourneyJson(doc)
    expect(json.format).toBe('mot-studio/journey')
    expect(json.formatVersion).toBe(2)
    expect(json.journey.touchpoints.map((touchpoint) => touchpoint.title)).toEqual(['进店问候', '报价'])
  })

  it('refuses broken JSON, foreign JSON, invalid values and duplicate ids with specific messages', () => {
    expect(parseJourneyJson('{')).toMatchObject({ ok: false, problems: [{ key: 'json.syntax' }] })
    expect(parseJourneyJson('{"hello": 1}')).toMatchObject({ ok: false, problems: [{ key: 'json.notJourney' }] })
    const json = toJourneyJson(doc)
    json.journey.touchpoints[0]!.emotion = 5
    const invalid = parseJourneyJson(JSON.stringify(json))
    expect(invalid).toMatchObject({ ok: false, problems: [{ key: 'json.invalid', params: { path: 'journey.touchpoints.0.emotion' } }] })
    const duplicated = toJourneyJson(doc)
    duplicated.journey.stages.push(duplicated.journey.stages[0]!)
    expect(parseJourneyJson(JSON.stringify(duplicated))).toMatchObject({ ok: false, problems: [{ key: 'json.duplicateId' }] })
  })

  it('refuses a journey whose records break integrity (an edge to nowhere)', () => {
    const json = toJourneyJson(doc)
    json.journey.edges.push({ ...json.journey.edges[0]!, id: 'ed_nowhere', targetId: 'tp_nowhere', kind: 'alternative' })
    expect(parseJourneyJson(JSON.stringify(json))).toMatchObject({ ok: false, problems: [{ key: 'problem.edgeEndpointMissing' }] })
  })
})
