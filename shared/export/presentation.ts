/**
 * The slides of the workshop presentation (pure): a title slide with the journey's title, version,
 * counts and peak-end figures, then one slide per stage in order with its touchpoints in document
 * order. The experience curve of the whole main path runs under every stage slide, with the
 * points of that stage highlighted. Also the key map the presentation uses.
 */
import { motCounts, type MotCounts } from '../journey/coverage'
import { touchpointsInDocumentOrder } from '../journey/mainPath'
import { experienceCurve, peakEnd, type CurvePoint, type PeakEndScore } from '../journey/peakEnd'
import { bySortKey } from '../model/order'
import type { JourneyDocument, MotFamily, ServqualDimension } from '../model/schema'

export interface PresentationCard {
  id: string
  title: string
  channel: string
  role: string
  laneName: string
  isMot: boolean
  motFamily: MotFamily | null
  importance: number
  isPeak: boolean
  isEnd: boolean
  emotion: number
  servqual: ServqualDimension[]
  /** The first non-empty service standard and script line, or null. */
  standard: string | null
  scriptLine: string | null
  /** Whether the touchpoint is on the main path (and so on the curve). */
  onMainPath: boolean
}

export interface TitleSlide {
  kind: 'title'
  title: string
  versionLabel: string
  description: string
  stages: number
  touchpoints: number
  mots: MotCounts
  /** Touchpoints on the main path (points of the curve). */
  mainPath: number
  /** Full precision; display rounds to two decimals. */
  score: PeakEndScore | null
}

export interface StageSlide {
  kind: 'stage'
  stageId: string
  name: string
  /** 1-based position among the stages, and their count ("Stage n of N"). */
  number: number
  count: number
  cards: PresentationCard[]
  /** Indexes into the curve of this stage's points. */
  curveIndexes: number[]
}

export type Slide = TitleSlide | StageSlide

export interface Presentation {
  slides: Slide[]
  curve: CurvePoint[]
  score: PeakEndScore | null
}

const firstText = (list: readonly string[]) => list.map((entry) => entry.trim()).find(Boolean) ?? null

export function presentationSlides(doc: JourneyDocument): Presentation {
  const curve = experienceCurve(doc)
  const score = peakEnd(curve.map((point) => point.emotion))
  const onPath = new Set(curve.map((point) => point.touchpointId))
  const ordered = touchpointsInDocumentOrder(doc)
  const stages = bySortKey(Object.values(doc.stages))
  const title: TitleSlide = {
    kind: 'title',
    title: doc.meta.title,
    versionLabel: doc.meta.versionLabel,
    description: doc.meta.description,
    stages: stages.length,
    touchpoints: ordered.length,
    mots: motCounts(doc),
    mainPath: curve.length,
    score,
  }
  const slides: Slide[] = [title]
  stages.forEach((stage, index) => {
    const cards = ordered
      .filter((touchpoint) => touchpoint.stageId === stage.id)
      .map(
        (touchpoint): PresentationCard => ({
          id: touchpoint.id,
          title: touchpoint.title,
          channel: touchpoint.channel,
          role: touchpoint.role,
          laneName: doc.lanes[touchpoint.laneId]?.name ?? '',
          isMot: touchpoint.isMot,
          motFamily: touchpoint.motFamily,
          importance: touchpoint.importance,
          isPeak: touchpoint.isPeak,
          isEnd: touchpoint.isEnd,
          emotion: touchpoint.emotion,
          servqual: [...touchpoint.servqual],
          standard: firstText(touchpoint.standards.map((standard) => standard.text)),
          scriptLine: firstText(touchpoint.scriptLines.filter((line) => line.speaker === 'staff').map((line) => line.text)),
          onMainPath: onPath.has(touchpoint.id),
        }),
      )
    const curveIndexes = curve.flatMap((point, pointIndex) => (point.stageId === stage.id ? [pointIndex] : []))
    slides.push({ kind: 'stage', stageId: stage.id, name: stage.name, number: index + 1, count: stages.length, cards, curveIndexes })
  })
  return { slides, curve, score }
}

export type SlideCommand = { kind: 'go'; index: number } | { kind: 'exit' }

/**
 * What a key does on slide `index` of `count`: → / Space / PageDown next, ← / PageUp previous
 * (Shift+Space too), Home first, End last, Escape exits; null for any other key (↓ / ↑ are left
 * to scroll a long slide). Moving past either end stays put.
 */
export function slideCommand(key: string, index: number, count: number, shift = false): SlideCommand | null {
  const last = Math.max(0, count - 1)
  const go = (target: number): SlideCommand => ({ kind: 'go', index: Math.min(last, Math.max(0, target)) })
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return go(index + 1)
    case ' ':
    case 'Spacebar':
      return go(shift ? index - 1 : index + 1)
    case 'ArrowLeft':
    case 'PageUp':
      return go(index - 1)
    case 'Home':
      return go(0)
    case 'End':
      return go(last)
    case 'Escape':
    case 'Esc':
      return { kind: 'exit' }
    default:
      return null
  }
}
