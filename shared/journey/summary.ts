/**
 * The journey summary behind `mot-studio info --json` (a documented contract, docs/file-format.md)
 * and the app's summary panel. Figures are rounded to two decimals here because this is output.
 */
import { bySortKey } from '../model/order'
import type { JourneyDocument, ServqualDimension } from '../model/schema'
import { motCounts, servqualTotals, type MotCounts } from './coverage'
import { touchpointsInDocumentOrder } from './mainPath'
import { experienceCurve, peakEnd } from './peakEnd'

export interface JourneySummary {
  title: string
  stages: number
  touchpoints: number
  edges: number
  mots: MotCounts
  peaks: string[]
  end: string | null
  mainPath: number
  emotion: { mean: number; peak: number; end: number; remembered: number } | null
  servqual: Record<ServqualDimension, number>
}

/** Rounds half away from zero to two decimals (−0.005 → −0.01), never to "-0". */
export function round2(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * 100 + Number.EPSILON) / 100
  return rounded === 0 ? 0 : rounded
}

export function summarizeJourney(doc: JourneyDocument): JourneySummary {
  const ordered = touchpointsInDocumentOrder(doc)
  const curve = experienceCurve(doc)
  const score = peakEnd(curve.map((point) => point.emotion))
  const designedEnd = ordered.find((touchpoint) => touchpoint.isEnd)
  return {
    title: doc.meta.title,
    stages: Object.keys(doc.stages).length,
    touchpoints: ordered.length,
    edges: bySortKey(Object.values(doc.edges)).length,
    mots: motCounts(doc),
    peaks: ordered.filter((touchpoint) => touchpoint.isPeak).map((touchpoint) => touchpoint.title),
    end: designedEnd?.title ?? null,
    mainPath: curve.length,
    emotion: score && {
      mean: round2(score.mean),
      peak: score.peak,
      end: score.end,
      remembered: round2(score.remembered),
    },
    servqual: servqualTotals(doc),
  }
}
