/** Lesson 4: database per service — from one shared database to one per service, each in its own context. */
import type { ModelNode } from '../../../model/types.ts';
import { context, data, database, diagram, service } from '../../diagram.ts';
import type { Lesson } from '../schema.ts';

const nodes: ModelNode[] = [
  service('order-service', [0, 0], { group: 'ordering' }),
  database('shop-db', [0, 1.5], { group: 'ordering' }),
  service('payment-service', [1.2, 0], { group: 'payments' }),
  service('inventory-service', [2.4, 0], { group: 'inventory' }),
  service('reporting-service', [3.6, 0], { group: 'reporting' }),
];

export const ownDatabase: Lesson = {
  format: 'faultline-lesson',
  version: 1,
  id: 'own-database',
  title: 'Give each service its own database',
  summary: 'Four services share one database. Feed reporting with events, split the database so each service owns its data, and keep every store inside its own bounded context.',
  patterns: ['database-per-service', 'never-shared-databases', 'asynchronous-events'],
  start: diagram(
    'Shared shop database',
    nodes,
    [
      data('order-service', 'shop-db'),
      data('payment-service', 'shop-db'),
      data('inventory-service', 'shop-db'),
      data('reporting-service', 'shop-db', 'read'),
    ],
    {
      groups: ['ordering', 'payments', 'inventory', 'reporting'].map((g) => context(g, nodes)),
      description: 'The services were split; the database was not.',
    },
  ),
  steps: [
    {
      id: 'feed-reporting-with-events',
      title: 'Feed reporting with events',
      instructions: [
        'Four services use **shop-db**, so none can change a table without the others (the **shared-database** finding), and reporting reaches into the ordering context’s data (**cross-context-data-access**).',
        '',
        'Start with the reader. Reporting only needs to *know what happened*: let **order-service publish** its events to a **broker** and let **reporting-service subscribe**. Then remove reporting’s data link to shop-db.',
      ].join('\n'),
      hints: ['Add a broker; draw order-service → broker and broker → reporting-service (both become async links).'],
      check: {
        all: [
          { link: { from: 'reporting-service', kind: 'data', count: { max: 0 } }, label: 'Reporting reads no database directly' },
          { link: { from: { kind: 'broker' }, to: 'reporting-service', kind: 'async' } },
        ],
      },
    },
    {
      id: 'split-the-database',
      title: 'Split the database',
      instructions: [
        'Now give **payment-service** and **inventory-service** databases of their own (`payments-db`, `inventory-db`) and move their data links there. shop-db stays with **order-service** — rename it `orders-db` if you like.',
        '',
        'Their tables move with them; from now on the only way to another service’s data is its API or its events.',
      ].join('\n'),
      hints: ['The finding’s quick fix “Split into one database per service” does it in one click — try it by hand first.'],
      check: {
        all: [
          { finding: { rule: 'shared-database', expect: 'absent' } },
          { dataOwnership: 'every-service-owns-a-database' },
        ],
      },
    },
    {
      id: 'keep-data-in-its-context',
      title: 'Keep each store in its context',
      instructions: [
        'A database belongs to the bounded context of its service: the same team owns, changes and operates both. Move **payments-db** into the *payments* context and **inventory-db** into *inventory*.',
      ].join('\n'),
      check: {
        all: [
          { dataOwnership: 'same-context' },
          { finding: { rule: 'cross-context-data-access', expect: 'absent' } },
        ],
      },
    },
  ],
};
