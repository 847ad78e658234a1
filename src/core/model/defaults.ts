/**
 * Default policy parameters, taken from the pattern catalogue's code samples
 * (shared/seed/microservice-patterns.md): CircuitBreaker(5, 30, 2), tenacity's
 * stop_after_attempt(3) + wait_exponential(multiplier=1, min=2, max=10), httpx timeout 5.0,
 * Bulkhead(10) for payment and (20) for inventory.
 */
import type { BulkheadPolicy, CircuitBreakerPolicy, RetryPolicy } from './types.ts';

export const DEFAULT_TIMEOUT_MS = 5_000;

export const DEFAULT_RETRY: Readonly<RetryPolicy> = Object.freeze({
  attempts: 3,
  backoff: 'exponential',
  minMs: 2_000,
  maxMs: 10_000,
  multiplier: 1,
});

export const DEFAULT_CIRCUIT_BREAKER: Readonly<CircuitBreakerPolicy> = Object.freeze({
  failureThreshold: 5,
  recoveryTimeoutMs: 30_000,
  successThreshold: 2,
});

export const DEFAULT_BULKHEAD: Readonly<BulkheadPolicy> = Object.freeze({ maxConcurrent: 10 });
/** The catalogue's second bulkhead size (inventory_bulkhead = Bulkhead(max_concurrent=20)). */
export const LARGE_BULKHEAD: Readonly<BulkheadPolicy> = Object.freeze({ maxConcurrent: 20 });

export const DEFAULT_FALLBACK = 'degraded response';

/** Runtime defaults for a new service: what the simulator assumes when the user said nothing. */
export const DEFAULT_SERVICE_RUNTIME = Object.freeze({
  replicas: 1,
  capacity: 50,
  latency: Object.freeze({ p50Ms: 20, p99Ms: 120 }),
  errorRate: 0,
});
