/**
 * The canvas benchmark's baseline (never shipped): a bare React Flow with default nodes and default
 * edges, nothing else: no custom node types, no minimap, no controls, default props. It loads the
 * benchmark journey's cards and connections (graph.json, written by the benchmark) at the same
 * canvas positions, in a box of the same size and place as the app's canvas, at the app's initial
 * viewport (all from the query string), so the same mouse gestures pan and zoom the same way.
 * Below the canvas, a plain uncontrolled text box calibrates the keystroke-latency measurement.
 */
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react'
import { StrictMode, useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'

const query = new URLSearchParams(window.location.search)
const number = (name: string, fallback: number) => Number(query.get(name) ?? fallback)
const box = { left: number('left', 0), top: number('top', 0), width: number('width', 1000), height: number('height', 600) }
const viewport = { x: number('x', 0), y: number('y', 0), zoom: number('zoom', 1) }

function Bare() {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>([])
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([])
  useEffect(() => {
    void fetch('./graph.json')
      .then((response) => response.json() as Promise<{ nodes: Node[]; edges: Edge[] }>)
      .then((graph) => {
        setNodes(graph.nodes)
        setEdges(graph.edges)
      })
  }, [setNodes, setEdges])
  return (
    <>
      <div style={{ position: 'absolute', ...box }}>
        <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} defaultViewport={viewport} minZoom={0.1} maxZoom={2.5} />
      </div>
      <input aria-label="Plain text box" style={{ position: 'absolute', left: box.left, top: box.top + box.height + 16, width: 300 }} />
    </>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
)
