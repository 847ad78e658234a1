/** Where an apply action puts the node it adds: near the spot asked for, but on free canvas. */
import { NODE_SIZE } from '../../layout/node-size.ts';
import type { Model, NodeKind, Position } from '../../model/types.ts';

const STEP = 100;
const TRIES = 40;
/** Keep a little air between boxes so edges stay readable. */
const MARGIN = 20;

/** The first position from `near` downwards (then upwards) where a `kind` box overlaps no node; undefined when `near` is. */
export function freeSpot(model: Model, near: Position | undefined, kind: NodeKind): Position | undefined {
  if (!near) return undefined;
  const size = NODE_SIZE[kind];
  const boxes = model.nodes.filter((n) => n.position).map((n) => ({ ...n.position!, ...NODE_SIZE[n.kind] }));
  const free = (p: Position) =>
    boxes.every((b) => p.x + size.width + MARGIN <= b.x || b.x + b.width + MARGIN <= p.x || p.y + size.height + MARGIN <= b.y || b.y + b.height + MARGIN <= p.y);
  for (let i = 0; i < TRIES; i++) {
    const dy = (i % 2 === 0 ? 1 : -1) * Math.ceil(i / 2) * STEP;
    const candidate = { x: Math.round(near.x), y: Math.round(near.y + dy) };
    if (free(candidate)) return candidate;
  }
  return { x: Math.round(near.x), y: Math.round(near.y) };
}

/** The centre-aligned midpoint of the given nodes' positions, or undefined when none is placed. */
export function between(points: readonly (Position | undefined)[]): Position | undefined {
  const known = points.filter((p): p is Position => p !== undefined);
  if (known.length === 0) return undefined;
  return { x: known.reduce((s, p) => s + p.x, 0) / known.length, y: known.reduce((s, p) => s + p.y, 0) / known.length };
}
