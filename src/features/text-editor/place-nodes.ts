/**
 * Text edits keep the canvas geometry. A model read from the text is merged with the one on the canvas:
 *
 * - a node or context whose text has no `position` keeps its current canvas position (a context also
 *   keeps its stored `size` when the text has none);
 * - a brand-new node without a position is placed near the diagram: inside its context when it names
 *   one that is on the canvas (below the context's lowest member, the stored box grown to fit), otherwise
 *   in a column just right of everything drawn, top-aligned with it, one below the other. An empty
 *   canvas starts at the origin. Coordinates are rounded to the canvas' 10-unit grid.
 *
 * A position written in the text always wins.
 */
import { GROUP_HEADER, GROUP_PADDING, NODE_GAP, NODE_SIZE, resolveGroupBoxes, type Rect } from '../../core/layout/index.ts';
import type { Group, Model, ModelNode, Position } from '../../core/model/index.ts';

/** Vertical space between nodes stacked by the placement rule. */
const STACK_GAP = 40;
const GRID = 10;

const snap = (v: number) => Math.round(v / GRID) * GRID;

/** `next` (read from text) with canvas positions kept from `current` and new unplaced nodes placed. */
export function keepPositions(next: Model, current: Model): Model {
  const currentNodes = new Map(current.nodes.map((n) => [n.id, n]));
  const currentGroups = new Map(current.groups.map((g) => [g.id, g]));

  let groups = next.groups.map((group): Group => {
    const before = currentGroups.get(group.id);
    if (!before) return group;
    let out = group;
    if (!out.position && before.position) out = { ...out, position: before.position };
    if (!out.size && before.size) out = { ...out, size: before.size };
    return out;
  });

  const unplaced: number[] = [];
  const nodes = next.nodes.map((node, index): ModelNode => {
    if (node.position) return node;
    const position = currentNodes.get(node.id)?.position;
    if (position) return { ...node, position };
    unplaced.push(index);
    return node;
  });

  if (unplaced.length > 0) {
    const placed = placeNewNodes({ ...next, groups, nodes }, unplaced);
    groups = placed.groups;
    return { ...next, groups, nodes: placed.nodes };
  }
  const changed = groups.some((g, i) => g !== next.groups[i]) || nodes.some((n, i) => n !== next.nodes[i]);
  return changed ? { ...next, groups, nodes } : next;
}

/** Places the nodes at `indices` (which have no position) by the rule in the module comment. */
function placeNewNodes(model: Model, indices: readonly number[]): { nodes: ModelNode[]; groups: Group[] } {
  const nodes = [...model.nodes];
  const groups = [...model.groups];
  const boxes = resolveGroupBoxes(model);
  const groupIndex = new Map(groups.map((g, i) => [g.id, i]));

  // The lowest member bottom of every context, so new members stack below it.
  const bottoms = new Map<string, number>();
  for (const node of nodes) {
    if (!node.position || node.group === undefined) continue;
    const bottom = node.position.y + NODE_SIZE[node.kind].height;
    bottoms.set(node.group, Math.max(bottoms.get(node.group) ?? -Infinity, bottom));
  }

  const extent = drawnExtent(nodes, boxes);
  const column = { x: extent ? snap(extent.maxX + NODE_GAP) : 0, y: extent ? snap(extent.minY) : 0 };

  for (const index of indices) {
    const node = nodes[index];
    if (!node) continue;
    const size = NODE_SIZE[node.kind];
    const box = node.group !== undefined ? boxes.get(node.group) : undefined;
    let position: Position;
    if (box && node.group !== undefined) {
      const top = bottoms.get(node.group) ?? box.y + GROUP_HEADER + GROUP_PADDING - STACK_GAP;
      position = { x: snap(box.x + GROUP_PADDING), y: snap(top + STACK_GAP) };
      bottoms.set(node.group, position.y + size.height);
      const gi = groupIndex.get(node.group);
      const group = gi === undefined ? undefined : groups[gi];
      // A stored box grows to hold the new member; a computed one follows its members anyway.
      if (gi !== undefined && group?.position && group.size) {
        const needed = position.y + size.height + GROUP_PADDING - group.position.y;
        const width = Math.max(group.size.width, position.x + size.width + GROUP_PADDING - group.position.x);
        if (needed > group.size.height || width > group.size.width) {
          groups[gi] = { ...group, size: { width, height: Math.max(group.size.height, needed) } };
          boxes.set(group.id, { ...group.position, width, height: Math.max(group.size.height, needed) });
        }
      }
    } else {
      position = { x: column.x, y: column.y };
      column.y = snap(column.y + size.height + STACK_GAP);
    }
    nodes[index] = { ...node, position };
  }
  return { nodes, groups };
}

/** The box around every placed node and every context box, or undefined on an empty canvas. */
function drawnExtent(nodes: readonly ModelNode[], boxes: ReadonlyMap<string, Rect>) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    if (!node.position) continue;
    const { width, height } = NODE_SIZE[node.kind];
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + width);
    maxY = Math.max(maxY, node.position.y + height);
  }
  for (const box of boxes.values()) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  return minX === Infinity ? undefined : { minX, minY, maxX, maxY };
}
