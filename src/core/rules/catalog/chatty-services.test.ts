import { describe, expect, it } from 'vitest';
import { call, expectQuickFixClears, findingsOf, gateway, model, svc } from '../testing.ts';
import { quickFixesFor } from '../findings.ts';

describe('chatty-services', () => {
  const pair = (calls: number) =>
    model({ nodes: [svc('order'), svc('catalog')], links: [call('order', 'catalog', { callsPerRequest: calls - 1 }), call('order', 'catalog', { id: 'again' })] });

  it('flags a pair whose calls per request add up to more than 5', () => {
    const [f, ...rest] = findingsOf(pair(6), 'chatty-services');
    expect(rest).toEqual([]);
    expect(f!.message).toContain('order calls catalog 6 times per request (more than 5)');
    expect(f!.links).toEqual(['order->catalog', 'again']);
  });

  it('does not flag exactly 5', () => {
    expect(findingsOf(pair(5), 'chatty-services')).toEqual([]);
  });

  it('quick fix batches to one call per request', () => {
    expectQuickFixClears(pair(6), 'chatty-services');
  });

  it('alternative fix publishes an event through a broker instead', () => {
    const m = pair(6);
    const finding = findingsOf(m, 'chatty-services')[0]!;
    const [, events] = quickFixesFor(finding);
    const next = events!.apply(m, finding);
    expect(findingsOf(next, 'chatty-services')).toEqual([]);
    expect(next.nodes.find((n) => n.kind === 'broker')?.id).toBe('order-events');
    expect(next.links.map((l) => `${l.kind}:${l.from}->${l.to}`)).toEqual(['async:order->order-events', 'async:order-events->catalog']);
  });

  // gateway → 4 services, each → 4 leaves: 4 + 4 × 4 = 20 calls; one more leaf call makes 21.
  const fanOut = (extra: boolean) => {
    const mids = ['m1', 'm2', 'm3', 'm4'];
    const leaves = ['l1', 'l2', 'l3', 'l4', 'l5'];
    return model({
      nodes: [gateway('gw'), ...mids.map((n) => svc(n)), ...leaves.map((n) => svc(n))],
      links: [
        ...mids.map((m) => call('gw', m)),
        ...mids.flatMap((m) => leaves.slice(0, 4).map((l) => call(m, l))),
        ...(extra ? [call('m1', 'l5')] : []),
      ],
    });
  };

  it('flags one request path making more than 4 × threshold calls in total', () => {
    const [f, ...rest] = findingsOf(fanOut(true), 'chatty-services');
    expect(rest).toEqual([]);
    expect(f!.message).toContain('One request to gw makes 21 synchronous calls in total');
    expect(f!.data).toMatchObject({ kind: 'path', calls: 21, limit: 20 });
    expect(quickFixesFor(f!)).toEqual([]);
  });

  it('does not flag a request path of exactly 20 calls', () => {
    expect(findingsOf(fanOut(false), 'chatty-services')).toEqual([]);
  });
});
