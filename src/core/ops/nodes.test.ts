import { describe, expect, it } from 'vitest';
import { createEmptyModel } from '../model/factories.ts';
import type { ServiceNode } from '../model/types.ts';
import { addNode, moveElements, moveNodes, renameNode, updateNode, type NodePatch } from './nodes.ts';
import { fixtureModel } from './test-support.ts';

describe('addNode', () => {
  it('names from the kind default, numbered to stay unique, with palette defaults', () => {
    const first = addNode(createEmptyModel(), { kind: 'service', position: { x: 3, y: 4 } });
    const second = addNode(first.model, { kind: 'service' });
    expect(first.ids).toEqual(['service']);
    expect(second.ids).toEqual(['service-2']);
    expect(second.model.nodes.map((n) => n.name)).toEqual(['service', 'service-2']);
    expect(first.model.nodes[0]).toStrictEqual({ kind: 'service', id: 'service', name: 'service', position: { x: 3, y: 4 }, replicas: 1, healthChecks: { liveness: true, readiness: true } });
    expect(addNode(createEmptyModel(), { kind: 'broker' }).model.nodes[0]?.name).toBe('events');
  });

  it('keeps a given name and avoids ids used by nodes and groups', () => {
    const model = { ...createEmptyModel(), groups: [{ id: 'billing', name: 'Billing' }] };
    const result = addNode(model, { kind: 'service', name: 'Billing' });
    expect(result.model.nodes[0]).toMatchObject({ id: 'billing-2', name: 'Billing' });
  });

  it('joins an existing group only', () => {
    expect(addNode(fixtureModel(), { kind: 'database', group: 'sales' }).model.nodes.at(-1)?.group).toBe('sales');
    expect('group' in (addNode(fixtureModel(), { kind: 'database', group: 'nope' }).model.nodes.at(-1) ?? {})).toBe(false);
  });
});

describe('updateNode', () => {
  it('sets fields and deletes those patched with undefined', () => {
    const { model } = updateNode<ServiceNode>(fixtureModel(), 'orders', { replicas: undefined, team: 'checkout', latency: { p50Ms: 5, p99Ms: 50 } });
    const orders = model.nodes.find((n) => n.id === 'orders');
    expect(orders).toMatchObject({ team: 'checkout', latency: { p50Ms: 5, p99Ms: 50 } });
    expect(orders && 'replicas' in orders).toBe(false);
  });

  it('ignores fields the kind does not have, and identity fields', () => {
    const model = fixtureModel();
    // A broker's engine on a client: the union patch type allows it, the op must not.
    const patch = { engine: 'kafka', kind: 'service', id: 'x', group: 'ops' } as unknown as NodePatch;
    const result = updateNode(model, 'web', patch);
    expect(result.model).toBe(model);
    expect(result.diff.changes).toEqual([]);
  });

  it('renameNode keeps the id', () => {
    const { model } = renameNode(fixtureModel(), 'orders', 'Order Service');
    expect(model.nodes[2]).toMatchObject({ id: 'orders', name: 'Order Service' });
  });
});

describe('moveNodes', () => {
  it('moves nodes and groups, skipping unchanged positions', () => {
    const model = fixtureModel();
    const result = moveNodes(model, { orders: { x: 10, y: 10 }, payments: { x: 1, y: 1 }, sales: { x: 5, y: 5 } });
    expect(result.diff.changes.map((c) => (c.collection === 'meta' ? c.key : c.id))).toEqual(['payments', 'sales']);
    expect(result.model.groups[0]?.position).toEqual({ x: 5, y: 5 });
  });

  it('moveElements takes separate maps for nodes and groups', () => {
    const result = moveElements(fixtureModel(), new Map([['web', { x: 0, y: 0 }]]), new Map([['ops', { x: 1, y: 2 }]]));
    expect(result.model.nodes[0]?.position).toEqual({ x: 0, y: 0 });
    expect(result.model.groups[1]?.position).toEqual({ x: 1, y: 2 });
  });
});
