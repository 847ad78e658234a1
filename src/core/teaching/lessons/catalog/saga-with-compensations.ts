/** Lesson 6: the saga — checkout writes to three services; give it steps, compensations and safe retries. */
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from '../../../model/defaults.ts';
import { call, client, data, database, diagram, gateway, service } from '../../diagram.ts';
import type { Lesson } from '../schema.ts';

export const sagaWithCompensations: Lesson = {
  format: 'faultline-lesson',
  version: 1,
  id: 'saga-with-compensations',
  title: 'A saga with compensations',
  summary: 'Checkout creates an order, reserves stock and takes a payment in three services. Turn it into a saga whose finished steps can be undone, and make its retries safe.',
  patterns: ['saga', 'never-no-compensation', 'retry-with-backoff'],
  start: diagram(
    'Checkout without a way back',
    [
      client('web-app', [0, 1]),
      gateway('api-gateway', [1, 1]),
      service('checkout-service', [2, 1]),
      service('order-service', [3, 0]),
      database('orders-db', [4, 0]),
      service('inventory-service', [3, 1]),
      database('inventory-db', [4, 1]),
      service('payment-service', [3, 2]),
      database('payments-db', [4, 2]),
    ],
    [
      call('web-app', 'api-gateway'),
      call('api-gateway', 'checkout-service', { timeoutMs: DEFAULT_TIMEOUT_MS }),
      call('checkout-service', 'order-service', { operation: 'POST /orders', timeoutMs: DEFAULT_TIMEOUT_MS }),
      call('checkout-service', 'inventory-service', { operation: 'POST /reservations', timeoutMs: DEFAULT_TIMEOUT_MS }),
      call('checkout-service', 'payment-service', { operation: 'POST /payments', retry: { ...DEFAULT_RETRY }, idempotent: false }),
      data('order-service', 'orders-db'),
      data('inventory-service', 'inventory-db'),
      data('payment-service', 'payments-db'),
    ],
    { description: 'If the payment fails, the order exists and the stock stays reserved — forever.' },
  ),
  steps: [
    {
      id: 'draw-the-saga',
      title: 'Draw the saga',
      instructions: [
        'Checkout changes data in three services, one after another, with no transaction around them (the **missing-compensation** finding). If the payment fails, the order and the reservation stay behind.',
        '',
        'Make it a **saga** run by **checkout-service** with one step per service, in order: `createOrder` (order-service), `reserveInventory` (inventory-service), `processPayment` (payment-service).',
      ].join('\n'),
      hints: ['Add a saga in the Sagas panel; or select the four services and apply the *Saga* pattern from the library (it fills compensation placeholders too).'],
      check: { saga: { orchestrator: 'checkout-service', services: ['order-service', 'inventory-service', 'payment-service'], steps: { min: 3 } } },
    },
    {
      id: 'add-compensations',
      title: 'Give every step a way back',
      instructions: [
        'A saga step that cannot be undone is a trap. Give each step but the last a **compensation** — `cancelOrder` for `createOrder`, `releaseInventory` for `reserveInventory`. When the payment fails, the orchestrator runs them in reverse: release the stock, then cancel the order.',
        '',
        'Why not the last step? If it fails there is nothing after it to undo it for.',
      ].join('\n'),
      check: {
        all: [
          { saga: { orchestrator: 'checkout-service', compensated: true } },
          { finding: { rule: 'missing-compensation', expect: 'absent' } },
        ],
      },
    },
    {
      id: 'make-retries-safe',
      title: 'Make the payment retry safe',
      instructions: [
        'The call to payment retries three times — but it is marked **not idempotent** (the **non-idempotent-retry** finding): if a reply is lost, the retry charges the card twice, and no compensation notices.',
        '',
        'Make the call **idempotent** (checkout sends an idempotency key payment remembers) and give it a **timeout**, keeping the retry with its exponential backoff.',
      ].join('\n'),
      check: {
        all: [
          { link: { from: 'checkout-service', to: 'payment-service', has: ['timeout', 'retry', 'backoff', 'idempotent'] } },
          { finding: { rule: 'non-idempotent-retry', expect: 'absent' } },
        ],
      },
    },
  ],
};
