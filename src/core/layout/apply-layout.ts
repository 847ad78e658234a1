import type { Model, Position, Size } from '../model/types.ts';
import type { LayoutResult } from './types.ts';

const samePosition = (a: Position | undefined, b: Position): boolean => a !== undefined && a.x === b.x && a.y === b.y;
const sameSize = (a: Size | undefined, b: Size): boolean => a !== undefined && a.width === b.width && a.height === b.height;

/** Returns the model with the layout's positions and group sizes; unmoved nodes and groups keep their identity. */
export function applyLayout(model: Model, result: LayoutResult): Model {
  let changed = false;
  const nodes = model.nodes.map((node) => {
    const position = result.positions[node.id];
    if (position === undefined || samePosition(node.position, position)) return node;
    changed = true;
    return { ...node, position: { x: position.x, y: position.y } };
  });
  const groups = model.groups.map((group) => {
    const box = result.groups[group.id];
    if (box === undefined || (samePosition(group.position, box.position) && sameSize(group.size, box.size))) return group;
    changed = true;
    return { ...group, position: { x: box.position.x, y: box.position.y }, size: { width: box.size.width, height: box.size.height } };
  });
  // Same object back when nothing moved, so a store can skip the commit entirely.
  return changed ? { ...model, nodes, groups } : model;
}
