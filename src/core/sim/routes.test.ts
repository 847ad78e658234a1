/** Gateway routes (issue 8 §2): a routed gateway sends each request down one route, by the routes' shares. */
import { describe, expect, it } from 'vitest';
import type { GatewayNode, GatewayRoute, Model } from '../model/types.ts';
import { call, indexOf, model, svc } from './__fixtures__/models.ts';
import { simulate } from './simulate.ts';
import type { Scenario, SimResult } from './types.ts';

const steady: Scenario = { name: 'steady', durationMs: 20_000, seed: 7, load: [{ entry: 'gw', ratePerSecond: 100 }] };

/** A gateway in front of the legacy monolith and the new order service (both linked), with `routes`. */
function strangled(routes: GatewayRoute[] | undefined, extra: Partial<GatewayNode> = {}): Model {
  const gateway: GatewayNode = { kind: 'gateway', id: 'gw', name: 'gw', capacity: 1000, ...extra };
  return model(
    [routes ? { ...gateway, routes } : gateway, svc('legacy', { legacy: true }), svc('orders'), svc('users')],
    [call('gw', 'legacy'), call('gw', 'orders'), call('gw', 'users')],
  );
}

const arrivals = (r: SimResult, id: string) => r.summary.nodes[indexOf(r.nodes.ids, id)]!.arrivals;
const shareOf = (r: SimResult, id: string) => arrivals(r, id) / r.summary.requests;

describe('gateway routes in the simulator', () => {
  it('splits traffic by the routes’ shares', () => {
    const r = simulate(strangled([{ prefix: '/api', to: 'legacy', share: 0.8 }, { prefix: '/api/orders/v2', to: 'orders', share: 0.2 }]), steady);
    expect(r.summary.requests).toBeGreaterThan(1800);
    expect(shareOf(r, 'legacy')).toBeCloseTo(0.8, 1);
    expect(shareOf(r, 'orders')).toBeCloseTo(0.2, 1);
    // Every request went down exactly one route; a linked service with no route gets nothing.
    expect(arrivals(r, 'legacy') + arrivals(r, 'orders')).toBe(r.summary.requests);
    expect(arrivals(r, 'users')).toBe(0);
    expect(r.summary.entries[0]!.availability).toBe(1);
  });

  it('splits what the given shares leave equally among routes without one', () => {
    const r = simulate(
      strangled([{ prefix: '/api/orders', to: 'orders', share: 0.5 }, { prefix: '/api/users', to: 'users' }, { prefix: '/', to: 'legacy' }]),
      steady,
    );
    expect(shareOf(r, 'orders')).toBeCloseTo(0.5, 1);
    expect(shareOf(r, 'users')).toBeCloseTo(0.25, 1);
    expect(shareOf(r, 'legacy')).toBeCloseTo(0.25, 1);
  });

  it('moving a route to the new service moves its load off the monolith', () => {
    const before = simulate(strangled([{ prefix: '/api/orders', to: 'legacy' }, { prefix: '/api/users', to: 'legacy' }]), steady);
    const after = simulate(strangled([{ prefix: '/api/orders', to: 'orders' }, { prefix: '/api/users', to: 'legacy' }]), steady);
    expect(arrivals(before, 'legacy')).toBe(before.summary.requests);
    expect(arrivals(before, 'orders')).toBe(0);
    expect(shareOf(after, 'legacy')).toBeCloseTo(0.5, 1);
    expect(shareOf(after, 'orders')).toBeCloseTo(0.5, 1);
    // Same seed, same arrivals: the requests did not change, only where they went.
    expect(after.summary.requests).toBe(before.summary.requests);
  });

  it('normalises shares that add up to more than 1, and routes even when the gateway aggregates', () => {
    const r = simulate(strangled([{ prefix: '/a', to: 'legacy', share: 1 }, { prefix: '/b', to: 'orders', share: 1 }], { parallelCalls: true }), steady);
    expect(shareOf(r, 'legacy')).toBeCloseTo(0.5, 1);
    expect(arrivals(r, 'legacy') + arrivals(r, 'orders')).toBe(r.summary.requests);
    expect(r.warnings.join('\n')).toMatch(/parallelCalls ignored/);
  });

  it('skips a route to a node the gateway does not call, with a warning', () => {
    const m = strangled([{ prefix: '/a', to: 'orders' }, { prefix: '/b', to: 'nowhere' }]);
    const r = simulate(m, steady);
    expect(arrivals(r, 'orders')).toBe(r.summary.requests);
    expect(r.warnings.join('\n')).toMatch(/routes \/b to "nowhere" but has no sync link/);
  });

  it('leaves a gateway without routes routing uniformly, as before', () => {
    const r = simulate(strangled(undefined), steady);
    for (const id of ['legacy', 'orders', 'users']) expect(shareOf(r, id)).toBeCloseTo(1 / 3, 1);
  });
});
