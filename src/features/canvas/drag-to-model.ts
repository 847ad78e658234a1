/**
 * Turns React Flow's drag frames into model positions. React Flow reports a child's position
 * relative to its context; the model keeps absolute positions, so membership can change on drop
 * without moving anything.
 */
import type { Model, Position } from '../../core/model/index.ts';
import { moveElements } from '../../core/ops/index.ts';
import type { OpResult } from '../../core/ops/index.ts';
import { NODE_SIZE } from '../../core/layout/node-size.ts';
import { boxAt, resolveGroupBoxes } from '../../core/layout/group-boxes.ts';

/** The canvas' snap step (flow pixels), for nodes and contexts alike, open or collapsed. */
export const SNAP = 10;

export interface DragFrame {
  id: string;
  /** Position as React Flow reports it (relative to the parent context, if any). */
  position: Position;
}

/** Absolute positions for a drag frame: moved nodes, and every member of a moved context. */
export function dragFrameToPositions(model: Model, frames: readonly DragFrame[]): Map<string, Position> {
  const boxes = resolveGroupBoxes(model);
  // Runs on every drag frame: index only the nodes the frame moves, not all of them.
  const moved = new Set(frames.map((f) => f.id));
  const nodesById = new Map<string, Model['nodes'][number]>();
  for (const node of model.nodes) if (moved.has(node.id)) nodesById.set(node.id, node);
  const out = new Map<string, Position>();
  const movedGroups = new Map<string, { dx: number; dy: number }>();
  for (const { id, position } of frames) {
    const box = boxes.get(id);
    if (box) {
      movedGroups.set(id, { dx: position.x - box.x, dy: position.y - box.y });
      continue;
    }
    const node = nodesById.get(id);
    if (!node) continue;
    const parent = node.group ? boxes.get(node.group) : undefined;
    out.set(id, { x: Math.round(position.x + (parent?.x ?? 0)), y: Math.round(position.y + (parent?.y ?? 0)) });
  }
  if (movedGroups.size > 0) {
    for (const node of model.nodes) {
      const delta = node.group ? movedGroups.get(node.group) : undefined;
      if (!delta || !node.position || out.has(node.id)) continue;
      out.set(node.id, { x: Math.round(node.position.x + delta.dx), y: Math.round(node.position.y + delta.dy) });
    }
  }
  return out;
}

/** Group moves in a drag frame: new top-left corners of moved contexts. */
export function dragFrameToGroupPositions(model: Model, frames: readonly DragFrame[]): Map<string, Position> {
  const groupIds = new Set(model.groups.map((g) => g.id));
  const out = new Map<string, Position>();
  for (const { id, position } of frames) if (groupIds.has(id)) out.set(id, { x: Math.round(position.x), y: Math.round(position.y) });
  return out;
}

/**
 * After a drop: which context each dropped node now belongs to, judged by its centre.
 * Returns only the nodes whose membership changes (null = leaves every context).
 */
export function membershipAfterDrop(model: Model, nodeIds: readonly string[]): Map<string, string | null> {
  const boxes = resolveGroupBoxes(model);
  const changes = new Map<string, string | null>();
  const ids = new Set(nodeIds);
  for (const node of model.nodes) {
    if (!ids.has(node.id) || !node.position) continue;
    const size = NODE_SIZE[node.kind];
    const target = boxAt(boxes, node.position.x + size.width / 2, node.position.y + size.height / 2) ?? null;
    if (target !== (node.group ?? null)) changes.set(node.id, target);
  }
  return changes;
}

/** The edit a drag frame makes: the moved nodes, and each moved context with its members. */
export function moveByDragFrames(model: Model, frames: readonly DragFrame[]): OpResult {
  return moveElements(model, dragFrameToPositions(model, frames), dragFrameToGroupPositions(model, frames));
}
