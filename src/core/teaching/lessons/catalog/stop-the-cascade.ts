/** Lesson 5: the cascade — payment hangs and takes the shop with it, until a timeout, a breaker and a fallback contain it. */
import { call, client, diagram, gateway, service } from '../../diagram.ts';
import type { Lesson } from '../schema.ts';

export const stopTheCascade: Lesson = {
  format: 'faultline-lesson',
  version: 1,
  id: 'stop-the-cascade',
  title: 'Stop the cascade',
  summary: 'Kill the payment service and watch the whole shop go down with it; then add a timeout, a circuit breaker and a fallback, and re-run until the shop stays up.',
  patterns: ['circuit-breaker', 'never-no-circuit-breakers', 'never-ignore-network-failures', 'synchronous-calls'],
  start: diagram(
    'Shop without breakers',
    [client('web-app', [0, 0]), gateway('api-gateway', [1, 0]), service('order-service', [2, 0]), service('payment-service', [3, 0])],
    [call('web-app', 'api-gateway'), call('api-gateway', 'order-service', { operation: 'POST /orders' }), call('order-service', 'payment-service', { operation: 'POST /payments' })],
    { description: 'Try it first: simulate with payment-service hung, and watch the gateway’s success ratio fall to zero.' },
  ),
  steps: [
    {
      id: 'add-a-timeout',
      title: 'Never wait forever',
      instructions: [
        'Open the simulator, make **payment-service hang** a few seconds in, and run. The order service keeps calling payment; every call waits for an answer that never comes, holding one of order-service’s slots. Soon all of them are taken, then the gateway’s — and requests for *everything* fail: a **cascade**.',
        '',
        'First rule of remote calls: assume the network will fail. Give **order-service → payment-service** a **timeout** (5 s is the catalogue’s default).',
      ].join('\n'),
      check: { link: { from: 'order-service', to: 'payment-service', has: ['timeout'] } },
    },
    {
      id: 'add-a-breaker',
      title: 'Fail fast',
      instructions: [
        'Re-run: the slots free up after 5 s, but every request still spends 5 s waiting on a service that is clearly down. Add a **circuit breaker** to the same call (5 failures to open, 30 s before trying again, 2 successes to close).',
        '',
        'Watch the timeline: the breaker opens after the first five timeouts, and from then on the calls fail at once.',
      ].join('\n'),
      hints: ['Select the link and apply the *Circuit breaker* pattern from the library, or use the finding’s quick fix.'],
      check: { link: { from: 'order-service', to: 'payment-service', has: ['breaker', 'timeout'] } },
    },
    {
      id: 'add-a-fallback',
      title: 'Degrade instead of failing',
      instructions: [
        'Failing fast keeps order-service alive, but every order still fails while payment is down. Decide what the shop does instead: give the call a **fallback** — for example *“accept the order, charge later”*.',
        '',
        'The check re-runs the simulation with payment hung from 5 s to the end: the web app’s success ratio must stay at **95%** or more (a degraded answer counts as an answer).',
      ].join('\n'),
      hints: ['The fallback is a field of the sync link in the inspector.'],
      check: {
        simulation: {
          scenario: {
            name: 'payment hangs',
            durationMs: 20_000,
            seed: 5,
            load: [{ entry: 'web-app', ratePerSecond: 20 }],
            faults: [{ target: 'payment-service', kind: 'hung', fromMs: 5_000, toMs: 20_000 }],
          },
          expect: [{ entry: 'web-app', availability: { min: 0.95 } }],
        },
        label: 'With payment-service hung from 5 s, web-app’s success ratio stays ≥ 95%',
      },
    },
  ],
};
