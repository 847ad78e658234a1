/** How services talk: synchronous calls, asynchronous events, and the API gateway at the edge. */
import type { PatternEntry } from '../types.ts';
import { broker, call, client, diagram, gateway, publish, resilientCall, service } from '../../diagram.ts';

export const synchronousCalls: PatternEntry = {
  id: 'synchronous-calls',
  title: 'Synchronous calls (REST / gRPC)',
  kind: 'pattern',
  summary: 'Request and wait for the answer — with a timeout, a bounded retry and a breaker, because the network will fail.',
  whatItIs: [
    'The caller sends a request and waits: right for **queries** and anything the caller cannot go on without. It is also the call most likely to hurt you, because the caller is only as available as its callee.',
    '',
    'A well-behaved client therefore never waits forever and never hammers a struggling service:',
    '',
    '- a **timeout** on every call (the catalogue’s client gives up after 5 s);',
    '- a **retry** for transient failures — a few attempts (3), with **exponential backoff** between them (2 s growing to 10 s), and only for idempotent operations;',
    '- a **circuit breaker** so repeated failures fail fast instead of queueing up.',
    '',
    'In Faultline a sync link carries all of these; `missing-timeout` flags a call with neither a timeout nor a retry.',
  ].join('\n'),
  whenToUse: ['The caller needs the answer immediately.', 'Simple queries: read an order, check stock.', 'Low latency matters more than decoupling.'],
  whenNot: ['Long-running work, or work the caller does not need to wait for: publish an event.', 'Chains of three or more calls deep.'],
  diagram: diagram(
    'A resilient sync call',
    [client('web-app', [0, 0]), gateway('api-gateway', [1, 0]), service('order-service', [2, 0]), service('payment-service', [3, 0])],
    [call('web-app', 'api-gateway'), resilientCall('api-gateway', 'order-service'), resilientCall('order-service', 'payment-service', { operation: 'GET /payments/{id}' })],
  ),
  rules: ['missing-timeout', 'retry-without-backoff'],
  apply: 'add-breaker',
  catalogueSection: 'Communication Patterns › Pattern 1: Synchronous (REST/gRPC)',
  related: ['sync-vs-async', 'retry-with-backoff', 'circuit-breaker', 'never-ignore-network-failures'],
  keywords: ['rest', 'grpc', 'http', 'timeout', 'request', 'response', 'query', 'client'],
};

export const asynchronousEvents: PatternEntry = {
  id: 'asynchronous-events',
  title: 'Asynchronous events',
  kind: 'pattern',
  summary: 'Publish what happened to a broker and let interested services react in their own time.',
  whatItIs: [
    'Instead of calling shipping, inventory and notifications one after another, the order service **publishes a domain event** — `OrderCreated`, with an id, the aggregate it concerns, when it happened and its data — to a topic on a broker. Each interested service **subscribes** and reacts.',
    '',
    'The publisher no longer waits for, or even knows about, its subscribers. A subscriber can be down for a while: the broker keeps its messages and it catches up when it returns. The price is **eventual consistency** — for a moment the order exists and the shipment does not — and the need for idempotent handlers, since a message may be delivered twice.',
    '',
    'In Faultline, draw publisher → broker → subscriber with async links; the simulator queues messages while a subscriber is down, so you can watch the backlog grow and drain.',
  ].join('\n'),
  whenToUse: ['Commands and notifications the caller does not need answered.', 'Long-running work.', 'When decoupling services matters more than immediate consistency.'],
  whenNot: ['Queries: the caller needs the answer now.', 'When the business cannot tolerate any window of inconsistency.'],
  diagram: diagram(
    'OrderCreated, published once',
    [service('order-service', [0, 1]), broker('order-events', [1, 1], { replicas: 3 }), service('inventory-service', [2, 0]), service('shipping-service', [2, 1]), service('notification-service', [2, 2])],
    [
      publish('order-service', 'order-events', 'OrderCreated'),
      publish('order-events', 'inventory-service', 'OrderCreated'),
      publish('order-events', 'shipping-service', 'OrderCreated'),
      publish('order-events', 'notification-service', 'OrderCreated'),
    ],
  ),
  rules: ['sync-chain', 'distributed-monolith'],
  apply: 'publish-subscribe',
  catalogueSection: 'Communication Patterns › Pattern 2: Asynchronous (Events)',
  related: ['sync-vs-async', 'never-synchronous-chains', 'never-distributed-monolith', 'saga'],
  keywords: ['event', 'kafka', 'broker', 'pub/sub', 'publish', 'subscribe', 'topic', 'queue', 'eventual consistency', 'decouple'],
};

export const apiGateway: PatternEntry = {
  id: 'api-gateway',
  title: 'API gateway (routing and aggregation)',
  kind: 'pattern',
  summary: 'One entry point for every client: it routes each request to the right service and can combine several answers into one.',
  whatItIs: [
    'Clients should not know the internal topology. An **API gateway** is the single door they use:',
    '',
    '- **routing** — each path prefix goes to the service that owns it (`/api/orders` → order-service); renaming or splitting a service changes a route, not every released app;',
    '- **aggregation** — one client request fans out to several services in parallel and returns a single answer, with whatever parts arrived (a missing part becomes empty rather than failing the whole page);',
    '- **cross-cutting policies** in one place: authentication, rate limits, CORS, and a circuit breaker per backend.',
    '',
    'In Faultline a gateway routes each request down one of its calls — by its **routes** when it has them — or, with *parallel calls* on, aggregates them all. `no-api-gateway` flags a client calling several services directly.',
  ].join('\n'),
  whenToUse: ['As soon as clients need more than one service.', 'During a strangler-fig migration: routes move from the monolith to new services.', 'To build one screen from several services (aggregation).'],
  whenNot: ['Do not put business logic in it: it routes and composes, the services decide.', 'One gateway for everything in a very large organisation: give each client type its own (backend for frontend).'],
  diagram: diagram(
    'One door for every client',
    [
      client('web-app', [0, 0]),
      client('mobile-app', [0, 1]),
      gateway('api-gateway', [1, 1], {
        replicas: 2,
        routes: [
          { prefix: '/api/orders', to: 'order-service' },
          { prefix: '/api/payments', to: 'payment-service' },
          { prefix: '/api/inventory', to: 'inventory-service' },
        ],
      }),
      service('order-service', [2, 0]),
      service('payment-service', [2, 1]),
      service('inventory-service', [2, 2]),
    ],
    [
      call('web-app', 'api-gateway'),
      call('mobile-app', 'api-gateway'),
      resilientCall('api-gateway', 'order-service'),
      resilientCall('api-gateway', 'payment-service'),
      resilientCall('api-gateway', 'inventory-service', { fallback: 'stock unknown' }),
    ],
  ),
  rules: ['no-api-gateway'],
  apply: 'gateway-in-front',
  catalogueSection: 'API Gateway Pattern',
  related: ['strangler-fig', 'circuit-breaker'],
  keywords: ['gateway', 'edge', 'entry point', 'routing', 'routes', 'aggregation', 'aggregate', 'bff', 'proxy', 'prefix'],
};
