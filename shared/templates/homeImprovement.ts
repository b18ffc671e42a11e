/** Template: renovation sales, from the free site measure through objections to handover. */
import type { TemplateSpec } from './spec'

const SHOWROOM = { en: 'Showroom', zh: '门店' }
const SITE = { en: 'On-site visit', zh: '上门' }
const CALL = { en: 'Outbound call', zh: '外呼' }
const WECHAT = { en: 'SMS / WeChat', zh: '短信微信' }
const DESIGNER = { en: 'Designer', zh: '设计师' }
const PM = { en: 'Project manager', zh: '项目经理' }
const MANAGER = { en: 'Store manager', zh: '店长' }

export const HOME_IMPROVEMENT: TemplateSpec = {
  id: 'home-improvement',
  title: { en: 'Renovation sales with objection handling', zh: '家装销售：异议处理全流程' },
  description: {
    en: 'A couple renovating a 100 m² flat: free measure, design and quote, three objections (price, a competitor\'s cheaper offer, doubts about the design), contract, build and handover.',
    zh: '一对夫妻装修 100 平米的房子：免费量房、设计报价、三类异议（价格、竞品更便宜、对设计没把握）、签约、施工与竣工交付。',
  },
  stages: [
    { en: 'Enquiry', zh: '咨询预约' },
    { en: 'Site measure', zh: '上门量房' },
    { en: 'Design & quote', zh: '设计报价' },
    { en: 'Objection handling', zh: '异议处理' },
    { en: 'Contract', zh: '签约' },
    { en: 'Build & handover', zh: '施工交付' },
    { en: 'Follow-up', zh: '回访' },
  ],
  touchpoints: [
    {
      key: 'enquiry', stage: 0, lane: 'customer', emotion: 0, servqual: ['responsiveness'],
      title: { en: 'Homeowner requests a free measure online', zh: '业主在线申请免费量房' },
      channel: { en: 'Online', zh: '线上' }, role: { en: 'Online sales', zh: '网销客服' },
      expectation: { en: 'A real person gets back quickly; no pushy calls', zh: '很快有真人联系，但别一天打好几个电话' },
    },
    {
      key: 'callback', stage: 0, lane: 'frontstage', emotion: 1, servqual: ['responsiveness', 'assurance'],
      mot: { family: 'business', importance: 4 },
      title: { en: 'Call back and book the measure', zh: '电话回访并预约量房' }, channel: CALL, role: { en: 'Online sales', zh: '网销客服' },
      standards: {
        en: ['Call back within 15 min during working hours', 'Offer two measure slots within 3 days', 'Send the designer\'s profile and portfolio by WeChat after the call'],
        zh: ['工作时间 15 分钟内回电', '提供 3 天内的两个量房时段供选择', '挂电话后微信发送设计师简介和作品'],
      },
      script: {
        en: ['Hello, this is Xu from the design studio; you asked for a free measure a moment ago?', 'Would Saturday morning or Sunday afternoon suit you better?'],
        zh: ['您好，我是装饰公司的小徐，您刚刚预约了免费量房对吧？', '这周六上午或者周日下午，哪个时间您比较方便？'],
      },
    },
    {
      key: 'measure', stage: 1, lane: 'frontstage', emotion: 1, servqual: ['assurance', 'empathy', 'reliability'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Designer measures the flat and listens', zh: '设计师上门量房与需求沟通' }, channel: SITE, role: DESIGNER,
      standards: {
        en: ['Arrive within 10 min of the agreed time, shoe covers on', 'Laser-measure every room and photograph every wall', 'Ask about every family member\'s daily routine before talking style'],
        zh: ['约定时间前后 10 分钟内到达，进门穿鞋套', '每个房间激光测量，每面墙拍照', '先问家庭成员的生活习惯，再谈风格'],
      },
      script: {
        en: ['Who will live here, and what does a normal weekday look like for you?', 'Where do you feel most cramped in your current home?'],
        zh: ['平时家里住几口人？工作日一般是怎么过的？', '现在住的房子，哪个地方最让您觉得憋屈？'],
      },
    },
    {
      key: 'drawing', stage: 2, lane: 'backstage', emotion: 0, servqual: ['reliability', 'assurance'],
      title: { en: 'Designer prepares layout and renderings', zh: '设计师出平面方案与效果图' }, channel: { en: 'Design studio', zh: '设计部' }, role: DESIGNER,
      standards: { en: ['Layout and 3 renderings within 5 working days; progress update on day 3'], zh: ['5 个工作日内出平面图和 3 张效果图；第 3 天同步进度'] },
    },
    {
      key: 'costing', stage: 2, lane: 'support', emotion: 0, servqual: ['reliability'],
      title: { en: 'Quoting system builds the itemised budget', zh: '报价系统按清单生成预算' },
      channel: { en: 'Quoting system', zh: '报价系统' }, role: { en: 'Cost estimator', zh: '预算员' },
      standards: { en: ['Every line shows material brand, model, quantity and unit price'], zh: ['每一项标明材料品牌、型号、数量和单价'] },
    },
    {
      key: 'quote', stage: 2, lane: 'frontstage', emotion: -2, servqual: ['assurance', 'reliability', 'tangibles'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Design presentation and quote', zh: '方案讲解与报价' }, channel: SHOWROOM, role: DESIGNER,
      standards: {
        en: ['Quote presented within 2 working days of the design sign-off', 'Walk through every item; say in advance what may be added on site', 'Leave a printed copy; never push for a deposit the same day'],
        zh: ['方案确认后 2 个工作日内报价', '逐项讲解，提前说明施工中可能增项的地方', '留下纸质报价，不当天催定金'],
      },
      script: {
        en: ['Let me start with how the layout solves the cramped entrance you mentioned.', 'This is the full budget; these two items could change once we open the walls, and here is why.'],
        zh: ['先给您看看布局怎么解决您说的玄关太挤的问题。', '这是全部预算，这两项开墙后可能会有变化，我先跟您讲清楚原因。'],
      },
      risk: { en: 'Quote far above expectations; fear of add-ons later', zh: '报价远超预期，担心后期增项' },
      recovery: {
        en: 'CLEAR: stay composed, let them say what worries them, acknowledge that add-ons are a real fear in this trade, apologise for any unclear line, then offer a capped-price package',
        zh: 'CLEAR：保持平和，让业主把担心说出来，认同“装修增项确实让人害怕”，为没讲清的地方道歉，再提供增项封顶的套餐',
      },
    },
    {
      key: 'price', stage: 3, lane: 'frontstage', emotion: -1, servqual: ['empathy', 'assurance'],
      mot: { family: 'business', importance: 5 },
      title: { en: 'Price objection', zh: '价格异议' }, channel: SHOWROOM, role: DESIGNER,
      standards: {
        en: ['Never disparage the customer\'s budget', 'Offer a material substitution list before any discount', 'Discounts only with the store manager\'s written approval'],
        zh: ['不质疑、不评价业主的预算', '先给材料替换清单，再谈折扣', '任何折扣须店长书面批准'],
      },
      script: {
        en: ['That\'s fair; it is more than you planned. Let\'s see where the money goes.', 'If we swap the imported tiles for this domestic range, you save 18,000 and the look stays almost the same.'],
        zh: ['能理解，比您预想的多了不少，我们一起看看钱都花在哪儿。', '进口砖换成这款国产砖，能省 1.8 万，效果几乎一样。'],
      },
    },
    {
      key: 'competitor', stage: 3, lane: 'frontstage', emotion: 0, servqual: ['assurance', 'reliability'],
      mot: { family: 'business', importance: 4 },
      title: { en: 'Competitor comparison', zh: '竞品对比' }, channel: SHOWROOM, role: DESIGNER,
      standards: {
        en: ['Line-by-line comparison table within 1 working day', 'Compare specifications and warranty, never attack the competitor', 'Show a finished site of ours nearby'],
        zh: ['1 个工作日内出逐项对比表', '比规格、比质保，不贬低同行', '带业主看附近的完工工地'],
      },
      script: {
        en: ['Thanks for showing me; let\'s compare them line by line so you can judge.', 'Their waterproofing is one coat, ours is two with a 10-year warranty: that\'s most of the difference.'],
        zh: ['谢谢您给我看，我们逐项对一下，您自己判断。', '他们防水刷一遍，我们刷两遍并保 10 年，差价主要在这里。'],
      },
    },
    {
      key: 'designDoubt', stage: 3, lane: 'frontstage', emotion: 2, servqual: ['tangibles', 'empathy'],
      mot: { family: 'business', importance: 4 },
      title: { en: 'Design doubts eased with a VR walkthrough', zh: 'VR 实景漫游打消设计疑虑' }, channel: SHOWROOM, role: DESIGNER,
      standards: {
        en: ['VR model of their own flat ready within 2 working days', 'Revise up to 3 times free before signing'],
        zh: ['2 个工作日内做好业主自家的 VR 模型', '签约前免费修改 3 次'],
      },
      script: {
        en: ['Put on the headset; you\'re standing at your own front door now.', 'If the grey feels cold, tell me and I\'ll warm it up right here.'],
        zh: ['戴上眼镜，您现在就站在自己家门口。', '如果觉得灰色太冷，跟我说，我们现场就调暖一点。'],
      },
    },
    {
      key: 'contract', stage: 4, lane: 'frontstage', emotion: 1, servqual: ['reliability', 'assurance'],
      title: { en: 'Contract signing with a capped add-on clause', zh: '签约（写明增项封顶条款）' }, channel: SHOWROOM, role: MANAGER,
      standards: { en: ['Schedule, payment stages and add-on cap written into the contract'], zh: ['工期、付款节点和增项上限写入合同'] },
    },
    {
      key: 'schedule', stage: 5, lane: 'backstage', emotion: 0, servqual: ['reliability'],
      title: { en: 'PM schedules trades and orders materials', zh: '项目经理排期与材料下单' }, channel: { en: 'Project office', zh: '工程部' }, role: PM,
      standards: { en: ['Full schedule shared within 3 days of signing'], zh: ['签约后 3 天内发出完整施工排期'] },
    },
    {
      key: 'progress', stage: 5, lane: 'support', emotion: 1, servqual: ['reliability', 'responsiveness'],
      title: { en: 'Daily site photos in the project group', zh: '工地每日进度照片推送' }, channel: WECHAT, role: PM,
      standards: { en: ['Photos and a two-line update posted by 6 pm every working day'], zh: ['每个工作日 18 点前发照片和两句进度说明'] },
    },
    {
      key: 'inspection', stage: 5, lane: 'frontstage', emotion: 1, servqual: ['assurance', 'reliability'],
      title: { en: 'Plumbing and wiring inspection with the owner', zh: '水电验收（业主到场）' }, channel: SITE, role: PM,
      standards: { en: ['Pressure test held for 30 min in front of the owner; results signed by both'], zh: ['当着业主打压 30 分钟，双方签字确认'] },
      risk: { en: 'Schedule slips; the owner hears about it from the workers', zh: '工期延误，业主从工人嘴里才知道' },
      recovery: { en: 'CLEAR: PM calls the owner the same day, explains, apologises and shows the recovered schedule', zh: 'CLEAR：项目经理当天致电说明原因并道歉，给出追回工期的新排期' },
    },
    {
      key: 'handover', stage: 5, lane: 'frontstage', emotion: 3, peak: true, servqual: ['tangibles', 'empathy', 'reliability'],
      mot: { family: 'life', importance: 5 },
      title: { en: 'Handover ceremony', zh: '竣工交付仪式' }, channel: SITE, role: DESIGNER,
      standards: {
        en: ['Deep clean finished the day before', 'Hand over keys, warranty cards and a home manual with every material\'s brand and colour code', 'Walk every room together and log snags to fix within 7 days'],
        zh: ['交付前一天完成开荒保洁', '移交钥匙、保修卡和注明所有材料品牌色号的《房屋说明书》', '一起逐间验收，问题 7 天内整改'],
      },
      script: {
        en: ['Welcome home! Would you like to open the door yourselves?', 'Everything you might need to repaint or replace one day is in this manual.'],
        zh: ['欢迎回家！门由你们亲手打开吧。', '以后要补漆、换件，需要的信息都在这本说明书里。'],
      },
      delight: {
        en: 'The keys come in a wooden box engraved with the family name, and the designer gives them a framed sketch of the living room drawn at the first site measure',
        zh: '钥匙装在刻着家人姓氏的木盒里，设计师送上一幅量房那天画的客厅手绘，已装框',
      },
    },
    {
      key: 'moveIn', stage: 6, lane: 'customer', emotion: 2, servqual: ['tangibles', 'reliability'],
      title: { en: 'Family moves in', zh: '业主一家入住' }, channel: { en: 'At home', zh: '家中' }, role: PM,
      expectation: { en: 'No smell, no cracks, everything works', zh: '没有异味、没有裂缝，东西都好用' },
    },
    {
      key: 'followUp', stage: 6, lane: 'frontstage', emotion: 2, end: true, servqual: ['empathy', 'responsiveness'],
      mot: { family: 'process', importance: 4 },
      title: { en: 'Follow-up call 30 days after moving in', zh: '入住 30 天回访' }, channel: CALL, role: DESIGNER,
      standards: {
        en: ['Call on day 30; ask about every room', 'Any repair visited within 48 h under warranty'],
        zh: ['第 30 天致电，逐个空间询问', '保修问题 48 小时内上门'],
      },
      script: {
        en: ['Hi Mrs Sun, it\'s Xu. You\'ve been in a month now; how is the home treating you?', 'Anything that sticks, squeaks or cracks, tell me and we\'ll be there within two days.', 'Thank you for trusting us with your home. Enjoy it!'],
        zh: ['孙姐您好，我是小徐，住进去一个月了，感觉怎么样？', '有哪里卡、响或者开裂，告诉我，两天内就安排上门。', '感谢您把家交给我们，祝您住得开心！'],
      },
    },
  ],
  alternatives: [
    { from: 'quote', to: 'contract', label: { en: 'No objections: signs after the presentation', zh: '没有异议：讲解后直接签约' } },
    { from: 'price', to: 'drawing', label: { en: 'Over budget: redesign to fit', zh: '超预算：按预算调整方案' } },
  ],
  personas: [
    { name: { en: 'Mr and Mrs Sun', zh: '孙先生夫妇' }, tier: 'regular', note: { en: 'First home, 100 m², budget 250,000 yuan, afraid of add-ons and delays', zh: '首套房 100 平米，预算 25 万，最怕增项和拖工期' } },
  ],
}
