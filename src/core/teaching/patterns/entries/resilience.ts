/** Resilience patterns: circuit breaker, retry with backoff, bulkhead, health checks. */
import { DEFAULT_BULKHEAD, LARGE_BULKHEAD } from '../../../model/defaults.ts';
import type { PatternEntry } from '../types.ts';
import { call, client, diagram, gateway, resilientCall, service } from '../../diagram.ts';

export const circuitBreaker: PatternEntry = {
  id: 'circuit-breaker',
  title: 'Circuit breaker',
  kind: 'pattern',
  summary: 'Stop calling a dependency that keeps failing, fail fast for a while, then let a few trial calls through to see if it is back.',
  whatItIs: [
    'When a callee is down or hanging, every request that still calls it waits and ties up a thread, a connection and a slot in the caller — until the caller runs out and fails too. A **circuit breaker** sits on the call and has three states:',
    '',
    '- **closed** — calls go through; failures are counted. After **5** failures it opens.',
    '- **open** — calls fail at once without touching the callee, for **30 s**.',
    '- **half-open** — trial calls go through; **2** successes close it again, a failure opens it.',
    '',
    'Failing fast only helps if the caller has something to do instead: pair the breaker with a **timeout** (so a hung callee counts as failing) and a **fallback** (a cached or degraded answer). Faultline’s simulator implements these states; watch a breaker open in the timeline when you kill a service.',
  ].join('\n'),
  whenToUse: ['On every synchronous call between services.', 'On a gateway’s calls to its backends.'],
  whenNot: ['Instead of fixing a dependency that fails all the time.', 'Without a timeout: a hung callee never counts as a failure.'],
  diagram: diagram(
    'Breaker, timeout and fallback on payment',
    [client('web-app', [0, 0]), gateway('api-gateway', [1, 0]), service('order-service', [2, 0]), service('payment-service', [3, 0])],
    [
      call('web-app', 'api-gateway'),
      resilientCall('api-gateway', 'order-service'),
      resilientCall('order-service', 'payment-service', { operation: 'POST /payments', fallback: 'accept the order, charge later' }),
    ],
  ),
  rules: ['missing-circuit-breaker'],
  apply: 'add-breaker',
  catalogueSection: 'Resilience Patterns › Circuit Breaker',
  related: ['never-no-circuit-breakers', 'retry-with-backoff', 'bulkhead'],
  keywords: ['breaker', 'fail fast', 'cascade', 'fallback', 'half-open', 'open', 'closed', 'resilience4j', 'hystrix', 'timeout'],
};

export const retryWithBackoff: PatternEntry = {
  id: 'retry-with-backoff',
  title: 'Retry with exponential backoff',
  kind: 'pattern',
  summary: 'Retry transient failures a few times, waiting longer after each one — and only when repeating the call is safe.',
  whatItIs: [
    'Many failures are momentary: a dropped connection, a restarting instance. Trying again fixes them — if you do it carefully:',
    '',
    '- **few attempts**: 3 in total is plenty;',
    '- **growing waits**: exponential backoff, 2 s then 4 s, capped at 10 s, ideally with jitter so many clients do not retry in lockstep;',
    '- **only transient errors**: timeouts and server errors, not "invalid card";',
    '- **only idempotent calls**: a retried payment must not charge twice — give it an idempotency key;',
    '- **one layer**: if the gateway, the order service and the payment client all retry 3 times, one click becomes 27 payment calls.',
    '',
    'Faultline flags retries with no backoff (`retry-without-backoff`), retries on calls marked not idempotent (`non-idempotent-retry`) and nested retries that multiply (`retry-amplification`).',
  ].join('\n'),
  whenToUse: ['Idempotent calls that can fail transiently.', 'At one layer of a call path, usually the one closest to the failing service.'],
  whenNot: ['Non-idempotent operations without an idempotency key.', 'At every layer of a call path.', 'Against an overloaded service without backoff: it turns a slowdown into an outage.'],
  diagram: diagram(
    'One layer retries, with backoff',
    [service('order-service', [0, 0]), service('payment-service', [1, 0])],
    [resilientCall('order-service', 'payment-service', { operation: 'POST /payments', retry: { attempts: 3, backoff: 'exponential', minMs: 2_000, maxMs: 10_000, multiplier: 1, jitter: true } })],
  ),
  rules: ['retry-without-backoff', 'retry-amplification', 'non-idempotent-retry'],
  catalogueSection: 'Resilience Patterns › Retry with Exponential Backoff',
  related: ['synchronous-calls', 'circuit-breaker', 'never-ignore-network-failures'],
  keywords: ['retry', 'backoff', 'exponential', 'jitter', 'idempotent', 'idempotency key', 'transient', 'tenacity', 'retry storm'],
};

export const bulkhead: PatternEntry = {
  id: 'bulkhead',
  title: 'Bulkhead',
  kind: 'pattern',
  summary: 'Give each dependency its own limited pool of concurrent calls, so one slow dependency cannot use up the caller.',
  whatItIs: [
    'A ship’s bulkheads keep one flooded compartment from sinking it. In a service, a **bulkhead** caps how many calls to one dependency may be in flight at once — say **10** to payment and **20** to inventory. When payment slows down, at most 10 requests wait on it; the rest are refused at once and every other feature keeps its capacity.',
    '',
    'A bulkhead rejection says nothing about the callee’s health, so it is not retried and does not trip the breaker. Size it from the dependency’s normal concurrency (rate × latency) with some headroom.',
    '',
    'No rule flags a missing bulkhead — it is a tuning choice — but the simulator shows it working: compare a slow payment with and without one.',
  ].join('\n'),
  whenToUse: ['A service with several dependencies of very different reliability.', 'A dependency known to slow down under load.'],
  whenNot: ['As a substitute for timeouts: waiting calls still hold their slot until the timeout fires.'],
  diagram: diagram(
    'A pool per dependency',
    [service('order-service', [0, 1]), service('payment-service', [1, 0]), service('inventory-service', [1, 2])],
    [
      resilientCall('order-service', 'payment-service', { bulkhead: { ...DEFAULT_BULKHEAD } }),
      resilientCall('order-service', 'inventory-service', { bulkhead: { ...LARGE_BULKHEAD } }),
    ],
  ),
  rules: [],
  catalogueSection: 'Resilience Patterns › Bulkhead',
  related: ['circuit-breaker'],
  keywords: ['bulkhead', 'isolation', 'concurrency', 'semaphore', 'pool', 'max concurrent'],
};

export const healthChecks: PatternEntry = {
  id: 'health-checks',
  title: 'Health checks',
  kind: 'pattern',
  summary: 'Every service answers two questions for its orchestrator: am I alive (liveness), and can I serve traffic (readiness)?',
  whatItIs: [
    'Two probes, two different answers:',
    '',
    '- **liveness** (`/health/live`) — the process runs and is not stuck. When it fails, the orchestrator **restarts** the instance.',
    '- **readiness** (`/health/ready`) — the instance can serve: its database and cache answer. When it fails, the load balancer **stops sending traffic** to it until it recovers, without restarting it.',
    '',
    'Readiness only helps if there is another instance to send traffic to: run at least two replicas of anything many others depend on. Faultline flags services missing either probe (`missing-health-check`) and single-replica nodes with many dependents (`single-point-of-failure`).',
  ].join('\n'),
  whenToUse: ['Every service, from its first deployment.', 'Readiness checks that test the service’s own dependencies (database, cache).'],
  whenNot: ['Do not make liveness depend on other services: a database outage would restart every instance at once.'],
  diagram: diagram(
    'Probed and replicated',
    [gateway('api-gateway', [0, 0], { replicas: 2 }), service('order-service', [1, 0], { replicas: 2 }), service('payment-service', [2, 0], { replicas: 2 })],
    [resilientCall('api-gateway', 'order-service'), resilientCall('order-service', 'payment-service')],
  ),
  rules: ['missing-health-check', 'single-point-of-failure'],
  catalogueSection: 'Health Checks',
  related: ['circuit-breaker'],
  keywords: ['liveness', 'readiness', 'probe', 'kubernetes', 'restart', 'replicas', 'availability', 'health'],
};
