import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import type { Model } from '../../core/model/index.ts';
import { resolveGroupBoxes, type Rect } from '../../core/layout/group-boxes.ts';
import { selectOverview } from './lod.ts';
import { contextBoxes, stepCollapsed } from './overview-steps.ts';

const NONE: ReadonlySet<string> = new Set();

/**
 * The contexts drawn collapsed now (the overview, overview.ts). Below OVERVIEW_ZOOM they all should be,
 * above it none; the set moves there a few contexts per frame (overview-steps.ts), re-rendering the
 * canvas once a frame until it arrives, and opens contexts only when the view is at rest. Panning and zooming inside one side of the threshold re-render
 * nothing.
 */
export function useCollapsedContexts(model: Model, holdOpening = false): { collapsed: ReadonlySet<string>; collapseAll: () => void } {
  const overview = useStore(selectOverview);
  const flow = useStoreApi();
  const contexts = useMemo(() => contextBoxes(model, resolveGroupBoxes(model)), [model]);
  const last = useRef<{ set: ReadonlySet<string>; view: Rect | undefined }>({ set: NONE, view: undefined });
  const [frame, nextFrame] = useReducer((n: number) => n + 1, 0);
  // Set by collapseAll until the view reaches the overview's zoom.
  const forced = useRef(false);
  if (overview) forced.current = false;

  // Stepped while rendering, from the view at this moment, so the nodes handed to React Flow already
  // reflect it (a step is a pure function of the previous one; a repeated render just steps further).
  const { transform, width, height } = flow.getState();
  const [tx, ty, zoom] = transform;
  const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
  const previous = last.current.set;
  const collapse = overview || forced.current;
  // While the view moves, contexts close as needed (that saves mounting what comes into view) but open
  // only once it stops: each opening step is a long task at 1,000 nodes, and while zooming in the boxes
  // simply grow. (`holdOpening` is the canvas' "a gesture is under way".)
  const set = !collapse && holdOpening ? previous : stepCollapsed(previous, collapse, contexts, view, last.current.view ?? view);
  last.current = { set, view };
  const moving = set !== previous;

  useEffect(() => {
    if (!moving) return;
    const id = requestAnimationFrame(nextFrame);
    return () => cancelAnimationFrame(id);
  }, [moving, frame, set]);
  /**
   * Collapses every context at once, before a jump of the view to the overview's zoom (opening a model,
   * fit view): React Flow draws the new view with the nodes it had, so jumping first would mount every
   * node on screen once, only to unmount it a frame later. At the old zoom few of them are mounted.
   */
  const collapseAll = useCallback(() => {
    forced.current = true;
    last.current = { set: new Set(contexts.map((c) => c.id)), view: undefined };
    nextFrame();
  }, [contexts]);
  return { collapsed: set, collapseAll };
}
