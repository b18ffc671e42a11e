/**
 * Integrity checks of a journey document: what makes a file wrong, not a design merely weak
 * (design warnings live in `peakEnd.ts` and, later, the lint engine). Each problem carries a
 * message key so the CLI and each UI speak the user's language.
 */
import type { Message } from '../i18n/translate'
import type { JourneyDocument } from '../model/schema'
import { mainEdgesBySource, mainPath } from './mainPath'

export interface Problem {
  code: string
  message: Message
  /** The record the problem is about, so a UI can jump to it. */
  recordId?: string
}

export function validateJourney(doc: JourneyDocument): Problem[] {
  const problems: Problem[] = []
  const add = (code: string, params: Message['params'], recordId?: string) =>
    problems.push({ code, message: { key: `problem.${code}` as Message['key'], params }, recordId })

  if (doc.meta.title.trim() === '') add('titleEmpty', {})
  for (const stage of Object.values(doc.stages)) {
    if (stage.name.trim() === '') add('stageNameEmpty', { id: stage.id }, stage.id)
  }
  for (const lane of Object.values(doc.lanes)) {
    if (lane.name.trim() === '') add('laneNameEmpty', { id: lane.id }, lane.id)
  }
  for (const touchpoint of Object.values(doc.touchpoints)) {
    const name = touchpoint.title.trim() || touchpoint.id
    if (touchpoint.title.trim() === '') add('touchpointTitleEmpty', { id: touchpoint.id }, touchpoint.id)
    if (!doc.stages[touchpoint.stageId]) add('touchpointStageMissing', { title: name }, touchpoint.id)
    if (!doc.lanes[touchpoint.laneId]) add('touchpointLaneMissing', { title: name }, touchpoint.id)
    if (!touchpoint.isMot && touchpoint.motFamily !== null) add('familyWithoutMot', { title: name }, touchpoint.id)
    if (new Set(touchpoint.servqual).size !== touchpoint.servqual.length) {
      add('servqualDuplicate', { title: name }, touchpoint.id)
    }
  }
  const pairs = new Set<string>()
  for (const edge of Object.values(doc.edges)) {
    const source = doc.touchpoints[edge.sourceId]
    const target = doc.touchpoints[edge.targetId]
    if (!source || !target) {
      add('edgeEndpointMissing', { id: edge.id }, edge.id)
      continue
    }
    if (edge.sourceId === edge.targetId) add('edgeSelfLoop', { title: source.title }, edge.id)
    const pair = `${edge.sourceId}→${edge.targetId}`
    if (pairs.has(pair)) add('edgeDuplicate', { from: source.title, to: target.title }, edge.id)
    pairs.add(pair)
  }
  for (const [sourceId, edges] of mainEdgesBySource(doc)) {
    const source = doc.touchpoints[sourceId]
    if (source && edges.length > 1) add('mainPathFork', { title: source.title }, sourceId)
  }
  for (const indicator of Object.values(doc.indicators)) {
    if (!doc.scorecards[indicator.scorecardId]) add('indicatorScorecardMissing', { name: indicator.name }, indicator.id)
    if (indicator.touchpointIds.some((id) => !doc.touchpoints[id])) add('indicatorTouchpointMissing', { name: indicator.name }, indicator.id)
  }
  const path = mainPath(doc)
  const last = path.at(-1)
  const next = last && mainEdgesBySource(doc).get(last.id)?.find((edge) => doc.touchpoints[edge.targetId])
  if (last && next) add('mainPathCycle', { title: doc.touchpoints[next.targetId]!.title }, next.targetId)
  return problems
}
