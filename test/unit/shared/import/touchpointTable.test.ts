import { lineFromText, standard } from '../../../../shared/model/script'
import { describe, expect, it } from 'vitest'
import { blueprintGeometry, cardPosition, CARD_GAP, CARD_WIDTH } from '../../../../shared/canvas/geometry'
import { validateJourney } from '../../../../shared/journey/validate'
import { mainPath } from '../../../../shared/journey/mainPath'
import { importTouchpointTable } from '../../../../shared/import/touchpointTable'
import { bySortKey } from '../../../../shared/model/order'
import { JourneyDocumentSchema, LANE_KINDS } from '../../../../shared/model/schema'
import { edgeList, importOk, table, touchpointNamed, touchpointsInOrder } from './tableHelpers'

const ENGLISH_HEADERS = [
  'stage', 'touchpoint', 'channel', 'role', 'lane', 'mot', 'importance', 'emotion', 'peak', 'end',
  'servqual', 'standard', 'script', 'delight', 'risk', 'recovery', 'expectation', 'notes', 'next',
]
const CHINESE_HEADERS = [
  '阶段', '接触点', '渠道', '岗位', '泳道', '关键时刻', '重要度', '情绪', '峰值', '终点',
  '服务质量维度', '服务标准', '标准话术', '感动点', '风险点', '补救措施', '客户期望', '备注', '下一步',
]

describe('spreadsheet import: columns', () => {
  it('reads every English column into the touchpoint', () => {
    const { doc, skipped } = importOk(
      table(ENGLISH_HEADERS, [
        'Proposal', 'Quote', 'Store', 'Sales associate', 'backstage', 'business', '5', '-2', 'yes', 'no',
        'reliability, empathy', 'Itemised quote\n\n  No hidden fees  ', 'This is the full price.\r\nShall I explain?',
        'Free sketch', 'Price shock', 'Offer a cheaper option', 'Clear price', 'Bring samples', '',
      ]),
    )
    expect(skipped).toEqual([])
    const quote = touchpointNamed(doc, 'Quote')
    expect(quote).toMatchObject({
      channel: 'Store',
      role: 'Sales associate',
      isMot: true,
      motFamily: 'business',
      importance: 5,
      emotion: -2,
      isPeak: true,
      isEnd: false,
      servqual: ['reliability', 'empathy'],
      standards: ['Itemised quote', 'No hidden fees'].map((text) => standard(text)),
      scriptLines: ['This is the full price.', 'Shall I explain?'].map(lineFromText),
      delight: 'Free sketch',
      risk: 'Price shock',
      recovery: 'Offer a cheaper option',
      expectation: 'Clear price',
      notes: 'Bring samples',
    })
    expect(doc.lanes[quote.laneId]?.kind).toBe('backstage')
    expect(doc.stages[quote.stageId]?.name).toBe('Proposal')
  })

  it('reads the same row with Chinese headers and values', () => {
    const { doc } = importOk(
      table(CHINESE_HEADERS, [
        '方案/报价', '报价', '门店', '导购', '后台', '业务关键时刻', '5', '−2', '是', '否',
        '信赖度、同理度', '书面分项报价\n不收隐性费用', '这是全部价格。\n我给您逐项讲一下？',
        '送草图', '价格超预期', '提供更实惠的方案', '价格清楚', '带样品', '',
      ]),
      'zh-CN',
    )
    expect(touchpointNamed(doc, '报价')).toMatchObject({
      channel: '门店',
      role: '导购',
      isMot: true,
      motFamily: 'business',
      importance: 5,
      emotion: -2,
      isPeak: true,
      servqual: ['reliability', 'empathy'],
      standards: ['书面分项报价', '不收隐性费用'].map((text) => standard(text)),
      scriptLines: ['这是全部价格。', '我给您逐项讲一下？'].map(lineFromText),
      notes: '带样品',
    })
    expect(doc.meta.locale).toBe('zh-CN')
    expect(Object.values(doc.lanes).map((lane) => lane.name)).toEqual(
      expect.arrayContaining(['顾客行为', '前台接触', '后台', '支持流程']),
    )
  })

  it('matches headers regardless of case, spacing, full-width letters and a BOM; ignores unknown columns', () => {
    const { doc } = importOk(
      table(['\uFEFF STAGE ', 'Touch Point', 'ｍｏｔ', 'our own column', '', 'Servqual'], ['Reception', 'Greeting', 'yes', 'ignored', 'x', 'Tangibles']),
    )
    expect(touchpointNamed(doc, 'Greeting')).toMatchObject({ isMot: true, servqual: ['tangibles'], notes: '' })
  })

  it('fills the documented defaults when optional columns are missing or empty', () => {
    const { doc } = importOk(table(['阶段', '接触点', '泳道', '重要度'], ['接待', '迎宾', '', '']), 'zh-CN')
    const greeting = touchpointNamed(doc, '迎宾')
    expect(greeting).toMatchObject({ isMot: false, motFamily: null, importance: 3, emotion: 0, isPeak: false, isEnd: false })
    expect(greeting).toMatchObject({ channel: '', role: '', servqual: [], standards: [], scriptLines: [] })
    expect(doc.lanes[greeting.laneId]?.kind).toBe('frontstage')
  })

  it('places each row in the lane it names, in English or Chinese', () => {
    const { doc } = importOk(
      table(['stage', 'touchpoint', 'lane'], ['S', 'a', 'customer'], ['S', 'b', '前台'], ['S', 'c', '后台'], ['S', 'd', '支持流程']),
    )
    expect(['a', 'b', 'c', 'd'].map((title) => doc.lanes[touchpointNamed(doc, title).laneId]?.kind)).toEqual([...LANE_KINDS])
  })
})

describe('spreadsheet import: the journey built', () => {
  it('orders stages by first appearance and merges spellings that differ only in case and spacing', () => {
    const { doc } = importOk(
      table(
        ['stage', 'touchpoint'],
        ['Reception', 'Greeting'],
        ['Needs  discovery', 'Questions'],
        ['reception', 'Coffee'],
        ['Deal', 'Contract'],
        ['needs discovery', 'Measure the room'],
      ),
    )
    expect(bySortKey(Object.values(doc.stages)).map((stage) => stage.name)).toEqual(['Reception', 'Needs  discovery', 'Deal'])
    expect(doc.touchpoints[touchpointNamed(doc, 'Coffee').id]?.stageId).toBe(touchpointNamed(doc, 'Greeting').stageId)
  })

  it('keeps row order in the sort keys and uses the four standard lanes', () => {
    const { doc } = importOk(table(['stage', 'touchpoint'], ['B', 'first'], ['A', 'second'], ['B', 'third']))
    expect(touchpointsInOrder(doc).map((touchpoint) => touchpoint.title)).toEqual(['first', 'second', 'third'])
    expect(bySortKey(Object.values(doc.lanes)).map((lane) => lane.kind)).toEqual([...LANE_KINDS])
  })

  it('links each row to the next one when "next" is empty; the last row leads nowhere', () => {
    const { doc } = importOk(table(['stage', 'touchpoint', 'next'], ['S', 'a', ''], ['S', 'b', ''], ['T', 'c', '']))
    expect(edgeList(doc)).toEqual(['a → b (main)', 'b → c (main)'])
    expect(mainPath(doc).map((touchpoint) => touchpoint.title)).toEqual(['a', 'b', 'c'])
  })

  it('follows "next": the first title continues the main path, the others are alternatives', () => {
    const { doc } = importOk(
      table(
        ['stage', 'touchpoint', 'next'],
        ['Reception', 'Greeting', 'needs talk'],
        ['Needs', 'Needs talk', 'Quote，Follow-up call、Quote'],
        ['Proposal', 'Quote', ''],
        ['Follow-up', 'Follow-up call', ''],
      ),
    )
    expect(edgeList(doc)).toEqual([
      'Greeting → Needs talk (main)',
      'Needs talk → Quote (main)',
      'Needs talk → Follow-up call (alternative)',
      'Quote → Follow-up call (main)',
    ])
  })

  it('takes a "next" cell that is exactly one title as that title, even when it contains a separator', () => {
    const { doc } = importOk(table(['阶段', '接触点', '下一步'], ['接待', '迎宾', '报价、议价'], ['报价', '报价、议价', '']), 'zh-CN')
    expect(edgeList(doc)).toEqual(['迎宾 → 报价、议价 (main)'])
  })

  it('lets alternatives loop back (a second visit), while the main path runs forward', () => {
    const { doc } = importOk(table(['stage', 'touchpoint', 'next'], ['S', 'a', ''], ['S', 'b', ''], ['S', 'c', 'd, b'], ['S', 'd', '']))
    expect(edgeList(doc)).toEqual(['a → b (main)', 'b → c (main)', 'c → d (main)', 'c → b (alternative)'])
    expect(mainPath(doc).map((touchpoint) => touchpoint.title)).toEqual(['a', 'b', 'c', 'd'])
    expect(validateJourney(doc)).toEqual([])
  })

  it('ignores whole-blank rows, also when deciding which row comes next', () => {
    const { doc, skipped } = importOk(table(['stage', 'touchpoint'], ['S', 'a'], ['', '  '], [], ['S', 'b'], ['', '']))
    expect(skipped).toEqual([])
    expect(edgeList(doc)).toEqual(['a → b (main)'])
  })

  it('lays cards out like the workshop wall: stages left to right, lanes top to bottom, in file order within a stage', () => {
    const { doc } = importOk(
      table(
        ['stage', 'touchpoint', 'lane'],
        ['S1', 'a', 'frontstage'],
        ['S1', 'b', 'frontstage'],
        ['S1', 'c', 'customer'],
        ['S2', 'd', 'support'],
      ),
    )
    const step = CARD_WIDTH + CARD_GAP
    const offset = (title: string) => ({ x: touchpointNamed(doc, title).x, y: touchpointNamed(doc, title).y })
    expect([offset('a'), offset('b'), offset('c'), offset('d')]).toEqual([
      { x: 0, y: 0 },
      { x: step, y: 0 },
      { x: 2 * step, y: 0 },
      { x: 0, y: 0 },
    ])
    const geometry = blueprintGeometry(doc)
    const at = (title: string) => cardPosition(geometry, touchpointNamed(doc, title))
    expect(at('c').y).toBeLessThan(at('a').y)
    expect(at('d').y).toBeGreaterThan(at('a').y)
    expect(at('d').x).toBeGreaterThan(at('c').x)
  })

  it('titles the journey from the options, or "untitled" in the user\u2019s language', () => {
    const raw = table(['stage', 'touchpoint'], ['S', 'a'])
    const titled = importTouchpointTable(raw, 'en', { skipBadRows: false, title: '  Store journey ' })
    const untitled = importTouchpointTable(raw, 'zh-CN', { skipBadRows: false })
    expect(titled.ok && titled.doc.meta.title).toBe('Store journey')
    expect(untitled.ok && untitled.doc.meta.title).toBe('未命名旅程')
  })

  it('produces a document that passes the schema and the integrity checks', () => {
    const { doc } = importOk(
      table(['stage', 'touchpoint', 'mot', 'peak', 'end', 'next'], ['A', 'a', 'life', 'yes', '', 'b, c'], ['B', 'b', '', '', '', ''], ['C', 'c', 'yes', '', 'yes', '']),
    )
    expect(JourneyDocumentSchema.safeParse(doc).success).toBe(true)
    expect(validateJourney(doc)).toEqual([])
  })
})
