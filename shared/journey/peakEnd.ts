/**
 * Peak-end along the main path (Kahneman; methods.md §1). Full precision here; round for display only.
 */
import type { JourneyDocument } from '../model/schema'
import { mainPath } from './mainPath'

export interface CurvePoint {
  touchpointId: string
  title: string
  stageId: string
  emotion: number
  isPeak: boolean
  isEnd: boolean
  isMot: boolean
}

/** The experience curve: one point per main-path touchpoint, in order. */
export function experienceCurve(doc: JourneyDocument): CurvePoint[] {
  return mainPath(doc).map((touchpoint) => ({
    touchpointId: touchpoint.id,
    title: touchpoint.title,
    stageId: touchpoint.stageId,
    emotion: touchpoint.emotion,
    isPeak: touchpoint.isPeak,
    isEnd: touchpoint.isEnd,
    isMot: touchpoint.isMot,
  }))
}

export interface PeakEndScore {
  mean: number
  /** The most intense emotion; on a tie between +x and −x, the negative one (bad is stronger). */
  peak: number
  end: number
  remembered: number
  /** Index into the curve of the computed peak (first occurrence). */
  peakIndex: number
}

/** Peak-end figures for a list of emotions; null when there are none. */
export function peakEnd(emotions: readonly number[]): PeakEndScore | null {
  if (emotions.length === 0) return null
  let peakIndex = 0
  emotions.forEach((value, index) => {
    const best = emotions[peakIndex]!
    if (Math.abs(value) > Math.abs(best) || (Math.abs(value) === Math.abs(best) && value < best)) {
      peakIndex = index
    }
  })
  const peak = emotions[peakIndex]!
  const end = emotions.at(-1)!
  const mean = emotions.reduce((sum, value) => sum + value, 0) / emotions.length
  return { mean, peak, end, remembered: (peak + end) / 2, peakIndex }
}

export type PeakEndWarningCode =
  | 'peak-negative'
  | 'designed-peak-weaker-than-worst'
  | 'end-negative'
  | 'lowest-before-end'
  | 'no-designed-peak'

export interface PeakEndWarning {
  code: PeakEndWarningCode
  touchpointId?: string
}

/** Design warnings of methods.md §1 plus the domain's "no designed peak" defect. */
export function peakEndWarnings(curve: readonly CurvePoint[]): PeakEndWarning[] {
  const score = peakEnd(curve.map((point) => point.emotion))
  if (!score) return []
  const warnings: PeakEndWarning[] = []
  if (score.peak < 0) warnings.push({ code: 'peak-negative', touchpointId: curve[score.peakIndex]!.touchpointId })
  const designed = curve.filter((point) => point.isPeak)
  if (designed.length === 0) warnings.push({ code: 'no-designed-peak' })
  const worst = Math.min(...curve.map((point) => point.emotion))
  if (worst < 0) {
    for (const point of designed) {
      if (Math.abs(point.emotion) < Math.abs(worst)) {
        warnings.push({ code: 'designed-peak-weaker-than-worst', touchpointId: point.touchpointId })
      }
    }
  }
  const last = curve.at(-1)!
  if (score.end < 0) warnings.push({ code: 'end-negative', touchpointId: last.touchpointId })
  if (curve.length >= 3 && worst < last.emotion) {
    const lowestIndex = curve.map((point) => point.emotion).lastIndexOf(worst)
    if (lowestIndex === curve.length - 2) {
      warnings.push({ code: 'lowest-before-end', touchpointId: curve[lowestIndex]!.touchpointId })
    }
  }
  return warnings
}

/** Peak-end score of the document's main path. */
export function journeyPeakEnd(doc: JourneyDocument): PeakEndScore | null {
  return peakEnd(experienceCurve(doc).map((point) => point.emotion))
}

