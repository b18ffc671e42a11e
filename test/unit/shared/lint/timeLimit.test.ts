import { describe, expect, it } from 'vitest'
import { hasTimeLimit } from '../../../../shared/lint/timeLimit'
import { isCustomerLine, normalizeText } from '../../../../shared/lint/text'

describe('hasTimeLimit', () => {
  it.each([
    // durations
    '顾客进门 3 秒内目光接触并问好',
    '3秒内问好',
    '３秒内问好',
    '营业时间内 10 分钟内确认预约',
    '提到的问题 24 小时内给出解决方案',
    '5 个工作日内完成优化',
    '方案确认后 2 个工作日内报价',
    '在三分钟内回应顾客的问题',
    '两个小时内回电',
    '一个半小时内完成',
    '半小时内修好',
    '十五分钟内响应',
    '一刻钟内到场',
    '到期前 30 天致电',
    '提供 3 天内的两个量房时段',
    '2–3 天内寄出',
    '近 3 个月未到店的会员',
    '两周内完成整改',
    '第 7 天致电',
    '20 日前寄出账单',
    // clock deadlines and parts of the day
    '前一天 18 点前来电',
    '生日当天 10 点前发送',
    '六点半前送达',
    '第 7 天 10:00–12:00 致电',
    '除夕上午发送',
    '下午 3 点前回电',
    // relative days, immediacy, frequency, agreed times
    '当天回复',
    '新资费当天生效',
    '次日回访',
    '立即办理',
    '第一时间致电',
    '当场给业主签字版问题清单',
    '每周最多提醒一次',
    '每天 18 点前发照片',
    '在承诺时间或之前交车',
    '按约定的时段上门',
    '明天一早约谈装修队',
  ])('finds a time limit in %s', (text) => {
    expect(hasTimeLimit(text)).toBe(true)
  })

  it.each([
    'Eye contact and greeting within 3 s of the customer entering',
    'Confirm the booking within 10 min during opening hours',
    'Call within 24 h of activation',
    'Reply within 24h',
    'Respond in 2 days',
    'Quote presented within 2 working days of the design sign-off',
    'Fix within 5 business days',
    'within 5 minutes',
    'Call back in 1 hour',
    'Answer in 30 min',
    'Give a 2-hour arrival window',
    'Offer a 7-day grace period',
    'Sent 3 days before the due date',
    'Respond within two hours',
    'Respond within an hour',
    'Repair within half an hour',
    'Deliver within a week',
    'Sent 2 weeks or 1,000 km before the service is due',
    'Call before 6 pm the day before',
    'before 10 am on the day',
    'Room assigned and inspected by 12:00 on arrival day',
    'Call on day 7; check the first bill',
    'Call on day-30',
    'Sent on New Year\'s Eve morning',
    'Process the port-out immediately',
    'Apologise on the spot',
    'New terms effective the same day',
    'Same-day reply to every message',
    'Car ready at or before the promised time',
    'Arrive at the agreed time',
    'Photos posted daily',
    'Update every 30 min',
    'Call back within 1.5 hours',
    'Respond within 2-3 days',
  ])('finds a time limit in %s', (text) => {
    expect(hasTimeLimit(text)).toBe(true)
  })

  it.each([
    '',
    '   ',
    '推荐前至少问 5 个开放式问题',
    '推荐方案不超过 3 套',
    '对比十年使用成本，而不只是标价',
    '报价单逐项列明送货、安装、旧机回收费用，无隐形收费',
    '满分 10 分，低于 8 分需复训',
    '给出 3 点建议',
    '提供两个时段，说明预计用时',
    '提前告知常规保养的价格区间',
    '配件和工时分开列明，分成“建议马上处理”和“可以再等等”',
    '用“下午好”问候顾客',
    '每人递上 2 瓶水',
    '3 周年店庆活动介绍清楚',
    '在 4S 店休息区提供饮品',
    '多一点耐心，有一点后悔也要听完',
    '穿鞋套、铺保护垫，包装全部带走',
    '收费 3000 日元',
  ])('finds no time limit in %s', (text) => {
    expect(hasTimeLimit(text)).toBe(false)
  })

  it.each([
    'Ask at least 5 open questions before recommending anything',
    'Recommend no more than 3 options',
    'Compare 10-year running cost, not sticker price',
    'Walk the 60-point checklist with the owner',
    'Split into "fix now" and "can wait"',
    'Say good morning to every guest',
    'A second technician checks the work',
    'Fit seat, wheel and floor covers in front of the customer',
    'Offer two time slots and state the expected duration',
    'Front pads down to 2 mm get replaced',
    'Rated 4 stars or more',
    'Never disparage the customer\'s budget',
  ])('finds no time limit in %s', (text) => {
    expect(hasTimeLimit(text)).toBe(false)
  })
})

describe('script line helpers', () => {
  it('normalises width, case, quotes and spaces', () => {
    expect(normalizeText('  ＩＴ’Ｓ　Policy  ')).toBe("it's policy")
    expect(normalizeText('这是规定！')).toBe('这是规定!')
  })

  it.each(['顾客：太贵了', '客户:能便宜点吗', '客人： 好的', 'Customer: too expensive', 'customer : fine', 'C: OK', 'c：好', '【顾客】：嗯', '顾客说：谢谢', 'Guest: thanks', '业主：漏水了'])(
    '%s is a customer line',
    (line) => {
      expect(isCustomerLine(line)).toBe(true)
    },
  )

  it.each(['您好，欢迎光临！', '导购：您好', '客户经理：周先生您好', '客服：您好', 'Customer service: hello', 'Can I help you?', 'Clearly, yes'])(
    '%s is a staff line',
    (line) => {
      expect(isCustomerLine(line)).toBe(false)
    },
  )
})
