import { describe, expect, it } from 'vitest';
import { createEmptyModel } from '../model/factories.ts';
import type { Model, ModelNode } from '../model/types.ts';
import { ecommerceTemplate } from '../templates/ecommerce.ts';
import { applyLayout } from './apply-layout.ts';
import { fromElkGraph } from './from-elk-graph.ts';
import { gridLayout } from './grid-layout.ts';
import { boxAt, groupBoxAround, resolveGroupBoxes, withGroupGeometry } from './group-boxes.ts';
import { longestPathRank } from './longest-path-rank.ts';
import { NODE_SIZE } from './node-size.ts';
import { toElkGraph } from './to-elk-graph.ts';
import type { LayoutResult } from './types.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Node boxes of a layout result, sorted by x so overlap checks can stop early. */
function nodeBoxes(model: Model, result: LayoutResult): (Box & { id: string })[] {
  return model.nodes
    .map((n) => ({ id: n.id, ...result.positions[n.id]!, ...NODE_SIZE[n.kind] }))
    .sort((a, b) => a.x - b.x);
}

function firstOverlap(boxes: readonly (Box & { id: string })[]): string | undefined {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j]!.x < boxes[i]!.x + boxes[i]!.width; j++) {
      if (overlaps(boxes[i]!, boxes[j]!)) return `${boxes[i]!.id} / ${boxes[j]!.id}`;
    }
  }
  return undefined;
}

function bigModel(count: number, linked: boolean): Model {
  const model = createEmptyModel('big');
  model.groups = [{ id: 'g', name: 'G' }];
  const kinds = ['service', 'database', 'broker', 'gateway', 'client', 'external'] as const;
  model.nodes = Array.from({ length: count }, (_, i): ModelNode => {
    const kind = kinds[i % kinds.length]!;
    const base = { kind, id: `n${i}`, name: `n${i}` } as ModelNode;
    return i % 10 === 0 ? { ...base, group: 'g' } : base;
  });
  if (linked) model.links = model.nodes.slice(1).map((n, i) => ({ kind: 'sync', id: `l${i}`, from: `n${(i * 7) % (i + 1)}`, to: n.id }));
  return model;
}

describe('toElkGraph', () => {
  const model = ecommerceTemplate.build();
  const graph = toElkGraph(model);

  it('is a layered, left-to-right graph that lays out inside groups', () => {
    expect(graph.layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    });
  });

  it('nests members in their group, sized by kind, and keeps every link', () => {
    const ordering = graph.children?.find((c) => c.id === 'g:ordering');
    expect(ordering?.children?.map((c) => c.id)).toEqual(['n:order-service', 'n:orders-db']);
    expect(ordering?.children?.[1]).toMatchObject({ width: 170, height: 80 });
    const gateway = graph.children?.find((c) => c.id === 'n:api-gateway');
    expect(gateway).toMatchObject({ width: 200, height: 72 });
    const edges = [...(graph.edges ?? []), ...(graph.children ?? []).flatMap((c) => c.edges ?? [])];
    expect(edges).toHaveLength(model.links.length);
    // A link inside one group belongs to that group (ELK wants the lowest common ancestor).
    expect(ordering?.edges?.map((e) => e.id)).toEqual(['e:order-service-orders-db']);
  });

  it('skips dangling links and self-loops, and prefixes ids so a group may share a node id', () => {
    const m = createEmptyModel();
    m.groups = [{ id: 'x', name: 'X' }];
    m.nodes = [{ kind: 'service', id: 'x', name: 'x', group: 'x' }];
    m.links = [
      { kind: 'sync', id: 'self', from: 'x', to: 'x' },
      { kind: 'sync', id: 'dangling', from: 'x', to: 'gone' },
    ];
    const g = toElkGraph(m);
    expect(g.children?.[0]).toMatchObject({ id: 'g:x', children: [{ id: 'n:x' }], edges: [] });
    expect(g.edges).toEqual([]);
  });
});

describe('fromElkGraph', () => {
  it('turns parent-relative coordinates into absolute ones', () => {
    const model = ecommerceTemplate.build();
    const result = fromElkGraph(model, {
      id: 'root',
      children: [
        { id: 'n:web-app', x: 10, y: 20 },
        { id: 'g:ordering', x: 300, y: 100, width: 280.4, height: 300, children: [{ id: 'n:order-service', x: 40, y: 76.6 }] },
        { id: 'n:unknown', x: 1, y: 1 },
      ],
    });
    expect(result).toEqual({
      positions: { 'web-app': { x: 10, y: 20 }, 'order-service': { x: 340, y: 177 } },
      groups: { ordering: { position: { x: 300, y: 100 }, size: { width: 280, height: 300 } } },
    });
  });
});

describe('applyLayout', () => {
  const model = ecommerceTemplate.build();

  it('moves what the layout moved and keeps the identity of the rest', () => {
    const next = applyLayout(model, {
      positions: { 'web-app': { x: -100, y: 0 }, 'api-gateway': { ...model.nodes[1]!.position! } },
      groups: { ordering: { position: { x: 1, y: 2 }, size: { width: 300, height: 300 } } },
    });
    expect(next.nodes[0]!.position).toEqual({ x: -100, y: 0 });
    expect(next.nodes[1]).toBe(model.nodes[1]);
    expect(next.nodes[2]).toBe(model.nodes[2]);
    expect(next.groups[0]).toMatchObject({ position: { x: 1, y: 2 }, size: { width: 300, height: 300 } });
    expect(next.groups[1]).toBe(model.groups[1]);
    expect(next.links).toBe(model.links);
    expect(model.nodes[0]!.position).toEqual({ x: 0, y: 356 });
  });

  it('returns the same model when nothing moved', () => {
    expect(applyLayout(model, { positions: {}, groups: {} })).toBe(model);
  });
});

describe('longestPathRank', () => {
  it('ranks by the longest incoming path', () => {
    const ranks = longestPathRank(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']]);
    expect(Object.fromEntries(ranks)).toEqual({ a: 0, b: 1, c: 2, d: 3 });
  });

  it('breaks cycles instead of looping', () => {
    const ranks = longestPathRank(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'b']]);
    expect(Object.fromEntries(ranks)).toEqual({ a: 0, b: 1, c: 2 });
    expect(Object.fromEntries(longestPathRank(['x', 'y'], [['x', 'y'], ['y', 'x']]))).toEqual({ x: 0, y: 1 });
  });
});

describe('gridLayout', () => {
  it('places the e-commerce model left to right with members inside their groups', () => {
    const model = ecommerceTemplate.build();
    const result = gridLayout(model);
    expect(firstOverlap(nodeBoxes(model, result))).toBeUndefined();
    const at = (id: string) => result.positions[id]!;
    expect(at('web-app').x).toBeLessThan(at('api-gateway').x);
    expect(at('api-gateway').x).toBeLessThan(at('order-service').x);
    expect(at('order-service').x).toBeLessThan(at('payment-service').x);
    for (const node of model.nodes) {
      if (node.group === undefined) continue;
      const box = result.groups[node.group]!;
      const p = at(node.id);
      expect(p.x).toBeGreaterThanOrEqual(box.position.x);
      expect(p.y).toBeGreaterThanOrEqual(box.position.y);
      expect(p.x + NODE_SIZE[node.kind].width).toBeLessThanOrEqual(box.position.x + box.size.width);
      expect(p.y + NODE_SIZE[node.kind].height).toBeLessThanOrEqual(box.position.y + box.size.height);
    }
  });

  it.each([false, true])('gives 2,000 nodes non-overlapping positions (linked: %s)', (linked) => {
    const model = bigModel(2_000, linked);
    const result = gridLayout(model);
    expect(Object.keys(result.positions)).toHaveLength(2_000);
    const boxes = nodeBoxes(model, result);
    expect(firstOverlap(boxes)).toBeUndefined();
    const group = result.groups['g']!;
    const outside = boxes.filter((b) => !b.id.endsWith('0'));
    expect(outside.some((b) => overlaps(b, { ...group.position, ...group.size }))).toBe(false);
  });
});

describe('group boxes', () => {
  it('fills in missing group geometry around members and keeps complete groups', () => {
    const model = ecommerceTemplate.build();
    const stripped: Model = { ...model, groups: model.groups.map(({ id, name }, i) => (i === 0 ? { id, name } : model.groups[i]!)) };
    const filled = withGroupGeometry(stripped);
    expect(filled.groups[0]).toEqual({ id: 'ordering', name: 'Ordering', position: { x: 530, y: 276 }, size: { width: 280, height: 328 } });
    expect(filled.groups[1]).toBe(model.groups[1]);
    expect(withGroupGeometry(model)).toBe(model);
    expect(groupBoxAround([])).toBeUndefined();
  });

  it('resolves stored, derived and empty boxes, and finds the innermost box at a point', () => {
    const model = ecommerceTemplate.build();
    const m: Model = { ...model, groups: [{ id: 'ordering', name: 'O' }, { id: 'empty', name: 'E' }, model.groups[1]!] };
    const boxes = resolveGroupBoxes(m);
    expect(boxes.get('ordering')).toEqual({ x: 530, y: 276, width: 280, height: 328 });
    expect(boxes.get('empty')).toEqual({ x: 0, y: 0, width: 320, height: 200 });
    expect(boxes.get('payments')).toEqual({ ...model.groups[1]!.position!, ...model.groups[1]!.size! });
    expect(boxAt(boxes, 600, 400)).toBe('ordering');
    expect(boxAt(boxes, 10, 10)).toBe('empty');
    expect(boxAt(boxes, 600, 400, 'ordering')).toBeUndefined();
  });
});
