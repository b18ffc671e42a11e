/**
 * Canvas filters: show only MOTs, one family, one SERVQUAL dimension, one role, one channel, or
 * cards matching a text. Cards that do not match are dimmed, never hidden, so the map keeps its shape.
 */
import type { MotFamily, ServqualDimension, Touchpoint } from '../model/schema'

export interface CanvasFilter {
  motOnly: boolean
  family: MotFamily | 'unspecified' | null
  dimension: ServqualDimension | null
  role: string | null
  channel: string | null
  stageId: string | null
  text: string
}

export const NO_FILTER: CanvasFilter = { motOnly: false, family: null, dimension: null, role: null, channel: null, stageId: null, text: '' }

export function isFilterActive(filter: CanvasFilter): boolean {
  return (
    filter.motOnly ||
    filter.family !== null ||
    filter.dimension !== null ||
    filter.role !== null ||
    filter.channel !== null ||
    filter.stageId !== null ||
    filter.text.trim() !== ''
  )
}

/** Folds case, width (全角/半角) and surrounding space, so "ＶＩＰ" finds "vip". */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim()
}

const SEARCHED_FIELDS = ['title', 'channel', 'role', 'delight', 'risk', 'recovery', 'expectation', 'notes'] as const

/** Whether a card matches every active part of the filter. */
export function matchesFilter(touchpoint: Touchpoint, filter: CanvasFilter): boolean {
  if (filter.motOnly && !touchpoint.isMot) return false
  if (filter.family !== null && (!touchpoint.isMot || (touchpoint.motFamily ?? 'unspecified') !== filter.family)) return false
  if (filter.dimension !== null && !touchpoint.servqual.includes(filter.dimension)) return false
  if (filter.role !== null && foldText(touchpoint.role) !== foldText(filter.role)) return false
  if (filter.channel !== null && foldText(touchpoint.channel) !== foldText(filter.channel)) return false
  if (filter.stageId !== null && touchpoint.stageId !== filter.stageId) return false
  const query = foldText(filter.text)
  if (query === '') return true
  return (
    SEARCHED_FIELDS.some((field) => foldText(touchpoint[field]).includes(query)) ||
    touchpoint.standards.some((standard) => foldText(standard.text).includes(query)) ||
    touchpoint.scriptLines.some((line) => foldText(line.text).includes(query))
  )
}

/** The distinct roles or channels used in a journey, for the filter menus. */
export function distinctValues(touchpoints: Iterable<Touchpoint>, field: 'role' | 'channel'): string[] {
  const seen = new Map<string, string>()
  for (const touchpoint of touchpoints) {
    const value = touchpoint[field].trim()
    if (value && !seen.has(foldText(value))) seen.set(foldText(value), value)
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b))
}
