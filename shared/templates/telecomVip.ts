/** Template: a telecom VIP customer's year, with life, process and business moments of truth. */
import type { TemplateSpec } from './spec'

const STORE = { en: 'Service hall', zh: '营业厅' }
const HOTLINE = { en: 'Hotline', zh: '热线' }
const CALL = { en: 'Outbound call', zh: '外呼' }
const SMS = { en: 'SMS / WeChat', zh: '短信微信' }
const MANAGER = { en: 'Account manager', zh: '客户经理' }
const BILLING = { en: 'Billing centre', zh: '计费中心' }

export const TELECOM_VIP: TemplateSpec = {
  id: 'telecom-vip',
  title: { en: 'Telecom VIP: a year of moments of truth', zh: '电信 VIP 客户：一年中的关键时刻' },
  description: {
    en: 'One VIP subscriber over a contract year: joining, bills and a suspension warning, birthday, holiday and roaming, a phone upgrade, a network complaint, contract expiry, a cancellation threat and the renewal.',
    zh: '一位 VIP 客户的一个合约年：入网、账单与停机预警、生日、节日与出境漫游、换机升级、网络投诉、合约到期、销户挽留直至续约。',
  },
  stages: [
    { en: 'Joining', zh: '入网' },
    { en: 'Bills & payment', zh: '账单缴费' },
    { en: 'Life moments', zh: '生活关怀' },
    { en: 'Purchases & complaints', zh: '业务与投诉' },
    { en: 'Renewal & retention', zh: '续约挽留' },
  ],
  touchpoints: [
    {
      key: 'signUp', stage: 0, lane: 'customer', emotion: 1, servqual: ['tangibles', 'responsiveness'],
      title: { en: 'Customer signs up for a premium plan', zh: '客户在营业厅办理高端套餐入网' }, channel: STORE, role: { en: 'Counter agent', zh: '营业员' },
      expectation: { en: 'No queue and a clear explanation of what the plan includes', zh: '不排队，套餐内容讲得清清楚楚' },
    },
    {
      key: 'welcome', stage: 0, lane: 'frontstage', emotion: 2, servqual: ['empathy', 'responsiveness'],
      mot: { family: 'process', importance: 5 },
      title: { en: 'Welcome call from the dedicated account manager', zh: '专属客户经理入网欢迎电话' }, channel: CALL, role: MANAGER,
      standards: {
        en: ['Call within 24 h of activation', 'Explain VIP privileges in under 3 min and send them in writing', 'Offer a direct number and WeChat contact'],
        zh: ['开通后 24 小时内致电', '3 分钟内讲清 VIP 权益并发送书面说明', '留下直线电话并添加企业微信'],
      },
      script: {
        en: ['Good afternoon Mr Zhou, I\'m Lin, your dedicated account manager from today.', 'Your plan includes airport lounge access and a priority hotline; I\'ll send the details by WeChat.', 'Whenever anything comes up, call me directly rather than queueing.'],
        zh: ['周先生下午好，我是您的专属客户经理小林，今后由我为您服务。', '您的套餐包含机场贵宾厅和优先热线，详细权益我微信发给您。', '有任何需要直接打我电话，不用排队等候。'],
      },
    },
    {
      key: 'activate', stage: 0, lane: 'support', emotion: 1, servqual: ['reliability'],
      title: { en: 'System activates VIP benefits', zh: '系统开通 VIP 权益' },
      channel: { en: 'CRM / billing system', zh: 'CRM／计费系统' }, role: { en: 'VIP operations', zh: 'VIP 运营' },
      standards: { en: ['All benefits live within 2 h of activation; mismatch alerts go to the account manager'], zh: ['开通后 2 小时内权益全部生效，异常自动提醒客户经理'] },
    },
    {
      key: 'billDue', stage: 1, lane: 'support', emotion: 0, servqual: ['reliability', 'tangibles'],
      mot: { family: 'process', importance: 4 },
      title: { en: 'Bill-due reminder with itemised bill', zh: '账单到期提醒（附明细）' }, channel: SMS, role: BILLING,
      standards: {
        en: ['Sent 3 days before the due date', 'Plain-language summary; any charge above last month explained in one line', 'One-tap payment link'],
        zh: ['到期日前 3 天发送', '用大白话列出账单，比上月多出的费用一句话说明原因', '附一键缴费链接'],
      },
      script: {
        en: ['Dear Mr Zhou, your bill of 388 yuan is due on the 20th.', 'It is 30 yuan higher than last month because of extra data while roaming; tap here for details.'],
        zh: ['尊敬的周先生，您本月账单 388 元，20 日到期。', '比上月多 30 元，是漫游流量产生的，点击查看明细。'],
      },
    },
    {
      key: 'suspension', stage: 1, lane: 'frontstage', emotion: -1, servqual: ['empathy', 'reliability'],
      mot: { family: 'process', importance: 5 },
      title: { en: 'Suspension warning: personal call before any cut-off', zh: '停机预警：停机前本人电话提醒' }, channel: CALL, role: MANAGER,
      standards: {
        en: ['No VIP line is suspended without a personal call at least 48 h before', 'Offer a 7-day grace period on the call', 'Never mention collection or penalties in the first call'],
        zh: ['VIP 号码停机前至少 48 小时由客户经理本人致电', '电话中主动提供 7 天缓停', '首次提醒不提催收和违约'],
      },
      script: {
        en: ['Mr Zhou, just a quick note: last month\'s bill seems to have been missed, probably while you were travelling.', 'I\'ve kept your line fully open for another 7 days, so nothing will be interrupted.'],
        zh: ['周先生，打扰一下，上个月的账单好像还没缴，可能您最近出差比较忙。', '我已经为您申请了 7 天缓停，号码不会受影响，您方便时缴上就行。'],
      },
      risk: { en: 'Automatic suspension while the VIP is abroad: a serious complaint and a likely churn', zh: '客户出差在外被自动停机，引发严重投诉甚至离网' },
      recovery: {
        en: 'CLEAR: restore the line within 10 min, let the customer vent, acknowledge the disruption, apologise in person and credit a month\'s plan fee',
        zh: 'CLEAR：10 分钟内复机，先让客户把话说完，认同给他带来的麻烦，亲自道歉并减免一个月月租',
      },
    },
    {
      key: 'birthday', stage: 2, lane: 'frontstage', emotion: 3, peak: true, servqual: ['empathy'],
      mot: { family: 'life', importance: 4 },
      title: { en: 'Birthday care', zh: '生日关怀' }, channel: SMS, role: MANAGER,
      standards: {
        en: ['Personal message from the account manager, not a bulk SMS, before 10 am on the day', 'Gift chosen from the customer\'s recorded interests'],
        zh: ['生日当天 10 点前由客户经理本人发送，不用群发短信', '礼品按客户档案中的兴趣挑选'],
      },
      script: {
        en: ['Happy birthday, Mr Zhou! Thank you for being with us this year.', 'I remembered you love hiking, so a small gift is on its way to your office.'],
        zh: ['周先生，生日快乐！感谢您这一年的支持。', '记得您喜欢徒步，给您准备了一份小礼物，已经寄到您公司了。'],
      },
      delight: {
        en: 'A hiking-map power bank engraved with his name arrives at his office, with a handwritten card and a 20 GB birthday data pack',
        zh: '一只印有他名字的徒步地图充电宝送到办公室，附手写贺卡和 20GB 生日流量包',
      },
    },
    {
      key: 'holiday', stage: 2, lane: 'frontstage', emotion: 1, servqual: ['empathy'],
      mot: { family: 'life', importance: 3 },
      title: { en: 'Spring Festival greeting and family-plan tip', zh: '春节问候与家庭套餐建议' }, channel: SMS, role: MANAGER,
      standards: { en: ['Sent on New Year\'s Eve morning, addressed by surname; at most one offer in it'], zh: ['除夕上午发送，称呼姓氏；最多附一条优惠信息'] },
      script: {
        en: ['Happy Spring Festival to you and your family, Mr Zhou!', 'If your parents are visiting, I can add them to your plan free for the holiday.'],
        zh: ['周先生，给您和家人拜个早年！', '如果父母来过年，我可以把他们免费加进您的套餐，整个假期都能用。'],
      },
    },
    {
      key: 'landsAbroad', stage: 2, lane: 'customer', emotion: 0, servqual: ['reliability'],
      title: { en: 'Customer lands abroad and switches the phone on', zh: '客户出境落地开机' },
      channel: { en: 'Mobile network', zh: '移动网络' }, role: { en: 'International roaming team', zh: '国际漫游运营' },
      expectation: { en: 'Signal at once and no bill shock', zh: '一开机就有信号，回国不收天价账单' },
    },
    {
      key: 'roaming', stage: 2, lane: 'support', emotion: 1, servqual: ['responsiveness', 'reliability'],
      mot: { family: 'life', importance: 4 },
      title: { en: 'Roaming welcome with rates and a daily pack', zh: '漫游关怀短信：资费与日包' }, channel: SMS, role: { en: 'International roaming team', zh: '国际漫游运营' },
      standards: {
        en: ['Sent within 5 min of registering abroad', 'Daily pack offered with one reply; spending cap on by default'],
        zh: ['境外登网 5 分钟内发送', '回复一个字即可开通日包；默认开启流量封顶'],
      },
      script: {
        en: ['Welcome to Singapore, Mr Zhou. Reply 1 for unlimited data at 25 yuan a day.', 'Your spending cap is on, and calls to the VIP hotline are free from abroad.'],
        zh: ['周先生，欢迎抵达新加坡。回复 1 开通每天 25 元不限量流量。', '已为您开启流量封顶，境外拨打 VIP 热线免费。'],
      },
    },
    {
      key: 'upgrade', stage: 3, lane: 'frontstage', emotion: 2, servqual: ['responsiveness', 'assurance', 'tangibles'],
      mot: { family: 'business', importance: 4 },
      title: { en: 'Phone upgrade in the VIP lounge', zh: 'VIP 室换机升级' }, channel: STORE, role: MANAGER,
      standards: {
        en: ['Seated in the VIP room within 5 min, no queue ticket', 'Data transferred to the new phone before the customer leaves', 'Total monthly cost stated before signing'],
        zh: ['5 分钟内引入 VIP 室，无需取号', '离店前完成新旧手机数据迁移', '签约前讲清每月总费用'],
      },
      script: {
        en: ['Your new phone is ready; while we move your contacts and photos, have a coffee.', 'With this plan your monthly cost stays at 388 yuan, nothing hidden.'],
        zh: ['新手机已经为您备好，我们迁移通讯录和照片的时候您先喝杯咖啡。', '换这个套餐后每月还是 388 元，没有其他附加费用。'],
      },
    },
    {
      key: 'complaint', stage: 3, lane: 'frontstage', emotion: -2, servqual: ['responsiveness', 'empathy'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Complaint: weak signal at home', zh: '投诉受理：家中信号差' }, channel: HOTLINE, role: { en: 'VIP hotline agent', zh: 'VIP 热线客服' },
      standards: {
        en: ['VIP line answered within 10 s', 'At most one transfer; the agent owns the case until closed', 'Engineer visit booked within 48 h'],
        zh: ['VIP 热线 10 秒内接通', '最多转接一次，首问负责到底', '48 小时内预约工程师上门'],
      },
      script: {
        en: ['I\'m sorry the signal at home has been so poor; that is frustrating.', 'Let me note exactly where it drops so the engineer comes prepared.', 'I\'ll call you back myself tomorrow with the visit time.'],
        zh: ['家里信号这么差，真的给您添麻烦了，非常抱歉。', '我把信号差的具体位置记下来，让工程师带好设备上门。', '明天由我本人给您回电确认上门时间。'],
      },
      risk: { en: 'Being bounced between departments; the VIP threatens to switch operators', zh: '被各部门来回推诿，VIP 扬言携号转网' },
      recovery: {
        en: 'CLEAR: stay calm, listen to the whole story, say you would be annoyed too, apologise for the inconvenience, commit to a visit time and a named owner',
        zh: 'CLEAR：控制情绪，完整聆听，表达“换作我也会着急”，为给客户带来的不便致歉，给出上门时间和专人负责',
      },
    },
    {
      key: 'networkFix', stage: 3, lane: 'backstage', emotion: -1, servqual: ['reliability', 'assurance'],
      title: { en: 'Network engineer tests and tunes the cell', zh: '网优工程师测试并优化基站' },
      channel: { en: 'On-site visit', zh: '上门' }, role: { en: 'Network engineer', zh: '网优工程师' },
      standards: { en: ['Test every room; fix or install an indoor booster within 5 working days'], zh: ['逐个房间测试；5 个工作日内完成优化或安装室内放大器'] },
    },
    {
      key: 'resolved', stage: 3, lane: 'frontstage', emotion: 1, servqual: ['reliability', 'empathy'],
      title: { en: 'Resolution call with a goodwill gesture', zh: '处理结果回电与补偿' }, channel: CALL, role: MANAGER,
      standards: { en: ['Call within 24 h of the fix; confirm with the customer before closing the ticket'], zh: ['修复后 24 小时内回电，客户确认后才关闭工单'] },
    },
    {
      key: 'expiryAlert', stage: 4, lane: 'support', emotion: 0, servqual: ['reliability'],
      title: { en: 'System flags contract expiry 60 days ahead', zh: '系统提前 60 天预警合约到期' },
      channel: { en: 'CRM', zh: 'CRM 系统' }, role: { en: 'VIP operations', zh: 'VIP 运营' },
    },
    {
      key: 'expiry', stage: 4, lane: 'frontstage', emotion: 1, servqual: ['empathy', 'assurance'],
      mot: { family: 'process', importance: 5 },
      title: { en: 'Contract-expiry call with tailored options', zh: '合约到期提醒与专属续约方案' }, channel: CALL, role: MANAGER,
      standards: {
        en: ['Call 30 days before expiry', 'Offer 2–3 options based on the last 6 months of usage', 'No auto-renewal without explicit consent'],
        zh: ['到期前 30 天致电', '根据近 6 个月用量提供 2–3 个方案', '未经客户明确同意不自动续约'],
      },
      script: {
        en: ['Mr Zhou, your contract ends next month; I\'ve looked at how you actually use it.', 'You rarely use all your minutes but often run out of data, so this option fits better and costs less.'],
        zh: ['周先生，您的合约下个月到期，我根据您的实际使用情况做了分析。', '您通话用得少、流量经常不够，这个方案更合适，每月还能省一些。'],
      },
    },
    {
      key: 'cancellation', stage: 4, lane: 'frontstage', emotion: -1, servqual: ['empathy', 'responsiveness', 'assurance'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Port-out request and retention conversation', zh: '携号转网申请与挽留沟通' }, channel: HOTLINE, role: { en: 'Retention specialist', zh: '维系专员' },
      standards: {
        en: ['Never refuse or delay a port-out: it is the customer\'s right', 'Ask the reason and make at most one offer', 'Account manager calls back within 2 h'],
        zh: ['不拒绝、不拖延携号转网，这是客户的权利', '先问原因，最多提出一次挽留方案', '2 小时内由客户经理回电'],
      },
      script: {
        en: ['Of course, I can start that for you. May I ask what made you consider leaving?', 'If it is the price, your account manager has an offer worth hearing; shall I ask him to call in two hours?'],
        zh: ['当然可以为您办理。方便说一下是什么原因让您考虑转网吗？', '如果是价格原因，您的客户经理有个方案值得一听，我让他两小时内给您回电好吗？'],
      },
      risk: { en: 'Obstructing the port-out leads to a complaint to the regulator', zh: '设卡阻拦携转，客户向工信部投诉' },
      recovery: { en: 'CLEAR; process the port-out at once if the customer insists, apologise and thank them for the years together', zh: 'CLEAR 处理；客户坚持就立即办理，真诚致歉并感谢多年支持' },
    },
    {
      key: 'renew', stage: 4, lane: 'frontstage', emotion: 2, servqual: ['reliability', 'tangibles'],
      title: { en: 'Renewal signed at the customer\'s office', zh: '上门签订续约协议' }, channel: { en: 'On-site visit', zh: '上门' }, role: MANAGER,
      standards: { en: ['Visit at the customer\'s chosen time; new terms effective the same day'], zh: ['按客户约定时间上门；新资费当天生效'] },
    },
    {
      key: 'thanks', stage: 4, lane: 'frontstage', emotion: 2, end: true, servqual: ['empathy', 'reliability'],
      title: { en: 'Thank-you call a week after renewal', zh: '续约一周后感谢回访' }, channel: CALL, role: MANAGER,
      standards: { en: ['Call on day 7; check the first bill matches the agreed price'], zh: ['第 7 天致电，核对首月账单与约定资费一致'] },
      script: {
        en: ['Mr Zhou, thank you for staying with us another two years.', 'I checked your first bill under the new plan: 358 yuan, exactly as agreed.'],
        zh: ['周先生，感谢您再给我们两年时间。', '新套餐首月账单我核对过了，358 元，和约定的一样。'],
      },
    },
  ],
  alternatives: [
    { from: 'complaint', to: 'cancellation', label: { en: 'Complaint unresolved: customer asks to port out', zh: '投诉未解决：客户申请携号转网' } },
    { from: 'expiry', to: 'renew', label: { en: 'Accepts the offer on the first call', zh: '首次沟通即接受续约方案' } },
  ],
  personas: [
    { name: { en: 'Mr Zhou', zh: '周先生' }, tier: 'key', note: { en: 'Business owner, 45, travels abroad monthly, spends about 400 yuan a month, hates queues', zh: '企业主，45 岁，每月出境，月消费约 400 元，最怕排队' } },
    { name: { en: 'Ms Fang', zh: '方女士' }, tier: 'regular', note: { en: 'Family plan holder with two children, sensitive to bill surprises', zh: '家庭套餐主卡，两个孩子，对账单变化很敏感' } },
  ],
}
