import { describe, expect, it } from 'vitest';
import { broker, call, event, findingsOf, model, svc } from '../testing.ts';

describe('cyclic-dependency', () => {
  it('flags a cycle through events and names the brokers', () => {
    const m = model({
      nodes: [svc('order'), svc('inventory'), broker('order-events')],
      links: [event('order', 'order-events'), event('order-events', 'inventory'), call('inventory', 'order')],
    });
    const [f, ...rest] = findingsOf(m, 'cyclic-dependency');
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain('order and inventory depend on each other in a cycle through order-events');
    expect(f!.links).toHaveLength(3);
  });

  it('does not repeat a sync-only cycle, nor flag a service consuming its own topic, nor a one-way flow', () => {
    const syncOnly = model({ nodes: [svc('a'), svc('b')], links: [call('a', 'b'), call('b', 'a')] });
    expect(findingsOf(syncOnly, 'cyclic-dependency')).toEqual([]);
    const own = model({ nodes: [svc('a'), broker('t')], links: [event('a', 't'), event('t', 'a')] });
    expect(findingsOf(own, 'cyclic-dependency')).toEqual([]);
    const oneWay = model({ nodes: [svc('a'), svc('b'), broker('t')], links: [event('a', 't'), event('t', 'b'), call('a', 'b')] });
    expect(findingsOf(oneWay, 'cyclic-dependency')).toEqual([]);
  });
});
