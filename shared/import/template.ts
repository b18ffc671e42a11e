/**
 * The downloadable import template: the header row in the user's language and a few example rows
 * from a home-furnishing store (greeting, needs discovery, quote, follow-up call) that show every
 * column in use. It must import cleanly; the tests hold it to that.
 */
import { translate, type MessageKey } from '../i18n/translate'
import type { Locale } from '../model/schema'
import { COLUMN_IDS, COLUMNS, type ColumnId } from './columns'
import type { RawTable } from './touchpointTable'

type ExampleRow = Partial<Record<ColumnId, string>>

/** Header explanations, for formats that can attach them (notes on the xlsx header cells). */
export const TEMPLATE_HINTS: Partial<Record<ColumnId, MessageKey>> = {
  stage: 'import.hint.stage',
  touchpoint: 'import.hint.touchpoint',
  lane: 'import.hint.lane',
  mot: 'import.hint.mot',
  importance: 'import.hint.importance',
  emotion: 'import.hint.emotion',
  peak: 'import.hint.peak',
  end: 'import.hint.end',
  servqual: 'import.hint.servqual',
  standard: 'import.hint.lines',
  script: 'import.hint.lines',
  next: 'import.hint.next',
}

const lines = (...items: string[]) => items.join('\n')

function englishExamples(): ExampleRow[] {
  return [
    {
      stage: translate('en', 'stage.reception'), touchpoint: 'Greeting at the door', channel: 'Store', role: 'Sales associate',
      lane: 'frontstage', mot: 'business', importance: '4', emotion: '0', peak: 'no', end: 'no', servqual: 'tangibles, assurance',
      standard: lines('Greet within 3 seconds of the customer entering', 'Smile, make eye contact, keep about 1.5 m distance', 'Clean uniform, name badge visible'),
      script: lines('Good morning, welcome to Homeway!', "Take your time; I'm Lin, just call me if you need anything."),
      risk: 'Customer feels ignored while all staff are busy',
      recovery: 'Make eye contact and nod, say "I\'ll be with you in a minute", come back within 1 minute',
      expectation: 'Noticed right away, not pushed', next: 'Needs conversation',
    },
    {
      stage: translate('en', 'stage.needsDiscovery'), touchpoint: 'Needs conversation', channel: 'Store', role: 'Sales associate',
      lane: 'frontstage', mot: 'yes', importance: '5', emotion: '2', peak: 'yes', end: 'no', servqual: 'empathy, assurance',
      standard: lines('Ask at least 3 open questions before recommending anything', 'Note room size, budget and who will use it'),
      script: lines('What should the new sofa do for your family?', 'How big is the living room, roughly?'),
      delight: 'A free sketch of the room with the sofa drawn in, handed over on the spot',
      risk: 'Recommending before listening; the customer feels sold to',
      expectation: 'Someone who understands my home', notes: 'Bring the tape measure and sketch pad',
      next: 'Quote and proposal, Follow-up call',
    },
    {
      stage: translate('en', 'stage.proposal'), touchpoint: 'Quote and proposal', channel: 'Store', role: 'Sales associate',
      lane: 'frontstage', mot: 'business', importance: '5', emotion: '+1', peak: 'no', end: 'no', servqual: 'reliability',
      standard: lines('Itemised written quote, delivery and installation included', 'Explain every item; no hidden fees'),
      script: lines('This is the full price, delivery and installation included.', 'Shall I go through it item by item?'),
      risk: 'Price shock; the customer leaves to compare prices online',
      recovery: 'CLEAR: stay calm, listen, show understanding, apologise for any confusion, offer a lower-priced option',
      expectation: 'A clear price without surprises', next: 'Follow-up call',
    },
    {
      stage: translate('en', 'stage.followUp'), touchpoint: 'Follow-up call', channel: 'Outbound call', role: 'Customer service',
      lane: 'frontstage', mot: 'process', importance: '4', emotion: '2', peak: 'no', end: 'yes', servqual: 'responsiveness, empathy',
      standard: lines('Call within 24 hours after delivery', 'Call between 10:00 and 20:00, at most 3 minutes'),
      script: lines('Hello, this is Lin from Homeway. Is the sofa what you hoped for?', 'Is there anything more we can do for you?'),
      delight: 'A care card with cleaning tips for the fabric', risk: 'Calling at a bad moment',
      recovery: 'Apologise and agree on a better time to call back', expectation: 'Someone cares whether it works out at home',
    },
  ]
}

function chineseExamples(): ExampleRow[] {
  return [
    {
      stage: translate('zh-CN', 'stage.reception'), touchpoint: '门口迎宾', channel: '门店', role: '导购',
      lane: '前台', mot: '业务', importance: '4', emotion: '0', peak: '否', end: '否', servqual: '有形性、保证性',
      standard: lines('顾客进店 3 秒内问候', '微笑、目光接触，保持约 1.5 米距离', '工装整洁，佩戴工牌'),
      script: lines('您好，欢迎光临！', '您先随便看看，我是小林，有需要随时叫我。'),
      risk: '店员都在忙，顾客觉得被冷落', recovery: '先用眼神和点头示意，说“马上过来”，1 分钟内回到顾客身边',
      expectation: '一进门就有人注意到我，但不被催促', next: '需求沟通',
    },
    {
      stage: translate('zh-CN', 'stage.needsDiscovery'), touchpoint: '需求沟通', channel: '门店', role: '导购',
      lane: '前台', mot: '是', importance: '5', emotion: '2', peak: '是', end: '否', servqual: '同理度、专业度',
      standard: lines('推荐之前至少问 3 个开放式问题', '记下房间尺寸、预算和使用人'),
      script: lines('您希望新沙发给家里带来什么变化？', '客厅大概有多大？'),
      delight: '当场送一张画好沙发摆放位置的户型草图', risk: '还没听完就推荐，顾客觉得被推销',
      expectation: '有人真正了解我的家', notes: '带上卷尺和草图本', next: '方案报价、回访电话',
    },
    {
      stage: translate('zh-CN', 'stage.proposal'), touchpoint: '方案报价', channel: '门店', role: '导购',
      lane: '前台', mot: '业务', importance: '5', emotion: '+1', peak: '否', end: '否', servqual: '可靠性',
      standard: lines('提供书面分项报价，含配送和安装', '逐项解释，不收任何隐性费用'),
      script: lines('这是含配送和安装的全部价格。', '我给您逐项讲一下好吗？'),
      risk: '价格超出预期，顾客离店去网上比价',
      recovery: 'CLEAR：控制情绪、聆听诉说、同理链接、表达歉意，再提出更实惠的方案',
      expectation: '价格清楚，没有意外', next: '回访电话',
    },
    {
      stage: translate('zh-CN', 'stage.followUp'), touchpoint: '回访电话', channel: '外呼电话', role: '客服',
      lane: '前台', mot: '流程', importance: '4', emotion: '2', peak: '否', end: '是', servqual: '响应性、移情性',
      standard: lines('送货后 24 小时内回访', '10:00–20:00 之间致电，不超过 3 分钟'),
      script: lines('您好，我是家居店的小林，沙发用着还满意吗？', '还有什么我们可以帮您的吗？'),
      delight: '附赠一张面料清洁小贴士卡片', risk: '打扰到顾客休息', recovery: '道歉并约定方便的回电时间',
      expectation: '有人关心我买回家后用得好不好',
    },
  ]
}

/** The template as a table: every column, headers in `locale`, example rows in the same language. */
export function importTemplateTable(locale: Locale): RawTable {
  const examples = locale === 'zh-CN' ? chineseExamples() : englishExamples()
  return {
    headers: COLUMN_IDS.map((id) => COLUMNS[id].header[locale]),
    rows: examples.map((example) => COLUMN_IDS.map((id) => example[id] ?? '')),
  }
}

/** The header explanations in `locale`, aligned with {@link importTemplateTable}'s headers (null: none). */
export function importTemplateHints(locale: Locale): (string | null)[] {
  return COLUMN_IDS.map((id) => {
    const key = TEMPLATE_HINTS[id]
    return key === undefined ? null : translate(locale, key)
  })
}
