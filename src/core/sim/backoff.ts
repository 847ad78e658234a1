/**
 * Waits between attempts, as the catalogue's tenacity decorators compute them. wait_exponential:
 * multiplier × 2^(n−1) seconds before retry n, clamped to [minMs, maxMs] — with the defaults
 * (multiplier 1, min 2 s, max 10 s) that is 2, 2, 4, 8, 10 s. Jitter draws uniformly between minMs and
 * that wait ("full jitter" above the floor; a fixed wait jitters over [0, wait]), so synchronized
 * clients spread out.
 */
import type { RetryPolicy } from '../model/types.ts';

/** A retry policy reduced to the numbers the engine needs on every failure. */
export interface Backoff {
  kind: 0 | 1 | 2; // none, fixed, exponential
  minMs: number;
  maxMs: number;
  multiplierMs: number;
  jitter: boolean;
}

/** Compiles a link's retry policy once. */
export function compileBackoff(retry: RetryPolicy): Backoff {
  const minMs = retry.minMs ?? 0;
  return {
    kind: retry.backoff === 'none' ? 0 : retry.backoff === 'fixed' ? 1 : 2,
    minMs,
    maxMs: retry.maxMs ?? Infinity,
    multiplierMs: (retry.multiplier ?? 1) * 1000,
    jitter: retry.jitter === true,
  };
}

/** The wait before retry number `n` (1 = the first retry); `uniform` is a draw in [0, 1) used for jitter. */
export function backoffMs(b: Backoff, n: number, uniform: number): number {
  let wait: number;
  if (b.kind === 0) return 0;
  if (b.kind === 1) {
    // wait_fixed: minMs, or maxMs when only that was given, or one second.
    wait = b.minMs > 0 ? b.minMs : b.maxMs !== Infinity ? b.maxMs : 1000;
  } else {
    // 2^(n−1) by doubling, not Math.pow, whose rounding is engine-defined.
    let power = 1;
    for (let i = 1; i < n; i++) power *= 2;
    wait = Math.max(b.minMs, Math.min(b.multiplierMs * power, b.maxMs));
  }
  // A fixed wait jitters over [0, wait]; an exponential one keeps its floor.
  const floor = b.kind === 1 ? 0 : b.minMs;
  return b.jitter ? floor + (wait - floor) * uniform : wait;
}
