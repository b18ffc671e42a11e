/** The lint context: the journey's analyses computed once per run and shared by every rule. */
import { mainPath, reachableFromStart, touchpointsInDocumentOrder } from '../journey/mainPath'
import { experienceCurve, peakEndWarnings } from '../journey/peakEnd'
import { bySortKey } from '../model/order'
import type { JourneyDocument, Touchpoint } from '../model/schema'
import { DEFAULT_FORBIDDEN_PHRASES, isCustomerLine, normalizeText, phraseList } from './text'
import type { LintContext, LintOptions, ScriptLine } from './types'

/** The journey's own phrases to avoid (服务忌语): its library's 'avoid' phrases and every touchpoint's list. */
function journeyPhrasesToAvoid(doc: JourneyDocument): string[] {
  return [
    ...Object.values(doc.phrases).filter((phrase) => phrase.category === 'avoid').map((phrase) => phrase.text),
    ...Object.values(doc.touchpoints).flatMap((touchpoint) => touchpoint.phrasesToAvoid),
  ]
}

export function buildLintContext(doc: JourneyDocument, options: LintOptions = {}): LintContext {
  const ordered = touchpointsInDocumentOrder(doc)
  const path = mainPath(doc)
  const curve = experienceCurve(doc)

  const touchpointRank = new Map<string, number>()
  path.forEach((touchpoint, index) => touchpointRank.set(touchpoint.id, index))
  for (const touchpoint of ordered) {
    if (!touchpointRank.has(touchpoint.id)) touchpointRank.set(touchpoint.id, touchpointRank.size)
  }
  const rankOf = (touchpoint: Touchpoint) => touchpointRank.get(touchpoint.id) ?? Infinity

  let connectedEdgeCount = 0
  for (const edge of Object.values(doc.edges)) {
    if (edge.sourceId !== edge.targetId && doc.touchpoints[edge.sourceId] && doc.touchpoints[edge.targetId]) connectedEdgeCount += 1
  }

  const lineCache = new Map<string, readonly ScriptLine[]>()
  const lines = (touchpoint: Touchpoint): readonly ScriptLine[] => {
    let cached = lineCache.get(touchpoint.id)
    if (!cached) {
      cached = touchpoint.scriptLines.flatMap(({ text, speaker }, index) =>
        text.trim() === ''
          ? []
          : [{ index, text, normalized: normalizeText(text), customer: speaker === 'customer' || isCustomerLine(text) }],
      )
      lineCache.set(touchpoint.id, cached)
    }
    return cached
  }

  return {
    doc,
    ordered,
    mainPath: path,
    curve,
    peakEndWarnings: peakEndWarnings(curve),
    reachable: reachableFromStart(doc),
    connectedEdgeCount,
    ends: ordered.filter((touchpoint) => touchpoint.isEnd).sort((a, b) => rankOf(a) - rankOf(b)),
    forbiddenPhrases: phraseList(
      [...(options.forbiddenPhrases ?? []), ...journeyPhrasesToAvoid(doc)],
      DEFAULT_FORBIDDEN_PHRASES['zh-CN'],
      DEFAULT_FORBIDDEN_PHRASES.en,
    ),
    touchpointRank,
    stageRank: new Map(bySortKey(Object.values(doc.stages)).map((stage, rank) => [stage.id, rank])),
    name: (touchpoint) => touchpoint.title.trim() || touchpoint.id,
    lines,
  }
}
