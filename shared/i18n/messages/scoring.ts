/**
 * Scorecard weights, score answers, AHP matrices and the labels the score charts must show
 * (methods.md §2–§6). Dimension-specific messages have one key per SERVQUAL dimension so the
 * dimension's name is translated with the sentence.
 */
import { defineMessages } from '../define'

export const scoringMessages = defineMessages({
  en: {
    'scoring.noIndicators': 'Scorecard "{scorecard}" has no indicators.',
    'scoring.dimensionWeightsSum': 'The dimension weights of scorecard "{scorecard}" add up to {sum}; they must add up to {expected}.',
    'scoring.flatWeightsSum': 'The indicator weights of scorecard "{scorecard}" add up to {sum}; they must add up to {expected}.',
    'scoring.indicatorWeightsSum.tangibles': 'The indicator weights within Tangibles of scorecard "{scorecard}" add up to {sum}; they must add up to {expected}.',
    'scoring.indicatorWeightsSum.reliability': 'The indicator weights within Reliability of scorecard "{scorecard}" add up to {sum}; they must add up to {expected}.',
    'scoring.indicatorWeightsSum.responsiveness': 'The indicator weights within Responsiveness of scorecard "{scorecard}" add up to {sum}; they must add up to {expected}.',
    'scoring.indicatorWeightsSum.assurance': 'The indicator weights within Assurance of scorecard "{scorecard}" add up to {sum}; they must add up to {expected}.',
    'scoring.indicatorWeightsSum.empathy': 'The indicator weights within Empathy of scorecard "{scorecard}" add up to {sum}; they must add up to {expected}.',
    'scoring.dimensionWeightMissing.tangibles': 'Scorecard "{scorecard}": Tangibles has indicators but no dimension weight.',
    'scoring.dimensionWeightMissing.reliability': 'Scorecard "{scorecard}": Reliability has indicators but no dimension weight.',
    'scoring.dimensionWeightMissing.responsiveness': 'Scorecard "{scorecard}": Responsiveness has indicators but no dimension weight.',
    'scoring.dimensionWeightMissing.assurance': 'Scorecard "{scorecard}": Assurance has indicators but no dimension weight.',
    'scoring.dimensionWeightMissing.empathy': 'Scorecard "{scorecard}": Empathy has indicators but no dimension weight.',
    'scoring.dimensionWeightUnused.tangibles': 'Scorecard "{scorecard}": Tangibles has a dimension weight ({weight}) but no indicators.',
    'scoring.dimensionWeightUnused.reliability': 'Scorecard "{scorecard}": Reliability has a dimension weight ({weight}) but no indicators.',
    'scoring.dimensionWeightUnused.responsiveness': 'Scorecard "{scorecard}": Responsiveness has a dimension weight ({weight}) but no indicators.',
    'scoring.dimensionWeightUnused.assurance': 'Scorecard "{scorecard}": Assurance has a dimension weight ({weight}) but no indicators.',
    'scoring.dimensionWeightUnused.empathy': 'Scorecard "{scorecard}": Empathy has a dimension weight ({weight}) but no indicators.',
    'scoring.lockedOver100': 'The locked weights add up to {locked}, more than 100. Unlock some weights to normalise.',
    'scoring.allLocked': 'All weights are locked and add up to {locked}. Unlock at least one to normalise to 100.',
    'scoring.answerNotYesNo': '"{answer}" is not yes or no (leave it blank or write N/A if it does not apply).',
    'scoring.answerNotNumber': '"{answer}" is not a number (leave it blank or write N/A if it does not apply).',
    'scoring.answerOutOfRange': '{answer} is outside the scale {min}–{max}.',
    'scoring.ahpNotSquare': 'The comparison matrix must be square: it has {rows} rows, but row {row} has {columns} values.',
    'scoring.ahpNotPositive': 'Comparison {row}–{column} must be a positive number, not {value}.',
    'scoring.ahpDiagonal': 'Criterion {row} compared with itself must be 1, not {value}.',
    'scoring.ahpNotReciprocal': 'Comparison {column}–{row} must be the reciprocal of comparison {row}–{column} ({expected}), not {value}.',
    'scoring.ahpOffScale': 'Comparison {row}–{column} is {value}; use a whole number from 1 to 9 or its reciprocal (1/2 … 1/9).',
    'scoring.ahpTooLarge': 'The consistency ratio is only defined for up to 10 criteria; this matrix has {n}. Group the criteria and compare each group separately.',
    'scoring.ahpRandomIndex': 'Consistency ratio computed with Saaty’s 1980 random index; below 0.10 is acceptable.',
    'scoring.npsIndicative': 'Indicative only: n = {n}, fewer than 30 answers.',
    'scoring.servqualPerRespondent': 'Weighted per respondent: each respondent’s own importance points × their own gaps, then averaged (not mean weights × mean gaps).',
    'scoring.ipaCrosshairData': 'Crosshairs at the means of the plotted indicators (importance {importance}, performance {performance}).',
    'scoring.ipaCrosshairScale': 'Crosshairs at the scale midpoints (importance {importance}, performance {performance}).',
    'scoring.ipaTieRule': 'A point on a crosshair counts in the better quadrant: performance on the line counts as high; importance on the line counts as high when performance is high (keep up) and as low when performance is low (low priority).',
    'scoring.quadrant.concentrate': 'Concentrate here',
    'scoring.quadrant.keepUp': 'Keep up the good work',
    'scoring.quadrant.lowPriority': 'Low priority',
    'scoring.quadrant.overkill': 'Possible overkill',
  },
  'zh-CN': {
    'scoring.noIndicators': '考核表“{scorecard}”没有考核指标。',
    'scoring.dimensionWeightsSum': '考核表“{scorecard}”的维度权重合计为 {sum}，应为 {expected}。',
    'scoring.flatWeightsSum': '考核表“{scorecard}”的指标权重合计为 {sum}，应为 {expected}。',
    'scoring.indicatorWeightsSum.tangibles': '考核表“{scorecard}”中有形性维度内的指标权重合计为 {sum}，应为 {expected}。',
    'scoring.indicatorWeightsSum.reliability': '考核表“{scorecard}”中可靠性维度内的指标权重合计为 {sum}，应为 {expected}。',
    'scoring.indicatorWeightsSum.responsiveness': '考核表“{scorecard}”中响应性维度内的指标权重合计为 {sum}，应为 {expected}。',
    'scoring.indicatorWeightsSum.assurance': '考核表“{scorecard}”中保证性维度内的指标权重合计为 {sum}，应为 {expected}。',
    'scoring.indicatorWeightsSum.empathy': '考核表“{scorecard}”中移情性维度内的指标权重合计为 {sum}，应为 {expected}。',
    'scoring.dimensionWeightMissing.tangibles': '考核表“{scorecard}”：有形性维度有考核指标，但没有维度权重。',
    'scoring.dimensionWeightMissing.reliability': '考核表“{scorecard}”：可靠性维度有考核指标，但没有维度权重。',
    'scoring.dimensionWeightMissing.responsiveness': '考核表“{scorecard}”：响应性维度有考核指标，但没有维度权重。',
    'scoring.dimensionWeightMissing.assurance': '考核表“{scorecard}”：保证性维度有考核指标，但没有维度权重。',
    'scoring.dimensionWeightMissing.empathy': '考核表“{scorecard}”：移情性维度有考核指标，但没有维度权重。',
    'scoring.dimensionWeightUnused.tangibles': '考核表“{scorecard}”：有形性维度设置了权重（{weight}），但没有考核指标。',
    'scoring.dimensionWeightUnused.reliability': '考核表“{scorecard}”：可靠性维度设置了权重（{weight}），但没有考核指标。',
    'scoring.dimensionWeightUnused.responsiveness': '考核表“{scorecard}”：响应性维度设置了权重（{weight}），但没有考核指标。',
    'scoring.dimensionWeightUnused.assurance': '考核表“{scorecard}”：保证性维度设置了权重（{weight}），但没有考核指标。',
    'scoring.dimensionWeightUnused.empathy': '考核表“{scorecard}”：移情性维度设置了权重（{weight}），但没有考核指标。',
    'scoring.lockedOver100': '已锁定的权重合计为 {locked}，超过 100。请解锁部分权重后再归一化。',
    'scoring.allLocked': '所有权重都已锁定，合计为 {locked}。请至少解锁一项，才能归一化到 100。',
    'scoring.answerNotYesNo': '“{answer}”不是“是”或“否”（不适用时请留空或填写“不适用”）。',
    'scoring.answerNotNumber': '“{answer}”不是数字（不适用时请留空或填写“不适用”）。',
    'scoring.answerOutOfRange': '{answer} 超出了评分范围 {min}–{max}。',
    'scoring.ahpNotSquare': '判断矩阵必须是方阵：共有 {rows} 行，但第 {row} 行有 {columns} 个值。',
    'scoring.ahpNotPositive': '比较 {row}–{column} 必须是正数，而不是 {value}。',
    'scoring.ahpDiagonal': '准则 {row} 与自身比较必须为 1，而不是 {value}。',
    'scoring.ahpNotReciprocal': '比较 {column}–{row} 必须是比较 {row}–{column} 的倒数（{expected}），而不是 {value}。',
    'scoring.ahpOffScale': '比较 {row}–{column} 为 {value}；请使用 1 到 9 的整数或其倒数（1/2 … 1/9）。',
    'scoring.ahpTooLarge': '一致性比率只适用于不超过 10 个准则，此矩阵有 {n} 个。请将准则分组，分别两两比较。',
    'scoring.ahpRandomIndex': '一致性比率按 Saaty 1980 年的随机一致性指标（RI）计算；低于 0.10 即可接受。',
    'scoring.npsIndicative': '仅供参考：n = {n}，回答少于 30 份。',
    'scoring.servqualPerRespondent': '按受访者加权：先用每位受访者自己的重要性分配乘以其差距，再求平均（而不是平均权重 × 平均差距）。',
    'scoring.ipaCrosshairData': '十字线位于所绘指标的平均值（重要性 {importance}，表现 {performance}）。',
    'scoring.ipaCrosshairScale': '十字线位于量表中点（重要性 {importance}，表现 {performance}）。',
    'scoring.ipaTieRule': '恰好落在十字线上的点归入较好的象限：表现落在线上视为高；重要性落在线上时，表现高则视为高（继续保持），表现低则视为低（低优先级）。',
    'scoring.quadrant.concentrate': '重点改进',
    'scoring.quadrant.keepUp': '继续保持',
    'scoring.quadrant.lowPriority': '低优先级',
    'scoring.quadrant.overkill': '过度投入',
  },
})

/** A key of this area (a subset of `MessageKey` once the area is registered in translate.ts). */
export type ScoringMessageKey = keyof (typeof scoringMessages)['en']

/** A scoring message not yet rendered; assignable to `Message` once the area is registered. */
export interface ScoringMessage {
  key: ScoringMessageKey
  params: Record<string, string | number>
}
