/**
 * Does a service standard set a time limit? Heuristic detection of time expressions in Chinese
 * and English: durations ("3 秒内", "24 小时", "2 个工作日", "within 5 minutes", "24h", "30 min"),
 * clock deadlines ("18 点前", "10:00", "before 6 pm"), relative days ("当天", "次日", "the day
 * before", "on day 7"), immediacy ("立即", "当场", "immediately", "on the spot"), frequencies
 * ("每周", "daily") and agreed times ("约定时间", "the promised time").
 *
 * Deliberately not time limits: counts ("5 个问题", "3 options"), years ("十年使用成本",
 * "10-year cost"), scores ("10 分"), distances ("1,000 km"), "4S 店".
 */
import { normalizeText } from './text'

const ZH_NUMBER = '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+|半)'
const ZH_RANGE = `${ZH_NUMBER}(?:\\s*[-–—~至到或]\\s*${ZH_NUMBER})?`
const ZH_UNIT = '(?:秒钟?|分钟|刻钟|小时|钟头|天|日(?![元常])|工作日|自然日|周(?!年)|星期|礼拜|月)'

const EN_DIGITS = '\\d+(?:[.,]\\d+)?'
const EN_DIGIT_RANGE = `${EN_DIGITS}(?:\\s*(?:-|–|—|to|or)\\s*${EN_DIGITS})?`
const EN_UNIT = '(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|business days?|working days?|weekdays?|weeks?|months?)'
const EN_WORD_NUMBER =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)'
/** "a second visit" is not a time limit, so spelled-out numbers never take the singular "second". */
const EN_WORD_UNIT = '(?:seconds|mins?|minutes?|hours?|days?|business days?|working days?|weeks?|months?)'

const PATTERNS: readonly RegExp[] = [
  // 3 秒内, 24 小时, 两个工作日, 一个半小时, 3 个月, 2–3 天, 第 7 天, 半天 (个 only before units that take it)
  new RegExp(`${ZH_RANGE}\\s*(?:个\\s*半?\\s*(?:小时|钟头|工作日|自然日|星期|礼拜|月)|半?\\s*${ZH_UNIT})`),
  // 18 点前, 10 点到, 六点半, 9 点钟, 上午 9 点 (but not "有一点后悔")
  /\d{1,2}\s*点\s*(?:前|之前|以前|后|之后|以后|到|至|半|整|钟)/,
  /[一二两三四五六七八九十]{1,3}\s*点\s*(?:半|整|钟)/,
  /(?:上午|下午|中午|早上|晚上|凌晨|傍晚)\s*\d{1,2}\s*点/,
  // clock times 10:00, 14:30
  /\b\d{1,2}:\d{2}\b/,
  // relative days, immediacy, frequencies, parts of the day, agreed times
  /当天|当日|当晚|当班|次日|隔天|隔日|翌日|前一天|前一日|前一晚|今天|今日|今晚|明天|明日|明早|即时|立即|立刻|马上|第一时间|当场|实时|限时|每天|每日|每晚|每周|每月|每季度/,
  /(?:上午|下午|中午|傍晚|凌晨)(?!好)/,
  /(?:约定|承诺|预约|预定)的?(?:时间|时段|时限)/,
  // 24h, 3 s, 30 min, 2-hour, 5 working days, 1.5 hours ("4S 店" is a car dealership, not 4 seconds)
  new RegExp(`\\b${EN_DIGIT_RANGE}\\s*-?\\s*${EN_UNIT}\\b(?!\\s*(?:店|shop|store|dealer))`),
  new RegExp(`\\b${EN_WORD_NUMBER}(?:\\s*(?:-|to|or)\\s*${EN_WORD_NUMBER})?[\\s-]+${EN_WORD_UNIT}\\b`),
  /\b(?:an?|one|half an?|half a|an? \w+ and a half)\s+(?:minute|hour|day|week|month|business day|working day)s?\b/,
  // 6 pm, 10am, 9 a.m., noon, midnight
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/,
  /\b(?:noon|midnight|immediately|instantly|right away|at once|on the spot|same[- ]day|next[- ]day|the day (?:before|after)|overnight|real[- ]time|on time|today|tonight|tomorrow|daily|weekly|monthly|every (?:day|week|month|morning|evening)|within the hour|end of (?:the )?day)\b/,
  /\bday[- ]?\d+\b/,
  /\b(?:promised|agreed|booked|scheduled|appointed|arranged|committed) (?:time|slot|window|hour|date)\b/,
  /(?<!good )\b(?:morning|afternoon|evening)\b/,
]

/** Quoted text is a label or something said ("分成“马上处理”和“可以等等”"), not a time limit. */
const QUOTED = /"[^"]*"|「[^」]*」|『[^』]*』/g

/** True when `text` contains a time expression in Chinese or English (see the module comment). */
export function hasTimeLimit(text: string): boolean {
  const normalized = normalizeText(text).replace(QUOTED, ' ')
  if (normalized.trim() === '') return false
  return PATTERNS.some((pattern) => pattern.test(normalized))
}
