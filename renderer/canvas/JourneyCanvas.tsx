/**
 * The journey canvas (React Flow, controlled): the document's stages × lanes grid with its cards and
 * connections. Gestures become commands (canvasActions); selection and drag positions are view
 * state, never in the document or its undo history.
 */
import {
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
  type XYPosition,
} from '@xyflow/react'
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { blueprintGeometry, CARD_HEIGHT, CARD_WIDTH, dropTarget } from '../../shared/canvas/geometry'
import { addTouchpointToStage } from '../editor/editorActions'
import { SelectionActions } from './SelectionActions'
import type { Edge, JourneyDocument, Touchpoint } from '../../shared/model/schema'
import { requestFocus, selectionStore, selectTouchpoint, selectTouchpoints, useSelectedTouchpointIds } from '../editor/selection'
import { useT } from '../i18n/useT'
import { SETTLE_MS, useSettledValue } from '../state/useSettledValue'
import type { DocumentSession } from '../state/documentSession'
import { addNextStep, connectCards, deleteElements, dropCards, neighbourCard, nudgeCards, type Direction } from './canvasActions'
import { duplicateSelection, useCanvasClipboard } from './clipboardActions'
import { useCanvasFilter } from './canvasStore'
import { EdgeMarkers, JourneyEdge } from './edges/JourneyEdge'
import { BlueprintNode } from './nodes/BlueprintNode'
import { TouchpointNode } from './nodes/TouchpointNode'
import { BLUEPRINT_NODE_ID, FlowCache, type JourneyFlowEdge, type JourneyFlowNode } from './toFlow'

// Module scope, so React Flow never sees new type maps (its warning 002).
const NODE_TYPES = { touchpoint: TouchpointNode, blueprint: BlueprintNode }
const EDGE_TYPES = { journey: JourneyEdge }
/** Past this many cards, only what is on screen is rendered (React Flow's guidance for large graphs). */
const VISIBLE_ONLY_THRESHOLD = 400
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' }
// Module scope, like every prop that does not depend on the document: React Flow copies changed
// props into its store one by one, and each store update runs every subscriber's selector (with
// the minimap, one per card), so a keystroke must leave them all as they were.
const minimapNodeClass = (node: JourneyFlowNode) => (node.type === 'blueprint' ? 'minimap-blueprint' : 'minimap-card')
const DELETE_KEYS = ['Delete', 'Backspace']
const MULTI_SELECTION_KEYS = ['Shift', 'Control', 'Meta']
const onNodeDoubleClick = (_event: React.MouseEvent, node: JourneyFlowNode) => {
  if (node.type === 'touchpoint') requestFocus({ kind: 'touchpointTitle', id: node.id })
}
const onPaneClick = () => selectTouchpoint(null)

export function JourneyCanvas({ session, doc }: { session: DocumentSession; doc: JourneyDocument }) {
  const t = useT()
  const flow = useReactFlow<JourneyFlowNode, JourneyFlowEdge>()
  const cache = useRef(new FlowCache()).current
  const containerRef = useRef<HTMLDivElement>(null)
  const selected = useSelectedTouchpointIds()
  const filter = useCanvasFilter()
  const [dragging, setDragging] = useState<ReadonlyMap<string, XYPosition>>(new Map())
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set())
  const geometry = useMemo(() => blueprintGeometry(doc), [doc])
  // The grid as of the last render, for the drop handler (which must not change with every edit).
  const geometryRef = useRef(geometry)
  geometryRef.current = geometry
  useCanvasClipboard(session)
  const describeEdge = useCallback(
    (edge: Edge, source: Touchpoint, target: Touchpoint) =>
      t(edge.kind === 'main' ? 'canvas.edge.main' : 'canvas.edge.alternative', { from: source.title, to: target.title }),
    [t],
  )
  const inputs = { doc, geometry, selected, selectedEdges, filter, dragging, describeEdge }
  const nodes = useMemo(() => cache.nodesFor(inputs), [doc, geometry, selected, filter, dragging])
  // Connections follow the document at once when they themselves change. When only cards changed
  // (the connections' names carry the cards' titles, their dimming the cards' fields), they wait
  // until the document settles: a new edge list makes React Flow redo every connection, which
  // typing a title must not wait for.
  const settled = useSettledValue(doc, SETTLE_MS)
  const edgeDoc = settled.edges === doc.edges ? settled : doc
  const edges = useMemo(() => cache.edgesFor({ ...inputs, doc: edgeDoc }), [edgeDoc, selectedEdges, filter, describeEdge])

  const onNodesChange = useCallback((changes: NodeChange<JourneyFlowNode>[]) => {
    let moved: Map<string, XYPosition> | undefined
    let selection: Set<string> | undefined
    let primary: string | undefined
    for (const change of changes) {
      if (change.type === 'position' && change.dragging && change.position) {
        moved ??= new Map()
        moved.set(change.id, change.position)
      } else if (change.type === 'select' && change.id !== BLUEPRINT_NODE_ID) {
        selection ??= new Set(selectionStore.get().touchpointIds)
        if (change.selected) {
          selection.add(change.id)
          primary = change.id
        } else selection.delete(change.id)
      }
    }
    if (moved) setDragging((current) => new Map([...current, ...moved]))
    if (selection) selectTouchpoints(selection, primary)
  }, [])

  const onEdgesChange = useCallback((changes: EdgeChange<JourneyFlowEdge>[]) => {
    setSelectedEdges((current) => {
      let next: Set<string> | undefined
      for (const change of changes) {
        if (change.type !== 'select') continue
        next ??= new Set(current)
        if (change.selected) next.add(change.id)
        else next.delete(change.id)
      }
      return next ?? current
    })
  }, [])

  const onNodeDragStop: OnNodeDrag<JourneyFlowNode> = useCallback(
    (_event, _node, draggedNodes) => {
      dropCards(
        session,
        geometryRef.current,
        draggedNodes.filter((node) => node.type === 'touchpoint').map((node) => ({ id: node.id, position: node.position })),
      )
      setDragging(new Map())
    },
    [session],
  )
  const onConnect = useCallback((connection: Connection) => connectCards(session, connection), [session])
  const onDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }: { nodes: JourneyFlowNode[]; edges: JourneyFlowEdge[] }) =>
      deleteElements(session, gone.map((node) => node.id), goneEdges.map((edge) => edge.id)),
    [session],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return
    const primary = selectionStore.get().touchpointId
    const direction = ARROWS[event.key]
    const command = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey ? event.key.toLowerCase() : null
    if (command === 'd') {
      event.preventDefault()
      duplicateSelection(session)
    } else if (command === 'a') {
      event.preventDefault()
      selectTouchpoints(Object.keys(doc.touchpoints), primary ?? undefined)
    } else if (event.key === 'Enter' && primary) {
      event.preventDefault()
      addNextStep(session, primary)
    } else if (event.key === 'F2' && primary) {
      event.preventDefault()
      requestFocus({ kind: 'touchpointTitle', id: primary })
    } else if (direction && event.altKey) {
      event.preventDefault()
      const step = event.shiftKey ? 40 : 8
      const [dx, dy] = { left: [-step, 0], right: [step, 0], up: [0, -step], down: [0, step] }[direction]
      nudgeCards(session, selectionStore.get().touchpointIds, dx!, dy!)
    } else if (direction) {
      event.preventDefault()
      const first = Object.values(doc.touchpoints)[0]
      const next = primary ? neighbourCard(doc, geometry, primary, direction) : (first?.id ?? null)
      if (next) {
        selectTouchpoint(next)
        const node = flow.getNode(next)
        if (node) void flow.setCenter(node.position.x + 112, node.position.y + 66, { zoom: flow.getZoom(), duration: 150 })
      }
    } else if (event.key === 'Escape') {
      selectTouchpoint(null)
      setSelectedEdges(new Set())
    }
  }

  /**
   * Double-click on an empty spot of a cell creates a touchpoint there. The grid node lets pointer
   * events through to the pane (it is neither selectable nor draggable), so this listens on the pane.
   */
  const onDoubleClick = (event: React.MouseEvent<HTMLDivElement>) => {
    if (!(event.target as HTMLElement).classList.contains('react-flow__pane')) return
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
    const target = dropTarget(geometry, { x: point.x - CARD_WIDTH / 2, y: point.y - CARD_HEIGHT / 2 })
    if (target) addTouchpointToStage(session, target.stageId, { laneId: target.laneId, offset: { x: target.x, y: target.y } })
  }

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('canvas.a11y.node'),
      'edge.a11yDescription.default': t('canvas.a11y.edge'),
      'controls.ariaLabel': t('canvas.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.fitView'),
      'controls.interactive.ariaLabel': t('canvas.interactive'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('canvas.handle'),
    }),
    [t],
  )

  return (
    <div className="journey-canvas" role="region" aria-label={t('canvas.label')} onKeyDown={onKeyDown} onDoubleClick={onDoubleClick} ref={containerRef}>
      <EdgeMarkers />
      <SelectionActions session={session} />
      <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onDelete={onDelete}
        onNodeDoubleClick={onNodeDoubleClick}
        onPaneClick={onPaneClick}
        deleteKeyCode={DELETE_KEYS}
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        selectionKeyCode="Shift"
        zoomOnDoubleClick={false}
        disableKeyboardA11y
        onlyRenderVisibleElements={Object.keys(doc.touchpoints).length > VISIBLE_ONLY_THRESHOLD}
        minZoom={0.1}
        maxZoom={2.5}
        onInit={(instance) => {
          // Journeys are long and low: fit the height and start at the first stage, rather than
          // shrinking the whole journey into view.
          const height = containerRef.current?.clientHeight ?? 600
          void instance.setViewport({ x: 8, y: 8, zoom: Math.min(1, Math.max(0.3, (height - 16) / geometry.height)) })
        }}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Controls />
        <MiniMap pannable zoomable nodeClassName={minimapNodeClass} />
      </ReactFlow>
    </div>
  )
}
