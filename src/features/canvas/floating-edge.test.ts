import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import { floatingEnds } from './floating-edge.ts';

describe('floatingEnds', () => {
  const a = { x: 0, y: 0, width: 200, height: 72 };

  it('leaves through the right side towards a node on the right', () => {
    const ends = floatingEnds(a, { x: 400, y: 0, width: 200, height: 72 });
    expect(ends.sourcePosition).toBe(Position.Right);
    expect(ends.targetPosition).toBe(Position.Left);
    expect(ends.sx).toBe(200);
    expect(ends.sy).toBe(36);
    expect(ends.tx).toBe(400);
  });

  it('leaves through the bottom towards a database drawn below', () => {
    const ends = floatingEnds(a, { x: 15, y: 200, width: 170, height: 80 });
    expect(ends.sourcePosition).toBe(Position.Bottom);
    expect(ends.targetPosition).toBe(Position.Top);
    expect(ends.sy).toBe(72);
    expect(ends.ty).toBe(200);
  });
});
