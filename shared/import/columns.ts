/**
 * The columns of the touchpoint spreadsheet and how a header row is matched to them. Headers may
 * be English or Chinese, in any case and spacing, so teams can keep the sheet they already have.
 */
import type { Message } from '../i18n/translate'
import type { Locale } from '../model/schema'

/** Every column the importer understands, in the order the template lists them. */
export const COLUMN_IDS = [
  'stage',
  'touchpoint',
  'channel',
  'role',
  'lane',
  'mot',
  'importance',
  'emotion',
  'peak',
  'end',
  'servqual',
  'standard',
  'script',
  'delight',
  'risk',
  'recovery',
  'expectation',
  'notes',
  'next',
] as const
export type ColumnId = (typeof COLUMN_IDS)[number]

/** Columns without which a row cannot become a touchpoint. */
export const REQUIRED_COLUMNS: readonly ColumnId[] = ['stage', 'touchpoint']

interface ColumnSpec {
  /** The header the template writes, per language. */
  header: Record<Locale, string>
  /** Further accepted spellings, compared after {@link normalizeLabel}. */
  aliases: readonly string[]
}

export const COLUMNS: Record<ColumnId, ColumnSpec> = {
  stage: { header: { en: 'Stage', 'zh-CN': '阶段' }, aliases: [] },
  touchpoint: { header: { en: 'Touchpoint', 'zh-CN': '接触点' }, aliases: [] },
  channel: { header: { en: 'Channel', 'zh-CN': '渠道' }, aliases: [] },
  role: { header: { en: 'Role', 'zh-CN': '岗位' }, aliases: ['post'] },
  lane: { header: { en: 'Lane', 'zh-CN': '泳道' }, aliases: [] },
  mot: { header: { en: 'MOT', 'zh-CN': '关键时刻' }, aliases: ['moment of truth'] },
  importance: { header: { en: 'Importance', 'zh-CN': '重要度' }, aliases: [] },
  emotion: { header: { en: 'Emotion', 'zh-CN': '情绪' }, aliases: [] },
  peak: { header: { en: 'Peak', 'zh-CN': '峰值' }, aliases: [] },
  end: { header: { en: 'End', 'zh-CN': '终点' }, aliases: [] },
  servqual: { header: { en: 'SERVQUAL', 'zh-CN': '服务质量维度' }, aliases: [] },
  standard: { header: { en: 'Standard', 'zh-CN': '服务标准' }, aliases: ['standards', 'service standard'] },
  script: { header: { en: 'Script', 'zh-CN': '标准话术' }, aliases: [] },
  delight: { header: { en: 'Delight', 'zh-CN': '感动点' }, aliases: [] },
  risk: { header: { en: 'Risk', 'zh-CN': '风险点' }, aliases: [] },
  recovery: { header: { en: 'Recovery', 'zh-CN': '补救措施' }, aliases: [] },
  expectation: { header: { en: 'Expectation', 'zh-CN': '客户期望' }, aliases: [] },
  notes: { header: { en: 'Notes', 'zh-CN': '备注' }, aliases: ['note'] },
  next: { header: { en: 'Next', 'zh-CN': '下一步' }, aliases: ['next step'] },
}

/**
 * The comparable form of a header or a keyword: no BOM, full-width characters folded (NFKC, so
 * `ＭＯＴ` and `MOT` agree), lower case, no whitespace at all.
 */
export function normalizeLabel(text: string): string {
  return text.replace(/\uFEFF/g, '').normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

const COLUMN_BY_LABEL = new Map<string, ColumnId>(
  COLUMN_IDS.flatMap((id) => {
    const spec = COLUMNS[id]
    return [id, spec.header.en, spec.header['zh-CN'], ...spec.aliases].map((label) => [normalizeLabel(label), id] as const)
  }),
)

/** Where each known column sits in the file, and the header text the user wrote for it. */
export type ColumnMap = Partial<Record<ColumnId, { index: number; header: string }>>

export type HeaderMatch = { ok: true; columns: ColumnMap } | { ok: false; problems: Message[] }

/**
 * Finds the known columns in a header row. Unknown headers are ignored (teams keep their own
 * working columns); a missing required column or a column given twice makes the file unusable.
 */
export function matchHeaders(headers: readonly string[], locale: Locale): HeaderMatch {
  const columns: ColumnMap = {}
  const problems: Message[] = []
  headers.forEach((raw, index) => {
    const header = raw.replace(/\uFEFF/g, '').trim()
    const id = COLUMN_BY_LABEL.get(normalizeLabel(header))
    if (!id) return
    const earlier = columns[id]
    if (earlier) {
      problems.push({ key: 'import.duplicateColumn', params: { column: header, first: earlier.header } })
      return
    }
    columns[id] = { index, header }
  })
  for (const id of REQUIRED_COLUMNS) {
    if (columns[id]) continue
    const other: Locale = locale === 'en' ? 'zh-CN' : 'en'
    problems.push({
      key: 'import.missingColumn',
      params: { column: COLUMNS[id].header[locale], alternative: COLUMNS[id].header[other] },
    })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns }
}
