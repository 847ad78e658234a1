/**
 * The canvas renders every node at exactly these sizes, so layout (ELK, the grid fallback) and the
 * hand-placed templates can reason about boxes without measuring the DOM.
 */
import type { NodeKind, Size } from '../model/types.ts';

export const NODE_SIZE: Readonly<Record<NodeKind, Readonly<Size>>> = {
  service: { width: 200, height: 72 },
  gateway: { width: 200, height: 72 },
  database: { width: 170, height: 80 },
  broker: { width: 190, height: 64 },
  client: { width: 170, height: 64 },
  external: { width: 190, height: 68 },
};

/** Space between a group's border and its members. */
export const GROUP_PADDING = 40;
/** Height of a group's title bar, above the top padding. */
export const GROUP_HEADER = 36;
/** The gap layouts leave between neighbouring boxes. */
export const NODE_GAP = 80;
/** Size given to a group that has no members, so it stays visible and clickable. */
export const EMPTY_GROUP_SIZE: Readonly<Size> = { width: 240, height: 140 };
