/** Where to cut: by business capability, and how to get there from a monolith without a rewrite (strangler fig). */
import type { ModelNode } from '../../../model/types.ts';
import type { PatternEntry } from '../types.ts';
import { broker, call, client, context, data, database, diagram, gateway, publish, resilientCall, service } from '../../diagram.ts';

function capabilities(): { nodes: ModelNode[]; groups: ReturnType<typeof context>[] } {
  const nodes: ModelNode[] = [
    client('web-app', [0, 1]),
    gateway('api-gateway', [1, 1]),
    service('order-service', [2, 1], { group: 'ordering' }),
    database('orders-db', [2, 2], { group: 'ordering' }),
    service('payment-service', [3, 0], { group: 'payments' }),
    database('payments-db', [4, 0], { group: 'payments' }),
    broker('order-events', [3, 2]),
    service('shipping-service', [4, 2], { group: 'shipping' }),
    database('shipping-db', [4, 3], { group: 'shipping' }),
  ];
  return { nodes, groups: ['ordering', 'payments', 'shipping'].map((g) => context(g, nodes)) };
}

const byCapability = capabilities();

export const decomposeByCapability: PatternEntry = {
  id: 'decompose-by-business-capability',
  title: 'Decompose by business capability',
  kind: 'pattern',
  summary: 'Cut services along what the business does (orders, payments, shipping), not along technical layers.',
  whatItIs: [
    'A service should own one **business capability** end to end: its API, its rules and its data. An online shop splits into ordering, payments, inventory, shipping and notifications — each a team’s responsibility that changes for its own reasons.',
    '',
    'The tempting alternative, one service per technical layer (an "API service", a "logic service", a "data service"), makes every feature touch every service: each change becomes a coordinated release and each request a chain of calls.',
    '',
    'Draw each capability as a **bounded context** (a group on the canvas) holding its service and its database. Signs the cut is wrong: a service everyone talks to (`god-service`), pairs of services that call each other constantly (`chatty-services`), and dependency loops (`cyclic-dependency`).',
  ].join('\n'),
  whenToUse: ['When the decision framework says microservices are worth it.', 'When one team’s features keep waiting on another team’s release.', 'When extracting from a monolith: cut along the same lines.'],
  whenNot: ['Before the boundaries are clear: keep them as modules inside one deployable first.', 'Never along technical layers (UI / logic / data).'],
  diagram: diagram(
    'Services by business capability',
    byCapability.nodes,
    [
      call('web-app', 'api-gateway'),
      resilientCall('api-gateway', 'order-service'),
      resilientCall('order-service', 'payment-service', { operation: 'POST /payments' }),
      data('order-service', 'orders-db'),
      data('payment-service', 'payments-db'),
      data('shipping-service', 'shipping-db'),
      publish('order-service', 'order-events', 'OrderCreated'),
      publish('order-events', 'shipping-service', 'OrderCreated'),
    ],
    { groups: byCapability.groups },
  ),
  rules: ['god-service', 'chatty-services', 'cyclic-dependency'],
  catalogueSection: 'Service Decomposition Patterns › Pattern 1: By Business Capability',
  related: ['decision-framework', 'strangler-fig', 'database-per-service', 'never-chatty-services'],
  keywords: ['bounded context', 'domain', 'boundaries', 'team', 'capability', 'ddd', 'layers', 'split'],
};

export const stranglerFig: PatternEntry = {
  id: 'strangler-fig',
  title: 'Strangler fig',
  kind: 'pattern',
  summary: 'Migrate a monolith one capability at a time behind a gateway, moving routes to new services until nothing is left to route to the old one.',
  whatItIs: [
    'A big-bang rewrite stops feature work for months and usually fails. The strangler fig grows the new system around the old one instead:',
    '',
    '1. put an **API gateway** in front of the monolith, so clients only ever talk to the gateway;',
    '2. pick one bounded context to extract and build its **new service**, with its own database;',
    '3. **route new traffic** to it by path prefix — say `/api/orders/v2` — while everything else still goes to the monolith;',
    '4. migrate the rest of that capability route by route;',
    '5. remove the code from the monolith once no route reaches it. Repeat with the next context.',
    '',
    'In Faultline, mark the monolith **legacy** and give the gateway **routes** (prefix → service, with the share of traffic each carries). Moving a route is one edit, and the simulator splits traffic by the routes, so you can watch load move off the monolith.',
  ].join('\n'),
  whenToUse: ['Migrating a monolith that must keep serving customers.', 'When only some capabilities need to become services.'],
  whenNot: ['When the monolith is small enough to rewrite in a few weeks.', 'When the decision framework says to stay a monolith: structure it well inside instead.'],
  diagram: diagram(
    'Strangling the monolith',
    [
      client('web-app', [0, 0]),
      gateway('api-gateway', [1, 0], {
        routes: [
          { prefix: '/api/orders/v2', to: 'order-service', share: 0.2 },
          { prefix: '/', to: 'shop-monolith' },
        ],
      }),
      service('shop-monolith', [2, 0], { legacy: true, replicas: 2 }),
      database('shop-db', [3, 0]),
      service('order-service', [2, 1]),
      database('orders-db', [3, 1]),
    ],
    [
      call('web-app', 'api-gateway'),
      resilientCall('api-gateway', 'shop-monolith'),
      resilientCall('api-gateway', 'order-service'),
      data('shop-monolith', 'shop-db'),
      data('order-service', 'orders-db'),
    ],
  ),
  rules: ['no-api-gateway', 'premature-microservices'],
  apply: 'gateway-in-front',
  catalogueSection: 'Service Decomposition Patterns › Pattern 2: Strangler Fig (Monolith Migration)',
  related: ['api-gateway', 'decompose-by-business-capability', 'decision-framework', 'never-start-with-microservices'],
  keywords: ['migration', 'monolith', 'legacy', 'routes', 'prefix', 'extract', 'rewrite', '/api/orders/v2'],
};
