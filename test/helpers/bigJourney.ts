/**
 * Large journeys with realistic content for benchmarks and volume tests: every touchpoint has two
 * service standards, two script lines, two SERVQUAL tags and Chinese text; edges form a main path
 * with an alternative branch every fifth step (about one edge per touchpoint). Deterministic.
 */
import { EMPTY_RECOVERY_STEPS, lineFromText, standard } from '../../shared/model/script'
import { sequentialKeys } from '../../shared/model/order'
import {
  LANE_KINDS,
  MOT_FAMILIES,
  SERVQUAL_DIMENSIONS,
  type Edge,
  type JourneyDocument,
  type Lane,
  type Stage,
  type Touchpoint,
} from '../../shared/model/schema'

const STAGE_NAMES = ['咨询', '接待', '需求挖掘', '方案推荐', '异议处理', '成交', '交付', '回访', '复购', '转介绍', '售后', '会员关怀']
const ACTIONS = ['问候顾客', '了解需求', '介绍产品', '演示功能', '报价说明', '处理异议', '办理手续', '交付确认', '电话回访', '邀请评价']
const CHANNELS = ['门店', '电话', '微信', '小程序', 'APP', '官网']
const ROLES = ['导购', '店长', '客服', '收银员', '配送员', '售后工程师']
const LANE_NAMES: Record<(typeof LANE_KINDS)[number], string> = {
  customer: '顾客行为',
  frontstage: '前台',
  backstage: '后台',
  support: '支持系统',
}

const pad = (value: number) => String(value).padStart(5, '0')

/** The id of touchpoint number `index` (0-based) in a {@link bigJourney}. */
export const bigTouchpointId = (index: number) => `tp_${pad(index)}`

export function bigJourney(touchpointCount: number): JourneyDocument {
  const stageKeys = sequentialKeys(STAGE_NAMES.length)
  const stages: Record<string, Stage> = {}
  STAGE_NAMES.forEach((name, index) => {
    const id = `st_${pad(index)}`
    stages[id] = { id, name, sortKey: stageKeys[index]! }
  })
  const laneKeys = sequentialKeys(LANE_KINDS.length)
  const lanes: Record<string, Lane> = {}
  LANE_KINDS.forEach((kind, index) => {
    const id = `ln_${kind}`
    lanes[id] = { id, kind, name: LANE_NAMES[kind], sortKey: laneKeys[index]! }
  })
  const stageIds = Object.keys(stages)
  const laneIds = Object.keys(lanes)
  const perStage = Math.ceil(touchpointCount / stageIds.length)
  const touchpointKeys = sequentialKeys(perStage)
  const touchpoints: Record<string, Touchpoint> = {}
  for (let index = 0; index < touchpointCount; index++) {
    const id = bigTouchpointId(index)
    const action = ACTIONS[index % ACTIONS.length]!
    const isMot = index % 4 === 0
    touchpoints[id] = {
      id,
      stageId: stageIds[Math.floor(index / perStage)]!,
      laneId: laneIds[index % laneIds.length]!,
      sortKey: touchpointKeys[index % perStage]!,
      title: `${action} #${index + 1}`,
      channel: CHANNELS[index % CHANNELS.length]!,
      role: ROLES[index % ROLES.length]!,
      isMot,
      motFamily: isMot ? MOT_FAMILIES[index % MOT_FAMILIES.length]! : null,
      importance: (index % 5) + 1,
      isPeak: index % 97 === 0,
      isEnd: index === touchpointCount - 1,
      emotion: (index % 7) - 3,
      servqual: [SERVQUAL_DIMENSIONS[index % 5]!, SERVQUAL_DIMENSIONS[(index + 2) % 5]!],
      standards: [`${action}时保持微笑并主动自我介绍（标准 ${index + 1}-1）`, `在三分钟内回应顾客的问题，并确认顾客已理解（标准 ${index + 1}-2）`].map((text) => standard(text)),
      scriptLines: ([`您好，我是您的专属顾问，很高兴为您服务。`, `关于${action}，您还有什么想了解的吗？`] as string[]).map(lineFromText),
      delight: '记住顾客的偏好，下次来访时主动提起',
      risk: '等待时间过长导致顾客不满',
      recovery: '真诚道歉并提供补偿方案',
      recoverySteps: { ...EMPTY_RECOVERY_STEPS },
      phrasesToAvoid: [],
      expectation: '专业、及时、尊重',
      notes: index % 3 === 0 ? '本触点在上季度神秘顾客检查中得分偏低，需要重点培训。' : '',
      x: (index % perStage) * 280,
      y: (index % laneIds.length) * 160,
    }
  }
  const edges: Record<string, Edge> = {}
  const edgeKeys = sequentialKeys(touchpointCount)
  for (let index = 0; index + 1 < touchpointCount; index++) {
    const skip = index % 5 === 4 && index + 2 < touchpointCount
    const id = `ed_${pad(index)}`
    edges[id] = {
      id,
      sourceId: bigTouchpointId(index),
      targetId: bigTouchpointId(skip ? index + 2 : index + 1),
      kind: skip ? 'alternative' : 'main',
      label: skip ? '跳过此步骤' : '',
      sortKey: edgeKeys[index]!,
    }
  }
  return {
    meta: { title: `大型旅程（${touchpointCount} 个触点）`, description: '性能测试用的大型旅程。', locale: 'zh-CN', versionLabel: '1.0' },
    stages,
    lanes,
    touchpoints,
    edges,
    personas: {
      pe_1: { id: 'pe_1', name: '重点客户', tier: 'key', note: '年消费十万元以上', sortKey: 'V' },
      pe_2: { id: 'pe_2', name: '普通顾客', tier: 'regular', note: '', sortKey: 'k' },
    },
    scorecards: {},
    indicators: {},
    phrases: {},
    acceptedFindings: {},
  }
}
