import { describe, expect, it } from 'vitest';
import { removeElements } from './remove.ts';
import { fixtureModel, referenceProblems } from './test-support.ts';

describe('removeElements', () => {
  it('cascades to links and saga steps of removed nodes, ungroups members of removed groups, in one diff', () => {
    const model = fixtureModel();
    const { model: next, diff } = removeElements(model, { nodes: ['payments'], groups: ['sales'], links: ['web-api'] });
    expect(next.nodes.map((n) => n.id)).toEqual(['web', 'api', 'orders', 'orders-db', 'events', 'stripe']);
    expect(next.links.map((l) => l.id)).toEqual(['api-orders', 'orders-db-link', 'orders-events']);
    expect(next.groups.map((g) => g.id)).toEqual(['ops']);
    expect(next.nodes.find((n) => n.id === 'orders')?.group).toBeUndefined();
    expect(next.sagas[0]?.steps.map((s) => s.service)).toEqual(['orders']);
    expect(next.sagas[0]?.orchestrator).toBe('orders');
    expect(referenceProblems(next)).toEqual([]);
    expect(new Set(diff.changes.map((c) => c.collection))).toEqual(new Set(['nodes', 'links', 'groups', 'sagas']));
  });

  it('drops a saga’s orchestrator when it is removed', () => {
    const { model } = removeElements(fixtureModel(), { nodes: ['orders'] });
    expect(model.sagas[0]).toStrictEqual({ id: 'checkout', name: 'checkout', steps: [{ service: 'payments', action: 'charge', compensation: 'refund' }] });
  });
});
