/** Lesson 3: the strangler fig — a gateway in front, a new order service, and routes moving traffic off the monolith. */
import { call, client, data, database, diagram, service } from '../../diagram.ts';
import type { Lesson } from '../schema.ts';

export const strangleTheMonolith: Lesson = {
  format: 'faultline-lesson',
  version: 1,
  id: 'strangle-the-monolith',
  title: 'Strangle the monolith behind the gateway',
  summary: 'Extract the orders capability from a legacy monolith without a rewrite: put a gateway in front, build the new service, and move routes to it while watching the load shift.',
  patterns: ['strangler-fig', 'api-gateway', 'database-per-service', 'circuit-breaker'],
  start: diagram(
    'Shop monolith',
    [
      client('web-app', [0, 0]),
      service('shop-monolith', [1, 0], { legacy: true, replicas: 2, description: 'Orders, catalogue and accounts in one deployable.' }),
      database('shop-db', [2, 0]),
    ],
    [call('web-app', 'shop-monolith', { operation: 'ALL /api/*' }), data('shop-monolith', 'shop-db')],
    { description: 'The orders team is ready to move out; customers must not notice.' },
  ),
  steps: [
    {
      id: 'gateway-in-front',
      title: 'Put a gateway in front',
      instructions: [
        'The strangler fig starts by making sure clients never talk to the monolith directly: then the monolith can be replaced piece by piece behind their back.',
        '',
        'Select **shop-monolith** and, from the pattern library’s *API gateway* (or *Strangler fig*) entry, **Apply to selection**: the web app then calls a gateway, and the gateway calls the monolith.',
      ].join('\n'),
      check: {
        all: [
          { link: { from: 'web-app', to: { kind: 'gateway' }, kind: 'sync' } },
          { link: { from: { kind: 'gateway' }, to: 'shop-monolith', kind: 'sync' } },
          { link: { from: 'web-app', to: 'shop-monolith', count: { max: 0 } }, label: 'The web app no longer calls the monolith directly' },
        ],
      },
    },
    {
      id: 'build-the-order-service',
      title: 'Build the new order service',
      instructions: [
        'Create **order-service** with its **own database** (`orders-db`, a data link from the service), and a sync call from the **gateway** to it.',
        '',
        'The order tables move with the service: no sharing `shop-db`.',
      ].join('\n'),
      check: {
        all: [
          { node: { name: 'order-service', kind: 'service' } },
          { link: { from: 'order-service', kind: 'data' } },
          { dataOwnership: 'one-service-per-database' },
          { link: { from: { kind: 'gateway' }, to: 'order-service', kind: 'sync' } },
        ],
      },
    },
    {
      id: 'route-new-traffic',
      title: 'Route new traffic to it',
      instructions: [
        'Now tell the gateway where each path goes. Give it three **routes**:',
        '',
        '| Prefix | To | Share of traffic |',
        '| --- | --- | --- |',
        '| `/api/orders/v2` | order-service | 0.1 |',
        '| `/api/orders` | shop-monolith | 0.4 |',
        '| `/` | shop-monolith | (the rest) |',
        '',
        'Only the new v2 API reaches the new service; everything else still goes to the monolith.',
      ].join('\n'),
      hints: ['Routes are edited on the gateway in the inspector.', 'A route without a share gets what the others leave.'],
      check: {
        all: [
          { route: { prefix: '/api/orders/v2', to: 'order-service' } },
          { route: { to: 'shop-monolith' }, label: 'Everything else still goes to shop-monolith' },
        ],
      },
    },
    {
      id: 'move-the-orders-route',
      title: 'Migrate the orders traffic',
      instructions: [
        'The v2 API has run for a while without trouble. Move **`/api/orders`** to **order-service** — one edit — and run the simulation: the monolith should now carry at most 60% of the traffic, and nothing should fail.',
      ].join('\n'),
      check: {
        all: [
          { route: { prefix: '/api/orders', to: 'order-service' } },
          {
            simulation: {
              scenario: { name: 'steady traffic', durationMs: 10_000, seed: 8, load: [{ entry: 'web-app', ratePerSecond: 40 }] },
              expect: [
                { node: 'shop-monolith', share: { max: 0.6 } },
                { node: 'order-service', share: { min: 0.35 } },
                { entry: 'web-app', availability: { min: 0.99 } },
              ],
            },
          },
        ],
      },
    },
    {
      id: 'protect-the-new-call',
      title: 'Protect the new call',
      instructions: [
        'The gateway’s call to the monolith got a timeout and a breaker when the gateway was added; the call to the new service has neither. Give **gateway → order-service** a **timeout** and a **circuit breaker** before the next capability moves out.',
      ].join('\n'),
      check: { link: { from: { kind: 'gateway' }, to: 'order-service', has: ['timeout', 'breaker'] } },
    },
  ],
};
