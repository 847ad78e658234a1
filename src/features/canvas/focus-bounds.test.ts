import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../../core/templates/index.ts';
import { NODE_SIZE } from '../../core/layout/node-size.ts';
import { boundsOf } from './focus-bounds.ts';

describe('boundsOf', () => {
  it('frames the named nodes from their model positions', () => {
    const model = ecommerceTemplate.build();
    const [a, b] = model.nodes.filter((n) => n.position);
    const box = boundsOf(model, [a!.id, b!.id])!;
    const right = Math.max(a!.position!.x + NODE_SIZE[a!.kind].width, b!.position!.x + NODE_SIZE[b!.kind].width);
    expect(box.x).toBe(Math.min(a!.position!.x, b!.position!.x));
    expect(box.x + box.width).toBe(right);
  });

  it('frames a context by its box, and nothing when no element is known', () => {
    const model = ecommerceTemplate.build();
    const group = model.groups[0]!;
    expect(boundsOf(model, [group.id])).toMatchObject({ x: group.position!.x, y: group.position!.y });
    expect(boundsOf(model, ['no-such-element'])).toBeUndefined();
  });
});
