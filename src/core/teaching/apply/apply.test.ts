/** Apply to selection: each action removes the finding it is for, keeps the model valid, and says why when it cannot. */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../io/load-model.ts';
import { serializeModel } from '../../io/serialize-model.ts';
import type { Model } from '../../model/index.ts';
import type { RuleId } from '../../rules/index.ts';
import { applyDiff, removeElements } from '../../ops/index.ts';
import { analyze } from '../../rules/index.ts';
import { distributedMonolithTemplate } from '../../templates/index.ts';
import { getPattern } from '../patterns/library.ts';
import { APPLY_ACTIONS, applyToSelection, getApplyAction } from './registry.ts';
import { moveRoute, pruneRoutes, removeRoute, setRoute } from './routes.ts';
import type { ApplyActionId, Selection } from './types.ts';

const diagramOf = (id: string): Model => structuredClone(getPattern(id)!.diagram);
const count = (model: Model, rule: RuleId) => analyze(model).findings.filter((f) => f.rule === rule).length;
const linkId = (m: Model, from: string, to: string) => m.links.find((l) => l.from === from && l.to === to)!.id;

function expectValid(model: Model): void {
  const result = loadModel(serializeModel(model));
  expect(result.ok ? [] : result.errors).toEqual([]);
}

function applied(id: ApplyActionId, model: Model, selection: Selection): Model {
  const result = applyToSelection(id, model, selection);
  if (!result.ok) throw new Error(result.reason);
  // The diff is one undo step: applying it to the old model gives the new one.
  expect(applyDiff(model, result.diff)).toEqual(result.model);
  expectValid(result.model);
  return result.model;
}

const none: Selection = { nodes: [], links: [] };

describe('apply to selection', () => {
  it('registers the four actions, each used by the library', () => {
    expect(APPLY_ACTIONS.map((a) => a.id)).toEqual(['add-breaker', 'gateway-in-front', 'publish-subscribe', 'wrap-in-saga']);
    for (const action of APPLY_ACTIONS) expect(getApplyAction(action.id)).toBe(action);
    expect(applyToSelection('add-breaker', diagramOf('saga'), none)).toEqual({ ok: false, reason: 'Select sync calls, or the services whose callers should get a breaker.' });
  });

  describe('add a circuit breaker', () => {
    it('protects the selected calls with the catalogue defaults, and the finding goes', () => {
      const model = diagramOf('never-no-circuit-breakers');
      expect(count(model, 'missing-circuit-breaker')).toBe(2);
      const next = applied('add-breaker', model, { nodes: [], links: [linkId(model, 'order-service', 'payment-service')] });
      const link = next.links.find((l) => l.to === 'payment-service');
      expect(link).toMatchObject({ circuitBreaker: { failureThreshold: 5, recoveryTimeoutMs: 30_000, successThreshold: 2 }, timeoutMs: 5_000 });
      expect(count(next, 'missing-circuit-breaker')).toBe(1);
    });

    it('with only nodes selected, protects every call into them; adds a timeout where one is missing', () => {
      const model = distributedMonolithTemplate.build();
      const next = applied('add-breaker', model, { nodes: ['cart-service', 'pricing-service'], links: [] });
      for (const l of next.links.filter((l) => l.kind === 'sync' && (l.to === 'cart-service' || l.to === 'pricing-service') && l.from !== 'web-app')) {
        expect(l).toMatchObject({ circuitBreaker: expect.any(Object), timeoutMs: 5_000 });
      }
      expect(analyze(next).findings.filter((f) => f.rule === 'missing-circuit-breaker' && (f.nodes[1] === 'cart-service' || f.nodes[1] === 'pricing-service'))).toEqual([]);
    });

    it('says why it cannot apply', () => {
      const model = diagramOf('circuit-breaker');
      const action = getApplyAction('add-breaker')!;
      expect(action.canApply(model, { nodes: [], links: [linkId(model, 'web-app', 'api-gateway')] })).toMatch(/client’s own calls/);
      expect(action.canApply(model, { nodes: [], links: [linkId(model, 'order-service', 'payment-service')] })).toBe('The selected calls already have a circuit breaker and a timeout.');
      expect(action.apply(model, none)).toBe(model);
    });
  });

  describe('put a gateway in front', () => {
    it('reroutes the clients’ direct calls through one new gateway, which forwards with a breaker', () => {
      const model = diagramOf('never-start-with-microservices');
      expect(count(model, 'no-api-gateway')).toBe(1);
      const services = model.nodes.filter((n) => n.kind === 'service').map((n) => n.id);
      const next = applied('gateway-in-front', model, { nodes: services, links: [] });
      expect(count(next, 'no-api-gateway')).toBe(0);
      const gateway = next.nodes.find((n) => n.kind === 'gateway')!;
      expect(gateway.position).toBeDefined();
      expect(next.links.filter((l) => l.from === 'web-app').map((l) => l.to)).toEqual([gateway.id]);
      const forwards = next.links.filter((l) => l.from === gateway.id);
      expect(forwards.map((l) => l.to).sort()).toEqual([...services].sort());
      for (const l of forwards) expect(l).toMatchObject({ kind: 'sync', timeoutMs: 5_000, circuitBreaker: expect.any(Object) });
    });

    it('reuses the gateway a client already calls, and gives a routed gateway a route to the newcomer', () => {
      const model = diagramOf('strangler-fig');
      model.nodes.push({ kind: 'service', id: 'search-service', name: 'search-service', position: { x: 560, y: 420 } });
      model.links.push({ kind: 'sync', id: 'web-search', from: 'web-app', to: 'search-service' });
      const next = applied('gateway-in-front', model, { nodes: ['search-service'], links: [] });
      expect(next.nodes.filter((n) => n.kind === 'gateway')).toHaveLength(1);
      const gateway = next.nodes.find((n) => n.kind === 'gateway');
      expect(gateway?.kind === 'gateway' && gateway.routes?.at(-1)).toEqual({ prefix: '/api/search', to: 'search-service' });
      expect(next.links.some((l) => l.from === 'web-app' && l.to === 'search-service')).toBe(false);
    });

    it('says why it cannot apply', () => {
      const action = getApplyAction('gateway-in-front')!;
      const model = diagramOf('api-gateway');
      expect(action.canApply(model, none)).toBe('Select the services clients call directly.');
      expect(action.canApply(model, { nodes: ['order-service'], links: [] })).toMatch(/already behind a gateway/);
    });
  });

  describe('publish an event instead', () => {
    it('turns the selected sync call into publish → broker → subscribe, breaking the chain', () => {
      const model = diagramOf('never-synchronous-chains');
      expect(count(model, 'sync-chain')).toBe(1);
      const next = applied('publish-subscribe', model, { nodes: [], links: [linkId(model, 'inventory-service', 'pricing-service')] });
      expect(count(next, 'sync-chain')).toBe(0);
      const broker = next.nodes.find((n) => n.kind === 'broker')!;
      expect(broker).toMatchObject({ id: 'inventory-events', engine: 'kafka' });
      expect(next.links.filter((l) => l.kind === 'async').map((l) => `${l.from}>${l.to}`)).toEqual(['inventory-service>inventory-events', 'inventory-events>pricing-service']);
    });

    it('breaks a sync cycle (distributed monolith), and reuses the publisher’s broker the second time', () => {
      const model = diagramOf('never-distributed-monolith');
      const once = applied('publish-subscribe', model, { nodes: [], links: [linkId(model, 'pricing-service', 'cart-service')] });
      expect(count(once, 'distributed-monolith')).toBe(0);
      const shop = diagramOf('never-ignore-network-failures');
      const first = applied('publish-subscribe', shop, { nodes: [], links: [linkId(shop, 'order-service', 'payment-service')] });
      const second = applied('publish-subscribe', first, { nodes: [], links: [linkId(first, 'order-service', 'inventory-service')] });
      expect(second.nodes.filter((n) => n.kind === 'broker')).toHaveLength(1);
      expect(second.links.filter((l) => l.kind === 'async' && l.from === 'order-service')).toHaveLength(1);
    });

    it('refuses calls someone waits on (a client’s or a gateway’s)', () => {
      const model = diagramOf('circuit-breaker');
      const action = getApplyAction('publish-subscribe')!;
      expect(action.canApply(model, { nodes: [], links: [linkId(model, 'api-gateway', 'order-service')] })).toMatch(/client or gateway waits/);
      expect(action.canApply(model, none)).toBe('Select a sync call between two services.');
      expect(action.canApply(model, { nodes: ['order-service', 'payment-service'], links: [] })).toBe(true);
    });
  });

  describe('wrap in a saga', () => {
    it('makes the calling service run a saga over the others, steps in link order, with compensations', () => {
      const model = diagramOf('never-no-compensation');
      expect(count(model, 'missing-compensation')).toBe(1);
      const next = applied('wrap-in-saga', model, { nodes: ['payment-service', 'checkout-service', 'inventory-service'], links: [] });
      expect(count(next, 'missing-compensation')).toBe(0);
      expect(next.sagas).toEqual([
        {
          id: 'checkout-service-saga',
          name: 'checkout-service saga',
          orchestrator: 'checkout-service',
          steps: [
            { service: 'inventory-service', action: 'postReservations', compensation: 'undoPostReservations' },
            { service: 'payment-service', action: 'postPayments', compensation: 'undoPostPayments' },
          ],
        },
      ]);
    });

    it('says why it cannot apply', () => {
      const action = getApplyAction('wrap-in-saga')!;
      const model = diagramOf('never-no-compensation');
      expect(action.canApply(model, { nodes: ['inventory-service', 'payment-service'], links: [] })).toMatch(/at least two services it calls/);
      expect(action.canApply(model, none)).toMatch(/^Select the service that runs/);
      const wrapped = action.apply(model, { nodes: ['checkout-service', 'inventory-service', 'payment-service'], links: [] });
      expect(action.canApply(wrapped, { nodes: ['checkout-service', 'inventory-service', 'payment-service'], links: [] })).toBe('These services already run a saga together.');
    });
  });
});

describe('gateway route edits', () => {
  const base = () => diagramOf('strangler-fig');

  it('adds, changes, moves and removes routes as one-step ops', () => {
    let m = setRoute(base(), 'api-gateway', { prefix: '/api/orders', to: 'shop-monolith', share: 0.3 }).model;
    expect(m.nodes.find((n) => n.id === 'api-gateway')).toMatchObject({ routes: [{ prefix: '/api/orders/v2' }, { prefix: '/' }, { prefix: '/api/orders', to: 'shop-monolith', share: 0.3 }] });
    const moved = moveRoute(m, 'api-gateway', '/api/orders', 'order-service');
    expect(moved.diff.changes).toHaveLength(1);
    expect(applyDiff(m, moved.diff)).toEqual(moved.model);
    m = moved.model;
    expect(m.nodes.find((n) => n.id === 'api-gateway')).toMatchObject({ routes: [{}, {}, { prefix: '/api/orders', to: 'order-service', share: 0.3 }] });
    expectValid(m);
    expect(moveRoute(m, 'api-gateway', '/nowhere', 'order-service').diff.changes).toEqual([]);
    expect(setRoute(m, 'order-service', { prefix: '/x', to: 'a' }).model).toBe(m);
    m = removeRoute(removeRoute(removeRoute(m, 'api-gateway', '/api/orders').model, 'api-gateway', '/').model, 'api-gateway', '/api/orders/v2').model;
    expect(m.nodes.find((n) => n.id === 'api-gateway')).not.toHaveProperty('routes');
  });

  it('a deletion never leaves a route dangling (removeElements prunes it), and pruneRoutes then has nothing to do', () => {
    const m = removeElements(base(), { nodes: ['order-service'] }).model;
    expectValid(m);
    expect(m.nodes.find((n) => n.id === 'api-gateway')).toMatchObject({ routes: [{ prefix: '/', to: 'shop-monolith' }] });
    expect(pruneRoutes(m)).toBe(m);
  });
});
