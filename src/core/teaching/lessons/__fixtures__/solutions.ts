/**
 * A scripted solution for every shipped lesson: per step, the pure edits a learner would make (core ops
 * and apply-to-selection actions only — what the UI offers). The lesson tests play them step by step.
 */
import type { GatewayRoute, LinkKind, Model, NodeKind, SyncLink } from '../../../model/types.ts';
import { addGroup, addLink, addNode, addSaga, removeElements, renameNode, setDecision, setNodesGroup, updateLink, updateSaga } from '../../../ops/index.ts';
import { moveRoute, setRoute } from '../../apply/routes.ts';
import { getApplyAction } from '../../apply/registry.ts';
import type { ApplyActionId, Selection } from '../../apply/types.ts';

type Edit = (model: Model) => Model;

/** Adds a node with this name (its id is the name, slugified, as the palette's would be after renaming). */
const node = (kind: NodeKind, name: string): Edit => (m) => addNode(m, { kind, name }).model;

/** Draws a link between two nodes (by id); fails the test loudly when the op refuses. */
const link = (from: string, to: string, kind?: LinkKind): Edit => (m) => {
  const result = addLink(m, from, to, kind);
  if (!result.ok) throw new Error(result.reason);
  return result.model;
};

const linkId = (m: Model, from: string, to: string) => {
  const found = m.links.find((l) => l.from === from && l.to === to);
  if (!found) throw new Error(`no link ${from} → ${to}`);
  return found.id;
};

const remove = (nodes: string[], links: [string, string][] = []): Edit => (m) => removeElements(m, { nodes, links: links.map(([a, b]) => linkId(m, a, b)) }).model;

const patchCall = (from: string, to: string, patch: Partial<Omit<SyncLink, 'kind' | 'id' | 'from' | 'to'>>): Edit => (m) => updateLink<SyncLink>(m, linkId(m, from, to), patch).model;

/** Applies a library action to a selection of nodes and of links (given by their ends). */
const apply = (id: ApplyActionId, nodes: string[], links: [string, string][] = []): Edit => (m) => {
  const selection: Selection = { nodes, links: links.map(([a, b]) => linkId(m, a, b)) };
  const action = getApplyAction(id)!;
  const can = action.canApply(m, selection);
  if (can !== true) throw new Error(can);
  return action.apply(m, selection);
};

const gatewayId = (m: Model) => m.nodes.find((n) => n.kind === 'gateway')!.id;
const route = (r: GatewayRoute): Edit => (m) => setRoute(m, gatewayId(m), r).model;

const all = (...edits: Edit[]): Edit => (m) => edits.reduce((acc, edit) => edit(acc), m);

const SIX = ['catalog-service', 'cart-service', 'checkout-service', 'payment-service', 'user-service', 'notification-service'];

export const SOLUTIONS: Readonly<Record<string, readonly Edit[]>> = {
  'should-this-be-microservices': [
    (m) => setDecision(m, { teamSize: 4, teams: 1, boundariesClear: false, tightDeadlines: true, requirementsKnown: false }).model,
    all(remove(SIX), node('service', 'shop'), link('api-gateway', 'shop')),
    (m) => setDecision(m, { teamSize: 18, teams: 3, boundariesClear: true, independentDeployment: true, tightDeadlines: false, requirementsKnown: true }).model,
  ],
  'cut-by-business-capability': [
    all(node('service', 'order-service'), node('service', 'payment-service'), node('service', 'inventory-service')),
    all(
      ...['order', 'payment', 'inventory'].map((c) =>
        all(node('database', `${c}s-db`), link(`${c}-service`, `${c}s-db`), (m) => addGroup(m, { name: c, nodeIds: [`${c}-service`, `${c}s-db`] }).model),
      ),
    ),
    all(
      remove(['presentation-layer', 'api-layer', 'logic-layer', 'data-layer', 'shop-db']),
      node('gateway', 'api-gateway'),
      link('web-app', 'api-gateway'),
      link('api-gateway', 'order-service'),
      link('api-gateway', 'payment-service'),
      link('api-gateway', 'inventory-service'),
    ),
    (m) => apply('add-breaker', [], m.links.filter((l) => l.from === 'api-gateway').map((l) => [l.from, l.to]))(m),
  ],
  'strangle-the-monolith': [
    apply('gateway-in-front', ['shop-monolith']),
    all(node('service', 'order-service'), node('database', 'orders-db'), link('order-service', 'orders-db'), (m) => link(gatewayId(m), 'order-service')(m)),
    all(
      route({ prefix: '/api/orders/v2', to: 'order-service', share: 0.1 }),
      route({ prefix: '/api/orders', to: 'shop-monolith', share: 0.4 }),
      route({ prefix: '/', to: 'shop-monolith' }),
    ),
    (m) => moveRoute(m, gatewayId(m), '/api/orders', 'order-service').model,
    (m) => apply('add-breaker', [], [[gatewayId(m), 'order-service']])(m),
  ],
  'own-database': [
    all(remove([], [['reporting-service', 'shop-db']]), node('broker', 'order-events'), link('order-service', 'order-events'), link('order-events', 'reporting-service')),
    all(
      (m) => renameNode(m, 'shop-db', 'orders-db').model,
      remove([], [['payment-service', 'shop-db'], ['inventory-service', 'shop-db']]),
      node('database', 'payments-db'),
      node('database', 'inventory-db'),
      link('payment-service', 'payments-db'),
      link('inventory-service', 'inventory-db'),
    ),
    all((m) => setNodesGroup(m, ['payments-db'], 'payments').model, (m) => setNodesGroup(m, ['inventory-db'], 'inventory').model),
  ],
  'stop-the-cascade': [
    patchCall('order-service', 'payment-service', { timeoutMs: 5_000 }),
    apply('add-breaker', [], [['order-service', 'payment-service']]),
    patchCall('order-service', 'payment-service', { fallback: 'accept the order, charge later' }),
  ],
  'saga-with-compensations': [
    (m) =>
      addSaga(m, {
        name: 'checkout',
        orchestrator: 'checkout-service',
        steps: [
          { service: 'order-service', action: 'createOrder' },
          { service: 'inventory-service', action: 'reserveInventory' },
          { service: 'payment-service', action: 'processPayment' },
        ],
      }).model,
    (m) =>
      updateSaga(m, 'checkout', {
        steps: [
          { service: 'order-service', action: 'createOrder', compensation: 'cancelOrder' },
          { service: 'inventory-service', action: 'reserveInventory', compensation: 'releaseInventory' },
          { service: 'payment-service', action: 'processPayment' },
        ],
      }).model,
    patchCall('checkout-service', 'payment-service', { idempotent: true, timeoutMs: 5_000 }),
  ],
  'sync-or-async': [apply('publish-subscribe', [], [['order-service', 'notification-service']]), apply('publish-subscribe', [], [['order-service', 'shipping-service']])],
};
