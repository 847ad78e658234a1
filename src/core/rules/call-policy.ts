/**
 * The resilience settings of every sync call as typed columns, read from the link objects in one pass.
 * Five rules look at these fields; links have many object shapes, so reading them once and sharing the
 * columns is what keeps the whole analysis within a few bare graph passes.
 */
import type { Link } from '../model/index.ts';

export const POLICY = {
  breaker: 1,
  timeout: 2,
  retry: 4,
  /** A retry policy with backoff 'none'. */
  noBackoff: 8,
  /** Marked idempotent: false (unmarked is not assumed either way). */
  notIdempotent: 16,
} as const;

export interface CallPolicy {
  /** Per link index: POLICY bits (0 for links that are not sync calls). */
  readonly flags: Uint8Array;
  /** Per link index: retry attempts (1 without a retry). */
  readonly attempts: Uint8Array;
  /** Per link index: calls per request (1 by default, 0 for links that are not sync calls). */
  readonly calls: Float64Array;
}

/** Reads the policy columns of every sync link. */
export function readCallPolicy(links: readonly Link[]): CallPolicy {
  const m = links.length;
  const flags = new Uint8Array(m);
  const attempts = new Uint8Array(m).fill(1);
  const calls = new Float64Array(m);
  for (let l = 0; l < m; l++) {
    const link = links[l]!;
    if (link.kind !== 'sync') continue;
    let f = 0;
    if (link.circuitBreaker !== undefined) f |= POLICY.breaker;
    if (link.timeoutMs !== undefined) f |= POLICY.timeout;
    const retry = link.retry;
    if (retry !== undefined) {
      f |= POLICY.retry;
      if (retry.backoff === 'none') f |= POLICY.noBackoff;
      attempts[l] = retry.attempts;
    }
    if (link.idempotent === false) f |= POLICY.notIdempotent;
    flags[l] = f;
    calls[l] = link.callsPerRequest ?? 1;
  }
  return { flags, attempts, calls };
}
