/** Data patterns: each service owns its data, and a saga undoes a transaction that spans several of them. */
import type { PatternEntry } from '../types.ts';
import { data, database, diagram, resilientCall, service } from '../../diagram.ts';

export const databasePerService: PatternEntry = {
  id: 'database-per-service',
  title: 'Database per service',
  kind: 'pattern',
  summary: 'Each service owns its data store; others get the data through its API or its events, never its tables.',
  whatItIs: [
    'A service’s database is part of its implementation, like its private functions. Only the service reads and writes it, so it can change its schema — even its database engine — without asking anyone.',
    '',
    'Each service can also pick the store that fits: orders and payments in PostgreSQL, a product catalogue in MongoDB, analytics in ClickHouse.',
    '',
    'Other services that need the data **ask the owner** (its API) or **keep their own copy** fed by its events. What you give up is the cross-service join and the single transaction — the saga pattern handles the latter.',
  ].join('\n'),
  whenToUse: ['Always, once you have services.', 'When extracting a service from a monolith: move its tables with it.'],
  whenNot: ['Inside a monolith, where one database with clear module ownership of tables is fine.'],
  diagram: diagram(
    'Each service its own store',
    [
      service('order-service', [0, 0]),
      database('orders-db', [0, 1]),
      service('payment-service', [1, 0]),
      database('payments-db', [1, 1]),
      service('product-service', [2, 0]),
      database('products-db', [2, 1], { engine: 'mongodb' }),
      service('analytics-service', [3, 0]),
      database('analytics-db', [3, 1], { engine: 'clickhouse' }),
    ],
    [data('order-service', 'orders-db'), data('payment-service', 'payments-db'), data('product-service', 'products-db'), data('analytics-service', 'analytics-db')],
  ),
  rules: ['shared-database', 'cross-context-data-access'],
  catalogueSection: 'Data Patterns › Database Per Service',
  related: ['never-shared-databases', 'saga', 'asynchronous-events'],
  keywords: ['database', 'data ownership', 'schema', 'postgresql', 'mongodb', 'clickhouse', 'polyglot persistence'],
};

export const saga: PatternEntry = {
  id: 'saga',
  title: 'Saga (distributed transactions)',
  kind: 'pattern',
  summary: 'Run a business transaction across services as a sequence of local steps, each with a compensation that undoes it if a later step fails.',
  whatItIs: [
    'With a database per service there is no transaction spanning order, inventory and payment. A **saga** replaces it with an ordered list of local steps, each paired with a **compensating action**:',
    '',
    '| Step | Compensation |',
    '| --- | --- |',
    '| create order | cancel order |',
    '| reserve inventory | release inventory |',
    '| process payment | refund payment |',
    '| confirm order | cancel confirmation |',
    '',
    'An orchestrator runs the steps in order. When one fails it runs the compensations of the steps already done **in reverse order**, and keeps going if one of those fails (logging it), so the system ends consistent rather than half-done.',
    '',
    'In Faultline, a saga lists its steps and compensations; `missing-compensation` flags steps with no way back, and a service writing to several services with no saga at all.',
  ].join('\n'),
  whenToUse: ['An operation changes data in two or more services.', 'Checkout, booking, transfers: anything a failure must not leave half-done.'],
  whenNot: ['When the data can live in one service: a local transaction is simpler.', 'When a step truly cannot be undone (an email sent): put it last, or make it a reaction to the saga’s success.'],
  diagram: diagram(
    'Order fulfilment saga',
    [
      service('order-service', [0, 1]),
      database('orders-db', [0, 2]),
      service('inventory-service', [1, 0]),
      database('inventory-db', [2, 0]),
      service('payment-service', [1, 2]),
      database('payments-db', [2, 2]),
    ],
    [
      resilientCall('order-service', 'inventory-service', { operation: 'POST /reservations' }),
      resilientCall('order-service', 'payment-service', { operation: 'POST /payments' }),
      data('order-service', 'orders-db'),
      data('inventory-service', 'inventory-db'),
      data('payment-service', 'payments-db'),
    ],
    {
      sagas: [
        {
          id: 'order-fulfilment',
          name: 'Order fulfilment',
          orchestrator: 'order-service',
          steps: [
            { service: 'order-service', action: 'createOrder', compensation: 'cancelOrder' },
            { service: 'inventory-service', action: 'reserveInventory', compensation: 'releaseInventory' },
            { service: 'payment-service', action: 'processPayment', compensation: 'refundPayment' },
            { service: 'order-service', action: 'confirmOrder', compensation: 'cancelConfirmation' },
          ],
        },
      ],
    },
  ),
  rules: ['missing-compensation'],
  apply: 'wrap-in-saga',
  catalogueSection: 'Data Patterns › Saga Pattern (Distributed Transactions)',
  related: ['never-no-compensation', 'database-per-service'],
  keywords: ['transaction', 'compensation', 'rollback', 'undo', 'orchestrator', 'distributed transaction', 'consistency'],
};
