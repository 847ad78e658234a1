import { useCallback, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import type { Model } from '../../core/model/index.ts';
import { resolveGroupBoxes, type Rect } from '../../core/layout/group-boxes.ts';
import { NODE_SIZE } from '../../core/layout/node-size.ts';
import { Bounds } from './bounds.ts';

const WIDTH = 200;
const HEIGHT = 150;
const PAD = 8;

/**
 * The minimap: the model drawn into one <canvas> whenever it changes, with the view's rectangle moved on
 * every pan frame by a style write, outside React. React Flow's own minimap is a component per node
 * whose store selector runs on every frame and which mounts and unmounts with the nodes: at 1,000 nodes
 * it cost more than the diagram. Click or drag on it to move the view there.
 */
export function CanvasMinimap({ model, theme }: { model: Model; theme: string }) {
  const flow = useReactFlow();
  const rf = useStoreApi();
  const canvas = useRef<HTMLCanvasElement>(null);
  const viewRect = useRef<HTMLDivElement>(null);
  const palette = useRef<{ theme: string; colours: Map<string, string> }>({ theme: '', colours: new Map() });
  const world = useMemo(() => worldOf(model), [model]);
  const scale = Math.min((WIDTH - 2 * PAD) / world.width, (HEIGHT - 2 * PAD) / world.height);
  const ox = PAD + (WIDTH - 2 * PAD - world.width * scale) / 2 - world.x * scale;
  const oy = PAD + (HEIGHT - 2 * PAD - world.height * scale) / 2 - world.y * scale;

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = WIDTH * ratio;
    el.height = HEIGHT * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    // The colours are read from the stylesheet once per theme, not on every drawing: the model changes on
    // every drag frame, and a computed-style read then makes the browser recompute the whole page's style
    // first (~20 ms at 1,000 nodes).
    if (palette.current.theme !== theme) palette.current = { theme, colours: new Map() };
    const colours = palette.current.colours;
    let css: CSSStyleDeclaration | undefined;
    const colour = (name: string) => {
      let value = colours.get(name);
      if (value === undefined) colours.set(name, (value = (css ??= getComputedStyle(el)).getPropertyValue(name).trim() || '#888'));
      return value;
    };
    const rect = (r: Rect) => [ox + r.x * scale, oy + r.y * scale, Math.max(1, r.width * scale), Math.max(1, r.height * scale)] as const;
    ctx.fillStyle = colour('--context-bg');
    ctx.strokeStyle = colour('--context-border');
    for (const box of resolveGroupBoxes(model).values()) {
      ctx.fillRect(...rect(box));
      ctx.strokeRect(...rect(box));
    }
    for (const node of model.nodes) {
      if (!node.position) continue;
      ctx.fillStyle = colour(`--kind-${node.kind === 'external' ? 'client' : node.kind}`);
      ctx.fillRect(...rect({ ...node.position, ...NODE_SIZE[node.kind] }));
    }
  }, [model, ox, oy, scale, theme]);

  // The view's rectangle follows React Flow's transform without rendering anything. Its size is written
  // only when it changes (a size change means layout and paint; panning at one zoom only moves it), and
  // it is its own compositor layer (canvas.css), so a pan frame does not repaint the minimap.
  useEffect(() => {
    let size = '';
    const place = () => {
      const el = viewRect.current;
      if (!el) return;
      const { transform: [tx, ty, zoom], width, height } = rf.getState();
      const x = Math.max(0, ox + (-tx / zoom) * scale);
      const y = Math.max(0, oy + (-ty / zoom) * scale);
      const right = Math.min(WIDTH, ox + ((width - tx) / zoom) * scale);
      const bottom = Math.min(HEIGHT, oy + ((height - ty) / zoom) * scale);
      el.style.transform = `translate(${x}px, ${y}px)`;
      // Rounded to a tenth of a pixel: the clamped edges otherwise jitter by rounding errors every frame.
      const w = Math.max(2, right - x).toFixed(1);
      const h = Math.max(2, bottom - y).toFixed(1);
      if (`${w}x${h}` === size) return;
      size = `${w}x${h}`;
      el.style.width = `${w}px`;
      el.style.height = `${h}px`;
    };
    place();
    return rf.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) place();
    });
  }, [rf, ox, oy, scale]);

  const moveTo = useCallback((event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left - ox) / scale;
    const y = (event.clientY - box.top - oy) / scale;
    void flow.setCenter(x, y, { zoom: rf.getState().transform[2] });
  }, [flow, ox, oy, rf, scale]);

  return (
    <Panel position="bottom-right" className="canvas-minimap" aria-label="Minimap">
      <div
        className="canvas-minimap__surface"
        style={{ width: WIDTH, height: HEIGHT }}
        title="Minimap: click or drag to move the view"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e);
        }}
      >
        <canvas ref={canvas} style={{ width: WIDTH, height: HEIGHT }} />
        <div ref={viewRect} className="canvas-minimap__view" />
      </div>
    </Panel>
  );
}

/** What the minimap shows: every node and context, or a unit box for an empty model. */
function worldOf(model: Model): Rect {
  const bounds = new Bounds();
  for (const box of resolveGroupBoxes(model).values()) bounds.addRect(box);
  for (const node of model.nodes) if (node.position) bounds.add(node.position.x, node.position.y, NODE_SIZE[node.kind].width, NODE_SIZE[node.kind].height);
  const r = bounds.rect();
  if (!r) return { x: 0, y: 0, width: 1000, height: 750 };
  const margin = Math.max(r.width, r.height) * 0.05;
  return { x: r.x - margin, y: r.y - margin, width: r.width + 2 * margin, height: r.height + 2 * margin };
}
