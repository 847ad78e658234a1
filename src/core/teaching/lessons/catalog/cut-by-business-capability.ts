/** Lesson 2: decomposition by business capability — from technical layers to ordering, payments and inventory. */
import { call, client, data, database, diagram, service } from '../../diagram.ts';
import type { Lesson } from '../schema.ts';

export const cutByBusinessCapability: Lesson = {
  format: 'faultline-lesson',
  version: 1,
  id: 'cut-by-business-capability',
  title: 'Cut a monolith by business capability',
  summary: 'A system split into technical layers makes every feature touch every service. Redraw it around what the business does: ordering, payments, inventory.',
  patterns: ['decompose-by-business-capability', 'database-per-service', 'api-gateway', 'never-synchronous-chains'],
  start: diagram(
    'Layered shop',
    [
      client('web-app', [0, 0]),
      service('presentation-layer', [1, 0], { description: 'Pages and view models for every feature.' }),
      service('api-layer', [2, 0], { description: 'Controllers for every feature.' }),
      service('logic-layer', [3, 0], { description: 'Business rules for orders, payments and stock.' }),
      service('data-layer', [4, 0], { description: 'Repositories for every table.' }),
      database('shop-db', [5, 0]),
    ],
    [
      call('web-app', 'presentation-layer'),
      call('presentation-layer', 'api-layer', { timeoutMs: 5_000 }),
      call('api-layer', 'logic-layer', { timeoutMs: 5_000 }),
      call('logic-layer', 'data-layer', { timeoutMs: 5_000 }),
      data('data-layer', 'shop-db'),
    ],
    { description: 'Split into “services” by technical layer: adding a field to an order changes all four.' },
  ),
  steps: [
    {
      id: 'name-the-capabilities',
      title: 'Name the capabilities',
      instructions: [
        'Look at the diagram: a presentation layer, an API layer, a logic layer, a data layer. Adding a field to an order means changing, testing and releasing **all four**, and every request waits on a chain of synchronous calls (the **sync-chain** finding).',
        '',
        'Services should follow what the business does instead. Add three services: **order-service** (the order lifecycle), **payment-service** (payment processing) and **inventory-service** (stock management).',
      ].join('\n'),
      hints: ['Drag services from the palette and rename them; names are matched loosely, so “Order service” works too.'],
      check: {
        all: [
          { node: { name: 'order-service', kind: 'service' } },
          { node: { name: 'payment-service', kind: 'service' } },
          { node: { name: 'inventory-service', kind: 'service' } },
        ],
      },
    },
    {
      id: 'one-context-each',
      title: 'One bounded context each, with its own data',
      instructions: [
        'A capability owns its rules **and its data**. For each of the three services:',
        '',
        '1. add a database (`orders-db`, `payments-db`, `inventory-db`) and a data link from the service to it;',
        '2. draw a **bounded context** (a group) around the service and its database.',
        '',
        'No database may be used by two services.',
      ].join('\n'),
      hints: ['Select a service and its database, then “Group” them.', 'Three contexts with a service each are needed.'],
      check: {
        all: [
          { groups: { count: { min: 3 }, minServices: 1 } },
          { link: { from: 'order-service', kind: 'data' } },
          { link: { from: 'payment-service', kind: 'data' } },
          { link: { from: 'inventory-service', kind: 'data' } },
          { dataOwnership: 'one-service-per-database' },
        ],
      },
    },
    {
      id: 'retire-the-layers',
      title: 'Retire the layers',
      instructions: [
        'The layers have nothing left to do. Delete **presentation-layer**, **api-layer**, **logic-layer**, **data-layer** and the old **shop-db**, and put an **API gateway** between the web app and the three services: the web app calls the gateway, the gateway calls each service.',
        '',
        'Notice the sync-chain finding disappear: a request now crosses two hops, not four.',
      ].join('\n'),
      check: {
        all: [
          { node: { name: 'presentation-layer', count: { max: 0 } } },
          { node: { name: 'api-layer', count: { max: 0 } } },
          { node: { name: 'logic-layer', count: { max: 0 } } },
          { node: { name: 'data-layer', count: { max: 0 } } },
          { link: { from: 'web-app', to: { kind: 'gateway' }, kind: 'sync' } },
          { link: { from: { kind: 'gateway' }, to: 'order-service', kind: 'sync' } },
          { link: { from: { kind: 'gateway' }, to: 'payment-service', kind: 'sync' } },
          { link: { from: { kind: 'gateway' }, to: 'inventory-service', kind: 'sync' } },
          { finding: { rule: 'sync-chain', expect: 'absent' } },
        ],
      },
    },
    {
      id: 'protect-the-calls',
      title: 'Protect the gateway’s calls',
      instructions: [
        'Three services means three ways for a request to fail. Give every call from the gateway a **circuit breaker** and a **timeout**: select the three calls, open the pattern library’s *Circuit breaker* entry and use **Apply to selection**.',
      ].join('\n'),
      check: { link: { from: { kind: 'gateway' }, kind: 'sync', has: ['breaker', 'timeout'], every: true } },
    },
  ],
};
