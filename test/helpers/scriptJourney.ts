/**
 * A small Chinese journey written as a script book (客户体验流程脚本) with fixed ids, for the script
 * export tests: every kind of script content (time-bound standards, staff and customer lines, a
 * line from the phrase library whose own text is stale, tone, variants per customer type, phrases
 * to avoid at a touchpoint and in the library, delight, risk, CLEAR recovery steps), a main path
 * over three stages, an alternative branch, a touchpoint on no path, an empty stage, four posts,
 * an accepted lint finding, and a `<script>` in a card title.
 *
 * Book order (see shared/scripts/scriptBook.ts): 咨询接待: 1 进门迎宾, 2 需求挖掘 <script>…,
 * 3 ↳ 等候区招待 (branch from 需求挖掘); 方案成交: 4 报价与成交, 5 收银结账; 回访: 6 7 天回访电话,
 * 7 门店海报更新 (no path); 复购: empty.
 */
import { EMPTY_RECOVERY_STEPS, type ScriptLine } from '../../shared/model/script'
import type { JourneyDocument, Touchpoint } from '../../shared/model/schema'

export const EVIL_TITLE = '需求挖掘 <script>alert(1)</script>'

const staff = (text: string, extra: Partial<ScriptLine> = {}): ScriptLine => ({ speaker: 'staff', text, phraseId: null, alternatives: [], tone: '', ...extra })
const customer = (text: string): ScriptLine => ({ speaker: 'customer', text, phraseId: null, alternatives: [], tone: '' })

function touchpoint(fields: Partial<Touchpoint> & Pick<Touchpoint, 'id' | 'stageId' | 'sortKey' | 'title'>): Touchpoint {
  return {
    laneId: 'ln_front',
    channel: '门店',
    role: '导购',
    isMot: false,
    motFamily: null,
    importance: 3,
    isPeak: false,
    isEnd: false,
    emotion: 0,
    servqual: [],
    standards: [],
    scriptLines: [],
    phrasesToAvoid: [],
    delight: '',
    risk: '',
    recovery: '',
    recoverySteps: { ...EMPTY_RECOVERY_STEPS },
    expectation: '',
    notes: '',
    x: 0,
    y: 0,
    ...fields,
  }
}

export function scriptJourney(): JourneyDocument {
  const touchpoints: Touchpoint[] = [
    touchpoint({
      id: 'tp_greet',
      stageId: 'st_consult',
      sortKey: '1V',
      title: '进门迎宾',
      isMot: true,
      motFamily: 'process',
      importance: 4,
      emotion: 1,
      servqual: ['empathy', 'tangibles'],
      standards: [
        { text: '顾客进门 3 秒内目光接触并问好', timeLimit: '3 秒' },
        { text: '保持入口通道整洁、无杂物', timeLimit: '' },
      ],
      scriptLines: [
        staff('（旧的问候语，已被话术库替换）', { phraseId: 'ph_greet' }),
        staff('今天想看看哪一类产品？我可以为您介绍。', {
          tone: '热情、不急促',
          alternatives: [
            { customerType: '犹豫型', text: '您先慢慢看，有需要随时叫我。' },
            { customerType: '果断型', text: '您直接告诉我需求，我马上带您看。' },
          ],
        }),
        customer('我就随便看看。'),
        staff('好的，这是我们的新品手册，\n您可以边看边了解。'),
      ],
      phrasesToAvoid: ['不买就别看'],
      delight: '叫出老顾客的姓氏',
      risk: '店员忙于整理货架，无人理会顾客',
      recovery: '任何店员看到等候的顾客都先问好',
      recoverySteps: { control: '先稳定自己的情绪', listen: '让顾客把话说完', empathise: '', apologise: '为让您久等表示歉意', resolve: '立即安排专人接待' },
      expectation: '被注意到、被欢迎',
    }),
    touchpoint({
      id: 'tp_needs',
      stageId: 'st_consult',
      sortKey: '2V',
      title: EVIL_TITLE,
      isMot: true,
      motFamily: 'business',
      importance: 5,
      emotion: 1,
      servqual: ['assurance'],
      standards: [{ text: '推荐前至少提出 5 个开放式问题', timeLimit: '' }],
      scriptLines: [staff('请问您家里厨房大概多大？平时做饭多吗？'), customer('顾客：两个人住，周末才做饭。')],
    }),
    touchpoint({
      id: 'tp_wait',
      stageId: 'st_consult',
      sortKey: '3V',
      title: '等候区招待',
      role: '店长',
      emotion: 0,
      standards: [{ text: '2 分钟内奉上茶水', timeLimit: '2 分钟' }],
      scriptLines: [staff('请您稍坐，喝杯茶，我们马上为您服务。')],
    }),
    touchpoint({
      id: 'tp_quote',
      stageId: 'st_deal',
      sortKey: '1V',
      title: '报价与成交',
      isMot: true,
      motFamily: 'business',
      importance: 5,
      isPeak: true,
      emotion: 3,
      servqual: ['reliability'],
      standards: [{ text: '书面报价含送货、安装与旧机回收，无隐藏费用', timeLimit: '当天' }],
      scriptLines: [staff('这是给您的书面报价，七天内有效。', { tone: '清楚、坦诚' })],
      delight: '成交后赠送定制围裙，绣上顾客姓名',
      risk: '顾客发现报价与网上价格不一致',
      recoverySteps: { control: '', listen: '请顾客说明看到的价格', empathise: '理解顾客担心吃亏', apologise: '', resolve: '按价格承诺补差价' },
    }),
    touchpoint({
      id: 'tp_pay',
      stageId: 'st_deal',
      sortKey: '2V',
      title: '收银结账',
      role: '收银员',
      emotion: 1,
      standards: [{ text: '唱收唱付', timeLimit: '' }],
      scriptLines: [staff('收您 5,999 元，请核对。')],
    }),
    touchpoint({
      id: 'tp_call',
      stageId: 'st_follow',
      sortKey: '1V',
      title: '7 天回访电话',
      channel: '电话',
      role: '客服',
      isMot: true,
      motFamily: 'process',
      importance: 4,
      isEnd: true,
      emotion: 2,
      servqual: ['empathy', 'responsiveness'],
      standards: [{ text: '第 7 天 10:00–12:00 或 14:00–18:00 致电，避开用餐时间', timeLimit: '7 天' }],
      scriptLines: [staff('您好，我是门店的小王，想了解一下冰箱用得还顺心吗？'), customer('挺好的。'), staff('感谢您的支持，有任何问题随时联系我们，再见！')],
      phrasesToAvoid: ['你自己看说明书'],
    }),
    touchpoint({
      id: 'tp_note',
      stageId: 'st_follow',
      sortKey: '2V',
      title: '门店海报更新',
      role: '店长',
      laneId: 'ln_back',
      notes: '每月第一周更换',
    }),
  ]
  const edge = (id: string, sourceId: string, targetId: string, kind: 'main' | 'alternative', sortKey: string, label = '') => ({ id, sourceId, targetId, kind, label, sortKey })
  const edges = [
    edge('ed_1', 'tp_greet', 'tp_needs', 'main', '1V'),
    edge('ed_2', 'tp_needs', 'tp_quote', 'main', '2V'),
    edge('ed_3', 'tp_quote', 'tp_pay', 'main', '3V'),
    edge('ed_4', 'tp_pay', 'tp_call', 'main', '4V'),
    edge('ed_5', 'tp_needs', 'tp_wait', 'alternative', '5V', '顾客需要等待'),
    edge('ed_6', 'tp_wait', 'tp_quote', 'alternative', '6V'),
  ]
  return {
    meta: { title: '家电门店客户体验', description: '从进店咨询到成交、回访的完整体验。', locale: 'zh-CN', versionLabel: '1.0' },
    stages: {
      st_consult: { id: 'st_consult', name: '咨询接待', sortKey: '1V' },
      st_deal: { id: 'st_deal', name: '方案成交', sortKey: '2V' },
      st_follow: { id: 'st_follow', name: '回访', sortKey: '3V' },
      st_repurchase: { id: 'st_repurchase', name: '复购', sortKey: '4V' },
    },
    lanes: {
      ln_customer: { id: 'ln_customer', kind: 'customer', name: '顾客行为', sortKey: '1V' },
      ln_front: { id: 'ln_front', kind: 'frontstage', name: '前台接触', sortKey: '2V' },
      ln_back: { id: 'ln_back', kind: 'backstage', name: '后台', sortKey: '3V' },
    },
    touchpoints: Object.fromEntries(touchpoints.map((item) => [item.id, item])),
    edges: Object.fromEntries(edges.map((item) => [item.id, item])),
    personas: {},
    scorecards: {},
    indicators: {},
    phrases: {
      ph_greet: { id: 'ph_greet', category: 'greeting', text: '您好，欢迎光临！', sortKey: '1V' },
      ph_avoid: { id: 'ph_avoid', category: 'avoid', text: '这是规定', sortKey: '2V' },
    },
    acceptedFindings: {
      af_1: { id: 'af_1', findingKey: 'mot-no-time-limit:tp_needs', reason: '需求挖掘的时间因人而异', acceptedAt: '2025-05-01T08:00:00.000Z', sortKey: '1V' },
    },
  }
}
