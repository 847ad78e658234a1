/**
 * The bare React Flow baseline: the same generated model as the app gets (`?n=`), drawn as React Flow's
 * default nodes and edges at the same positions, controlled the usual way (applyNodeChanges), with the
 * app's interaction settings (pan on scroll, pinch zoom, the same zoom range) so the same input drives
 * both pages. No custom nodes, no culling, no minimap: what React Flow costs out of the box.
 */
import '@xyflow/react/dist/style.css';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { applyNodeChanges, ReactFlow, type Edge, type Node, type NodeChange } from '@xyflow/react';
import { generateCanvasModel } from '../../model.ts';

const n = Number(new URLSearchParams(window.location.search).get('n') ?? '250');
const model = generateCanvasModel(n);
const initialNodes: Node[] = model.nodes.map((node) => ({ id: node.id, position: node.position ?? { x: 0, y: 0 }, data: { label: node.name } }));
const edges: Edge[] = model.links.map((link) => ({ id: link.id, source: link.from, target: link.to }));
const PAN_BUTTONS = [1, 2];

function Bare() {
  const [nodes, setNodes] = useState(initialNodes);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)), []);
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} fitView panOnScroll panOnDrag={PAN_BUTTONS} selectionOnDrag minZoom={0.05} maxZoom={2.5} />
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
