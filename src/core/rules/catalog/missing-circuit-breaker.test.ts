import { describe, expect, it } from 'vitest';
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_TIMEOUT_MS } from '../../model/index.ts';
import { bareCall, call, client, expectQuickFixClears, findingsOf, gateway, model, svc } from '../testing.ts';

describe('missing-circuit-breaker', () => {
  const m = model({
    nodes: [client('web'), gateway('gw'), svc('order'), svc('payment')],
    links: [bareCall('web', 'gw'), call('gw', 'order'), { ...bareCall('order', 'payment'), operation: 'POST /payments' }],
  });

  it('flags a sync call without a breaker and names both ends', () => {
    const [f, ...rest] = findingsOf(m, 'missing-circuit-breaker');
    expect(rest).toEqual([]);
    expect(f!.message).toContain('order calls payment (POST /payments) without a circuit breaker');
    expect(f!.nodes).toEqual(['order', 'payment']);
    expect(f!.links).toEqual(['order->payment']);
  });

  it('does not flag a call with a breaker, nor a client calling the gateway', () => {
    const ok = model({ nodes: [client('web'), gateway('gw'), svc('a')], links: [bareCall('web', 'gw'), call('gw', 'a')] });
    expect(findingsOf(ok, 'missing-circuit-breaker')).toEqual([]);
  });

  it('quick fix adds the catalogue breaker and a timeout', () => {
    const next = expectQuickFixClears(m, 'missing-circuit-breaker');
    expect(next.links.find((l) => l.id === 'order->payment')).toMatchObject({ circuitBreaker: DEFAULT_CIRCUIT_BREAKER, timeoutMs: DEFAULT_TIMEOUT_MS });
    expect(next.links[0]).toBe(m.links[0]);
  });
});
