/**
 * Editor actions as small named units: each turns one user intent into commands (the only way the
 * document changes) plus what the UI does around it (selection, focus, confirmation).
 */
import { connectTouchpoints } from '../../shared/commands/edge'
import { addStage, moveStage, removeStage, stageTouchpointCount } from '../../shared/commands/stage'
import { addTouchpoint, removeTouchpoints } from '../../shared/commands/touchpoint'
import { nextFreeOffset } from '../../shared/canvas/geometry'
import { translate } from '../../shared/i18n/translate'
import { mainEdgesBySource, mainPath, touchpointsInDocumentOrder } from '../../shared/journey/mainPath'
import { makeTouchpoint } from '../../shared/model/factory'
import { newId } from '../../shared/model/ids'
import { bySortKey } from '../../shared/model/order'
import type { JourneyDocument } from '../../shared/model/schema'
import { appStore, notify, showDialog, type Message } from '../app/appStore'
import type { DocumentSession } from '../state/documentSession'
import { clearSelection, requestFocus, selectAndFocusCard, selectTouchpoint, selectionStore } from './selection'

/** The lane new touchpoints go to: frontstage (staff meet the customer there), else the first lane. */
export function defaultLaneId(doc: JourneyDocument): string | undefined {
  const lanes = bySortKey(Object.values(doc.lanes))
  return (lanes.find((lane) => lane.kind === 'frontstage') ?? lanes[0])?.id
}

/** Adds a stage at the end, named in the document's language, and puts the caret in its name. */
export function addStageAtEnd(session: DocumentSession): void {
  const id = newId('st')
  const name = translate(session.editor.doc.meta.locale, 'editor.stage.newName')
  if (session.dispatch(addStage, { id, name })) requestFocus({ kind: 'stageName', id })
}

/** Moves a stage one place left (-1) or right (+1). */
export function moveStageBy(session: DocumentSession, stageId: string, offset: -1 | 1): void {
  const stages = bySortKey(Object.values(session.editor.doc.stages))
  const index = stages.findIndex((stage) => stage.id === stageId)
  const target = index + offset
  if (index < 0 || target < 0 || target >= stages.length) return
  session.dispatch(moveStage, { id: stageId, index: target })
}

/** Removes a stage; asks first when touchpoints would go with it, saying how many. */
export async function removeStageAfterConfirming(session: DocumentSession, stageId: string): Promise<void> {
  const stage = session.editor.doc.stages[stageId]
  if (!stage) return
  const count = stageTouchpointCount(session.editor.doc, stageId)
  if (count > 0) {
    const choice = await showDialog({
      kind: 'choice',
      title: { key: 'editor.stage.removeTitle', params: { name: stage.name } },
      body: count === 1 ? { key: 'editor.stage.removeBodyOne' } : { key: 'editor.stage.removeBodyMany', params: { count } },
      actions: [
        { id: 'remove', label: { key: 'editor.stage.removeConfirm' }, tone: 'danger' },
        { id: 'cancel', label: { key: 'editor.common.cancel' } },
      ],
    })
    if (choice !== 'remove' || !session.editor.doc.stages[stageId]) return
  }
  session.dispatch(removeStage, { id: stageId })
}

/**
 * Adds a touchpoint at the end of a stage, selects it and puts the caret in its title. The main path
 * grows with it: added after the path's last touchpoint, a main edge joins it to that one; added
 * before the path's first, a main edge joins it to that one (else it would become a one-touchpoint
 * path of its own). Elsewhere it stays unconnected until the team connects it in the inspector.
 */
export function addTouchpointToStage(
  session: DocumentSession,
  stageId: string,
  place: { laneId?: string; offset?: { x: number; y: number } } = {},
): void {
  const before = session.editor.doc
  const laneId = place.laneId ?? defaultLaneId(before)
  if (!laneId) {
    notify({ tone: 'error', message: { key: 'editor.touchpoint.noLanes' } })
    return
  }
  const path = mainPath(before)
  const touchpoint = makeTouchpoint({
    stageId,
    laneId,
    sortKey: 'V',
    title: translate(before.meta.locale, 'editor.touchpoint.newTitle'),
    ...(place.offset ?? nextFreeOffset(before, stageId, laneId)),
  })
  const added = session.batch('addTouchpoint', () => {
    if (!session.dispatch(addTouchpoint, { touchpoint })) return false
    const pathStart = path[0]
    const pathEnd = path.at(-1)
    if (pathStart && pathEnd) {
      const order = touchpointsInDocumentOrder(session.editor.doc).map((record) => record.id)
      const position = order.indexOf(touchpoint.id)
      const connectMain = (sourceId: string, targetId: string) =>
        session.dispatch(connectTouchpoints, { id: newId('ed'), sourceId, targetId, kind: 'main' })
      if (position > order.indexOf(pathEnd.id) && !continuesOnMainPath(before, pathEnd.id)) connectMain(pathEnd.id, touchpoint.id)
      else if (position < order.indexOf(pathStart.id)) connectMain(touchpoint.id, pathStart.id)
    }
    return true
  })
  if (!added) return
  selectTouchpoint(touchpoint.id)
  requestFocus({ kind: 'touchpointTitle', id: touchpoint.id })
}

/** Whether a main edge leaves this touchpoint to an existing one (a path that ends in a loop does). */
function continuesOnMainPath(doc: JourneyDocument, touchpointId: string): boolean {
  return (mainEdgesBySource(doc).get(touchpointId) ?? []).some((edge) => doc.touchpoints[edge.targetId])
}

/** Removes a touchpoint (and its edges) and selects its neighbour in document order, so Delete can repeat. */
export function removeTouchpointAndSelectNeighbour(session: DocumentSession, id: string, options: { focusCard: boolean }): void {
  const doc = session.editor.doc
  const removed = doc.touchpoints[id]
  if (!removed) return
  const order = touchpointsInDocumentOrder(doc)
  const index = order.findIndex((touchpoint) => touchpoint.id === id)
  const neighbour = order[index + 1] ?? order[index - 1]
  if (!session.dispatch(removeTouchpoints, { ids: [id] })) return
  showUndoHint({ key: 'editor.touchpoint.removed', params: { title: removed.title || id } }, session)
  if (!neighbour) clearSelection()
  else if (options.focusCard) selectAndFocusCard(neighbour.id)
  else selectTouchpoint(neighbour.id)
}

/** Says what was removed and that Ctrl+Z brings it back, until the document next changes (e.g. that undo). */
function showUndoHint(message: Message, session: DocumentSession): void {
  notify({ tone: 'info', message })
  const unsubscribe = session.editor.subscribe(() => {
    unsubscribe()
    if (appStore.get().notice?.message === message) notify(null)
  })
}

/** Moves the selection to the next (+1) or previous (-1) card in document order, or to the first/last. */
export function moveSelection(doc: JourneyDocument, step: -1 | 1 | 'first' | 'last'): void {
  const order = touchpointsInDocumentOrder(doc)
  if (order.length === 0) return
  const currentId = selectionStore.get().touchpointId
  const index = order.findIndex((touchpoint) => touchpoint.id === currentId)
  let target: number
  if (step === 'first') target = 0
  else if (step === 'last') target = order.length - 1
  else if (index < 0) target = step === 1 ? 0 : order.length - 1
  else target = Math.max(0, Math.min(order.length - 1, index + step))
  selectAndFocusCard(order[target]!.id)
}
