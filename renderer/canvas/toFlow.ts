/**
 * The document as React Flow nodes and edges. Controlled mode: the document is the truth. Node and
 * edge objects are cached and reused while their inputs are unchanged (immer keeps unchanged
 * records identical), so React Flow re-renders only the cards that really changed.
 *
 * A card node depends only on where the card is and how it is shown (position, selection, dimmed,
 * lane): the card itself reads its touchpoint live from the session (TouchpointNode) and takes its
 * accessible name from its visible title (aria-labelledby). So editing a card's text changes no
 * node at all, and the very same node array goes to React Flow, which then has nothing to redo
 * (with thousands of cards, a new array costs it a pass over every node and every minimap node).
 */
import type { Edge as FlowEdge, Node as FlowNode, XYPosition } from '@xyflow/react'
import { matchesFilter, isFilterActive, type CanvasFilter } from '../../shared/canvas/filter'
import { cardPosition, CARD_HEIGHT, CARD_WIDTH, type BlueprintGeometry } from '../../shared/canvas/geometry'
import { bySortKey } from '../../shared/model/order'
import type { Edge, EdgeKind, JourneyDocument, Lane, Stage, Touchpoint } from '../../shared/model/schema'

export interface TouchpointNodeData extends Record<string, unknown> {
  /** The record when the node was made; the card shows the live one (it may be newer). */
  touchpoint: Touchpoint
  laneName: string
  dimmed: boolean
}
export type TouchpointFlowNode = FlowNode<TouchpointNodeData, 'touchpoint'>

export interface BlueprintNodeData extends Record<string, unknown> {
  geometry: BlueprintGeometry
  stages: Stage[]
  lanes: Lane[]
}
export type BlueprintFlowNode = FlowNode<BlueprintNodeData, 'blueprint'>
export type JourneyFlowNode = TouchpointFlowNode | BlueprintFlowNode

export interface JourneyEdgeData extends Record<string, unknown> {
  kind: EdgeKind
  label: string
  dimmed: boolean
}
export type JourneyFlowEdge = FlowEdge<JourneyEdgeData, 'journey'>

export const BLUEPRINT_NODE_ID = '__blueprint'

/** The id of a card's title element, which names the card's node (aria-labelledby). */
export const cardTitleId = (touchpointId: string) => `canvas-card-title-${touchpointId}`

interface CachedNode {
  x: number
  y: number
  selected: boolean
  dimmed: boolean
  laneName: string
  node: TouchpointFlowNode
}

interface CachedEdge {
  edge: Edge
  selected: boolean
  dimmed: boolean
  ariaLabel: string
  flow: JourneyFlowEdge
}

export interface FlowInputs {
  doc: JourneyDocument
  geometry: BlueprintGeometry
  selected: ReadonlySet<string>
  selectedEdges: ReadonlySet<string>
  filter: CanvasFilter
  /** Positions of cards being dragged right now (not yet in the document). */
  dragging: ReadonlyMap<string, XYPosition>
  /** How a connection is announced, in the user's language. */
  describeEdge: (edge: Edge, source: Touchpoint, target: Touchpoint) => string
}

/** Keeps node and edge objects across renders; one per canvas. */
export class FlowCache {
  private nodes = new Map<string, CachedNode>()
  private edges = new Map<string, CachedEdge>()
  private blueprint: { geometry: BlueprintGeometry; stages: Record<string, Stage>; lanes: Record<string, Lane>; node: BlueprintFlowNode } | undefined
  private nodeList: JourneyFlowNode[] = []

  /** The nodes; the same array as last time when not one node object changed. */
  nodesFor({ doc, geometry, selected, filter, dragging }: FlowInputs): JourneyFlowNode[] {
    const filtering = isFilterActive(filter)
    const next = new Map<string, CachedNode>()
    const result: JourneyFlowNode[] = [this.blueprintNode(doc, geometry)]
    let changed = result[0] !== this.nodeList[0]
    for (const touchpoint of Object.values(doc.touchpoints)) {
      const { x, y } = dragging.get(touchpoint.id) ?? cardPosition(geometry, touchpoint)
      const isSelected = selected.has(touchpoint.id)
      const dimmed = filtering && !matchesFilter(touchpoint, filter)
      const laneName = doc.lanes[touchpoint.laneId]?.name ?? ''
      const cached = this.nodes.get(touchpoint.id)
      const reusable =
        cached &&
        cached.x === x &&
        cached.y === y &&
        cached.selected === isSelected &&
        cached.dimmed === dimmed &&
        cached.laneName === laneName
      const entry: CachedNode = reusable
        ? cached
        : {
            x,
            y,
            selected: isSelected,
            dimmed,
            laneName,
            node: {
              id: touchpoint.id,
              type: 'touchpoint',
              position: { x, y },
              data: { touchpoint, laneName, dimmed },
              selected: isSelected,
              width: CARD_WIDTH,
              height: CARD_HEIGHT,
              ariaRole: 'button',
              domAttributes: { 'aria-labelledby': cardTitleId(touchpoint.id) },
              className: dimmed ? 'is-dimmed' : undefined,
            },
          }
      next.set(touchpoint.id, entry)
      if (this.nodeList[result.length] !== entry.node) changed = true
      result.push(entry.node)
    }
    this.nodes = next
    if (!changed && result.length === this.nodeList.length) return this.nodeList
    this.nodeList = result
    return result
  }

  private blueprintNode(doc: JourneyDocument, geometry: BlueprintGeometry): BlueprintFlowNode {
    const cached = this.blueprint
    if (cached && cached.geometry.width === geometry.width && cached.geometry.height === geometry.height && cached.stages === doc.stages && cached.lanes === doc.lanes && sameBands(cached.geometry, geometry)) {
      return cached.node
    }
    const node: BlueprintFlowNode = {
      id: BLUEPRINT_NODE_ID,
      type: 'blueprint',
      position: { x: 0, y: 0 },
      data: { geometry, stages: bySortKey(Object.values(doc.stages)), lanes: bySortKey(Object.values(doc.lanes)) },
      draggable: false,
      selectable: false,
      deletable: false,
      focusable: false,
      connectable: false,
      zIndex: -1,
      width: geometry.width,
      height: geometry.height,
      style: { width: geometry.width, height: geometry.height },
    }
    this.blueprint = { geometry, stages: doc.stages, lanes: doc.lanes, node }
    return node
  }

  edgesFor({ doc, selectedEdges, filter, describeEdge }: FlowInputs): JourneyFlowEdge[] {
    const filtering = isFilterActive(filter)
    const next = new Map<string, CachedEdge>()
    const result: JourneyFlowEdge[] = []
    for (const edge of Object.values(doc.edges)) {
      const source = doc.touchpoints[edge.sourceId]
      const target = doc.touchpoints[edge.targetId]
      if (!source || !target) continue
      const isSelected = selectedEdges.has(edge.id)
      const dimmed = filtering && !(matchesFilter(source, filter) && matchesFilter(target, filter))
      const ariaLabel = describeEdge(edge, source, target)
      const cached = this.edges.get(edge.id)
      const entry: CachedEdge =
        cached && cached.edge === edge && cached.selected === isSelected && cached.dimmed === dimmed && cached.ariaLabel === ariaLabel
          ? cached
          : {
              edge,
              selected: isSelected,
              dimmed,
              ariaLabel,
              flow: {
                ariaLabel,
                id: edge.id,
                type: 'journey',
                source: edge.sourceId,
                target: edge.targetId,
                sourceHandle: 'out',
                targetHandle: 'in',
                selected: isSelected,
                data: { kind: edge.kind, label: edge.label, dimmed },
                zIndex: edge.kind === 'main' ? 1 : 0,
              },
            }
      next.set(edge.id, entry)
      result.push(entry.flow)
    }
    this.edges = next
    return result
  }
}

function sameBands(a: BlueprintGeometry, b: BlueprintGeometry): boolean {
  const same = (x: BlueprintGeometry['stages'], y: BlueprintGeometry['stages']) =>
    x.length === y.length && x.every((band, index) => band.id === y[index]!.id && band.start === y[index]!.start && band.size === y[index]!.size)
  return same(a.stages, b.stages) && same(a.lanes, b.lanes)
}
