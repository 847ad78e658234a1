import { describe, expect, it } from 'vitest';
import { createNode } from '../model/factories.ts';
import type { Model, ModelNode } from '../model/types.ts';
import { anyEntityChange, entityChange } from './change.ts';
import { applyDiff, composeDiffs, diffModels, invertDiff, isEmptyDiff, rebaseForUndo, type ModelDiff } from './diff.ts';
import { moveNodes } from './nodes.ts';
import { removeElements } from './remove.ts';
import { fixtureModel } from './test-support.ts';

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('applyDiff', () => {
  it('returns the same model for an empty diff and keeps untouched arrays and objects', () => {
    const model = fixtureModel();
    expect(applyDiff(model, { changes: [] })).toBe(model);
    const orders = model.nodes[2] as ModelNode;
    const next = applyDiff(model, { changes: [entityChange('nodes', 'orders', orders, { ...orders, name: 'o' })] });
    expect(next.links).toBe(model.links);
    expect(next.groups).toBe(model.groups);
    expect(next.nodes).not.toBe(model.nodes);
    next.nodes.forEach((n, i) => (n.id === 'orders' ? expect(n.name).toBe('o') : expect(n).toBe(model.nodes[i])));
  });

  it('inserts at the recorded index, and appends when there is none', () => {
    const model = fixtureModel();
    const a = createNode('service', 'a', 'a');
    const b = createNode('service', 'b', 'b');
    const next = applyDiff(model, { changes: [entityChange('nodes', 'a', null, a, undefined, 1), entityChange('nodes', 'b', null, b)] });
    expect(ids(next.nodes)).toEqual(['web', 'a', 'api', 'orders', 'payments', 'orders-db', 'events', 'stripe', 'b']);
  });

  it('restores original order when a removal is undone', () => {
    const model = fixtureModel();
    const { model: removed, diff } = removeElements(model, { nodes: ['web', 'orders', 'stripe'] });
    expect(ids(removed.nodes)).toEqual(['api', 'payments', 'orders-db', 'events']);
    const restored = applyDiff(removed, invertDiff(diff));
    expect(restored).toStrictEqual(model);
  });

  it('is total: inserting an existing id replaces it, removing a missing id does nothing', () => {
    const model = fixtureModel();
    const api = createNode('gateway', 'api', 'edge');
    const next = applyDiff(model, {
      changes: [entityChange('nodes', 'api', null, api), anyEntityChange('nodes', 'ghost', { id: 'ghost' }, null, 3)],
    });
    expect(next.nodes.length).toBe(model.nodes.length);
    expect(next.nodes[1]).toBe(api);
  });

  it('sets and deletes meta fields', () => {
    const model = fixtureModel();
    const next = applyDiff(model, {
      changes: [
        { collection: 'meta', key: 'decision', before: model.decision, after: undefined },
        { collection: 'meta', key: 'description', before: undefined, after: 'd' },
      ],
    });
    expect('decision' in next).toBe(false);
    expect(next.description).toBe('d');
    expect(next.nodes).toBe(model.nodes);
  });

  it('moves half of a 20,000-node model and keeps every other node object', () => {
    // Speed is measured by `npm run bench`; this checks correctness at size.
    const model: Model = { ...fixtureModel(), nodes: Array.from({ length: 20_000 }, (_, i) => createNode('service', `s${i}`, `s${i}`, { x: i, y: 0 })) };
    const positions = new Map(model.nodes.slice(0, 10_000).map((n, i) => [n.id, { x: i, y: 1 }]));
    const { model: moved } = moveNodes(model, positions);
    expect(moved.nodes[9_999]?.position).toEqual({ x: 9_999, y: 1 });
    expect(moved.nodes[10_000]).toBe(model.nodes[10_000]);
  });
});

describe('invertDiff and isEmptyDiff', () => {
  it('a diff and its inverse cancel out', () => {
    const model = fixtureModel();
    const { model: moved, diff } = moveNodes(model, { orders: { x: 1, y: 1 } });
    expect(applyDiff(moved, invertDiff(diff))).toStrictEqual(model);
    expect(invertDiff(invertDiff(diff))).toStrictEqual(diff);
  });

  it('treats changes whose before equals after as empty, but not pure reorders', () => {
    const node = createNode('service', 'a', 'a');
    expect(isEmptyDiff({ changes: [] })).toBe(true);
    expect(isEmptyDiff({ changes: [entityChange('nodes', 'a', node, { ...node })] })).toBe(true);
    expect(isEmptyDiff({ changes: [{ collection: 'meta', key: 'name', before: 'x', after: 'x' }] })).toBe(true);
    expect(isEmptyDiff({ changes: [entityChange('nodes', 'a', node, node, 0, 3)] })).toBe(false);
    expect(isEmptyDiff({ changes: [entityChange('nodes', 'a', null, node)] })).toBe(false);
  });
});

describe('composeDiffs', () => {
  it('squashes a drag into one change per node: first before, last after', () => {
    const model = fixtureModel();
    const steps = [1, 2, 3].reduce<{ model: Model; diff: ModelDiff }>(
      (acc, x) => {
        const r = moveNodes(acc.model, { orders: { x, y: x } });
        return { model: r.model, diff: composeDiffs(acc.diff, r.diff) };
      },
      { model, diff: { changes: [] } },
    );
    expect(steps.diff.changes).toHaveLength(1);
    const [change] = steps.diff.changes;
    expect(change?.before).toBe(model.nodes[2]);
    expect(change?.after).toBe(steps.model.nodes[2]);
  });

  it('drops an insert that is removed again, and a change that is undone', () => {
    const node = createNode('service', 'a', 'a');
    const add = { changes: [entityChange('nodes', 'a', null, node, undefined, 7)] };
    expect(composeDiffs(add, invertDiff(add)).changes).toEqual([]);
    const model = fixtureModel();
    const there = moveNodes(model, { orders: { x: 9, y: 9 } });
    const back = moveNodes(there.model, { orders: model.nodes[2]?.position ?? { x: 0, y: 0 } });
    expect(composeDiffs(there.diff, back.diff).changes).toEqual([]);
  });
});

describe('diffModels', () => {
  it('is empty for equal models, even when the objects are copies', () => {
    const model = fixtureModel();
    expect(diffModels(model, model).changes).toEqual([]);
    expect(diffModels(model, structuredClone(model)).changes).toEqual([]);
  });

  it('reports one change per edited entity and keeps identity of the rest when applied', () => {
    const model = fixtureModel();
    const next = structuredClone(model);
    next.nodes[0] = { ...next.nodes[0], name: 'browser' } as ModelNode;
    next.links.pop();
    next.name = 'Renamed';
    const diff = diffModels(model, next);
    expect(diff.changes.map((c) => (c.collection === 'meta' ? c.key : `${c.collection}:${c.id}`)).sort()).toEqual(['links:payments-stripe', 'name', 'nodes:web']);
    const applied = applyDiff(model, diff);
    expect(applied).toStrictEqual(next);
    expect(applied.nodes[1]).toBe(model.nodes[1]);
  });

  it('expresses a reorder with the fewest moves', () => {
    const model = fixtureModel();
    const [first, ...rest] = model.nodes;
    const next = { ...model, nodes: [...rest, first as ModelNode] };
    const diff = diffModels(model, next);
    expect(diff.changes).toHaveLength(1);
    expect(applyDiff(model, diff)).toStrictEqual(next);
  });
});

describe('rebaseForUndo', () => {
  it('drops changes whose entity changed since, keeps the rest', () => {
    const model = fixtureModel();
    const local = moveNodes(model, { orders: { x: 1, y: 1 }, payments: { x: 2, y: 2 } });
    // Someone else renames orders meanwhile.
    const remote = applyDiff(local.model, diffModels(local.model, { ...local.model, nodes: local.model.nodes.map((n) => (n.id === 'orders' ? { ...n, name: 'o2' } : n)) }));
    const rebased = rebaseForUndo(remote, invertDiff(local.diff));
    expect(rebased.changes.map((c) => (c.collection === 'meta' ? c.key : c.id))).toEqual(['payments']);
    const undone = applyDiff(remote, rebased);
    expect(undone.nodes.find((n) => n.id === 'orders')).toMatchObject({ name: 'o2', position: { x: 1, y: 1 } });
    expect(undone.nodes.find((n) => n.id === 'payments')?.position).toEqual(model.nodes[3]?.position);
  });

  it('removes links and saga steps that restoring would leave dangling', () => {
    const model = fixtureModel();
    // Locally: delete payments (and its links, its saga step). Remotely: delete stripe.
    const local = removeElements(model, { nodes: ['payments'] });
    const remote = removeElements(local.model, { nodes: ['stripe'] }).model;
    const rebased = rebaseForUndo(remote, invertDiff(local.diff));
    const undone = applyDiff(remote, rebased);
    expect(ids(undone.nodes)).toContain('payments');
    expect(ids(undone.links)).toContain('orders-payments');
    expect(ids(undone.links)).not.toContain('payments-stripe');
    expect(undone.sagas[0]?.steps.map((s) => s.service)).toEqual(['orders', 'payments']);
  });
});
