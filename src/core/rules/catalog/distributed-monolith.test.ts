import { describe, expect, it } from 'vitest';
import { call, expectQuickFixClears, findingsOf, model, svc } from '../testing.ts';

describe('distributed-monolith', () => {
  const triangle = model({
    nodes: ['order', 'payment', 'inventory', 'shipping'].map((n) => svc(n)),
    links: [call('order', 'payment'), call('payment', 'inventory'), call('inventory', 'order'), call('order', 'shipping')],
  });

  it('reports each cycle of sync calls once, with its members and links', () => {
    const [f, ...rest] = findingsOf(triangle, 'distributed-monolith');
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('error');
    expect(f!.nodes).toEqual(['order', 'payment', 'inventory']);
    expect([...f!.links].sort()).toEqual(['inventory->order', 'order->payment', 'payment->inventory']);
    expect(f!.message).toContain('order, payment and inventory call each other synchronously in a cycle');
  });

  it('does not flag a DAG, a self-call, or a cycle closed by an event', () => {
    const m = model({
      nodes: ['a', 'b', 'c'].map((n) => svc(n)),
      links: [call('a', 'b'), call('b', 'c'), call('a', 'c'), call('c', 'c'), { kind: 'async', id: 'c~a', from: 'c', to: 'a' }],
    });
    expect(findingsOf(m, 'distributed-monolith')).toEqual([]);
  });

  it('reports two separate cycles separately', () => {
    const m = model({
      nodes: ['a', 'b', 'c', 'd'].map((n) => svc(n)),
      links: [call('a', 'b'), call('b', 'a'), call('c', 'd'), call('d', 'c'), call('b', 'c')],
    });
    expect(findingsOf(m, 'distributed-monolith').map((f) => f.nodes)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('quick fix turns the calls that close the cycle into events through a broker', () => {
    const next = expectQuickFixClears(triangle, 'distributed-monolith');
    const broker = next.nodes.find((n) => n.kind === 'broker');
    expect(broker?.id).toBe('inventory-events');
    expect(next.links.find((l) => l.id === 'inventory->order')).toBeUndefined();
    expect(next.links.filter((l) => l.kind === 'async').map((l) => [l.from, l.to])).toEqual([
      ['inventory', 'inventory-events'],
      ['inventory-events', 'order'],
    ]);
  });

  it('quick fix breaks a dense component in one step', () => {
    const names = ['a', 'b', 'c', 'd'];
    const links = names.flatMap((x) => names.filter((y) => y !== x).map((y) => call(x, y)));
    expectQuickFixClears(model({ nodes: names.map((n) => svc(n)), links }), 'distributed-monolith');
  });
});
