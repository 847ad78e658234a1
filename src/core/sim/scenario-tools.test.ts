import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../model/schema.ts';
import { LIMITS } from '../model/constants.ts';
import { distributedMonolithTemplate } from '../templates/distributed-monolith.ts';
import { ecommerceTemplate } from '../templates/ecommerce.ts';
import { call, model, svc } from './__fixtures__/models.ts';
import { blastRadius, entryStatus } from './blast-radius.ts';
import { MAX_DURATION_MS } from './constants.ts';
import { defaultScenario, entryPoints } from './default-scenario.ts';
import { recommendedPolicies } from './recommended-policies.ts';
import { breakerStateAt, entrySeriesOf, seriesOf, totalFailures } from './series.ts';
import { simulate } from './simulate.ts';
import type { Scenario } from './types.ts';
import { ScenarioError, validateScenario } from './validate-scenario.ts';

const shop = ecommerceTemplate.build();

describe('default scenario and entry points', () => {
  it('loads the clients that call something', () => {
    expect(entryPoints(shop)).toEqual(['web-app']);
    const s = defaultScenario(shop);
    expect(s).toMatchObject({ durationMs: 60_000, load: [{ entry: 'web-app', ratePerSecond: 50 }], faults: [] });
    expect(scenarioSchema.safeParse(s).success).toBe(true);
  });

  it('falls back to uncalled gateways, then to root services', () => {
    const gateways = model([{ kind: 'gateway', id: 'g', name: 'g' }, svc('a')], [call('g', 'a')]);
    expect(entryPoints(gateways)).toEqual(['g']);
    const services = model([svc('a'), svc('b'), svc('c')], [call('a', 'b'), call('c', 'b')]);
    expect(entryPoints(services)).toEqual(['a', 'c']);
  });
});

describe('validateScenario', () => {
  const base: Scenario = { name: 's', durationMs: 1000, load: [{ entry: 'web-app', ratePerSecond: 1 }] };

  it('accepts a good scenario', () => {
    expect(validateScenario(shop, base)).toEqual([]);
  });

  it('names every bad reference and number with its path', () => {
    const bad: Scenario = {
      name: 's',
      durationMs: 0,
      load: [
        { entry: 'ghost', ratePerSecond: 1 },
        { entry: 'orders-db', ratePerSecond: -1 },
      ],
      faults: [
        { target: 'payment-service', kind: 'partition', fromMs: 0, toMs: 10 },
        { target: 'order-service-payment-service', kind: 'down', fromMs: 0, toMs: 10 },
        { target: 'web-app', kind: 'hung', fromMs: 5, toMs: 5 },
      ],
    };
    expect(validateScenario(shop, bad)).toEqual([
      { path: ['durationMs'], message: `must be a whole number of ms from 1 to ${MAX_DURATION_MS}` },
      { path: ['load', 0, 'entry'], message: 'no node with id "ghost"' },
      { path: ['load', 1, 'entry'], message: '"orders-db" is a database; an entry point is a client, gateway, service or external system' },
      { path: ['load', 1, 'ratePerSecond'], message: 'must be a number of requests per second, 0 or more' },
      { path: ['faults', 0, 'target'], message: '"payment-service" is a node; a partition cuts a link (use "down" to stop a node)' },
      { path: ['faults', 1, 'target'], message: '"order-service-payment-service" is a link; a down fault needs a node (use "partition" to cut a link)' },
      { path: ['faults', 2, 'target'], message: '"web-app" is a client, the user; fault the link from it or the node it calls' },
      { path: ['faults', 2, 'toMs'], message: 'must be a time in ms after fromMs' },
    ]);
    expect(() => simulate(shop, bad)).toThrow(ScenarioError);
    expect(() => simulate(shop, bad)).toThrow(/faults\[0\]\.target: "payment-service" is a node/);
  });

  it('rejects a bad bucket width', () => {
    expect(() => simulate(shop, base, { bucketMs: 0 })).toThrow(/bucketMs: the bucket width/);
  });

  it('shares its duration limit with the schema', () => {
    expect(MAX_DURATION_MS).toBe(LIMITS.maxScenarioMs);
  });
});

describe('recommendedPolicies', () => {
  it('adds the catalogue defaults to every sync call between backend nodes, keeping what was drawn', () => {
    const naive = distributedMonolithTemplate.build();
    const hardened = recommendedPolicies(naive);
    for (const link of hardened.links) {
      if (link.kind !== 'sync') continue;
      const fromClient = link.from === 'web-app';
      expect(link.timeoutMs !== undefined).toBe(!fromClient);
      expect(link.circuitBreaker !== undefined).toBe(!fromClient);
      expect(link.fallback !== undefined).toBe(!fromClient);
    }
    const kept = hardened.links.find((l) => l.id === 'storefront-service-cart-service');
    expect(kept).toMatchObject({ retry: { attempts: 3, backoff: 'none' }, timeoutMs: 5000 });
    expect(naive.links.find((l) => l.id === 'storefront-service-cart-service')).not.toHaveProperty('timeoutMs');
  });
});

describe('blastRadius', () => {
  it('kills each node in turn and reports which entry points fail', () => {
    const scenario: Scenario = { name: 'load', durationMs: 8_000, seed: 4, load: [{ entry: 'web-app', ratePerSecond: 20 }] };
    const progress: number[] = [];
    const br = blastRadius(shop, { scenario, onProgress: (f) => progress.push(f) });
    expect(br.baseline).toEqual([{ entry: 'web-app', availability: 1, degradedRatio: 0, status: 'ok' }]);
    expect(br.rows.map((r) => r.target)).toEqual(shop.nodes.filter((n) => n.kind !== 'client').map((n) => n.id));
    const status = (target: string) => br.rows.find((r) => r.target === target)!.entries[0]!.status;
    expect(status('api-gateway')).toBe('down');
    expect(status('order-service')).toBe('down');
    expect(status('payment-service')).toBe('down');
    expect(status('orders-db')).toBe('down');
    expect(status('order-events')).toBe('down'); // the broker is on the request path: publishing fails
    expect(status('inventory-service')).toBe('degraded'); // its call has a fallback
    expect(status('shipping-service')).toBe('ok'); // only consumes events
    expect(br.rows.find((r) => r.target === 'shipping-service')!.degradedNodes).toEqual(['shipping-service']);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('classifies entry points', () => {
    expect(entryStatus({ availability: 0.2, degradedRatio: 0 })).toBe('down');
    expect(entryStatus({ availability: 0.9, degradedRatio: 0 })).toBe('failing');
    expect(entryStatus({ availability: 1, degradedRatio: 0.5 })).toBe('degraded');
    expect(entryStatus({ availability: 1, degradedRatio: 0 })).toBe('ok');
  });
});

describe('series helpers', () => {
  const r = simulate(shop, {
    name: 'breaker',
    durationMs: 10_000,
    seed: 1,
    load: [{ entry: 'web-app', ratePerSecond: 30 }],
    faults: [{ target: 'payment-service', kind: 'down', fromMs: 1_000, toMs: 10_000 }],
  });

  it('slice one element out of the flat arrays', () => {
    const s = seriesOf(r, 'nodes', 'payment-service')!;
    expect(s.arrivals).toHaveLength(r.bucketCount);
    expect(s.failures.error[5]).toBe(s.arrivals[5]);
    expect(seriesOf(r, 'nodes', 'nope')).toBeUndefined();
    const e = entrySeriesOf(r, 'web-app')!;
    expect(e.successRatio[0]).toBe(1);
    expect(Array.from(totalFailures(e.failures))).toEqual(Array.from(e.arrivals).map((n, b) => n - e.ok[b]! - e.degraded[b]! - e.stuck[b]!));
  });

  it('tell the breaker state at any time', () => {
    const link = 'order-service-payment-service';
    const opened = r.breakerTransitions.find((t) => t.link === link && t.to === 'open')!;
    expect(breakerStateAt(r, link, opened.atMs - 1)).toBe('closed');
    expect(breakerStateAt(r, link, opened.atMs)).toBe('open');
    expect(breakerStateAt(r, 'web-app-api-gateway', 5_000)).toBe('closed');
  });
});

describe('odd models', () => {
  it('follows a sync cycle once, and says so', () => {
    const r = simulate(distributedMonolithTemplate.build(), { name: 'x', durationMs: 3_000, load: [{ entry: 'web-app', ratePerSecond: 30 }] });
    expect(r.warnings.some((w) => w.includes('cycle through cart-service, pricing-service'))).toBe(true);
    expect(r.summary.entries[0]!.availability).toBe(1);
  });

  it('delivers straight down an async link with no broker, and ignores broker-to-broker links', () => {
    const m = model(
      [svc('a'), svc('b'), { kind: 'broker', id: 'k1', name: 'k1' }, { kind: 'broker', id: 'k2', name: 'k2' }],
      [
        { kind: 'async', id: 'a-b', from: 'a', to: 'b' },
        { kind: 'async', id: 'k1-k2', from: 'k1', to: 'k2' },
      ],
    );
    const r = simulate(m, { name: 'x', durationMs: 2_000, load: [{ entry: 'a', ratePerSecond: 50 }] });
    expect(r.summary.nodes[1]!.arrivals).toBe(r.summary.nodes[0]!.arrivals);
    expect(r.summary.messages.delivered).toBe(r.summary.messages.published);
    expect(r.warnings).toEqual([expect.stringContaining('"k1-k2" joins two brokers')]);
  });

  it('stops an event cycle after a bounded number of hops', () => {
    const m = model(
      [svc('a'), svc('b')],
      [
        { kind: 'async', id: 'a-b', from: 'a', to: 'b' },
        { kind: 'async', id: 'b-a', from: 'b', to: 'a' },
      ],
    );
    const r = simulate(m, { name: 'x', durationMs: 1_000, load: [{ entry: 'a', ratePerSecond: 10 }] });
    expect(r.warnings).toEqual([expect.stringContaining('events led to events 16 times')]);
    expect(r.summary.messages.delivered).toBe(16 * r.summary.requests);
  });

  it('runs a scenario with no load', () => {
    const r = simulate(shop, { name: 'idle', durationMs: 1_000, load: [] });
    expect(r.summary.requests).toBe(0);
    expect(r.events).toBe(0);
  });
});
