import type { Model } from '../../core/model/index.ts';
import { resolveGroupBoxes, type Rect } from '../../core/layout/group-boxes.ts';
import { NODE_SIZE } from '../../core/layout/node-size.ts';
import { Bounds } from './bounds.ts';

/**
 * The box around these elements (nodes and contexts), from the model rather than from React Flow: in
 * the overview (overview.ts) a collapsed context's members are not React Flow nodes, yet a finding that
 * names them must still bring them into view. Undefined when none of them is placed.
 */
export function boundsOf(model: Model, ids: readonly string[]): Rect | undefined {
  const wanted = new Set(ids);
  const bounds = new Bounds();
  for (const node of model.nodes) {
    if (wanted.has(node.id) && node.position) bounds.add(node.position.x, node.position.y, NODE_SIZE[node.kind].width, NODE_SIZE[node.kind].height);
  }
  const boxes = resolveGroupBoxes(model);
  for (const id of wanted) {
    const box = boxes.get(id);
    if (box) bounds.addRect(box);
  }
  return bounds.rect();
}
