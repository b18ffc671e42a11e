import { describe, expect, it } from 'vitest'
import { addScorecard } from '../../../../shared/commands/scorecard'
import { JourneyEditor } from '../../../../shared/editor/journeyEditor'
import { IndicatorSchema, ScorecardSchema } from '../../../../shared/model/scorecard'
import { journeyPosts, postKey, proposeScorecard, standardHasTimeLimit } from '../../../../shared/scoring/propose'
import { effectiveWeights, isUsable, weightProblems } from '../../../../shared/scoring/weights'
import { buildTemplate, HOME_IMPROVEMENT, RETAIL_STORE } from '../../../../shared/templates'

const retailEn = () => buildTemplate(RETAIL_STORE, 'en')
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

describe('proposeScorecard (a scorecard from the journey)', () => {
  it('proposes one indicator per service standard of the post’s moments of truth, grouped by dimension, with equal two-level weights', () => {
    const doc = retailEn()
    const { scorecard, indicators } = proposeScorecard(doc, 'Sales consultant', 'en')
    expect(ScorecardSchema.parse(scorecard)).toEqual(scorecard)
    for (const indicator of indicators) expect(IndicatorSchema.parse(indicator)).toEqual(indicator)

    expect(scorecard.name).toBe('Sales consultant scorecard')
    expect(scorecard.post).toBe('Sales consultant')
    expect(scorecard.weighting).toBe('twoLevel')
    // Greeting, needs discovery, quote, price objection and the day-7 call: 5 MOTs × 3 standards.
    // ("Family cooks with the new kitchen" is the post's too, but not an MOT.)
    expect(indicators).toHaveLength(15)
    expect(scorecard.description).toBe('Proposed from the journey “Home-appliance store: consultation to follow-up”: 15 indicators from the service standards of 5 moments of truth, with equal weights to edit.')

    // Dimension = the touchpoint's first SERVQUAL tag; grouped in SERVQUAL order, journey order inside.
    expect(indicators.map((indicator) => indicator.dimension)).toEqual([
      ...new Array(3).fill('reliability'), // quote
      ...new Array(3).fill('responsiveness'), // greeting
      ...new Array(3).fill('assurance'), // needs discovery
      ...new Array(6).fill('empathy'), // objection, follow-up call
    ])
    expect(scorecard.dimensionWeights).toEqual({ reliability: 25, responsiveness: 25, assurance: 25, empathy: 25 })
    expect(indicators.filter((indicator) => indicator.dimension === 'empathy').map((indicator) => indicator.weight)).toEqual([16.67, 16.67, 16.67, 16.67, 16.66, 16.66])
    expect(indicators.filter((indicator) => indicator.dimension === 'reliability').map((indicator) => indicator.weight)).toEqual([33.34, 33.33, 33.33])
    expect(weightProblems(scorecard, indicators)).toEqual([])
    expect(isUsable(scorecard, indicators)).toBe(true)
    expect(sum([...effectiveWeights(scorecard, indicators).values()])).toBeCloseTo(1, 12)

    // Named by the standard, described as "touchpoint: standard", linked to the touchpoint.
    const greet = Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === 'Greeting at the door')!
    const first = indicators.find((indicator) => indicator.name === 'Eye contact and greeting within 3 s of the customer entering')!
    expect(first.description).toBe('Greeting at the door: Eye contact and greeting within 3 s of the customer entering')
    expect(first.touchpointIds).toEqual([greet.id])
    expect(first.scorecardId).toBe(scorecard.id)
    // Sort keys follow the grouped order.
    const keys = indicators.map((indicator) => indicator.sortKey)
    expect([...keys].sort()).toEqual(keys)
    expect(new Set(indicators.map((indicator) => indicator.id)).size).toBe(15)
  })

  it('uses yes/no for standards with a time limit and 1–5 otherwise', () => {
    const { indicators } = proposeScorecard(retailEn(), 'Sales consultant', 'en')
    const scaleOf = (name: string) => indicators.find((indicator) => indicator.name === name)!.scale
    expect(scaleOf('Eye contact and greeting within 3 s of the customer entering')).toEqual({ kind: 'yesNo' })
    expect(scaleOf('Any problem raised gets a solution within 24 h')).toEqual({ kind: 'yesNo' })
    expect(scaleOf('Call on day 7, 10:00–12:00 or 14:00–18:00, never at meal times')).toEqual({ kind: 'yesNo' })
    expect(scaleOf('Ask at least 5 open questions before recommending anything')).toEqual({ kind: 'range', min: 1, max: 5 })
    expect(scaleOf('Compare 10-year running cost, not sticker price')).toEqual({ kind: 'range', min: 1, max: 5 })
    expect(scaleOf('Recommend no more than 3 options')).toEqual({ kind: 'range', min: 1, max: 5 })
  })

  it('recognises time limits in English and Chinese, and the standard’s own time-limit field', () => {
    for (const text of ['Greet within 3 s', 'Call back within 15 min', 'Reply in 2 working days', '工作时间 15 分钟内回电', '第 7 天致电', '24 小时内给出方案', '三天内上门', '５ 分钟内']) {
      expect(standardHasTimeLimit({ text, timeLimit: '' }), text).toBe(true)
    }
    for (const text of ['Ask at least 5 open questions', '推荐方案不超过 3 套', '对比十年使用成本', 'Shoe covers on, floor protected']) {
      expect(standardHasTimeLimit({ text, timeLimit: '' }), text).toBe(false)
    }
    expect(standardHasTimeLimit({ text: 'Call back', timeLimit: '24 h' })).toBe(true)
    expect(standardHasTimeLimit('Greet within 3 s')).toBe(true)
  })

  it('matches the post case-insensitively after NFKC, in Chinese too', () => {
    const zh = buildTemplate(RETAIL_STORE, 'zh-CN')
    const { scorecard, indicators } = proposeScorecard(zh, ' 导购 ', 'zh-CN')
    expect(scorecard.name).toBe('导购考核表')
    expect(indicators).toHaveLength(15)
    expect(indicators[0]!.description).toMatch(/^报价与方案讲解：/)
    expect(postKey('ＳＡＬＥＳ  Consultant')).toBe('sales consultant')
    expect(proposeScorecard(retailEn(), 'ＳＡＬＥＳ  consultant', 'en').indicators).toHaveLength(15)
  })

  it('falls back to all of the post’s touchpoints when it has no moment of truth', () => {
    const { scorecard, indicators } = proposeScorecard(retailEn(), 'Warehouse dispatcher', 'en')
    expect(indicators.map((indicator) => indicator.name)).toEqual([
      'Stock and earliest delivery date confirmed before the quote, not promised blindly',
      'Goods checked for damage before loading; cabinet dimensions passed to the installer',
    ])
    expect(scorecard.dimensionWeights).toEqual({ reliability: 100 })
    expect(indicators.map((indicator) => indicator.weight)).toEqual([50, 50])
    expect(scorecard.description).toContain('2 touchpoints (no moment of truth marked)')
  })

  it('covers every MOT for the whole journey, and says when a dimension was assumed or a standard is missing', () => {
    const doc = retailEn()
    const whole = proposeScorecard(doc, null, 'en')
    expect(whole.scorecard.post).toBe('')
    expect(whole.scorecard.name).toBe('Whole-journey scorecard')
    expect(whole.indicators).toHaveLength(18) // 6 MOTs × 3 standards
    expect(new Set(whole.indicators.map((indicator) => indicator.dimension))).toEqual(new Set(['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles']))
    expect(whole.scorecard.dimensionWeights).toEqual({ tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 20 })
    expect(isUsable(whole.scorecard, whole.indicators)).toBe(true)

    const greet = Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === 'Greeting at the door')!
    greet.servqual = []
    greet.standards = []
    const { indicators } = proposeScorecard(doc, 'Sales consultant', 'en')
    const fromGreet = indicators.filter((indicator) => indicator.touchpointIds[0] === greet.id)
    expect(fromGreet).toHaveLength(1)
    expect(fromGreet[0]!.name).toBe('Greeting at the door')
    expect(fromGreet[0]!.dimension).toBe('reliability')
    expect(fromGreet[0]!.description).toBe(
      'Greeting at the door: no service standard written yet; describe what the auditor observes. (The touchpoint has no SERVQUAL dimension; Reliability assumed.)',
    )
  })

  it('lists the journey’s posts with their touchpoints and MOTs', () => {
    const posts = journeyPosts(buildTemplate(HOME_IMPROVEMENT, 'en'))
    expect(posts.length).toBeGreaterThan(2)
    expect(posts.find((post) => post.post === 'Designer')).toMatchObject({ mots: expect.any(Number), touchpoints: expect.any(Number) })
    expect(new Set(posts.map((post) => postKey(post.post))).size).toBe(posts.length)
  })

  it('gives a proposal addScorecard accepts as one undo step', () => {
    const doc = retailEn()
    const editor = new JourneyEditor(doc)
    const proposal = proposeScorecard(doc, 'Sales consultant', 'en')
    expect(editor.dispatch(addScorecard, proposal)).toBe(true)
    expect(Object.values(editor.doc.indicators)).toHaveLength(15)
    editor.undo()
    expect(Object.values(editor.doc.scorecards)).toHaveLength(0)
  })
})
