/**
 * The audit sheet's columns (docs/file-format.md §7), in English and Chinese with further accepted
 * spellings, and the words accepted for an audit's source. Read by the audit import and written by
 * the scorecard workbook's audit-entry sheet.
 */
import { AUDIT_SOURCES } from '../model/scorecard'
import { headerKey, type SheetColumn } from './sheet'

export const AUDIT_COLUMN_IDS = ['audit', 'date', 'store', 'post', 'indicator', 'score', 'auditor', 'scorecard', 'comment', 'source'] as const
export type AuditColumnId = (typeof AUDIT_COLUMN_IDS)[number]

/** The columns of the audit sheet, English / Chinese, with further accepted spellings. */
export const AUDIT_COLUMNS: Readonly<Record<AuditColumnId, SheetColumn>> = {
  audit: { header: { en: 'audit', 'zh-CN': '检查编号' }, aliases: ['audit id', 'audit no', 'audit number', '检查单号', '稽核编号'] },
  date: { header: { en: 'date', 'zh-CN': '日期' }, aliases: ['audit date', '检查日期'] },
  store: { header: { en: 'store', 'zh-CN': '门店' }, aliases: ['门店名称', '网点'] },
  post: { header: { en: 'post', 'zh-CN': '岗位' }, aliases: ['role', '服务岗位'] },
  indicator: { header: { en: 'indicator', 'zh-CN': '指标' }, aliases: ['考核指标', '指标名称'] },
  score: { header: { en: 'score', 'zh-CN': '得分' }, aliases: ['answer', '分数', '评分'] },
  auditor: { header: { en: 'auditor', 'zh-CN': '检查人' }, aliases: ['检查员', '稽核员'] },
  scorecard: { header: { en: 'scorecard', 'zh-CN': '考核表' }, aliases: ['scorecard name', '考核表名称'] },
  comment: { header: { en: 'comment', 'zh-CN': '备注' }, aliases: ['comments', 'note', 'notes'] },
  source: { header: { en: 'source', 'zh-CN': '来源' }, aliases: ['数据来源'] },
}

export const REQUIRED_AUDIT_COLUMNS: readonly AuditColumnId[] = ['audit', 'date', 'indicator', 'score']

export type AuditSource = (typeof AUDIT_SOURCES)[number]
const SOURCE_WORDS: Record<AuditSource, readonly string[]> = {
  audit: ['audit', '检查', '稽核', '巡检', '审核'],
  mysteryShopper: ['mystery shopper', 'mystery shopping', 'mysteryShopper', '神秘顾客', '神秘客', '暗访'],
  survey: ['survey', '问卷', '问卷调查', '调查'],
}
const SOURCES = new Map<string, AuditSource>(
  AUDIT_SOURCES.flatMap((source) => SOURCE_WORDS[source].map((word) => [headerKey(word), source] as const)),
)

/** The source a cell names (any accepted word, any case and width), or null. */
export const auditSourceOf = (text: string): AuditSource | null => SOURCES.get(headerKey(text)) ?? null
