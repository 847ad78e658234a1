/**
 * Level of detail: how much a node and a link draw at the current zoom. Zoomed out, a node's icon,
 * subtitle, badges and handles are a few pixels across — unreadable, yet they are most of the DOM and
 * most of what is painted on every frame. So the canvas draws:
 *
 * - `full` (zoom ≥ 0.5): everything.
 * - `compact` (0.2 ≤ zoom < 0.5): the node's shape, colour and marks with its name in large type; links
 *   without their policy badges.
 * - `far` (zoom < 0.2): the shape and colour alone; links as plain lines without arrowheads, dashes or
 *   a click target; no background dots.
 *
 * The canvas subscribes to React Flow's zoom through `selectLod`, which yields the bucket, so a pan or
 * a zoom inside one bucket re-renders nothing. Nodes and links render only two ways — full, or zoomed
 * out (`ZoomedOutContext`) — and `far` differs from `compact` by a class on the canvas alone, so
 * crossing 0.2 costs a style pass, not a render; crossing 0.5 re-renders the nodes and links on screen
 * (viewport culling keeps those few for a big model). Reading the context, not React Flow's store,
 * adds no work to every frame.
 */
import { createContext, useContext } from 'react';

export type Lod = 'full' | 'compact' | 'far';

/** Zoom at and above which nodes draw in full. */
export const FULL_DETAIL_ZOOM = 0.5;
/** Zoom below which nodes draw as bare shapes. */
export const FAR_ZOOM = 0.2;
/**
 * Zoom below which bounded contexts collapse into one box each (overview.ts): a node's name is then
 * under 11 px high, its context's still reads.
 */
export const OVERVIEW_ZOOM = 0.3;

/** React Flow store selector: whether the view is zoomed out to the overview. */
export const selectOverview = (state: { transform: readonly [number, number, number] }): boolean => state.transform[2] < OVERVIEW_ZOOM;

export function lodForZoom(zoom: number): Lod {
  return zoom >= FULL_DETAIL_ZOOM ? 'full' : zoom >= FAR_ZOOM ? 'compact' : 'far';
}

/** React Flow store selector: the bucket of the current zoom (`transform` is [x, y, zoom]). */
export const selectLod = (state: { transform: readonly [number, number, number] }): Lod => lodForZoom(state.transform[2]);

/** True below FULL_DETAIL_ZOOM: nodes draw compact, links without badges. */
export const ZoomedOutContext = createContext(false);

export function useZoomedOut(): boolean {
  return useContext(ZoomedOutContext);
}

/**
 * Where link badges are portalled to (React Flow's edge-label layer), found once by the canvas.
 * React Flow's EdgeLabelRenderer looks it up with querySelector in a store selector — once per
 * labelled link on every pan frame.
 */
export const LabelLayerContext = createContext<HTMLElement | null>(null);
