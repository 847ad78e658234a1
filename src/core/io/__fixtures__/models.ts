/** Test fixtures: one model that uses every field the format has, and a small raw document to break. */
import type { Model } from '../../model/types.ts';

/** A model exercising every entity kind and optional field, so a round trip proves nothing is lost. */
export function richModel(): Model {
  return {
    format: 'faultline',
    version: 1,
    name: 'Shop',
    description: 'An online shop with orders, payments and inventory.',
    decision: { teamSize: 40, teams: 5, boundariesClear: true, independentDeployment: true, tightDeadlines: false, requirementsKnown: true },
    settings: {
      rules: { 'shared-database': { enabled: true, severity: 'error' }, 'chatty-calls': { threshold: 5 } },
      suppressions: [{ rule: 'no-timeout', target: 'legacy', reason: 'being strangled this quarter' }],
    },
    groups: [
      { id: 'ordering', name: 'Ordering', team: 'Team Orders', position: { x: 0, y: 0 }, size: { width: 600, height: 400 } },
      { id: 'billing', name: 'Billing' },
    ],
    nodes: [
      { kind: 'client', id: 'web', name: 'Web app', platform: 'web', position: { x: -300, y: 10 } },
      { kind: 'gateway', id: 'api', name: 'API gateway', parallelCalls: true, replicas: 2, position: { x: -100, y: 10 } },
      {
        kind: 'service',
        id: 'orders',
        name: 'Orders',
        group: 'ordering',
        position: { x: 100, y: 50.5 },
        description: 'Takes orders.',
        team: 'Team Orders',
        replicas: 3,
        capacity: 200,
        latency: { p50Ms: 20, p99Ms: 150 },
        errorRate: 0.01,
        healthChecks: { liveness: true, readiness: false },
        parallelCalls: false,
      },
      { kind: 'service', id: 'payments', name: 'Payments', group: 'billing', position: { x: 300, y: 50 } },
      { kind: 'service', id: 'legacy', name: 'Legacy monolith', legacy: true, position: { x: 300, y: 300 } },
      { kind: 'database', id: 'orders-db', name: 'Orders DB', engine: 'postgresql', group: 'ordering', position: { x: 100, y: 250 } },
      { kind: 'broker', id: 'events', name: 'Order events', engine: 'kafka', position: { x: 500, y: 50 } },
      { kind: 'external', id: 'stripe', name: 'Stripe', latency: { p50Ms: 200, p99Ms: 900 }, position: { x: 500, y: 300 } },
    ],
    links: [
      { kind: 'sync', id: 'web-api', from: 'web', to: 'api', protocol: 'http' },
      {
        kind: 'sync',
        id: 'api-orders',
        from: 'api',
        to: 'orders',
        protocol: 'grpc',
        operation: 'POST /orders',
        timeoutMs: 2000,
        retry: { attempts: 3, backoff: 'exponential', minMs: 100, maxMs: 1000, multiplier: 2, jitter: true },
        circuitBreaker: { failureThreshold: 5, recoveryTimeoutMs: 30000, successThreshold: 2 },
        bulkhead: { maxConcurrent: 10 },
        fallback: 'cached order list',
        idempotent: true,
        callsPerRequest: 2,
        description: 'Places an order.',
      },
      { kind: 'sync', id: 'payments-stripe', from: 'payments', to: 'stripe' },
      { kind: 'data', id: 'orders-db-rw', from: 'orders', to: 'orders-db', access: 'read-write' },
      { kind: 'async', id: 'orders-events', from: 'orders', to: 'events', event: 'OrderPlaced', topic: 'orders' },
      { kind: 'async', id: 'events-payments', from: 'events', to: 'payments' },
    ],
    sagas: [
      {
        id: 'checkout',
        name: 'Checkout',
        orchestrator: 'orders',
        steps: [
          { service: 'orders', action: 'create order', compensation: 'cancel order' },
          { service: 'payments', action: 'charge card', compensation: 'refund' },
        ],
      },
    ],
  };
}

export type RawEntity = Record<string, unknown>;
/** A document as parsed from a file, loosely typed so tests can break it in ways the Model type forbids. */
export interface RawDoc {
  [key: string]: unknown;
  nodes: RawEntity[];
  links: RawEntity[];
  groups?: RawEntity[];
  sagas?: RawEntity[];
}

/** A small valid raw document (as it would appear in a file) for tests to break one field at a time. */
export function validDoc(): RawDoc {
  return {
    format: 'faultline',
    version: 1,
    name: 'Tiny',
    nodes: [
      { kind: 'service', id: 'a', name: 'A', position: { x: 0, y: 0 } },
      { kind: 'service', id: 'b', name: 'B', position: { x: 200, y: 0 } },
      { kind: 'database', id: 'db', name: 'DB', position: { x: 0, y: 200 } },
    ],
    links: [
      { kind: 'sync', id: 'a-b', from: 'a', to: 'b' },
      { kind: 'data', id: 'a-db', from: 'a', to: 'db' },
    ],
  };
}
