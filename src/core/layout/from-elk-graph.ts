import type { Model } from '../model/types.ts';
import { elkGroupId, elkNodeId } from './elk-types.ts';
import type { ElkGraphNode } from './elk-types.ts';
import type { LayoutResult } from './types.ts';

// The schema's minimum box side; ELK may return less for a degenerate group.
const MIN_SIDE = 40;

/** Reads a laid-out ELK graph back into absolute positions (ELK's child coordinates are parent-relative). */
export function fromElkGraph(model: Model, laidOut: ElkGraphNode): LayoutResult {
  const nodeIds = new Map(model.nodes.map((n) => [elkNodeId(n.id), n.id]));
  const groupIds = new Map(model.groups.map((g) => [elkGroupId(g.id), g.id]));
  const result: LayoutResult = { positions: {}, groups: {} };

  // Iterative walk: a deep or huge graph must not overflow the stack.
  const stack: { node: ElkGraphNode; offsetX: number; offsetY: number }[] = (laidOut.children ?? []).map((node) => ({
    node,
    offsetX: laidOut.x ?? 0,
    offsetY: laidOut.y ?? 0,
  }));
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, offsetX, offsetY } = item;
    const x = offsetX + (node.x ?? 0);
    const y = offsetY + (node.y ?? 0);
    const position = { x: Math.round(x), y: Math.round(y) };
    const nodeId = nodeIds.get(node.id);
    const groupId = groupIds.get(node.id);
    if (nodeId !== undefined) result.positions[nodeId] = position;
    if (groupId !== undefined) {
      const size = {
        width: Math.max(MIN_SIDE, Math.round(node.width ?? MIN_SIDE)),
        height: Math.max(MIN_SIDE, Math.round(node.height ?? MIN_SIDE)),
      };
      result.groups[groupId] = { position, size };
    }
    for (const child of node.children ?? []) stack.push({ node: child, offsetX: x, offsetY: y });
  }
  return result;
}
