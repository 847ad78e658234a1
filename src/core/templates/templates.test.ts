import { describe, expect, it } from 'vitest';
import { modelSchema } from '../model/schema.ts';
import type { Model, ModelNode } from '../model/types.ts';
import { NODE_SIZE } from '../layout/node-size.ts';
import { TEMPLATES, distributedMonolithTemplate, ecommerceTemplate, findTemplate, monolithTemplate } from './index.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every broken reference in the model, as readable strings (empty when consistent). */
function referenceProblems(model: Model): string[] {
  const problems: string[] = [];
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const groups = new Set(model.groups.map((g) => g.id));
  for (const node of model.nodes) {
    if (node.group !== undefined && !groups.has(node.group)) problems.push(`node ${node.id}: unknown group ${node.group}`);
  }
  for (const link of model.links) {
    const from = nodes.get(link.from);
    const to = nodes.get(link.to);
    if (!from) problems.push(`link ${link.id}: unknown from ${link.from}`);
    if (!to) problems.push(`link ${link.id}: unknown to ${link.to}`);
    if (link.kind === 'data' && to?.kind !== 'database') problems.push(`link ${link.id}: data link to a non-database`);
  }
  for (const saga of model.sagas) {
    const isService = (id: string) => nodes.get(id)?.kind === 'service';
    if (saga.orchestrator !== undefined && !isService(saga.orchestrator)) problems.push(`saga ${saga.id}: orchestrator is not a service`);
    for (const step of saga.steps) if (!isService(step.service)) problems.push(`saga ${saga.id}: step ${step.action} is not on a service`);
  }
  return problems;
}

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
const nodeBox = (n: ModelNode): Box => ({ ...(n.position ?? { x: NaN, y: NaN }), ...NODE_SIZE[n.kind] });
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, outer: Box) => a.x >= outer.x && a.y >= outer.y && a.x + a.width <= outer.x + outer.width && a.y + a.height <= outer.y + outer.height;

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  const model = template.build();

  it('validates with the schema', () => {
    const parsed = modelSchema.safeParse(model);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has consistent references and unique ids', () => {
    expect(referenceProblems(model)).toEqual([]);
    expect(duplicates(model.nodes.map((n) => n.id))).toEqual([]);
    expect(duplicates(model.links.map((l) => l.id))).toEqual([]);
    expect(duplicates(model.groups.map((g) => g.id))).toEqual([]);
    expect(duplicates(model.sagas.map((s) => s.id))).toEqual([]);
  });

  it('places every node and group without overlaps', () => {
    for (const node of model.nodes) expect(node.position, node.id).toBeDefined();
    for (const group of model.groups) {
      expect(group.position, group.id).toBeDefined();
      expect(group.size, group.id).toBeDefined();
    }
    const boxes = model.nodes.map(nodeBox);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${model.nodes[i]!.id} / ${model.nodes[j]!.id}`).toBe(false);
  });

  it('draws each group around exactly its members', () => {
    const groupBoxes = model.groups.map((g) => ({ id: g.id, box: { ...g.position!, ...g.size! } }));
    for (const node of model.nodes) {
      for (const { id, box } of groupBoxes) {
        if (node.group === id) expect(inside(nodeBox(node), box), `${node.id} in ${id}`).toBe(true);
        else expect(overlaps(nodeBox(node), box), `${node.id} outside ${id}`).toBe(false);
      }
    }
    for (let i = 0; i < groupBoxes.length; i++)
      for (let j = i + 1; j < groupBoxes.length; j++) expect(overlaps(groupBoxes[i]!.box, groupBoxes[j]!.box)).toBe(false);
  });

  it('builds a fresh copy each time', () => {
    const other = template.build();
    expect(other).toEqual(model);
    expect(other.nodes[0]).not.toBe(model.nodes[0]);
  });
});

describe('ecommerce template', () => {
  const model = ecommerceTemplate.build();
  const services = model.nodes.filter((n) => n.kind === 'service');
  const byId = new Map(model.nodes.map((n) => [n.id, n]));

  it('has exactly the five catalogue services, each with health checks', () => {
    expect(services.map((s) => s.id).sort()).toEqual(
      ['inventory-service', 'notification-service', 'order-service', 'payment-service', 'shipping-service'],
    );
    for (const s of services) expect(s.healthChecks).toEqual({ liveness: true, readiness: true });
  });

  it('gives each service its own database and shares none', () => {
    const databases = model.nodes.filter((n) => n.kind === 'database');
    expect(databases).toHaveLength(5);
    for (const db of databases) {
      const users = model.links.filter((l) => l.kind === 'data' && l.to === db.id).map((l) => l.from);
      expect(users, db.id).toHaveLength(1);
      expect(byId.get(users[0]!)?.group, db.id).toBe(db.group);
    }
    expect(new Set(model.links.filter((l) => l.kind === 'data').map((l) => l.from)).size).toBe(5);
  });

  it('puts a timeout, retry and breaker on every call between services', () => {
    const internal = model.links.filter((l) => l.kind === 'sync' && byId.get(l.from)?.kind !== 'client');
    expect(internal.map((l) => `${l.from}->${l.to}`).sort()).toEqual(
      ['api-gateway->order-service', 'order-service->inventory-service', 'order-service->payment-service'],
    );
    for (const link of internal) {
      if (link.kind !== 'sync') continue;
      expect(link.timeoutMs).toBe(5000);
      expect(link.retry).toEqual({ attempts: 3, backoff: 'exponential', minMs: 2000, maxMs: 10000, multiplier: 1 });
      expect(link.circuitBreaker).toEqual({ failureThreshold: 5, recoveryTimeoutMs: 30000, successThreshold: 2 });
    }
    const call = (to: string) => internal.find((l) => l.to === to);
    expect(call('payment-service')).toMatchObject({ bulkhead: { maxConcurrent: 10 } });
    expect(call('inventory-service')).toMatchObject({ bulkhead: { maxConcurrent: 20 }, fallback: expect.any(String) });
  });

  it('publishes OrderCreated through kafka to inventory, shipping and notification', () => {
    const broker = model.nodes.find((n) => n.kind === 'broker');
    expect(broker).toMatchObject({ engine: 'kafka' });
    const asyncLinks = model.links.filter((l) => l.kind === 'async');
    expect(asyncLinks.filter((l) => l.to === broker?.id).map((l) => l.from)).toEqual(['order-service']);
    expect(asyncLinks.filter((l) => l.from === broker?.id).map((l) => l.to).sort()).toEqual(
      ['inventory-service', 'notification-service', 'shipping-service'],
    );
    for (const link of asyncLinks) expect(link).toMatchObject({ event: 'OrderCreated' });
  });

  it('runs the order-fulfilment saga with compensations', () => {
    expect(model.sagas).toHaveLength(1);
    const saga = model.sagas[0]!;
    expect(saga.orchestrator).toBe('order-service');
    expect(saga.steps.map((s) => [s.service, s.action, s.compensation])).toEqual([
      ['order-service', 'createOrder', 'cancelOrder'],
      ['inventory-service', 'reserveInventory', 'releaseInventory'],
      ['payment-service', 'processPayment', 'refundPayment'],
      ['order-service', 'confirmOrder', 'cancelConfirmation'],
    ]);
  });

  it('keeps every service-to-service sync chain at two hops or fewer', () => {
    const next = new Map<string, string[]>();
    for (const l of model.links) {
      if (l.kind !== 'sync' || byId.get(l.from)?.kind === 'client') continue;
      next.set(l.from, [...(next.get(l.from) ?? []), l.to]);
    }
    const depth = (id: string): number => Math.max(0, ...(next.get(id) ?? []).map((to) => 1 + depth(to)));
    expect(Math.max(...model.nodes.map((n) => depth(n.id)))).toBe(2);
  });

  it('favours microservices in its decision inputs', () => {
    expect(model.decision).toMatchObject({ boundariesClear: true, independentDeployment: true, requirementsKnown: true });
    expect(model.decision?.teams).toBeGreaterThan(1);
  });
});

describe('monolith template', () => {
  const model = monolithTemplate.build();
  it('is one legacy service with one database and a small, unsure team', () => {
    expect(model.nodes.filter((n) => n.kind === 'service')).toEqual([expect.objectContaining({ legacy: true })]);
    expect(model.nodes.filter((n) => n.kind === 'database')).toHaveLength(1);
    expect(model.decision).toMatchObject({ boundariesClear: false });
    expect(model.decision?.teamSize).toBeLessThan(5);
    expect(model.description).toMatch(/Strangler Fig/);
  });
});

describe('distributed-monolith template', () => {
  const model = distributedMonolithTemplate.build();
  const sync = model.links.filter((l) => l.kind === 'sync');

  it('shares one database between three or more services', () => {
    const users = model.links.filter((l) => l.kind === 'data' && l.to === 'shared-db');
    expect(users.length).toBeGreaterThanOrEqual(3);
  });

  it('has a five-service sync chain with no breakers or timeouts, and a call cycle', () => {
    const has = (from: string, to: string) => sync.some((l) => l.from === from && l.to === to);
    const chain = ['storefront-service', 'cart-service', 'pricing-service', 'promotions-service', 'customer-service'];
    for (let i = 1; i < chain.length; i++) expect(has(chain[i - 1]!, chain[i]!)).toBe(true);
    expect(has('pricing-service', 'cart-service')).toBe(true);
    for (const link of sync) expect(link.kind === 'sync' && (link.circuitBreaker ?? link.timeoutMs)).toBeFalsy();
  });

  it('nests retries three deep, leaves a saga step uncompensated and services without health checks', () => {
    const retried = sync.filter((l) => l.kind === 'sync' && l.retry?.attempts === 3);
    expect(retried.map((l) => l.from)).toEqual(['storefront-service', 'cart-service', 'pricing-service']);
    expect(model.sagas.some((s) => s.steps.some((step) => step.compensation === undefined))).toBe(true);
    expect(model.nodes.some((n) => n.kind === 'service' && n.healthChecks === undefined)).toBe(true);
    expect(sync.filter((l) => l.from === 'web-app').length).toBeGreaterThanOrEqual(3);
  });
});

it('finds templates by id', () => {
  expect(findTemplate('ecommerce')).toBe(ecommerceTemplate);
  expect(findTemplate('nope')).toBeUndefined();
});
