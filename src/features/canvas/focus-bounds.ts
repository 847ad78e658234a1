import type { Model } from '../../core/model/index.ts';
import { resolveGroupBoxes, type Rect } from '../../core/layout/group-boxes.ts';
import { NODE_SIZE } from '../../core/layout/node-size.ts';

/**
 * The box around these elements (nodes and contexts), from the model rather than from React Flow: in
 * the overview (overview.ts) a collapsed context's members are not React Flow nodes, yet a finding that
 * names them must still bring them into view. Undefined when none of them is placed.
 */
export function boundsOf(model: Model, ids: readonly string[]): Rect | undefined {
  const wanted = new Set(ids);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (x: number, y: number, width: number, height: number) => {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + width);
    y1 = Math.max(y1, y + height);
  };
  for (const node of model.nodes) {
    if (!wanted.has(node.id) || !node.position) continue;
    const size = NODE_SIZE[node.kind];
    add(node.position.x, node.position.y, size.width, size.height);
  }
  const boxes = resolveGroupBoxes(model);
  for (const id of wanted) {
    const box = boxes.get(id);
    if (box) add(box.x, box.y, box.width, box.height);
  }
  return x0 === Infinity ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
