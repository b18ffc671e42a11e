/** Template: car after-sales, from the maintenance booking to the follow-up call. */
import type { TemplateSpec } from './spec'

const DEALER = { en: 'Dealership', zh: '4S 店' }
const CALL = { en: 'Outbound call', zh: '外呼' }
const MSG = { en: 'SMS / WeChat', zh: '短信微信' }
const ADVISOR = { en: 'Service advisor', zh: '服务顾问' }
const TECH = { en: 'Technician', zh: '维修技师' }
const BOOKING = { en: 'Booking agent', zh: '预约专员' }

export const CAR_AFTER_SALES: TemplateSpec = {
  id: 'car-after-sales',
  title: { en: 'Car after-sales: maintenance visit', zh: '汽车售后：保养维修' },
  description: {
    en: 'A driver brings a three-year-old car in for its 40,000 km service: booking, reception, inspection and an unwelcome extra quote, the wait, the repair, delivery and the follow-up call.',
    zh: '车主把开了三年的车开来做 4 万公里保养：预约、接车、检查报价（多出增项）、等待、维修、交车直到回访电话。',
  },
  stages: [
    { en: 'Booking', zh: '预约' },
    { en: 'Reception', zh: '接车' },
    { en: 'Inspection & quote', zh: '检查报价' },
    { en: 'Waiting', zh: '等待' },
    { en: 'Repair', zh: '维修' },
    { en: 'Delivery', zh: '交车' },
    { en: 'Follow-up', zh: '回访' },
  ],
  touchpoints: [
    {
      key: 'due', stage: 0, lane: 'support', emotion: 0, servqual: ['reliability', 'empathy'],
      title: { en: 'System sends a service-due reminder', zh: '系统按里程推送保养提醒' }, channel: MSG, role: { en: 'Customer service centre', zh: '客服中心' },
      standards: { en: ['Sent 2 weeks or 1,000 km before the service is due, with a booking link'], zh: ['到期前 2 周或 1000 公里推送，附预约链接'] },
    },
    {
      key: 'bookingCall', stage: 0, lane: 'frontstage', emotion: 1, servqual: ['responsiveness', 'reliability'],
      mot: { family: 'process', importance: 4 },
      title: { en: 'Booking confirmed by phone', zh: '预约专员电话确认' }, channel: CALL, role: BOOKING,
      standards: {
        en: ['Offer two time slots and state the expected duration', 'Give a price range for the standard service up front', 'Ask whether anything else feels wrong with the car'],
        zh: ['提供两个时段，说明预计用时', '提前告知常规保养的价格区间', '询问车辆还有没有其他异常'],
      },
      script: {
        en: ['Hello Mr Ma, your car is due for its 40,000 km service. Would Thursday 9:00 or Saturday 10:00 suit you?', 'It takes about two hours and usually costs 900 to 1,100 yuan.'],
        zh: ['马先生您好，您的车快到 4 万公里保养了，周四上午 9 点还是周六上午 10 点方便？', '大概需要两个小时，费用一般在 900 到 1100 元之间。'],
      },
    },
    {
      key: 'dayBefore', stage: 0, lane: 'support', emotion: 1, servqual: ['reliability'],
      title: { en: 'Day-before reminder with the advisor\'s name', zh: '前一天短信提醒（附服务顾问姓名）' }, channel: MSG, role: BOOKING,
      standards: { en: ['Sent before 6 pm the day before; includes a reserved-bay number'], zh: ['前一天 18 点前发送，写明预留工位号'] },
    },
    {
      key: 'arrive', stage: 1, lane: 'customer', emotion: 0, servqual: ['tangibles'],
      title: { en: 'Driver arrives at the service entrance', zh: '车主按预约到店' }, channel: DEALER, role: ADVISOR,
      expectation: { en: 'Someone is expecting me; no waiting at the gate', zh: '有人在等我，不用在门口干等' },
    },
    {
      key: 'reception', stage: 1, lane: 'frontstage', emotion: 1, servqual: ['responsiveness', 'assurance', 'tangibles'],
      mot: { family: 'process', importance: 5 },
      title: { en: 'Advisor receives the car with a walk-around', zh: '服务顾问接车与环车检查' }, channel: DEALER, role: ADVISOR,
      standards: {
        en: ['Greet within 1 min of the car stopping', 'Fit seat, wheel and floor covers in front of the customer', 'Walk around the car together and record scratches and valuables on the repair order'],
        zh: ['车停稳 1 分钟内上前问候', '当着客户的面套好座椅套、方向盘套、脚垫', '与客户一起环车检查，划痕和贵重物品记录在委托书上'],
      },
      script: {
        en: ['Good morning Mr Ma, I\'m Yang, your advisor today. We have your bay ready.', 'Let\'s walk around the car together; is there anything you\'ve noticed lately?'],
        zh: ['马先生早上好，我是今天为您服务的顾问小杨，工位已经给您留好了。', '我们一起绕车看一圈，最近开车有没有觉得哪里不对劲？'],
      },
    },
    {
      key: 'diagnosis', stage: 2, lane: 'backstage', emotion: 0, servqual: ['assurance', 'reliability'],
      title: { en: 'Technician inspects and films worn parts', zh: '技师检测并拍摄磨损部件' }, channel: { en: 'Workshop', zh: '车间' }, role: TECH,
      standards: { en: ['Inspection finished within 30 min; photo or video for every extra item'], zh: ['30 分钟内完成检测；每个增项都有照片或视频'] },
    },
    {
      key: 'quote', stage: 2, lane: 'frontstage', emotion: -2, servqual: ['reliability', 'assurance', 'empathy'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Extra work quoted and approved', zh: '增项报价与确认' }, channel: DEALER, role: ADVISOR,
      standards: {
        en: ['Show the video of the worn part before naming a price', 'Itemise parts and labour; split into "fix now" and "can wait"', 'No work starts without the customer\'s signed approval'],
        zh: ['先给客户看磨损视频，再报价格', '配件和工时分开列明，分成“建议马上处理”和“可以再等等”', '客户未签字确认，不得施工'],
      },
      script: {
        en: ['Before I mention money, have a look at this: the front pads are down to 2 mm.', 'These are safety items, about 1,200 yuan; the wiper blades can wait until next time.', 'It\'s entirely your call; the basic service goes ahead either way.'],
        zh: ['先不说钱，您看一下这段视频，前刹车片只剩 2 毫米了。', '这是安全件，大约 1200 元；雨刮可以等下次再换。', '换不换完全由您决定，常规保养照常进行。'],
      },
      risk: { en: 'Customer feels pressured or suspects padding', zh: '客户觉得被推销，怀疑小病大修' },
      recovery: {
        en: 'CLEAR: keep a calm tone, hear the doubt out, acknowledge that surprise bills feel bad, apologise for not warning earlier, offer to show the old part or a second technician\'s opinion',
        zh: 'CLEAR：语气平和，听完客户的质疑，认同“突然多花钱谁都不舒服”，为没有提前提醒致歉，提出展示旧件或请另一位技师复检',
      },
    },
    {
      key: 'lounge', stage: 3, lane: 'customer', emotion: -1, servqual: ['tangibles', 'empathy'],
      title: { en: 'Customer waits in the lounge', zh: '客户在休息区等待' }, channel: { en: 'Customer lounge', zh: '客户休息区' }, role: { en: 'Lounge attendant', zh: '休息区专员' },
      standards: { en: ['Drink offered within 3 min; quiet work desks and charging points'], zh: ['3 分钟内送上饮品；提供安静办公位和充电口'] },
      expectation: { en: 'Know how long it will really take', zh: '知道到底还要等多久' },
    },
    {
      key: 'progress', stage: 3, lane: 'support', emotion: 1, servqual: ['responsiveness', 'reliability'],
      mot: { family: 'process', importance: 3 },
      title: { en: 'Live progress updates on WeChat', zh: '微信实时推送维修进度' }, channel: MSG, role: ADVISOR,
      standards: {
        en: ['Update at each step and at least every 30 min', 'Any delay announced before the promised time, with a new time'],
        zh: ['每完成一步推送一次，至少每 30 分钟一次', '延误须在承诺时间之前告知，并给出新时间'],
      },
      script: {
        en: ['Your car is on the lift now; oil and filters are done.', 'The brake pads are being fitted; we\'re on track for 11:30.'],
        zh: ['您的车已经上举升机，机油和滤芯已更换。', '正在更换刹车片，预计 11 点半可以交车。'],
      },
    },
    {
      key: 'repair', stage: 4, lane: 'backstage', emotion: 0, servqual: ['reliability', 'assurance'],
      title: { en: 'Repair and a second-person quality check', zh: '维修施工与交叉质检' }, channel: { en: 'Workshop', zh: '车间' }, role: TECH,
      standards: { en: ['Final check by a technician who did not do the work; road test for brake jobs'], zh: ['由非施工技师做终检；刹车类项目必须路试'] },
    },
    {
      key: 'wash', stage: 4, lane: 'backstage', emotion: 1, servqual: ['tangibles'],
      title: { en: 'Free wash and interior clean', zh: '免费洗车与内饰清洁' }, channel: { en: 'Workshop', zh: '车间' }, role: { en: 'Car-wash staff', zh: '洗车员' },
      standards: { en: ['Seat position and radio station left exactly as found'], zh: ['座椅位置和电台频道保持原样'] },
    },
    {
      key: 'delivery', stage: 5, lane: 'frontstage', emotion: 3, peak: true, servqual: ['reliability', 'empathy', 'tangibles'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Delivery walkthrough', zh: '交车讲解' }, channel: DEALER, role: ADVISOR,
      standards: {
        en: ['Car ready at or before the promised time', 'Show the old parts and explain every item; final bill equals the approved quote', 'State the next service date and mileage'],
        zh: ['在承诺时间或之前交车', '展示旧件、逐项讲解；结算金额与确认的报价一致', '告知下次保养时间和里程'],
      },
      script: {
        en: ['Your car is ready, ten minutes early. Here are the old pads we took off.', 'The total is 2,150 yuan, exactly what you approved.', 'One more thing: we found the rear-left tyre low and fixed a slow puncture, no charge.'],
        zh: ['您的车好了，比约定早了 10 分钟，这是换下来的旧刹车片。', '一共 2150 元，和您确认的金额一样。', '另外我们发现左后胎气压偏低，补好了一个慢撒气的钉子，不收费。'],
      },
      delight: {
        en: 'The technician found and fixed a slow puncture for free, the child seat was cleaned too, and a handwritten card with the next service date sits on the dashboard',
        zh: '技师顺手免费补好慢撒气的轮胎，儿童座椅也清洗干净，仪表台上放着写有下次保养日期的手写卡片',
      },
    },
    {
      key: 'farewell', stage: 5, lane: 'frontstage', emotion: 2, servqual: ['empathy', 'responsiveness'],
      title: { en: 'Payment and farewell at the gate', zh: '结算与送别' }, channel: DEALER, role: ADVISOR,
      standards: { en: ['Payment done within 5 min; walk the customer to the car and see them out of the gate'], zh: ['5 分钟内完成结算；陪客户到车旁，目送出门'] },
    },
    {
      key: 'task', stage: 6, lane: 'support', emotion: 1, servqual: ['reliability'],
      title: { en: 'DMS schedules the 3-day follow-up call', zh: 'DMS 自动生成 3 日回访任务' }, channel: { en: 'DMS', zh: 'DMS 系统' }, role: { en: 'Customer service centre', zh: '客服中心' },
    },
    {
      key: 'followUp', stage: 6, lane: 'frontstage', emotion: 2, end: true, servqual: ['empathy', 'responsiveness'],
      mot: { family: 'process', importance: 4 },
      title: { en: 'Follow-up call within 3 days', zh: '3 日内回访电话' }, channel: CALL, role: { en: 'Customer service agent', zh: '回访专员' },
      standards: {
        en: ['Call within 3 days, under 3 min', 'Any problem gets a free re-check booked within 24 h'],
        zh: ['3 天内致电，不超过 3 分钟', '反馈问题的，24 小时内安排免费复检'],
      },
      script: {
        en: ['Hello Mr Ma, this is the service centre. How do the brakes feel after the service?', 'Thank you for your time; see you at 50,000 km, and call us any time before that.'],
        zh: ['马先生您好，我是 4S 店客服中心，保养后刹车感觉怎么样？', '感谢您的支持，5 万公里时再见，期间有任何问题随时联系我们。'],
      },
      risk: { en: 'Noise after the repair and nobody calls', zh: '维修后出现异响却没人过问' },
      recovery: { en: 'CLEAR: advisor calls within 2 h, apologises, books a free re-check and offers pick-up', zh: 'CLEAR：服务顾问 2 小时内致电致歉，安排免费复检并提供上门取车' },
    },
  ],
  alternatives: [
    { from: 'quote', to: 'repair', label: { en: 'Customer declines the extra work: basic service only', zh: '客户不做增项：只做常规保养' } },
    { from: 'followUp', to: 'reception', label: { en: 'Problem after the service: free re-check', zh: '保养后有问题：免费复检' } },
  ],
  personas: [
    { name: { en: 'Mr Ma', zh: '马先生' }, tier: 'regular', note: { en: 'Commutes 60 km a day, two children, suspicious of "extra items" after a bad experience elsewhere', zh: '每天通勤 60 公里，两个孩子，在别家被“小病大修”过，对增项很警惕' } },
    { name: { en: 'Ms Tang', zh: '唐女士' }, tier: 'key', note: { en: 'Fleet manager for a 30-car company account, values punctual delivery above all', zh: '企业车队负责人，30 台车，最看重准时交车' } },
  ],
}
