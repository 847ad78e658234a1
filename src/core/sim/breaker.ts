/**
 * The pattern catalogue's CircuitBreaker class (shared/seed/microservice-patterns.md), line for line, with
 * simulated time passed in instead of datetime.now(). Its quirks are kept on purpose, because a class is
 * taught with this code: failure_count is not reset when the breaker opens, so the first failure in
 * half-open reopens it; success_count survives a reopen; calls in flight when it opens still report, and
 * a late failure re-stamps opened_at.
 */
import type { CircuitBreakerPolicy } from '../model/types.ts';

export type BreakerState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  readonly failureThreshold: number;
  readonly recoveryTimeoutMs: number;
  readonly successThreshold: number;
  failureCount = 0;
  successCount = 0;
  state: BreakerState = 'closed';
  openedAt = 0;

  constructor(policy: CircuitBreakerPolicy) {
    this.failureThreshold = policy.failureThreshold;
    this.recoveryTimeoutMs = policy.recoveryTimeoutMs;
    this.successThreshold = policy.successThreshold;
  }

  /** The gate at the top of `call`: false means "raise CircuitBreakerOpen" (may move open → half-open). */
  allow(now: number): boolean {
    if (this.state === 'open') {
      if (now - this.openedAt > this.recoveryTimeoutMs) this.state = 'half-open';
      else return false;
    }
    return true;
  }

  /** `_on_success`. */
  onSuccess(): void {
    this.failureCount = 0;
    if (this.state === 'half-open') {
      this.successCount += 1;
      if (this.successCount >= this.successThreshold) {
        this.state = 'closed';
        this.successCount = 0;
      }
    }
  }

  /** `_on_failure`. */
  onFailure(now: number): void {
    this.failureCount += 1;
    if (this.failureCount >= this.failureThreshold) {
      this.state = 'open';
      this.openedAt = now;
    }
  }
}
