/**
 * Copy and paste of touchpoint cards, within a journey and between journeys (another window or tab
 * of the app). Pure: what is copied, how the clipboard text is read back (untrusted: anything can
 * be on the system clipboard), and where copies land in the target journey. The renderer moves the
 * text through the document's copy/paste events; the commands apply the plan.
 */
import { z } from 'zod'
import { newId } from '../model/ids'
import { bySortKey, keyBetween, sequentialKeys } from '../model/order'
import {
  EdgeSchema,
  LaneSchema,
  StageSchema,
  TouchpointSchema,
  type Edge,
  type JourneyDocument,
  type Touchpoint,
} from '../model/schema'
import { touchpointsInDocumentOrder } from '../journey/mainPath'

export const CLIPBOARD_FORMAT = 'mot-studio/clipboard'
/** First line of the clipboard text, so a paste can tell our cards from any other text. */
export const CLIPBOARD_MARKER = 'MOT-STUDIO-CLIPBOARD v1'
/** How far copies step down and right when they would otherwise cover the cards they came from. */
export const PASTE_SHIFT = 24
/** Clipboard text longer than this is not ours (or not worth parsing). */
const MAX_CLIPBOARD_CHARS = 20_000_000

export const ClipboardPayloadSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(1),
  /** The copied cards' stages and lanes, so a paste into another journey can find matching ones. */
  stages: z.array(StageSchema.pick({ id: true, name: true })).max(10_000),
  lanes: z.array(LaneSchema.pick({ id: true, kind: true, name: true })).max(10_000),
  touchpoints: z.array(TouchpointSchema).max(10_000),
  /** Only edges whose both ends were copied. */
  edges: z.array(EdgeSchema).max(50_000),
})
export type ClipboardPayload = z.infer<typeof ClipboardPayloadSchema>

/** A deep copy (records are plain JSON), so payloads and plans never share lists or objects with the document. */
function cloneTouchpoint(touchpoint: Touchpoint): Touchpoint {
  return JSON.parse(JSON.stringify(touchpoint)) as Touchpoint
}

/** `count` increasing sort keys, all after `last` (one short prefix past it, then evenly spaced keys). */
function keysAfter(last: string | null, count: number): string[] {
  const base = keyBetween(last, null)
  if (count <= 1) return count === 1 ? [base] : []
  return sequentialKeys(count).map((key) => base + key)
}

export interface PastePlan {
  touchpoints: Touchpoint[]
  edges: Edge[]
}

/** The cards `ids` (in document order) with their cells' names and the edges among them. */
export function copyTouchpoints(doc: JourneyDocument, ids: Iterable<string>): ClipboardPayload {
  const wanted = new Set(ids)
  const touchpoints = touchpointsInDocumentOrder(doc).filter((touchpoint) => wanted.has(touchpoint.id))
  const copied = new Set(touchpoints.map((touchpoint) => touchpoint.id))
  const stageIds = new Set(touchpoints.map((touchpoint) => touchpoint.stageId))
  const laneIds = new Set(touchpoints.map((touchpoint) => touchpoint.laneId))
  return {
    format: CLIPBOARD_FORMAT,
    version: 1,
    stages: bySortKey(Object.values(doc.stages))
      .filter((stage) => stageIds.has(stage.id))
      .map(({ id, name }) => ({ id, name })),
    lanes: bySortKey(Object.values(doc.lanes))
      .filter((lane) => laneIds.has(lane.id))
      .map(({ id, kind, name }) => ({ id, kind, name })),
    touchpoints: touchpoints.map(cloneTouchpoint),
    edges: bySortKey(Object.values(doc.edges))
      .filter((edge) => copied.has(edge.sourceId) && copied.has(edge.targetId))
      .map((edge) => ({ ...edge })),
  }
}

/** The clipboard text for a payload: the marker line, then the JSON. */
export function serializeClipboard(payload: ClipboardPayload): string {
  return `${CLIPBOARD_MARKER}\n${JSON.stringify(payload)}`
}

/** Whether clipboard text claims to be ours (cheap; {@link parseClipboard} still validates it). */
export function looksLikeClipboard(text: string): boolean {
  return text.replace(/^\uFEFF/, '').trimStart().startsWith(CLIPBOARD_MARKER)
}

/**
 * Reads clipboard text back: the marker line plus JSON (the JSON alone is accepted too). Anything
 * that is not a valid payload, including text from other apps, gives null; never throws.
 */
export function parseClipboard(text: string): ClipboardPayload | null {
  if (typeof text !== 'string' || text.length > MAX_CLIPBOARD_CHARS) return null
  let body = text.replace(/^\uFEFF/, '').trim()
  if (body.startsWith(CLIPBOARD_MARKER)) body = body.slice(CLIPBOARD_MARKER.length).trim()
  if (!body.startsWith('{')) return null
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return null
  }
  const parsed = ClipboardPayloadSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

/** Stage names compare as people read them: NFKC (full-width = half-width), trimmed, case-insensitive. */
function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase()
}

/** Two offsets this close count as the same spot (a copy there would hide the card under it). */
const SAME_SPOT = 4

/**
 * New records for pasting `payload` into `doc`: fresh ids, edges remapped to the copies (edges to
 * cards that were not copied are dropped), every card in a cell of `doc` (stage by id, then by
 * name, then the first stage; lane by id, then by kind, then the first lane), and sort keys after
 * the current last ones so copies come after what is there. `offset` moves every copy; copies whose
 * originals still sit in the same cell (or that would land exactly on another card) step down and
 * right by {@link PASTE_SHIFT} until they are visible. Empty when `doc` has no stage or no lane.
 */
export function pastePlan(doc: JourneyDocument, payload: ClipboardPayload, options: { offset?: { x: number; y: number } } = {}): PastePlan {
  const stages = bySortKey(Object.values(doc.stages))
  const lanes = bySortKey(Object.values(doc.lanes))
  const firstStage = stages[0]
  const firstLane = lanes[0]
  if (!firstStage || !firstLane) return { touchpoints: [], edges: [] }

  const copiedStageNames = new Map(payload.stages.map((stage) => [stage.id, stage.name]))
  const copiedLaneKinds = new Map(payload.lanes.map((lane) => [lane.id, lane.kind]))
  const stageByName = new Map<string, string>()
  for (const stage of stages) if (!stageByName.has(nameKey(stage.name))) stageByName.set(nameKey(stage.name), stage.id)
  const laneByKind = new Map<string, string>()
  for (const lane of lanes) if (!laneByKind.has(lane.kind)) laneByKind.set(lane.kind, lane.id)

  const stageFor = (stageId: string): string => {
    if (doc.stages[stageId]) return stageId
    const name = copiedStageNames.get(stageId)
    return (name !== undefined ? stageByName.get(nameKey(name)) : undefined) ?? firstStage.id
  }
  const laneFor = (laneId: string): string => {
    if (doc.lanes[laneId]) return laneId
    const kind = copiedLaneKinds.get(laneId)
    return (kind !== undefined ? laneByKind.get(kind) : undefined) ?? firstLane.id
  }

  const seen = new Set<string>()
  const sources = payload.touchpoints.filter((touchpoint) => !seen.has(touchpoint.id) && seen.add(touchpoint.id))
  const dx = options.offset?.x ?? 0
  const dy = options.offset?.y ?? 0
  const placed = sources.map((source) => ({
    source,
    stageId: stageFor(source.stageId),
    laneId: laneFor(source.laneId),
    x: Math.max(0, source.x + dx),
    y: Math.max(0, source.y + dy),
  }))

  // One shift for the whole group, so the copies keep their arrangement.
  const originalsInPlace =
    dx === 0 &&
    dy === 0 &&
    placed.some(({ source, stageId, laneId }) => {
      const original = doc.touchpoints[source.id]
      return original !== undefined && original.stageId === stageId && original.laneId === laneId
    })
  const existing = Object.values(doc.touchpoints)
  const coversACard = (step: number) =>
    placed.some((card) =>
      existing.some(
        (other) =>
          other.stageId === card.stageId &&
          other.laneId === card.laneId &&
          Math.abs(other.x - (card.x + step)) < SAME_SPOT &&
          Math.abs(other.y - (card.y + step)) < SAME_SPOT,
      ),
    )
  let step = originalsInPlace ? PASTE_SHIFT : 0
  for (let tries = 0; tries < 200 && coversACard(step); tries++) step += PASTE_SHIFT

  const ids = new Map<string, string>()
  const touchpointKeys = keysAfter(bySortKey(existing).at(-1)?.sortKey ?? null, placed.length)
  const touchpoints = placed.map(({ source, stageId, laneId, x, y }, index) => {
    const id = newId('tp')
    ids.set(source.id, id)
    return { ...cloneTouchpoint(source), id, stageId, laneId, x: x + step, y: y + step, sortKey: touchpointKeys[index]! }
  })

  const pairs = new Set<string>()
  const kept = payload.edges.flatMap((edge) => {
    const sourceId = ids.get(edge.sourceId)
    const targetId = ids.get(edge.targetId)
    const pair = `${sourceId}>${targetId}`
    if (!sourceId || !targetId || sourceId === targetId || pairs.has(pair)) return []
    pairs.add(pair)
    return [{ sourceId, targetId, kind: edge.kind, label: edge.label }]
  })
  const edgeKeys = keysAfter(bySortKey(Object.values(doc.edges)).at(-1)?.sortKey ?? null, kept.length)
  const edges: Edge[] = kept.map((edge, index) => ({ id: newId('ed'), ...edge, sortKey: edgeKeys[index]! }))
  return { touchpoints, edges }
}
