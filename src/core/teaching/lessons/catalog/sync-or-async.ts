/** Lesson 7: sync or async — put a broker between order and its followers and watch the queue absorb an outage. */
import { call, client, diagram, gateway, service } from '../../diagram.ts';
import type { Lesson } from '../schema.ts';

export const syncOrAsync: Lesson = {
  format: 'faultline-lesson',
  version: 1,
  id: 'sync-or-async',
  title: 'Sync or async?',
  summary: 'Placing an order waits for shipping and notifications synchronously. Decide which calls need an answer, publish events for the rest, and watch a queue absorb a shipping outage.',
  patterns: ['sync-vs-async', 'asynchronous-events', 'never-synchronous-chains'],
  start: diagram(
    'Orders wait for everyone',
    [
      client('web-app', [0, 1]),
      gateway('api-gateway', [1, 1]),
      service('order-service', [2, 1]),
      service('shipping-service', [3, 0]),
      { kind: 'external', id: 'carrier-api', name: 'carrier-api', position: { x: 1120, y: 0 } },
      service('notification-service', [3, 2]),
    ],
    [
      call('web-app', 'api-gateway'),
      call('api-gateway', 'order-service', { operation: 'POST /orders', timeoutMs: 5_000 }),
      call('order-service', 'shipping-service', { operation: 'POST /shipments' }),
      call('shipping-service', 'carrier-api', { operation: 'POST /bookings', timeoutMs: 5_000 }),
      call('order-service', 'notification-service', { operation: 'POST /emails' }),
    ],
    { description: 'An order is only confirmed once shipping has booked the carrier and the e-mail has gone out.' },
  ),
  steps: [
    {
      id: 'notify-by-event',
      title: 'Nobody waits for an e-mail',
      instructions: [
        'For each arrow out of order-service ask: *does the customer need this answer before the order is confirmed?*',
        '',
        'The confirmation e-mail certainly not. Turn **order-service → notification-service** into an event: order-service **publishes** to a broker, notification-service **subscribes**. Select the call and apply *Asynchronous events* from the pattern library.',
      ].join('\n'),
      check: {
        all: [
          { link: { from: 'order-service', to: 'notification-service', kind: 'sync', count: { max: 0 } }, label: 'order-service no longer calls notification-service synchronously' },
          { link: { from: { kind: 'broker' }, to: 'notification-service', kind: 'async' } },
        ],
      },
    },
    {
      id: 'absorb-the-outage',
      title: 'Let the queue absorb an outage',
      instructions: [
        'Simulate **shipping-service down** for ten seconds: every order fails with it, because order-service waits for shipping’s answer — which waits for the carrier’s (the **sync-chain** finding: gateway → order → shipping → carrier).',
        '',
        'Shipping can plan a shipment a few seconds later without anyone noticing. Turn **order-service → shipping-service** into an event too, and re-run: orders keep succeeding, messages **queue up** on the broker while shipping is down, and drain when it is back.',
      ].join('\n'),
      hints: ['Reuse the broker from the previous step: shipping subscribes to the same order events.'],
      check: {
        all: [
          { finding: { rule: 'sync-chain', expect: 'absent' } },
          {
            simulation: {
              scenario: {
                name: 'shipping outage',
                durationMs: 20_000,
                seed: 11,
                load: [{ entry: 'web-app', ratePerSecond: 20 }],
                faults: [{ target: 'shipping-service', kind: 'down', fromMs: 5_000, toMs: 15_000 }],
              },
              expect: [{ entry: 'web-app', availability: { min: 0.99 } }, { messages: { maxBacklog: { min: 1 }, pending: { max: 0 } } }],
            },
            label: 'With shipping-service down from 5 s to 15 s, web-app’s success ratio stays ≥ 99%, messages queue up, and the queue drains',
          },
        ],
      },
    },
  ],
};
