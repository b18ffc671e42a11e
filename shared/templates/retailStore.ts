/** Template: a home-appliance store, from first visit to deal, delivery and the follow-up call. */
import type { TemplateSpec } from './spec'

const STORE = { en: 'In store', zh: '门店' }
const PHONE = { en: 'Outbound call', zh: '外呼' }
const WECHAT = { en: 'SMS / WeChat', zh: '短信微信' }
const HOME = { en: 'On-site visit', zh: '上门' }
const SALES = { en: 'Sales consultant', zh: '导购' }
const MANAGER = { en: 'Store manager', zh: '店长' }
const SERVICE = { en: 'Customer service', zh: '客服' }

export const RETAIL_STORE: TemplateSpec = {
  id: 'retail-store',
  title: { en: 'Home-appliance store: consultation to follow-up', zh: '家电门店：咨询—成交—回访' },
  description: {
    en: 'A family buying a set of kitchen appliances: booked visit, needs discovery, a quote that stings, objection handling, delivery with installation, and the day-7 follow-up call.',
    zh: '一个家庭选购整套厨房家电：预约到店、需求挖掘、让人皱眉的报价、异议处理、送货安装，直到第 7 天的满意度回访。',
  },
  stages: [
    { en: 'Visit & welcome', zh: '到店接待' },
    { en: 'Needs discovery', zh: '需求挖掘' },
    { en: 'Proposal & quote', zh: '方案报价' },
    { en: 'Objections & deal', zh: '异议与成交' },
    { en: 'Delivery & installation', zh: '送货安装' },
    { en: 'Follow-up', zh: '回访' },
  ],
  touchpoints: [
    {
      key: 'book', stage: 0, lane: 'customer', emotion: 0, servqual: ['responsiveness'],
      title: { en: 'Customer books a store visit online', zh: '顾客在小程序预约到店' },
      channel: { en: 'Online (mini-program)', zh: '线上（小程序）' }, role: { en: 'Online service', zh: '线上客服' },
      standards: { en: ['Confirm the booking within 10 min during opening hours'], zh: ['营业时间内 10 分钟内确认预约'] },
      expectation: { en: 'A quick confirmation and a named consultant waiting for us', zh: '快速确认，到店时有专人接待' },
    },
    {
      key: 'reminder', stage: 0, lane: 'support', emotion: 1, servqual: ['reliability', 'tangibles'],
      title: { en: 'Booking system sends reminder and parking guide', zh: '预约系统推送到店提醒和停车指引' },
      channel: WECHAT, role: { en: 'Store operations', zh: '门店运营' },
      standards: { en: ['Reminder 2 h before the visit with the consultant\'s name, photo and a parking map'], zh: ['到店前 2 小时推送提醒，附导购姓名、照片和停车指引图'] },
    },
    {
      key: 'greet', stage: 0, lane: 'frontstage', emotion: 1, servqual: ['responsiveness', 'empathy', 'tangibles'],
      mot: { family: 'process', importance: 4 },
      title: { en: 'Greeting at the door', zh: '进门迎宾' }, channel: STORE, role: SALES,
      standards: {
        en: ['Eye contact and greeting within 3 s of the customer entering', 'Booked customers greeted by name within 1 min', 'Water or tea offered within 2 min of sitting down'],
        zh: ['顾客进门 3 秒内目光接触并问好', '预约顾客 1 分钟内由专属导购称呼姓氏接待', '落座后 2 分钟内递上茶水'],
      },
      script: {
        en: ['Good morning, welcome! You must be Ms Li; I\'m Chen, we spoke yesterday.', 'Have a seat first; would you like tea or water?'],
        zh: ['您好，欢迎光临！您是李姐吧？我是昨天和您联系的小陈。', '您先坐，喝杯茶还是温水？'],
      },
      risk: { en: 'Staff busy tidying displays; the customer wanders unnoticed', zh: '店员忙着整理样机，顾客进门无人理会' },
      recovery: { en: 'Whoever sees a waiting customer greets first and hands over; apologise for the wait', zh: '任何员工看到等候的顾客都先问好再转交，并为久等致歉' },
    },
    {
      key: 'needs', stage: 1, lane: 'frontstage', emotion: 1, servqual: ['assurance', 'empathy'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Needs discovery: family, kitchen, budget', zh: '了解需求：家庭、厨房尺寸、预算' }, channel: STORE, role: SALES,
      standards: {
        en: ['Ask at least 5 open questions before recommending anything', 'Record kitchen dimensions and cooking habits in the CRM', 'Recommend no more than 3 options'],
        zh: ['推荐前至少问 5 个开放式问题', '厨房尺寸和烹饪习惯录入 CRM', '推荐方案不超过 3 套'],
      },
      script: {
        en: ['Who usually cooks at home, and what do you cook most?', 'Do you have the cabinet measurements? If not, I can send a colleague to measure for free.', 'Is there a budget range you are comfortable with?'],
        zh: ['家里平时谁下厨多？常做哪些菜？', '橱柜尺寸您带来了吗？没有的话我们可以免费上门测量。', '预算大概在什么范围，您心里比较舒服？'],
      },
      expectation: { en: 'Advice for our kitchen, not a hard sell', zh: '针对我家厨房的建议，而不是硬推销' },
    },
    {
      key: 'stock', stage: 1, lane: 'backstage', emotion: 0, servqual: ['reliability'],
      title: { en: 'Consultant checks stock and delivery slots', zh: '导购查询库存与送装档期' },
      channel: { en: 'Store system', zh: '门店系统' }, role: { en: 'Warehouse dispatcher', zh: '仓储调度' },
      standards: { en: ['Stock and earliest delivery date confirmed before the quote, not promised blindly'], zh: ['报价前确认库存和最早送装日期，不随口承诺'] },
    },
    {
      key: 'demo', stage: 2, lane: 'frontstage', emotion: 2, servqual: ['tangibles', 'assurance'],
      title: { en: 'Live cooking demo at the display kitchen', zh: '样板厨房现场烹饪演示' }, channel: STORE, role: SALES,
      standards: { en: ['Demo the customer\'s own dish; measure hood noise with a decibel meter in front of them'], zh: ['用顾客常做的菜演示；当面用分贝仪测油烟机噪音'] },
    },
    {
      key: 'quote', stage: 2, lane: 'frontstage', emotion: -2, servqual: ['reliability', 'assurance'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Quote and package explained', zh: '报价与方案讲解' }, channel: STORE, role: SALES,
      standards: {
        en: ['Itemised quote including delivery, installation and old-appliance removal: no hidden fees', 'Show three price tiers side by side', 'Quote valid for 7 days, in writing'],
        zh: ['报价单逐项列明送货、安装、旧机回收费用，无隐形收费', '三个价位方案并排对比', '书面报价，7 天内有效'],
      },
      script: {
        en: ['Here is everything, including installation, so there are no surprises later.', 'This middle package covers all you mentioned; the top one adds steam cleaning.', 'Take your time; which part would you like me to explain again?'],
        zh: ['这是全部费用，安装都算在里面，后面不会再有额外收费。', '中间这套已经满足您说的需求，高配多了蒸汽自清洁。', '您慢慢看，哪一项需要我再解释一下？'],
      },
      risk: { en: 'Price shock; the customer suspects add-on charges', zh: '价格超出预期，顾客怀疑有隐形收费' },
      recovery: {
        en: 'CLEAR: stay calm, let the customer list every concern, acknowledge that it is a big spend, apologise if anything was unclear, then rebuild the package within budget',
        zh: 'CLEAR：控制情绪，先让顾客把顾虑说完，认同“这是一笔不小的开支”，对没讲清楚的地方致歉，再在预算内重新组合方案',
      },
    },
    {
      key: 'objection', stage: 3, lane: 'frontstage', emotion: -1, servqual: ['empathy', 'assurance'],
      mot: { family: 'business', importance: 4 },
      title: { en: 'Price objection handled', zh: '价格异议处理' }, channel: STORE, role: SALES,
      standards: {
        en: ['Listen to the whole objection without interrupting', 'Compare 10-year running cost, not sticker price', 'Any discount approved by the store manager within 5 min'],
        zh: ['完整听完顾客的异议，不打断', '对比十年使用成本，而不只是标价', '折扣申请 5 分钟内由店长答复'],
      },
      script: {
        en: ['I understand; it is a lot to spend at once.', 'Over ten years the energy savings come to about 1,800 yuan; let me show you.', 'Let me ask my manager what else we can do for you today.'],
        zh: ['理解，一次花这么多钱确实要慎重。', '按十年算，省下的电费大约 1800 元，我给您算一下。', '我去和店长申请一下，看今天还能为您争取什么。'],
      },
    },
    {
      key: 'deal', stage: 3, lane: 'frontstage', emotion: 1, servqual: ['reliability', 'assurance'],
      title: { en: 'Store manager confirms and signs the order', zh: '店长确认并签单' }, channel: STORE, role: MANAGER,
      standards: { en: ['Delivery date, warranty and price written on the order; copy sent to WeChat within 5 min'], zh: ['送装日期、保修和价格写进订单，5 分钟内微信发送电子版'] },
    },
    {
      key: 'order', stage: 4, lane: 'support', emotion: 1, servqual: ['reliability', 'responsiveness'],
      title: { en: 'Order system books delivery and confirms by SMS', zh: '订单系统生成送装单并短信确认' }, channel: WECHAT, role: SERVICE,
      standards: { en: ['Confirmation SMS within 30 min of signing'], zh: ['签单后 30 分钟内发送确认短信'] },
    },
    {
      key: 'dispatch', stage: 4, lane: 'backstage', emotion: 0, servqual: ['reliability'],
      title: { en: 'Warehouse picks goods and assigns an installer', zh: '仓库备货并指派安装师傅' },
      channel: { en: 'Warehouse', zh: '仓库' }, role: { en: 'Warehouse dispatcher', zh: '仓储调度' },
      standards: { en: ['Goods checked for damage before loading; cabinet dimensions passed to the installer'], zh: ['装车前开箱检查外观；橱柜尺寸同步给安装师傅'] },
    },
    {
      key: 'callAhead', stage: 4, lane: 'frontstage', emotion: 1, servqual: ['responsiveness', 'reliability'],
      title: { en: 'Call the day before to confirm a 2-hour window', zh: '送装前一天电话确认两小时时段' }, channel: PHONE, role: SERVICE,
      standards: { en: ['Call before 6 pm the day before; give a 2-hour arrival window'], zh: ['前一天 18 点前来电，约定两小时内的上门时段'] },
    },
    {
      key: 'install', stage: 4, lane: 'frontstage', emotion: 3, peak: true, servqual: ['tangibles', 'reliability', 'empathy'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Installation and first-use walkthrough at home', zh: '上门安装与使用讲解' }, channel: HOME, role: { en: 'Installer', zh: '安装师傅' },
      standards: {
        en: ['Arrive within the agreed window; call 30 min ahead', 'Shoe covers on, floor protected, all packaging taken away', 'Test-run every appliance with the customer and show the cleaning routine'],
        zh: ['在约定时段内到达，提前 30 分钟来电', '穿鞋套、铺保护垫，包装全部带走', '每台电器当面试机，并演示清洁保养'],
      },
      script: {
        en: ['Hello, I\'m Zhao from the store; I\'ll put shoe covers on before coming in.', 'Everything is running. Shall we cook something together so you can try it?', 'Here is a card with my number; call me for anything in the first month.'],
        zh: ['您好，我是门店安装师傅小赵，我先套上鞋套再进门。', '都调试好了，我们一起用它做道菜试试？', '这是我的联系卡，第一个月有任何问题直接打给我。'],
      },
      delight: {
        en: 'The installer cooks the dish the customer mentioned in store with the new oven, and leaves a printed one-page guide with the family\'s own settings',
        zh: '师傅用新烤箱做出顾客在店里提到的那道菜，并留下一页按这家人习惯设置好的《我家厨房使用卡》',
      },
      risk: { en: 'Cabinet cut-out does not fit; a second visit is needed', zh: '橱柜开孔尺寸不符，需要二次上门' },
      recovery: { en: 'CLEAR; apologise on the spot, book the return visit within 48 h and waive all extra fees', zh: 'CLEAR 处理；当场致歉，48 小时内再次上门，所有额外费用全免' },
    },
    {
      key: 'firstUse', stage: 5, lane: 'customer', emotion: 2, servqual: ['reliability', 'tangibles'],
      title: { en: 'Family cooks with the new kitchen for a week', zh: '一家人使用新厨房一周' },
      channel: { en: 'At home', zh: '家中' }, role: SALES,
      expectation: { en: 'Works as shown in store, quiet, easy to clean', zh: '和店里演示的一样好用、安静、好清洁' },
    },
    {
      key: 'crmTask', stage: 5, lane: 'support', emotion: 2, servqual: ['reliability'],
      title: { en: 'CRM schedules the day-7 follow-up task', zh: 'CRM 自动生成第 7 天回访任务' },
      channel: { en: 'CRM', zh: 'CRM 系统' }, role: SERVICE,
    },
    {
      key: 'followUp', stage: 5, lane: 'frontstage', emotion: 2, end: true, servqual: ['empathy', 'responsiveness'],
      mot: { family: 'process', importance: 4 },
      title: { en: 'Day-7 satisfaction call', zh: '第 7 天满意度回访电话' }, channel: PHONE, role: SALES,
      standards: {
        en: ['Call on day 7, 10:00–12:00 or 14:00–18:00, never at meal times', 'Keep it under 5 min', 'Any problem raised gets a solution within 24 h'],
        zh: ['第 7 天 10:00–12:00 或 14:00–18:00 致电，避开饭点', '通话不超过 5 分钟', '提到的问题 24 小时内给出解决方案'],
      },
      script: {
        en: ['Hello Ms Li, it\'s Chen from the store. How has the new kitchen been this week?', 'Is the hood as quiet as you hoped?', 'Thank you for choosing us; if friends need advice, I\'m always happy to help.'],
        zh: ['李姐您好，我是门店的小陈，新厨房用了一周感觉怎么样？', '油烟机的声音还满意吗？', '谢谢您的信任，朋友有需要也欢迎找我咨询。'],
      },
    },
  ],
  alternatives: [
    { from: 'quote', to: 'needs', label: { en: 'Hesitant customer: revisit needs and rework the package', zh: '顾客犹豫：回到需求，重新组合方案' } },
    { from: 'install', to: 'followUp', label: { en: 'Installation complaint: store manager calls within 2 h', zh: '安装投诉：店长 2 小时内致电' } },
  ],
  personas: [
    { name: { en: 'Ms Li', zh: '李女士' }, tier: 'regular', note: { en: 'Newly renovated flat, budget about 30,000 yuan, cares about looks and noise', zh: '新房装修，预算约 3 万元，看重颜值和静音' } },
    { name: { en: 'Mr Wang', zh: '王先生' }, tier: 'key', note: { en: 'Villa owner furnishing three kitchens, expects a named consultant and flawless installation', zh: '别墅业主，三个厨房整体采购，期待专人服务和零瑕疵安装' } },
  ],
}
