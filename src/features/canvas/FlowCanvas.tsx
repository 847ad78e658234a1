import './canvas.css';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  ConnectionLineType,
  Controls,
  ReactFlow,
  SelectionMode,
  getViewportForBounds,
  useReactFlow,
  useStoreApi,
  useStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { selectModel, selectSelection, selectTheme } from '../../store/selectors.ts';
import { addNodeAt, connectNodes } from '../../store/actions.ts';
import { setNodesGroup } from '../../core/ops/index.ts';
import { NODE_KINDS, type NodeKind } from '../../core/model/index.ts';
import { NODE_SIZE } from '../../core/layout/node-size.ts';
import { createFlowMapper } from './to-flow.ts';
import { NODE_TYPES } from './kind-nodes.tsx';
import { EDGE_TYPES } from './LinkEdge.tsx';
import { membershipAfterDrop, moveByDragFrames, SNAP, type DragFrame } from './drag-to-model.ts';
import { boxAt, resolveGroupBoxes } from '../../core/layout/group-boxes.ts';
import type { LinkFlowEdge, FlowNode } from './flow-types.ts';
import { boundsOf } from './focus-bounds.ts';
import type { Rect } from '../../core/layout/group-boxes.ts';
import { PALETTE_MIME } from '../../ui/dnd.ts';
import { CanvasEmptyState } from './CanvasEmptyState.tsx';
import { marksFrom } from './marks.ts';
import { useSimOverlay } from './useSimOverlay.ts';
import { LabelLayerContext, OVERVIEW_ZOOM, selectLod, selectOverview, ZoomedOutContext } from './lod.ts';
import { DotGrid } from './DotGrid.tsx';
import { useCollapsedContexts } from './useCollapsedContexts.ts';
import { CanvasMinimap } from './CanvasMinimap.tsx';
import { collapsedInRect, EMPTY_SCENE, overviewScene } from './overview.ts';
import { OverviewLayer } from './OverviewLayer.tsx';
import { LinkArrowDefs } from './LinkArrow.tsx';

const SNAP_GRID: [number, number] = [SNAP, SNAP];
// Design-tool conventions: drag on empty canvas draws a selection box; middle/right drag, scroll or Space+drag pan.
const PAN_BUTTONS = [1, 2];
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];
const selectDomNode = (s: { domNode: HTMLDivElement | null }) => s.domNode;
/**
 * Above this many links, async links keep their dashes but stop flowing: each flowing link repaints its
 * whole bounding box on every frame, which with hundreds of them costs more than anything else drawn.
 */
const MAX_FLOWING_LINKS = 300;
/**
 * Viewport culling above this many nodes (and contexts): only what is on screen is in the DOM. Even at
 * 250 nodes, keeping the off-screen ones costs more on every pan and drag frame than culling does.
 */
const CULL_ABOVE = 100;
const CONTROLS_FIT = { padding: 0.15, maxZoom: 1.2, duration: 200 };

/** The canvas: React Flow over the store. Every edit goes through a store action; nothing is kept here. */
export function FlowCanvas({ onDropFile }: { onDropFile?: (file: File) => void }) {
  const store = useEditorStore();
  const model = useEditor(selectModel);
  const selection = useEditor(selectSelection);
  const theme = useEditor(selectTheme);
  const docId = useEditor((s) => s.docId);
  const flow = useReactFlow();
  const mapper = useMemo(() => createFlowMapper(), []);
  // The findings, not the analysis: a move re-stamps the analysis (same findings) on every drag frame.
  const findings = useEditor((s) => s.analysis?.findings);
  const highlight = useEditor((s) => s.highlight);
  const focusRequest = useEditor((s) => s.focusRequest);
  const marks = useMemo(() => marksFrom(findings ? { findings } : null, highlight), [findings, highlight]);
  const overlay = useSimOverlay();
  // Level of detail (lod.ts): the selector yields the zoom's bucket, so panning re-renders nothing here.
  // Zoomed out to the overview the contexts collapse and their links bundle (overview.ts).
  const lod = useStore(selectLod);
  const overview = useStore(selectOverview);
  // While the view moves: flowing links pause (their repaints would double each frame's cost), the
  // diagram is one composited layer, and collapsed contexts wait to open.
  const [moving, setMoving] = useState(false);
  // While a node is dragged only the flowing links pause: the view stays put, and making the diagram a
  // layer of its own would repaint all of it in the drag's first frames, only to repaint it every frame.
  const [dragging, setDragging] = useState(false);
  const { collapsed, collapseAll } = useCollapsedContexts(model, moving);
  // Crossing 50 % swaps every node and link on screen between its full and compact drawing: deferred, so
  // React renders the swap in slices between frames instead of in the frame that crossed.
  const zoomedOut = useDeferredValue(lod !== 'full');
  const { nodes, edges } = useMemo(() => mapper(model, selection, marks, overlay, collapsed), [mapper, model, selection, marks, overlay, collapsed]);
  // The collapsed contexts and their bundled links: not React Flow's to draw (see OverviewLayer.tsx).
  const scene = useMemo(
    () => (collapsed.size === 0 ? EMPTY_SCENE : overviewScene(model, resolveGroupBoxes(model), collapsed, marks, selection.nodes, overlay)),
    [model, collapsed, marks, selection.nodes, overlay],
  );
  const sceneRef = useRef(scene);
  sceneRef.current = scene;
  const draggingIds = useRef<string[]>([]);
  const rfStore = useStoreApi<FlowNode, LinkFlowEdge>();
  /** The view that frames `bounds` in the canvas, never closer than `maxZoom`. */
  const viewFor = useCallback((bounds: Rect, padding: number, maxZoom: number) => {
    const { width, height, minZoom } = rfStore.getState();
    return getViewportForBounds(bounds, width, height, minZoom, maxZoom, padding);
  }, [rfStore]);
  /** Animates the view onto `bounds`. */
  const showBounds = useCallback((bounds: Rect, padding: number, maxZoom: number) => {
    void flow.setViewport(viewFor(bounds, padding, maxZoom), { duration: 300 });
  }, [flow, viewFor]);
  // React Flow's edge-label layer, found once, for the link badges (see LabelLayerContext).
  const domNode = useStore(selectDomNode);
  const onMoveStart = useCallback(() => setMoving(true), []);
  const onMoveEnd = useCallback(() => setMoving(false), []);
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  useEffect(() => {
    setLabelLayer(domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null);
  }, [domNode]);

  // Frames the whole diagram; a view that lands in the overview collapses the contexts first.
  const frameAll = useCallback(() => {
    const current = store.getState().model;
    const bounds = boundsOf(current, [...current.nodes.map((n) => n.id), ...current.groups.map((g) => g.id)]);
    if (!bounds) return;
    const view = viewFor(bounds, 0.15, 1.2);
    if (view.zoom < OVERVIEW_ZOOM) {
      collapseAll();
      requestAnimationFrame(() => void flow.setViewport(view));
    } else void flow.setViewport(view);
  }, [collapseAll, flow, store, viewFor]);

  // Frame the diagram whenever a different document is opened (an empty one stays at 100%).
  useEffect(() => {
    if (store.getState().model.nodes.length === 0) return;
    const t = setTimeout(frameAll, 30);
    return () => clearTimeout(t);
    // frameAll changes with the model; only a new document reframes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [docId, flow, store]);

  // Frame the elements a clicked finding points at (from the model: in the overview they are not drawn).
  useEffect(() => {
    if (!focusRequest || focusRequest.nodes.length === 0) return;
    const bounds = boundsOf(store.getState().model, focusRequest.nodes);
    if (bounds) showBounds(bounds, 0.4, 1.3);
  }, [focusRequest, showBounds, store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const frames: DragFrame[] = [];
      let selectionTouched = false;
      const nextSelected = new Set(store.getState().selection.nodes);
      for (const change of changes) {
        if (change.type === 'position' && change.position) frames.push({ id: change.id, position: change.position });
        else if (change.type === 'select') {
          selectionTouched = true;
          if (change.selected) nextSelected.add(change.id);
          else nextSelected.delete(change.id);
        }
      }
      if (frames.length > 0) {
        const state = store.getState();
        const result = moveByDragFrames(state.model, frames);
        if (state.gesture) state.applyGestureStep(result);
        else state.commit(result, 'Move');
      }
      if (selectionTouched) store.getState().setSelection({ nodes: nextSelected });
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkFlowEdge>[]) => {
      const next = new Set(store.getState().selection.links);
      let touched = false;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        touched = true;
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      if (touched) store.getState().setSelection({ links: next });
    },
    [store],
  );

  const onSelectionChange = useCallback(
    ({ nodes: selNodes, edges: selEdges }: OnSelectionChangeParams) => {
      // Keeps the store in step with box-selection, which React Flow reports here.
      const current = store.getState().selection;
      if (selNodes.length === current.nodes.size && selEdges.length === current.links.size &&
          selNodes.every((n) => current.nodes.has(n.id)) && selEdges.every((e) => current.links.has(e.id))) return;
      store.getState().setSelection({ nodes: new Set(selNodes.map((n) => n.id)), links: new Set(selEdges.map((e) => e.id)) });
    },
    [store],
  );

  const onNodeDragStart = useCallback(
    (_: unknown, __: FlowNode, dragged: FlowNode[]) => {
      draggingIds.current = dragged.map((n) => n.id);
      setDragging(true);
      store.getState().beginGesture(dragged.length > 1 ? `Move ${dragged.length} elements` : 'Move');
    },
    [store],
  );

  const onNodeDragStop = useCallback(() => {
    const state = store.getState();
    const groupIds = new Set(state.model.groups.map((g) => g.id));
    const movedNodes = draggingIds.current.filter((id) => !groupIds.has(id));
    const membership = membershipAfterDrop(state.model, movedNodes);
    if (membership.size > 0) {
      const byTarget = new Map<string | null, string[]>();
      for (const [id, target] of membership) byTarget.set(target, [...(byTarget.get(target) ?? []), id]);
      for (const [target, ids] of byTarget) state.applyGestureStep(setNodesGroup(store.getState().model, ids, target));
    }
    store.getState().endGesture();
    draggingIds.current = [];
    setDragging(false);
  }, [store]);

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target) connectNodes(store, c.source, c.target);
  }, [store]);

  // Double-click renames (on a collapsed context it opens it instead: OverviewLayer).
  const onNodeDoubleClick = useCallback((_: unknown, node: FlowNode) => store.getState().setRenaming(node.id), [store]);
  // Opening a collapsed context: zoom in until its members show.
  const openContext = useCallback((box: Rect) => showBounds(box, 0.1, 1), [showBounds]);

  // A selection box also takes the collapsed contexts it touches (React Flow knows only its own nodes).
  // React Flow clears its rectangle before it reports the end, so the last one is kept here.
  const selectionRect = useRef<Rect | null>(null);
  useEffect(() => rfStore.subscribe((state) => {
    const r = state.userSelectionRect;
    if (!r) return;
    const [tx, ty, zoom] = state.transform;
    selectionRect.current = { x: (r.x - tx) / zoom, y: (r.y - ty) / zoom, width: r.width / zoom, height: r.height / zoom };
  }), [rfStore]);
  const onSelectionEnd = useCallback(() => {
    const rect = selectionRect.current;
    selectionRect.current = null;
    const hits = rect ? collapsedInRect(sceneRef.current.boxes, rect) : [];
    if (hits.length === 0) return;
    const { selection: current, setSelection } = store.getState();
    setSelection({ nodes: new Set([...current.nodes, ...hits]) });
  }, [store]);

  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = event.dataTransfer.types.includes('Files') ? 'copy' : 'move';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      const file = event.dataTransfer.files[0];
      if (file) {
        onDropFile?.(file);
        return;
      }
      const kind = event.dataTransfer.getData(PALETTE_MIME) as NodeKind;
      if (!(NODE_KINDS as readonly string[]).includes(kind)) return;
      const size = NODE_SIZE[kind];
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const position = { x: Math.round(at.x - size.width / 2), y: Math.round(at.y - size.height / 2) };
      const group = boxAt(resolveGroupBoxes(store.getState().model), at.x, at.y);
      addNodeAt(store, kind, position, group);
    },
    [flow, onDropFile, store],
  );

  return (
    <ZoomedOutContext value={zoomedOut}>
      <LabelLayerContext value={labelLayer}>
        <div className={`canvas canvas--${lod}${moving ? ' canvas--moving' : ''}${dragging ? ' canvas--dragging' : ''}${edges.length > MAX_FLOWING_LINKS ? ' canvas--calm' : ''}`} onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
          <ReactFlow<FlowNode, LinkFlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onSelectionChange={onSelectionChange}
            onNodeDragStart={onNodeDragStart}
            onNodeDragStop={onNodeDragStop}
            onMoveStart={onMoveStart}
            onMoveEnd={onMoveEnd}
            onConnect={onConnect}
            onNodeDoubleClick={onNodeDoubleClick}
            onSelectionEnd={onSelectionEnd}
            onPaneClick={() => store.getState().clearSelection()}
            colorMode={theme}
            connectionLineType={ConnectionLineType.Bezier}
            connectionRadius={40}
            deleteKeyCode={null}
            selectionOnDrag
            panOnDrag={PAN_BUTTONS}
            panOnScroll
            selectionKeyCode={null}
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            selectionMode={SelectionMode.Partial}
            snapToGrid
            snapGrid={SNAP_GRID}
            onlyRenderVisibleElements={model.nodes.length > CULL_ABOVE}
            minZoom={0.05}
            maxZoom={2.5}
            elevateNodesOnSelect={false}
          >
            {/* Zoomed out to the overview the dots would be a few pixels apart: noise. */}
            {!overview && <DotGrid gap={20} size={1.2} />}
            <LinkArrowDefs />
            <OverviewLayer scene={scene} onOpen={openContext} />
            <CanvasMinimap model={model} theme={theme} />
            {/* Animated, so a fit into the overview passes through it and contexts collapse on the way. */}
            <Controls showInteractive={false} position="bottom-left" fitViewOptions={CONTROLS_FIT} />
          </ReactFlow>
          {nodes.length === 0 && scene.boxes.length === 0 && <CanvasEmptyState />}
        </div>
      </LabelLayerContext>
    </ZoomedOutContext>
  );
}
