/**
 * Bounded-context boxes: the stored box when a group has one, else the box around its members with the
 * canvas' padding and header. Shared by the canvas, the store and the templates so they always agree.
 */
import type { Model, ModelNode, Position, Size } from '../model/types.ts';
import { GROUP_HEADER, GROUP_PADDING, NODE_SIZE } from './node-size.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a group without members or a stored box is drawn. */
const EMPTY_GROUP: Rect = { x: 0, y: 0, width: 320, height: 200 };

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const emptyExtent = (): Extent => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });

function extend(extent: Extent, node: ModelNode): void {
  if (!node.position) return;
  const { width, height } = NODE_SIZE[node.kind];
  extent.minX = Math.min(extent.minX, node.position.x);
  extent.minY = Math.min(extent.minY, node.position.y);
  extent.maxX = Math.max(extent.maxX, node.position.x + width);
  extent.maxY = Math.max(extent.maxY, node.position.y + height);
}

function padded(extent: Extent): Rect | undefined {
  if (extent.minX === Infinity) return undefined;
  return {
    x: extent.minX - GROUP_PADDING,
    y: extent.minY - GROUP_PADDING - GROUP_HEADER,
    width: extent.maxX - extent.minX + 2 * GROUP_PADDING,
    height: extent.maxY - extent.minY + 2 * GROUP_PADDING + GROUP_HEADER,
  };
}

/** The box around placed `members` with the canvas' padding and header, or undefined when none is placed. */
export function groupBoxAround(members: readonly ModelNode[]): { position: Position; size: Size } | undefined {
  const extent = emptyExtent();
  for (const node of members) extend(extent, node);
  const box = padded(extent);
  return box && { position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } };
}

/** Where each bounded context is drawn: its stored box, or the box around its members. One pass over the nodes. */
export function resolveGroupBoxes(model: Model): Map<string, Rect> {
  const boxes = new Map<string, Rect>();
  const needed = new Map<string, Extent>();
  for (const group of model.groups) {
    if (group.position && group.size) boxes.set(group.id, { ...group.position, ...group.size });
    else needed.set(group.id, emptyExtent());
  }
  if (needed.size === 0) return boxes;
  for (const node of model.nodes) {
    const extent = node.group !== undefined ? needed.get(node.group) : undefined;
    if (extent) extend(extent, node);
  }
  for (const group of model.groups) {
    const extent = needed.get(group.id);
    if (!extent) continue;
    boxes.set(group.id, padded(extent) ?? { ...EMPTY_GROUP, ...(group.position ?? {}), ...(group.size ?? {}) });
  }
  return boxes;
}

/** The innermost (smallest) box containing the point, if any. */
export function boxAt(boxes: ReadonlyMap<string, Rect>, x: number, y: number, exclude?: string): string | undefined {
  let best: string | undefined;
  let bestArea = Infinity;
  for (const [id, r] of boxes) {
    if (id === exclude) continue;
    if (x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height) {
      const area = r.width * r.height;
      if (area < bestArea) {
        best = id;
        bestArea = area;
      }
    }
  }
  return best;
}

/**
 * Stores the box around its members on every group that lacks a position or size, so the file keeps the
 * geometry the canvas shows. Groups with both, and a model that needs nothing, keep their identity.
 */
export function withGroupGeometry(model: Model): Model {
  if (model.groups.every((g) => g.position && g.size)) return model;
  const boxes = resolveGroupBoxes(model);
  let changed = false;
  const groups = model.groups.map((group) => {
    const box = boxes.get(group.id);
    if ((group.position && group.size) || !box) return group;
    changed = true;
    return { ...group, position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } };
  });
  return changed ? { ...model, groups } : model;
}
