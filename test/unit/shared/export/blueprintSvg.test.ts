import { describe, expect, it } from 'vitest'
import { blueprintSvg, renderBlueprint } from '../../../../shared/export/blueprintSvg'
import { escapeXml, textWidth, truncate, wrapText } from '../../../../shared/export/text'
import { blueprintGeometry, cardPosition, cardsBounds, CARD_WIDTH, CELL_PADDING, LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../../../../shared/canvas/geometry'
import { bySortKey } from '../../../../shared/model/order'
import type { JourneyDocument } from '../../../../shared/model/schema'
import type { HeatEntry } from '../../../../shared/scoring/heat'
import { buildTemplate, RETAIL_STORE } from '../../../../shared/templates'
import { journeyWithPath, makeEdge } from '../../../helpers/builders'
import { retailJourney } from '../../../helpers/retailJourney'
import { allElements, hasClass, parseXml, textOf, type XmlElement } from './xmlCheck'

const cardsOf = (root: XmlElement) => allElements(root).filter((element) => element.name === 'rect' && hasClass(element, 'card'))
const groupsOf = (root: XmlElement, name: string) => allElements(root).filter((element) => element.name === 'g' && hasClass(element, name))
const cardTitle = (group: XmlElement) => textOf(group.children.find((child) => child.name === 'title')!)

/** Three touchpoints on the main path, in three stages, plus one alternative branch. */
function sampleJourney(): JourneyDocument {
  const doc = journeyWithPath(
    [
      { title: 'Greeting at the door', channel: 'Store', role: 'Sales associate', isMot: true, motFamily: 'process', importance: 5, emotion: 1, servqual: ['tangibles', 'empathy'] },
      { title: 'Quote', emotion: -2, isMot: true, motFamily: null },
      { title: 'Hand-over with a surprise', emotion: 3, isPeak: true },
      { title: 'Follow-up call', emotion: 2, isEnd: true },
    ],
    { stageOf: (index) => [1, 3, 6, 7][index]! },
  )
  const ordered = bySortKey(Object.values(doc.touchpoints))
  const alternative = makeEdge(ordered[1]!.id, ordered[3]!.id, 'alternative', 'Z')
  alternative.label = 'price objection'
  doc.edges[alternative.id] = alternative
  return doc
}

describe('blueprintSvg: the whole journey', () => {
  it('is well-formed SVG with px size and a viewBox matching the blueprint grid', () => {
    const doc = sampleJourney()
    const { svg, width, height } = renderBlueprint(doc, { locale: 'en' })
    const root = parseXml(svg)
    const geometry = blueprintGeometry(doc)
    expect(root.name).toBe('svg')
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg')
    expect(root.attributes.width).toBe(`${Math.ceil(geometry.width)}px`)
    expect(root.attributes.height).toBe(`${Math.ceil(geometry.height)}px`)
    expect(root.attributes.viewBox).toBe(`0 0 ${geometry.width} ${geometry.height}`)
    expect([width, height]).toEqual([Math.ceil(geometry.width), Math.ceil(geometry.height)])
    expect(root.attributes['font-family']).toContain("'Noto Sans CJK SC'")
    expect(root.attributes['font-family']).toContain("'Microsoft YaHei'")
  })

  it('draws every card where the canvas puts it, with what a card shows', () => {
    const doc = sampleJourney()
    const root = parseXml(blueprintSvg(doc, { locale: 'en' }))
    const cards = cardsOf(root)
    expect(cards).toHaveLength(4)
    const geometry = blueprintGeometry(doc)
    for (const group of groupsOf(root, 'touchpoint')) {
      const touchpoint = doc.touchpoints[group.attributes['data-touchpoint-id']!]!
      const rect = group.children.find((child) => hasClass(child, 'card'))!
      expect({ x: Number(rect.attributes.x), y: Number(rect.attributes.y) }).toEqual(cardPosition(geometry, touchpoint))
    }
    const greeting = groupsOf(root, 'touchpoint').find((group) => cardTitle(group).startsWith('Greeting'))!
    const text = textOf(greeting)
    expect(text).toContain('Store · Sales associate')
    expect(text).toContain('MOT · process · 5/5')
    expect(text).toContain('☺ +1')
    expect(text).toContain('Tan')
    expect(text).toContain('Emp')
    const all = textOf(root)
    expect(all).toContain('MOT · family not set · 3/5')
    expect(all).toContain('☹ -2')
    expect(all).toContain('★ Peak')
    expect(all).toContain('⚑ End')
    expect(all).toContain('No channel or role yet')
  })

  it('draws stage headers, lane names and the three blueprint lines with their labels and dash styles', () => {
    const doc = sampleJourney()
    const root = parseXml(blueprintSvg(doc, { locale: 'en' }))
    const stageNames = groupsOf(root, 'stage-header').map((group) => textOf(group).trim())
    expect(stageNames).toHaveLength(Object.keys(doc.stages).length)
    expect(stageNames[0]).toBe('1Consultation')
    const laneNames = allElements(root).filter((element) => hasClass(element, 'lane-name')).map(textOf)
    expect(laneNames).toEqual(['Customer actions', 'Frontstage staff', 'Backstage staff', 'Support processes'])
    const lines = groupsOf(root, 'blueprint-line')
    expect(lines.map(textOf)).toEqual(['Line of interaction', 'Line of visibility', 'Line of internal interaction'])
    const dashes = lines.map((group) => group.children.find((child) => child.name === 'line')!.attributes['stroke-dasharray'])
    expect(dashes).toEqual(['8 5', undefined, '2 4'])
  })

  it('draws connections: main solid with an arrow, alternatives dashed, labels as text', () => {
    const doc = sampleJourney()
    const root = parseXml(blueprintSvg(doc, { locale: 'en' }))
    const edges = groupsOf(root, 'edge')
    expect(edges).toHaveLength(Object.keys(doc.edges).length)
    const main = edges.filter((edge) => hasClass(edge, 'edge-main'))
    const alternative = edges.filter((edge) => hasClass(edge, 'edge-alternative'))
    expect(main).toHaveLength(3)
    expect(alternative).toHaveLength(1)
    const mainPath = main[0]!.children.find((child) => child.name === 'path')!
    expect(mainPath.attributes['marker-end']).toBe('url(#mot-arrow-main)')
    expect(mainPath.attributes['stroke-dasharray']).toBeUndefined()
    expect(mainPath.attributes.d).toMatch(/^M [\d.]+ [\d.]+ C /)
    expect(alternative[0]!.children.find((child) => child.name === 'path')!.attributes['stroke-dasharray']).toBe('7 5')
    const labels = groupsOf(root, 'edge-label')
    expect(labels.map(textOf)).toEqual(['price objection'])
    expect(labels[0]!.attributes['data-edge-id']).toBe(alternative[0]!.attributes['data-edge-id'])
    // Labels are drawn after (over) the cards.
    const order = allElements(root).filter((element) => element.name === 'g' && (hasClass(element, 'cards') || hasClass(element, 'edge-labels')))
    expect(order.map((element) => element.attributes.class)).toEqual(['cards', 'edge-labels'])
    // Each path starts at the source card's right side and ends at the target's left side.
    const geometry = blueprintGeometry(doc)
    const edge = Object.values(doc.edges).find((candidate) => candidate.id === main[0]!.attributes['data-edge-id'])!
    const from = cardPosition(geometry, doc.touchpoints[edge.sourceId]!)
    const to = cardPosition(geometry, doc.touchpoints[edge.targetId]!)
    const numbers = mainPath.attributes.d!.match(/-?[\d.]+/g)!.map(Number)
    expect(numbers.slice(0, 2)).toEqual([from.x + CARD_WIDTH, from.y + 66])
    expect(numbers.slice(-2)).toEqual([to.x, to.y + 66])
  })

  it('escapes every text: a title with markup, ampersands and quotes comes out as text', () => {
    const nasty = '<script>alert(1)</script> & "quotes" \'single\''
    const doc = journeyWithPath([{ title: nasty, channel: '<b>', role: 'a&b' }, { title: 'Second' }])
    doc.meta.title = `Journey ${nasty}`
    Object.values(doc.stages)[0]!.name = '</text><svg onload="x">'
    Object.values(doc.lanes)[0]!.name = 'Lane & <co>'
    Object.values(doc.edges)[0]!.label = '"><script>'
    const svg = blueprintSvg(doc, { locale: 'en' })
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('<b>')
    expect(svg).not.toContain('<svg onload')
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;')
    const root = parseXml(svg)
    expect(allElements(root).map((element) => element.name).filter((name) => name === 'script')).toEqual([])
    const card = groupsOf(root, 'touchpoint').find((group) => cardTitle(group).startsWith('<script>'))!
    expect(cardTitle(card)).toBe(`${nasty} — Frontstage staff`)
    expect(textOf(card)).toContain('<b> · a&b')
    expect(textOf(root.children.find((child) => child.name === 'title')!)).toBe(`Journey ${nasty}`)
    expect(root.attributes['aria-label']).toBe(`Journey ${nasty}`)
    expect(textOf(root)).toContain('Lane & <co>')
    expect(textOf(root)).toContain('"><script>')
  })

  it('drops characters XML cannot carry', () => {
    const doc = journeyWithPath([{ title: 'Bell\u0007 and \u0000null' }])
    const svg = blueprintSvg(doc, { locale: 'en' })
    expect(svg.includes('\u0000') || svg.includes('\u0007')).toBe(false)
    expect(() => parseXml(svg)).not.toThrow()
  })

  it('writes Chinese text and labels for a zh-CN journey', () => {
    const doc = retailJourney()
    const root = parseXml(blueprintSvg(doc, { locale: 'zh-CN' }))
    const text = textOf(root)
    expect(text).toContain('进门迎宾')
    expect(text).toContain('到店')
    expect(text).toContain('互动分界线')
    expect(text).toContain('可视分界线')
    expect(text).toContain('内部互动分界线')
    expect(text).toContain('关键时刻 · 流程 · 4/5')
    expect(root.attributes['xml:lang']).toBe('zh-CN')
    expect(cardsOf(root)).toHaveLength(Object.keys(doc.touchpoints).length)
  })

  it('draws a whole template journey with every card, and two-line titles at most', () => {
    const doc = buildTemplate(RETAIL_STORE, 'zh-CN')
    const root = parseXml(blueprintSvg(doc, { locale: 'zh-CN' }))
    expect(cardsOf(root)).toHaveLength(Object.keys(doc.touchpoints).length)
    for (const title of allElements(root).filter((element) => hasClass(element, 'card-title'))) {
      expect(title.children.length).toBeGreaterThanOrEqual(1)
      expect(title.children.length).toBeLessThanOrEqual(2)
      for (const line of title.children) expect(textWidth(textOf(line), 15)).toBeLessThanOrEqual(CARD_WIDTH - 20)
    }
  })
})

describe('blueprintSvg: a selection', () => {
  it('draws only the selected cards and the connections between them, cropped to their bounds plus a margin', () => {
    const doc = sampleJourney()
    const [first, second, third, fourth] = bySortKey(Object.values(doc.touchpoints))
    const only = new Set([second!.id, fourth!.id])
    const { svg, width, height } = renderBlueprint(doc, { locale: 'en', only })
    const root = parseXml(svg)
    expect(cardsOf(root)).toHaveLength(2)
    expect(svg).toContain('Quote')
    expect(svg).toContain('Follow-up call')
    expect(svg).not.toContain(first!.title)
    expect(svg).not.toContain(third!.title)
    // Only the alternative edge joins two selected cards.
    const edges = groupsOf(root, 'edge')
    expect(edges.map((edge) => edge.attributes.class)).toEqual(['edge edge-alternative'])
    const geometry = blueprintGeometry(doc)
    const bounds = cardsBounds(geometry, [second!, fourth!])!
    expect(width).toBe(Math.ceil(LANE_HEADER_WIDTH + bounds.width + 2 * CELL_PADDING))
    expect(height).toBe(Math.ceil(STAGE_HEADER_HEIGHT + bounds.height + 2 * CELL_PADDING))
    expect(root.attributes.viewBox).toBe(`0 0 ${width} ${height}`)
    // The selected cards sit at the margin inside the cropped image.
    const xs = cardsOf(root).map((rect) => Number(rect.attributes.x))
    expect(Math.min(...xs)).toBe(LANE_HEADER_WIDTH + CELL_PADDING)
  })

  it('keeps the names of the involved stages and lanes visible, and only those', () => {
    const doc = sampleJourney()
    const ordered = bySortKey(Object.values(doc.touchpoints))
    const root = parseXml(blueprintSvg(doc, { locale: 'en', only: new Set([ordered[0]!.id]) }))
    const stageNames = groupsOf(root, 'stage-header').map((group) => textOf(group).trim())
    expect(stageNames).toEqual(['2Reception'])
    const laneNames = allElements(root).filter((element) => hasClass(element, 'lane-name')).map(textOf)
    expect(laneNames).toEqual(['Frontstage staff'])
    expect(cardsOf(root)).toHaveLength(1)
    expect(groupsOf(root, 'edge')).toHaveLength(0)
  })

  it('ignores ids that are not in the journey', () => {
    const doc = sampleJourney()
    const ordered = bySortKey(Object.values(doc.touchpoints))
    const root = parseXml(blueprintSvg(doc, { locale: 'en', only: new Set([ordered[2]!.id, 'tp_gone']) }))
    expect(cardsOf(root)).toHaveLength(1)
  })
})

describe('blueprintSvg: the score heat map', () => {
  it('shows each card\'s score and band when the heat map is on, as the canvas does', () => {
    const doc = sampleJourney()
    const [greeting, quote, handOver] = bySortKey(Object.values(doc.touchpoints)).map((touchpoint) => touchpoint.id)
    const heat = new Map<string, HeatEntry>([
      [greeting!, { kind: 'score', score: 91.25, indicators: 2, band: 'good' }],
      [quote!, { kind: 'score', score: 64.04, indicators: 1, band: 'poor' }],
      [handOver!, { kind: 'unscored' }],
      // The fourth card has no entry: no indicator checks it.
    ])
    const root = parseXml(blueprintSvg(doc, { locale: 'en', heat }))
    const labels = Object.fromEntries(
      groupsOf(root, 'touchpoint').map((group) => {
        const badge = allElements(group).find((element) => hasClass(element, 'heat-badge'))!
        return [group.attributes['data-touchpoint-id'], `${badge.attributes.class} ${textOf(badge)}`]
      }),
    )
    expect(Object.values(labels)).toEqual(['heat-badge heat-good Score 91.3', 'heat-badge heat-poor Score 64.0', 'heat-badge heat-unscored No answers yet', 'heat-badge heat-none No score'])
    // The band is also a stripe and a tint (repeating the words, never replacing them).
    expect(allElements(root).filter((element) => hasClass(element, 'heat-stripe'))).toHaveLength(4)
    expect(cardsOf(root).map((card) => card.attributes.fill)).toEqual(['#f1faf4', '#fdf0ef', '#ffffff', '#ffffff'])
  })

  it('speaks Chinese and leaves the heat map out when it is off', () => {
    const doc = sampleJourney()
    const [greeting] = bySortKey(Object.values(doc.touchpoints)).map((touchpoint) => touchpoint.id)
    const zh = parseXml(blueprintSvg(doc, { locale: 'zh-CN', heat: new Map([[greeting!, { kind: 'score', score: 85, indicators: 1, band: 'good' }]]) }))
    expect(allElements(zh).filter((element) => hasClass(element, 'heat-badge')).map(textOf)).toEqual(['得分 85.0', '无得分', '无得分', '无得分'])
    const off = blueprintSvg(doc, { locale: 'en' })
    expect(off).not.toContain('heat-')
  })
})

describe('text helpers', () => {
  it('estimates CJK characters at 1em and others at 0.55em', () => {
    expect(textWidth('门店', 10)).toBe(20)
    expect(textWidth('ab', 10)).toBeCloseTo(11)
    expect(textWidth('门a', 20)).toBeCloseTo(31)
  })

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;')
  })

  it('truncates with an ellipsis inside the width', () => {
    expect(truncate('short', 100, 10)).toBe('short')
    const cut = truncate('a very long sentence that does not fit', 60, 10)
    expect(cut.endsWith('…')).toBe(true)
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(60)
  })

  it('wraps Latin text between words and CJK text between characters, with … when cut', () => {
    expect(wrapText('Greeting at the door', 100, 10, 2)).toEqual(['Greeting at the', 'door'])
    expect(wrapText('进门迎宾并递上饮品和产品手册', 60, 10, 2)).toEqual(['进门迎宾并递', '上饮品和产…'])
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 10, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(60)
    expect(wrapText('Supercalifragilisticexpialidocious', 50, 10, 3).every((line) => textWidth(line, 10) <= 50)).toBe(true)
    expect(wrapText('   ', 50, 10, 2)).toEqual([])
    expect(wrapText('A  lot   of\nspace', 500, 10, 2)).toEqual(['A lot of space'])
  })
})
