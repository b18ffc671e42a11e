/** Template: a hotel stay, from booking to the post-stay thank-you, with an issue handled on the way. */
import type { TemplateSpec } from './spec'

const HOTEL = { en: 'Hotel', zh: '酒店现场' }
const ONLINE = { en: 'Online', zh: '线上' }
const MSG = { en: 'SMS / WeChat', zh: '短信微信' }
const FRONT_DESK = { en: 'Front desk', zh: '前台' }
const DUTY_MANAGER = { en: 'Duty manager', zh: '值班经理' }

export const HOTEL_STAY: TemplateSpec = {
  id: 'hotel-stay',
  title: { en: 'Hotel stay: booking to post-stay', zh: '酒店入住：预订到离店后' },
  description: {
    en: 'A couple on an anniversary weekend: booking, arrival, check-in, the room, breakfast, a noisy air-conditioner put right, check-out and the thank-you after the stay.',
    zh: '一对夫妻的结婚纪念日周末：预订、抵达、入住、客房、早餐、空调噪音的服务补救、退房和离店后的致谢回访。',
  },
  stages: [
    { en: 'Booking', zh: '预订' },
    { en: 'Arrival', zh: '抵达' },
    { en: 'Check-in', zh: '入住登记' },
    { en: 'In the room', zh: '客房' },
    { en: 'Breakfast', zh: '早餐' },
    { en: 'Issue handling', zh: '问题处理' },
    { en: 'Check-out', zh: '退房' },
    { en: 'Post-stay', zh: '离店后' },
  ],
  touchpoints: [
    {
      key: 'book', stage: 0, lane: 'customer', emotion: 1, servqual: ['tangibles', 'reliability'],
      title: { en: 'Guest books on the hotel app and notes the anniversary', zh: '客人在酒店 App 预订并备注纪念日' }, channel: ONLINE, role: { en: 'Reservations', zh: '预订中心' },
      expectation: { en: 'The price on the app is the price at the desk; someone reads the note', zh: 'App 上的价格就是到店的价格；备注有人看' },
    },
    {
      key: 'confirm', stage: 0, lane: 'support', emotion: 1, servqual: ['reliability', 'responsiveness'],
      title: { en: 'Instant confirmation and pre-arrival message', zh: '即时确认与到店前一天问候' }, channel: MSG, role: { en: 'Reservations', zh: '预订中心' },
      standards: { en: ['Confirmation within 1 min; the day before, ask arrival time and pillow preference'], zh: ['1 分钟内发确认；入住前一天询问抵达时间和枕头偏好'] },
    },
    {
      key: 'preassign', stage: 1, lane: 'backstage', emotion: 1, servqual: ['empathy', 'reliability'],
      title: { en: 'Front office pre-assigns a quiet high-floor room', zh: '前厅按偏好预分高楼层安静房' }, channel: HOTEL, role: FRONT_DESK,
      standards: { en: ['Room assigned and inspected by 12:00 on arrival day'], zh: ['抵达当天 12 点前分好房并完成查房'] },
    },
    {
      key: 'doorman', stage: 1, lane: 'frontstage', emotion: 2, servqual: ['responsiveness', 'tangibles', 'empathy'],
      mot: { family: 'process', importance: 4 },
      title: { en: 'Doorman welcome and luggage', zh: '门童迎宾与行李服务' }, channel: HOTEL, role: { en: 'Doorman', zh: '门童' },
      standards: {
        en: ['Open the car door within 10 s of the car stopping', 'Tag luggage in front of the guest and hand over the tag', 'Neat uniform, name badge on the left'],
        zh: ['车停稳 10 秒内上前开门', '当面挂行李牌并把存根交给客人', '制服整洁，工牌佩戴在左胸'],
      },
      script: {
        en: ['Good evening and welcome! Let me take your bags.', 'Reception is just inside on the right; your luggage will be up in 10 minutes.'],
        zh: ['晚上好，欢迎光临！行李交给我吧。', '前台在进门右手边，行李 10 分钟内送到您房间。'],
      },
    },
    {
      key: 'checkin', stage: 2, lane: 'frontstage', emotion: 1, servqual: ['responsiveness', 'assurance', 'reliability'],
      mot: { family: 'process', importance: 5 },
      title: { en: 'Check-in at the front desk', zh: '前台办理入住' }, channel: HOTEL, role: FRONT_DESK,
      standards: {
        en: ['Stand and greet within 3 s; address the guest by name once known', 'Check-in completed within 3 min', 'Price exactly as booked; explain breakfast hours and Wi-Fi'],
        zh: ['3 秒内起身问候，知道姓名后称呼姓氏', '3 分钟内办完入住', '价格与预订一致；说明早餐时间和无线网络'],
      },
      script: {
        en: ['Welcome, Mr and Mrs Gao, happy anniversary!', 'You\'re in 1806, a quiet room facing the river. Breakfast is 6:30 to 10:30 on the second floor.'],
        zh: ['高先生、高太太，欢迎入住，祝两位纪念日快乐！', '给您安排的是 1806，安静的江景房。早餐在二楼，6 点半到 10 点半。'],
      },
      risk: { en: 'Early arrival and the room is not ready', zh: '客人提前抵达，房间还没准备好' },
      recovery: { en: 'CLEAR: apologise, store luggage, offer the lounge and a drink, and message the guest the moment the room is ready', zh: 'CLEAR：致歉，寄存行李，请客人到行政酒廊休息用饮品，房间一好立刻微信通知' },
    },
    {
      key: 'roomSurprise', stage: 3, lane: 'frontstage', emotion: 3, peak: true, servqual: ['empathy', 'tangibles'],
      mot: { family: 'life', importance: 5 },
      title: { en: 'Escort to the room and anniversary surprise', zh: '引领进房与纪念日惊喜' }, channel: HOTEL, role: { en: 'Guest relations officer', zh: '宾客关系主任' },
      standards: {
        en: ['Escort within 5 min of check-in; introduce the room in under 2 min', 'Surprise set up before the guest arrives, checked by the duty manager'],
        zh: ['入住后 5 分钟内引领进房，房间介绍不超过 2 分钟', '惊喜布置在客人到达前完成，由值班经理检查'],
      },
      script: {
        en: ['We read your note; the team has prepared a little something.', 'If there\'s anything else that would make tonight special, just dial 0.'],
        zh: ['我们看到了您的备注，团队为两位准备了一点小心意。', '今晚还有什么能让这个纪念日更特别的，随时拨 0。'],
      },
      delight: {
        en: 'A small cake with both names, a handwritten card signed by the staff who served them, and a photo of the couple\'s wedding city printed from the booking note',
        zh: '写着两人名字的小蛋糕、每位接待过他们的员工签名的手写贺卡，还有一张按备注打印的他们结婚城市的照片',
      },
    },
    {
      key: 'roomTech', stage: 3, lane: 'support', emotion: 1, servqual: ['tangibles', 'reliability'],
      title: { en: 'Room Wi-Fi, smart controls and TV welcome', zh: '客房网络、智能控制与电视欢迎页' }, channel: HOTEL, role: { en: 'IT and engineering', zh: '信息与工程部' },
      standards: { en: ['Wi-Fi connects without a password page; every device tested at room inspection'], zh: ['无线网络免认证直连；查房时测试每一台设备'] },
    },
    {
      key: 'breakfast', stage: 4, lane: 'frontstage', emotion: 1, servqual: ['responsiveness', 'tangibles'],
      mot: { family: 'process', importance: 3 },
      title: { en: 'Breakfast welcome and service', zh: '早餐厅迎宾与服务' }, channel: HOTEL, role: { en: 'Restaurant host', zh: '餐厅领位' },
      standards: {
        en: ['Seated within 2 min, no queue at the door', 'Empty dishes refilled within 5 min', 'Hot drinks offered at the table'],
        zh: ['2 分钟内领位就座，门口不排队', '菜品空盘 5 分钟内补齐', '热饮送到桌边'],
      },
      script: {
        en: ['Good morning! A table by the window for two?', 'The chef is making fresh noodles this morning; shall I bring you two bowls?'],
        zh: ['早上好！两位坐靠窗的位置可以吗？', '今天厨师现做手擀面，给两位各来一碗吗？'],
      },
    },
    {
      key: 'report', stage: 5, lane: 'customer', emotion: -2, servqual: ['responsiveness'],
      title: { en: 'Guest calls: the air-conditioner rattles all night', zh: '客人来电：空调整夜异响' }, channel: { en: 'Room phone', zh: '客房电话' }, role: FRONT_DESK,
      expectation: { en: 'Someone comes now, not "tomorrow morning"', zh: '现在就有人来，而不是“明天早上处理”' },
    },
    {
      key: 'recovery', stage: 5, lane: 'frontstage', emotion: 0, servqual: ['empathy', 'responsiveness', 'assurance'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Duty manager at the door with options', zh: '值班经理上门处理投诉' }, channel: HOTEL, role: DUTY_MANAGER,
      standards: {
        en: ['At the room within 10 min of the call', 'Offer a choice: repair within 30 min or move now to an upgraded room', 'Never argue about whether the noise is "normal"'],
        zh: ['接到电话 10 分钟内到房门口', '给出选择：30 分钟内修好，或立即换到升级房', '不与客人争论噪音“正不正常”'],
      },
      script: {
        en: ['I\'m so sorry; on your anniversary night too.', 'We can fix it within half an hour, or move you now to a suite on the 20th floor. Which would you prefer?', 'Breakfast tomorrow is with our compliments.'],
        zh: ['非常抱歉，偏偏是在你们的纪念日。', '我们可以半小时内修好，或者现在就给您换到 20 楼的套房，您看哪个更方便？', '明天的早餐由我们招待。'],
      },
      risk: { en: 'Night staff promise a fix "in the morning"; the guest posts a one-star review', zh: '夜班员工说“明早再修”，客人打出一星差评' },
      recovery: {
        en: 'CLEAR: keep your voice low and calm, let the guest finish, say you would be angry too, apologise without excuses, resolve on the spot',
        zh: 'CLEAR：控制情绪、语气平和，听客人说完，表达“换作我也会生气”，不找借口地道歉，当场解决',
      },
    },
    {
      key: 'engineering', stage: 5, lane: 'backstage', emotion: 1, servqual: ['reliability'],
      title: { en: 'Engineering fixes the unit and logs the cause', zh: '工程部维修并记录原因' }, channel: HOTEL, role: { en: 'Maintenance engineer', zh: '工程维修员' },
      standards: { en: ['Repair within 30 min; duty manager calls the guest 1 h later to check'], zh: ['30 分钟内修复；1 小时后值班经理回电确认'] },
    },
    {
      key: 'checkout', stage: 6, lane: 'frontstage', emotion: 1, servqual: ['responsiveness', 'reliability'],
      mot: { family: 'process', importance: 4 },
      title: { en: 'Express check-out', zh: '快速退房' }, channel: HOTEL, role: FRONT_DESK,
      standards: {
        en: ['Check-out within 2 min; no minibar check holding the guest up', 'Invoice ready before the guest reaches the desk'],
        zh: ['2 分钟内办完退房，不因查迷你吧让客人等候', '客人到前台前发票已备好'],
      },
      script: {
        en: ['Good morning, Mr Gao. Everything is settled; here is your invoice.', 'Was the room quiet after the change last night?'],
        zh: ['高先生早上好，账已经结好了，这是您的发票。', '昨晚换房后休息得好吗？'],
      },
    },
    {
      key: 'farewell', stage: 6, lane: 'frontstage', emotion: 2, servqual: ['empathy', 'tangibles'],
      title: { en: 'Farewell at the door with water for the road', zh: '门口送别并送上路途饮用水' }, channel: HOTEL, role: { en: 'Doorman', zh: '门童' },
      standards: { en: ['Load luggage, hand over two bottles of water, wave until the car turns'], zh: ['装好行李，递上两瓶水，目送车辆转弯离开'] },
    },
    {
      key: 'survey', stage: 7, lane: 'support', emotion: 1, servqual: ['responsiveness'],
      title: { en: 'System sends a 3-question survey', zh: '系统发送三题满意度调查' }, channel: MSG, role: { en: 'Quality team', zh: '品质部' },
      standards: { en: ['Sent 2 h after check-out; any score below 4 alerts the guest relations manager'], zh: ['退房 2 小时后发送；低于 4 分自动提醒宾客关系经理'] },
    },
    {
      key: 'thanks', stage: 7, lane: 'frontstage', emotion: 2, end: true, servqual: ['empathy', 'reliability'],
      mot: { family: 'business', importance: 4 },
      title: { en: 'Guest relations thank-you call', zh: '宾客关系经理致谢回访' }, channel: { en: 'Outbound call', zh: '外呼' }, role: { en: 'Guest relations manager', zh: '宾客关系经理' },
      standards: {
        en: ['Call within 48 h of check-out, under 3 min', 'Save preferences (quiet room, soft pillow) to the guest profile'],
        zh: ['退房后 48 小时内致电，不超过 3 分钟', '把偏好（安静房、软枕）存入客史档案'],
      },
      script: {
        en: ['Mrs Gao, thank you for spending your anniversary with us, and sorry again about the first night.', 'Next time you\'ll have a quiet river-view room and the soft pillows waiting.'],
        zh: ['高太太，谢谢你们选择在这里过纪念日，第一晚的事再次向您致歉。', '下次来，安静的江景房和软枕头都会提前为您准备好。'],
      },
    },
  ],
  alternatives: [
    { from: 'checkin', to: 'recovery', label: { en: 'Early arrival, room not ready: duty manager steps in', zh: '提前抵达、房间未备好：值班经理介入' } },
    { from: 'roomSurprise', to: 'report', label: { en: 'Problem noticed on entering the room', zh: '进房即发现问题' } },
  ],
  personas: [
    { name: { en: 'Mr and Mrs Gao', zh: '高先生夫妇' }, tier: 'regular', note: { en: 'Tenth wedding anniversary, light sleepers, booked direct for the first time', zh: '结婚十周年，睡眠浅，第一次通过官方渠道预订' } },
    { name: { en: 'Ms He', zh: '何女士' }, tier: 'key', note: { en: 'Corporate travel buyer, 60 room-nights a year, judges the hotel by how problems are handled', zh: '企业差旅采购，每年 60 间夜，看重出问题时怎么处理' } },
  ],
}
