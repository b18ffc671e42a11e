/** SERVQUAL coverage per stage and moment-of-truth counts per family. */
import { bySortKey } from '../model/order'
import {
  SERVQUAL_DIMENSIONS,
  type JourneyDocument,
  type MotFamily,
  type ServqualDimension,
} from '../model/schema'

export interface CoverageCell {
  touchpoints: number
  mots: number
}

export interface StageCoverage {
  stageId: string
  stageName: string
  cells: Record<ServqualDimension, CoverageCell>
  /** Dimensions no touchpoint of this stage serves. */
  uncovered: ServqualDimension[]
}

const emptyCells = (): Record<ServqualDimension, CoverageCell> =>
  Object.fromEntries(SERVQUAL_DIMENSIONS.map((dimension) => [dimension, { touchpoints: 0, mots: 0 }])) as Record<
    ServqualDimension,
    CoverageCell
  >

/** Stages × the five dimensions: how many touchpoints (and MOTs) of the stage serve each one. */
export function servqualCoverage(doc: JourneyDocument): StageCoverage[] {
  const rows = new Map(
    bySortKey(Object.values(doc.stages)).map((stage) => [
      stage.id,
      { stageId: stage.id, stageName: stage.name, cells: emptyCells(), uncovered: [] as ServqualDimension[] },
    ]),
  )
  for (const touchpoint of Object.values(doc.touchpoints)) {
    const row = rows.get(touchpoint.stageId)
    if (!row) continue
    for (const dimension of new Set(touchpoint.servqual)) {
      row.cells[dimension].touchpoints += 1
      if (touchpoint.isMot) row.cells[dimension].mots += 1
    }
  }
  for (const row of rows.values()) {
    row.uncovered = SERVQUAL_DIMENSIONS.filter((dimension) => row.cells[dimension].touchpoints === 0)
  }
  return [...rows.values()]
}

/** Touchpoints tagged with each dimension, over the whole journey. */
export function servqualTotals(doc: JourneyDocument): Record<ServqualDimension, number> {
  const totals = Object.fromEntries(SERVQUAL_DIMENSIONS.map((dimension) => [dimension, 0])) as Record<
    ServqualDimension,
    number
  >
  for (const touchpoint of Object.values(doc.touchpoints)) {
    for (const dimension of new Set(touchpoint.servqual)) totals[dimension] += 1
  }
  return totals
}

export type MotCounts = Record<MotFamily | 'unspecified' | 'total', number>

/** Moments of truth per family (life / process / business / not yet chosen) and in total. */
export function motCounts(doc: JourneyDocument): MotCounts {
  const counts: MotCounts = { life: 0, process: 0, business: 0, unspecified: 0, total: 0 }
  for (const touchpoint of Object.values(doc.touchpoints)) {
    if (!touchpoint.isMot) continue
    counts[touchpoint.motFamily ?? 'unspecified'] += 1
    counts.total += 1
  }
  return counts
}
