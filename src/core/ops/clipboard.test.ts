import { describe, expect, it } from 'vitest';
import { createEmptyModel } from '../model/factories.ts';
import { duplicateElements, extractFragment, pasteFragment } from './clipboard.ts';
import { fixtureModel, referenceProblems } from './test-support.ts';

describe('extractFragment', () => {
  it('takes the selected nodes, the links among them, and selected groups with their members', () => {
    const fragment = extractFragment(fixtureModel(), { nodes: ['api', 'orders', 'stripe'] });
    expect(fragment.nodes.map((n) => n.id)).toEqual(['api', 'orders', 'stripe']);
    expect(fragment.links.map((l) => l.id)).toEqual(['api-orders']);
    expect(fragment.groups).toEqual([]);
    const withGroup = extractFragment(fixtureModel(), { nodes: ['api'], groups: ['sales'] });
    expect(withGroup.nodes.map((n) => n.id)).toEqual(['api', 'orders', 'payments']);
    expect(withGroup.links.map((l) => l.id)).toEqual(['api-orders', 'orders-payments']);
    expect(withGroup.groups.map((g) => g.id)).toEqual(['sales']);
  });
});

describe('pasteFragment', () => {
  it('gives fresh ids and names, remaps links and groups, offsets positions', () => {
    const model = fixtureModel();
    const fragment = extractFragment(model, { nodes: [], groups: ['sales'] });
    const result = pasteFragment(model, fragment, { x: 40, y: 40 });
    expect(result.ids).toEqual(['sales-2', 'orders-2', 'payments-2']);
    expect(result.linkIds).toEqual(['orders-2-to-payments-2']);
    const [group, orders] = [result.model.groups.at(-1), result.model.nodes.at(-2)];
    expect(group).toMatchObject({ id: 'sales-2', name: 'Sales-2', position: { x: 40, y: 40 } });
    expect(orders).toMatchObject({ id: 'orders-2', name: 'orders-2', group: 'sales-2', position: { x: 50, y: 50 }, replicas: 2 });
    expect(result.model.links.at(-1)).toMatchObject({ from: 'orders-2', to: 'payments-2', description: 'charge' });
    expect(referenceProblems(result.model)).toEqual([]);
  });

  it('keeps membership of a group that exists in the target, drops one that does not', () => {
    const model = fixtureModel();
    const fragment = extractFragment(model, { nodes: ['orders'] });
    expect(pasteFragment(model, fragment, { x: 0, y: 0 }).model.nodes.at(-1)?.group).toBe('sales');
    const elsewhere = pasteFragment(createEmptyModel(), fragment, { x: 0, y: 0 });
    expect(elsewhere.model.nodes[0]).toMatchObject({ id: 'orders', name: 'orders' });
    expect(elsewhere.model.nodes[0]?.group).toBeUndefined();
  });

  it('numbers copies of copies from the root name', () => {
    const once = duplicateElements(fixtureModel(), ['orders'], { x: 1, y: 1 });
    const twice = duplicateElements(once.model, ['orders-2'], { x: 1, y: 1 });
    expect(twice.ids).toEqual(['orders-3']);
    expect(twice.model.nodes.at(-1)?.name).toBe('orders-3');
  });
});
