/** Failure propagation on the catalogue's e-commerce system (issue 4 §5). */
import { describe, expect, it } from 'vitest';
import type { Link, Model } from '../model/types.ts';
import { ecommerceTemplate } from '../templates/ecommerce.ts';
import { indexOf } from './__fixtures__/models.ts';
import { entrySeriesOf, seriesOf } from './series.ts';
import { simulate } from './simulate.ts';
import type { Scenario, SimResult } from './types.ts';

const ORDER_PAYMENT = 'order-service-payment-service';
const INVENTORY_ROUTE = 'api-gateway-inventory-service';

/** The shop with every sync policy stripped, plus a second gateway route (stock queries) straight to inventory. */
function naiveShop(): Model {
  const shop = ecommerceTemplate.build();
  const links: Link[] = shop.links.map((l) => (l.kind === 'sync' ? { kind: 'sync', id: l.id, from: l.from, to: l.to, protocol: 'http' } : l));
  links.push({ kind: 'sync', id: INVENTORY_ROUTE, from: 'api-gateway', to: 'inventory-service', operation: 'GET /stock' });
  return { ...shop, links };
}

const paymentHung = (durationMs: number): Scenario => ({
  name: 'payment hangs',
  durationMs,
  seed: 3,
  load: [{ entry: 'web-app', ratePerSecond: 50 }],
  faults: [{ target: 'payment-service', kind: 'hung', fromMs: 5_000, toMs: durationMs }],
});

const nodeSummary = (r: SimResult, id: string) => r.summary.nodes[indexOf(r.nodes.ids, id)]!;
const last = (a: ArrayLike<number>) => a[a.length - 1]!;

describe('e-commerce: payment hangs', () => {
  it('with no timeouts, order and then the gateway exhaust, and every route fails', () => {
    const r = simulate(naiveShop(), paymentHung(30_000));
    const order = seriesOf(r, 'nodes', 'order-service')!;
    const gateway = seriesOf(r, 'nodes', 'api-gateway')!;
    // Every slot held by a request waiting on payment: 2 replicas × 50 at order, 2 × 100 at the gateway.
    expect(last(order.busy)).toBe(100);
    expect(last(gateway.busy)).toBe(200);
    expect(last(gateway.queue)).toBe(400);
    const entry = entrySeriesOf(r, 'web-app')!;
    expect(entry.successRatio[2]).toBe(1);
    for (let b = 15; b < 30; b++) expect(entry.successRatio[b]).toBe(0);
    // The stock route never touches payment, yet it dies too: the gateway has no slot left to route it.
    const stock = seriesOf(r, 'links', INVENTORY_ROUTE)!;
    expect(stock.successes[2]).toBeGreaterThan(10);
    expect(Array.from(stock.successes.subarray(15)).every((n) => n === 0)).toBe(true);
    const summary = r.summary.entries[0]!;
    expect(summary.stuck).toBeGreaterThan(500);
    expect(summary.failures.capacity).toBeGreaterThan(300);
    expect(nodeSummary(r, 'order-service').stuck).toBe(200); // its 100 slots and the 100 queued behind them
    expect(nodeSummary(r, 'order-service').failures).toBe(0); // exhausted, not failing: nothing ever answers
    expect(r.summary.blastRadius).toEqual(expect.arrayContaining(['web-app', 'api-gateway', 'order-service', 'payment-service']));
    expect(r.summary.blastRadius).not.toContain('shipping-service');
  });

  it('with a timeout, breaker and fallback on order → payment, the gateway’s other routes stay healthy', () => {
    const shop = naiveShop();
    shop.links = shop.links.map((l) =>
      l.id === ORDER_PAYMENT && l.kind === 'sync'
        ? { ...l, timeoutMs: 300, circuitBreaker: { failureThreshold: 5, recoveryTimeoutMs: 30_000, successThreshold: 2 }, fallback: 'accept the order, charge later' }
        : l,
    );
    const r = simulate(shop, paymentHung(30_000));
    const entry = r.summary.entries[0]!;
    expect(entry.availability).toBe(1);
    expect(entry.degradedRatio).toBeGreaterThan(0.3); // the order route answers with its fallback
    const stock = seriesOf(r, 'links', INVENTORY_ROUTE)!;
    expect(Array.from(stock.failures.upstream).every((n) => n === 0)).toBe(true);
    expect(Math.min(...Array.from(stock.successes))).toBeGreaterThan(10);
    expect(nodeSummary(r, 'api-gateway').failures).toBe(0);
    expect(nodeSummary(r, 'api-gateway').utilization).toBeLessThan(0.1);
    // The breaker opened just after the first five timeouts and fails calls fast from then on.
    const opened = r.breakerTransitions.find((t) => t.link === ORDER_PAYMENT && t.to === 'open')!;
    expect(opened.atMs).toBeGreaterThan(5_300);
    expect(opened.atMs).toBeLessThan(5_700);
    const l = r.summary.links[indexOf(r.links.ids, ORDER_PAYMENT)]!;
    expect(l.failuresByCause['breaker-open']).toBeGreaterThan(500);
    expect(l.failuresByCause.timeout).toBeLessThan(30);
  });
});

describe('e-commerce: the OrderCreated subscriber goes down', () => {
  const shop = ecommerceTemplate.build();
  const r = simulate(shop, {
    name: 'shipping down',
    durationMs: 25_000,
    seed: 5,
    load: [{ entry: 'web-app', ratePerSecond: 50 }],
    faults: [{ target: 'shipping-service', kind: 'down', fromMs: 5_000, toMs: 15_000 }],
  });
  const backlog = seriesOf(r, 'links', 'order-events-shipping-service')!.queue;

  it('orders still succeed: the publisher only needs the broker', () => {
    expect(r.summary.entries[0]!.availability).toBe(1);
    expect(nodeSummary(r, 'order-service').failures).toBe(0);
  });

  it('the queue grows while it is down, then drains after recovery at its capacity', () => {
    expect(backlog[2]).toBe(0);
    expect(backlog[14]).toBeGreaterThan(400);
    for (let b = 6; b < 15; b++) expect(backlog[b]).toBeGreaterThan(backlog[b - 1]!);
    expect(backlog[16]).toBeLessThan(1);
    const m = r.summary.messages;
    expect(m.pending).toBe(0);
    expect(m.delivered).toBe(3 * m.published);
    expect(m.delayed).toBeGreaterThan(400);
    expect(m.maxLagMs).toBeGreaterThan(9_000);
    expect(m.maxLagMs).toBeLessThan(10_500);
    expect(r.summary.blastRadius).toEqual(['shipping-service']);
  });

  it('the other subscribers never wait', () => {
    const inventory = r.summary.links[indexOf(r.links.ids, 'order-events-inventory-service')]!;
    expect(inventory.maxLagMs).toBeLessThan(1_000);
    expect(Math.max(...Array.from(seriesOf(r, 'links', 'order-events-notification-service')!.queue))).toBeLessThan(1);
  });
});

describe('e-commerce: a partition between the broker and a subscriber', () => {
  it('holds the messages back until the link heals', () => {
    const r = simulate(ecommerceTemplate.build(), {
      name: 'cut',
      durationMs: 8_000,
      seed: 8,
      load: [{ entry: 'web-app', ratePerSecond: 40 }],
      faults: [{ target: 'order-events-notification-service', kind: 'partition', fromMs: 2_000, toMs: 5_000 }],
    });
    const backlog = seriesOf(r, 'links', 'order-events-notification-service')!.queue;
    expect(backlog[4]).toBeGreaterThan(60);
    expect(backlog[6]).toBeLessThan(1);
    expect(r.summary.messages.pending).toBe(0);
    expect(r.summary.entries[0]!.availability).toBe(1);
  });
});

describe('e-commerce: the broker goes down', () => {
  it('fails the publishers instead', () => {
    const shop = naiveShop();
    const r = simulate(shop, {
      name: 'kafka down',
      durationMs: 10_000,
      seed: 2,
      load: [{ entry: 'web-app', ratePerSecond: 50 }],
      faults: [{ target: 'order-events', kind: 'down', fromMs: 2_000, toMs: 6_000 }],
    });
    const order = seriesOf(r, 'nodes', 'order-service')!;
    expect(order.failures.upstream[0]).toBe(0);
    expect(order.failures.upstream[3]).toBeGreaterThan(10);
    expect(order.successes[3]).toBe(0);
    expect(order.failures.upstream[8]).toBe(0);
    expect(seriesOf(r, 'links', 'order-service-order-events')!.failures.error[3]).toBeGreaterThan(10);
  });
});
