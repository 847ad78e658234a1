import { describe, expect, it } from 'vitest';
import { bareCall, call, client, expectQuickFixClears, findingsOf, gateway, model, svc } from '../testing.ts';

describe('no-api-gateway', () => {
  const direct = model({
    nodes: [{ ...client('web'), position: { x: 0, y: 0 } }, svc('order', { position: { x: 400, y: 0 } }), svc('catalog', { position: { x: 400, y: 200 } })],
    links: [{ ...bareCall('web', 'order'), operation: 'POST /orders' }, bareCall('web', 'catalog')],
  });

  it('flags a client calling several internal services directly', () => {
    const [f] = findingsOf(direct, 'no-api-gateway');
    expect(f!.message).toContain('web calls 2 internal services directly (order and catalog)');
    expect(f!.nodes).toEqual(['web', 'order', 'catalog']);
  });

  it('does not flag a client calling one service, or a gateway', () => {
    const one = model({ nodes: [client('web'), svc('order')], links: [bareCall('web', 'order')] });
    expect(findingsOf(one, 'no-api-gateway')).toEqual([]);
    const gw = model({ nodes: [client('web'), gateway('gw'), svc('a'), svc('b')], links: [bareCall('web', 'gw'), call('gw', 'a'), call('gw', 'b')] });
    expect(findingsOf(gw, 'no-api-gateway')).toEqual([]);
  });

  it('quick fix puts a gateway in between, carrying the operation and adding breaker and timeout', () => {
    const next = expectQuickFixClears(direct, 'no-api-gateway');
    const gw = next.nodes.find((n) => n.kind === 'gateway');
    expect(gw).toMatchObject({ id: 'api-gateway', position: { x: 200, y: 50 } });
    expect(next.links.map((l) => [l.from, l.to])).toEqual([
      ['web', 'api-gateway'],
      ['api-gateway', 'order'],
      ['api-gateway', 'catalog'],
    ]);
    expect(next.links[1]).toMatchObject({ operation: 'POST /orders', timeoutMs: 5000, circuitBreaker: { failureThreshold: 5 } });
  });

  it('quick fix reuses the gateway the client already calls', () => {
    const m = model({
      nodes: [client('web'), gateway('edge'), svc('a'), svc('b')],
      links: [bareCall('web', 'edge'), call('edge', 'a'), bareCall('web', 'a'), bareCall('web', 'b')],
    });
    const next = expectQuickFixClears(m, 'no-api-gateway');
    expect(next.nodes.filter((n) => n.kind === 'gateway')).toHaveLength(1);
    expect(next.links.filter((l) => l.from === 'edge').map((l) => l.to)).toEqual(['a', 'b']);
  });
});
