/** Template: property-management service for a residential community, move-in to contract renewal. */
import type { TemplateSpec } from './spec'

const MINI = { en: 'Online (mini-program)', zh: '线上（小程序）' }
const SITE = { en: 'On-site visit', zh: '上门' }
const MSG = { en: 'SMS / WeChat', zh: '短信微信' }
const COMMUNITY = { en: 'Community', zh: '社区现场' }
const STEWARD = { en: 'Housekeeper', zh: '楼栋管家' }
const SERVICE_CENTRE = { en: 'Service centre', zh: '客服中心' }

export const PROPERTY_MANAGEMENT: TemplateSpec = {
  id: 'property-management',
  title: { en: 'Property management: a resident\'s year', zh: '物业服务：业主的一年' },
  description: {
    en: 'A homeowner in a new residential community: move-in inspection, a leak repair, the annual fee, a noise complaint, the Mid-Autumn neighbourhood fair and the owners\' vote to renew the service contract.',
    zh: '新小区一位业主的一年：收房验房、漏水报修、物业费收缴、噪音投诉、中秋邻里节，直到业主大会表决续聘物业。',
  },
  stages: [
    { en: 'Move-in', zh: '入伙' },
    { en: 'Repairs', zh: '报修' },
    { en: 'Fee collection', zh: '物业费收缴' },
    { en: 'Complaints', zh: '投诉处理' },
    { en: 'Community life', zh: '社区活动' },
    { en: 'Renewal', zh: '续聘' },
  ],
  touchpoints: [
    {
      key: 'bookHandover', stage: 0, lane: 'customer', emotion: 1, servqual: ['responsiveness'],
      title: { en: 'Owner books a key-handover slot', zh: '业主预约收房时间' }, channel: MINI, role: SERVICE_CENTRE,
      expectation: { en: 'No queue on handover day; the flat as shown in the show home', zh: '收房当天不排队，房子和样板间一样' },
    },
    {
      key: 'inspection', stage: 0, lane: 'frontstage', emotion: 1, servqual: ['assurance', 'reliability', 'empathy'],
      mot: { family: 'process', importance: 5 },
      title: { en: 'Accompanied move-in inspection', zh: '管家陪同收房验房' }, channel: SITE, role: STEWARD,
      standards: {
        en: ['Start within 10 min of the booked time', 'Walk the 60-point checklist with the owner; photograph every defect', 'Give the owner a signed defect list with a fix date within 7 days'],
        zh: ['预约时间 10 分钟内开始', '陪同业主按 60 项清单逐项检查，问题逐个拍照', '当场给业主签字版问题清单，7 天内整改'],
      },
      script: {
        en: ['Congratulations on your new home! I\'m Zhang, the housekeeper for your building.', 'Let\'s go room by room; anything you\'re unsure about, we note it, no matter how small.'],
        zh: ['恭喜您收新房！我是您这栋楼的管家小张。', '我们一间一间看，有任何拿不准的地方都记下来，再小也算。'],
      },
    },
    {
      key: 'defects', stage: 0, lane: 'backstage', emotion: -1, servqual: ['reliability', 'responsiveness'],
      title: { en: 'Engineering team fixes handover defects', zh: '工程部整改交房问题' }, channel: SITE, role: { en: 'Engineering team', zh: '工程部' },
      standards: { en: ['All listed defects fixed within 7 days; photo proof sent to the owner'], zh: ['清单问题 7 天内全部整改，整改照片发给业主'] },
    },
    {
      key: 'welcomePack', stage: 0, lane: 'frontstage', emotion: 1, servqual: ['tangibles', 'empathy'],
      title: { en: 'Housekeeper adds owner on WeChat and hands over the owner\'s handbook', zh: '管家添加微信并送上《业主手册》' }, channel: MSG, role: STEWARD,
      standards: { en: ['Handbook covers fees, renovation rules, repair hotline and the housekeeper\'s photo'], zh: ['手册写清收费、装修规定、报修电话和管家照片'] },
    },
    {
      key: 'leak', stage: 1, lane: 'customer', emotion: -2, servqual: ['responsiveness'],
      title: { en: 'Owner reports water leaking through the ceiling', zh: '业主报修：天花板漏水' }, channel: MINI, role: SERVICE_CENTRE,
      expectation: { en: 'Someone here before the ceiling gets worse', zh: '在天花板泡坏之前就有人来' },
    },
    {
      key: 'repair', stage: 1, lane: 'frontstage', emotion: 1, servqual: ['responsiveness', 'reliability', 'tangibles'],
      mot: { family: 'process', importance: 5 },
      title: { en: 'Repair response and visit', zh: '报修响应与上门维修' }, channel: SITE, role: { en: 'Maintenance technician', zh: '维修师傅' },
      standards: {
        en: ['Respond within 15 min; urgent leaks attended within 30 min', 'Shoe covers and drop cloth; before-and-after photos', 'Contact the flat upstairs on the owner\'s behalf'],
        zh: ['15 分钟内响应，紧急漏水 30 分钟内到场', '穿鞋套、铺防尘布，维修前后拍照', '由物业出面联系楼上住户'],
      },
      script: {
        en: ['Hello, I\'m Liu from maintenance; I\'ll first shut the valve so it stops spreading.', 'The pipe upstairs is the cause; I\'ve already spoken to your neighbour, so you don\'t have to.'],
        zh: ['您好，我是维修师傅老刘，我先把阀门关了，不让它再扩大。', '是楼上的水管漏了，我已经和您楼上邻居沟通好了，您不用再出面。'],
      },
      risk: { en: 'Technician says it\'s "not our responsibility" and leaves', zh: '师傅一句“这不归我们管”就走了' },
      recovery: { en: 'CLEAR: housekeeper calls within 1 h, apologises, takes ownership and coordinates with the neighbour and insurer', zh: 'CLEAR：管家 1 小时内致电致歉，首问负责，出面协调邻居和保险' },
    },
    {
      key: 'ticketClose', stage: 1, lane: 'support', emotion: 1, servqual: ['reliability'],
      title: { en: 'Work-order system closes the ticket after owner confirmation', zh: '工单系统经业主确认后关单' }, channel: MINI, role: SERVICE_CENTRE,
      standards: { en: ['Ticket closes only after the owner taps "confirmed"; unconfirmed tickets escalate after 48 h'], zh: ['业主点“确认完成”才关单；48 小时未确认自动升级'] },
    },
    {
      key: 'feeNotice', stage: 2, lane: 'frontstage', emotion: -1, servqual: ['reliability', 'tangibles', 'empathy'],
      mot: { family: 'process', importance: 5 },
      title: { en: 'Fee collection: notice with a spending report', zh: '物业费收缴：缴费通知与收支公示' }, channel: MSG, role: STEWARD,
      standards: {
        en: ['Notice 30 days before the due date with last year\'s income and spending', 'At most one reminder a week; no notices on the owner\'s door', 'Never threaten to cut water or power'],
        zh: ['到期前 30 天发通知，附上年度收支公示', '每周最多提醒一次，不在业主门上贴催缴单', '绝不以停水停电相威胁'],
      },
      script: {
        en: ['Hello Mr Guo, this year\'s service fee of 3,240 yuan is due on 1 July.', 'Attached is where last year\'s fees went, including the new playground and the lift repairs.'],
        zh: ['郭先生您好，今年物业费 3240 元，7 月 1 日到期。', '附件是去年物业费的使用明细，包括新建的儿童乐园和电梯维修。'],
      },
      risk: { en: 'Owner refuses to pay over an unresolved issue; collection turns into a quarrel', zh: '业主因问题未解决拒缴，催缴变成争吵' },
      recovery: { en: 'CLEAR: separate the two, solve the issue first with a date, then return to the fee', zh: 'CLEAR：先把问题和缴费分开，给出解决时间，解决后再谈缴费' },
    },
    {
      key: 'payment', stage: 2, lane: 'support', emotion: 1, servqual: ['reliability', 'responsiveness'],
      title: { en: 'Online payment with an instant e-invoice', zh: '线上缴费与即时电子发票' }, channel: MINI, role: { en: 'Finance', zh: '财务部' },
      standards: { en: ['E-invoice delivered within 5 min of payment'], zh: ['缴费后 5 分钟内开出电子发票'] },
    },
    {
      key: 'noise', stage: 3, lane: 'customer', emotion: -2, servqual: ['responsiveness'],
      title: { en: 'Owner complains about late-night renovation noise', zh: '业主投诉邻居夜间装修噪音' }, channel: { en: 'Hotline', zh: '热线' }, role: SERVICE_CENTRE,
    },
    {
      key: 'complaint', stage: 3, lane: 'frontstage', emotion: 0, servqual: ['empathy', 'responsiveness', 'assurance'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Complaint handled by the housekeeper', zh: '管家受理并处理投诉' }, channel: { en: 'Hotline', zh: '热线' }, role: STEWARD,
      standards: {
        en: ['Call the owner back within 30 min', 'Security on site within 15 min during quiet hours', 'Written result to the owner within 24 h'],
        zh: ['30 分钟内回电业主', '休息时段 15 分钟内安排秩序员到场', '24 小时内书面告知处理结果'],
      },
      script: {
        en: ['I\'m sorry; being woken at night is awful, especially with a little one at home.', 'Security is on the way now, and I\'ll speak to the contractor first thing tomorrow.', 'I\'ll message you by tomorrow evening with what was agreed.'],
        zh: ['真抱歉，晚上被吵醒太难受了，家里还有小孩。', '秩序员已经过去了，明天一早我再约谈装修队。', '明晚之前我把处理结果微信告诉您。'],
      },
      recovery: { en: 'CLEAR: let the owner vent, acknowledge the lost sleep, apologise for the rules not being enforced, give a named person and a deadline', zh: 'CLEAR：让业主把情绪说出来，认同休息被打扰，为管理不到位致歉，给出专人和时限' },
    },
    {
      key: 'patrol', stage: 3, lane: 'backstage', emotion: 1, servqual: ['reliability', 'assurance'],
      title: { en: 'Security patrols and meets the contractor', zh: '秩序部巡查并约谈装修队' }, channel: COMMUNITY, role: { en: 'Security team', zh: '秩序部' },
      standards: { en: ['Renovation hours re-signed by the contractor; 3 nights of spot checks'], zh: ['装修队重新签署施工时间承诺；连续 3 晚抽查'] },
    },
    {
      key: 'festival', stage: 4, lane: 'frontstage', emotion: 3, peak: true, servqual: ['empathy', 'tangibles'],
      mot: { family: 'life', importance: 4 },
      title: { en: 'Mid-Autumn neighbourhood fair', zh: '中秋邻里节' }, channel: COMMUNITY, role: { en: 'Community events team', zh: '社区活动专员' },
      standards: {
        en: ['Announced 14 days ahead; activities for children and seniors', 'Mooncakes delivered to the door of every senior living alone by 6 pm'],
        zh: ['提前 14 天发布通知；设置儿童和长者都能参加的活动', '当天 18 点前把月饼送到每位独居长者家门口'],
      },
      script: {
        en: ['Happy Mid-Autumn! The lantern workshop for kids is by the fountain.', 'Auntie Wu, we brought your mooncakes; the lanterns look lovely from your balcony tonight.'],
        zh: ['中秋快乐！小朋友做灯笼在喷泉那边。', '吴阿姨，给您送月饼来了，今晚从阳台看灯笼可漂亮了。'],
      },
      delight: {
        en: 'Every family gets a printed photo of their children with the lanterns in a paper frame, and the housekeepers visit seniors living alone with mooncakes and stay to chat',
        zh: '每个家庭都能领到孩子提灯笼的冲印照片和纸相框；管家带着月饼上门看望独居长者，坐下来陪聊一会儿',
      },
    },
    {
      key: 'report', stage: 5, lane: 'support', emotion: 1, servqual: ['tangibles', 'reliability'],
      title: { en: 'Annual service report and satisfaction survey', zh: '年度服务报告与满意度调查' }, channel: MINI, role: { en: 'Quality team', zh: '品质部' },
      standards: { en: ['Report lists every promise from last year and whether it was kept'], zh: ['报告逐条列出去年的承诺及兑现情况'] },
    },
    {
      key: 'renewal', stage: 5, lane: 'frontstage', emotion: 1, servqual: ['assurance', 'reliability'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Owners\' meeting on renewing the service contract', zh: '业主大会续聘说明会' }, channel: COMMUNITY, role: { en: 'Project manager', zh: '项目经理' },
      standards: {
        en: ['Present last year\'s results and next year\'s three commitments in 15 min', 'Answer every question on the spot or in writing within 3 days'],
        zh: ['15 分钟内讲清去年成绩和明年三项承诺', '每个问题当场答复，或 3 天内书面答复'],
      },
      script: {
        en: ['Here is what we promised last year, and what we delivered.', 'Next year we commit to three things: faster repairs, a quieter night, a cleaner garage.'],
        zh: ['这是我们去年的承诺，以及实际做到的情况。', '明年我们承诺三件事：维修更快、夜间更安静、车库更干净。'],
      },
    },
    {
      key: 'thanks', stage: 5, lane: 'frontstage', emotion: 2, end: true, servqual: ['empathy'],
      title: { en: 'Housekeeper\'s thank-you visit after the renewal', zh: '续聘后管家上门致谢回访' }, channel: SITE, role: STEWARD,
      standards: { en: ['Within 14 days of the vote; ask for one thing to improve'], zh: ['表决后 14 天内上门；请业主提一条改进建议'] },
      script: {
        en: ['Thank you for trusting us for another three years.', 'If there\'s one thing we should do better, what would it be?'],
        zh: ['谢谢您再给我们三年的信任。', '如果只说一件我们要改进的事，您觉得是什么？'],
      },
    },
  ],
  alternatives: [
    { from: 'feeNotice', to: 'complaint', label: { en: 'Owner withholds the fee over an unresolved issue', zh: '业主因问题未解决拒缴物业费' } },
    { from: 'repair', to: 'complaint', label: { en: 'Leak comes back: escalated as a complaint', zh: '再次漏水：升级为投诉' } },
  ],
  personas: [
    { name: { en: 'Mr Guo', zh: '郭先生' }, tier: 'regular', note: { en: 'Young family with a baby, works late, sensitive to noise and slow repairs', zh: '年轻家庭，有婴儿，常加班，对噪音和维修慢很敏感' } },
    { name: { en: 'Auntie Wu', zh: '吴阿姨' }, tier: 'small', note: { en: 'Retired, lives alone, opinion leader in the residents\' WeChat group', zh: '退休独居，业主群里的意见领袖' } },
  ],
}
