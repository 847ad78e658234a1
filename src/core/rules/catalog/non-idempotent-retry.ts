import type { Finding, Rule } from '../types.ts';
import { markIdempotentFix, removeRetryFix } from '../fixes/resilience.ts';
import { POLICY } from '../call-policy.ts';
import { describeCall, forEachBackendCall } from './sync-calls.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const POLICY_NOT_IDEMPOTENT = POLICY.notIdempotent;

/** Retries on a call explicitly marked not idempotent (an unmarked call is not assumed either way). */
export const nonIdempotentRetry: Rule = {
  id: 'non-idempotent-retry',
  title: 'Retry on a non-idempotent call',
  defaultSeverity: 'error',
  explanation:
    'A call that is not idempotent is retried. When a response is lost rather than the request, the ' +
    'retry performs the operation a second time: a second payment, a second order, a second email. Only ' +
    'retry calls that are safe to repeat — make the operation idempotent with an idempotency key the ' +
    'callee remembers, or do not retry it.',
  pattern: { name: 'Retry with exponential backoff', catalogueSection: 'Resilience Patterns › Retry with Exponential Backoff' },
  quickFix: removeRetryFix,
  alternativeFixes: [markIdempotentFix],
  check(ctx) {
    const { emit } = ctx.use(nonIdempotentRetry);
    const findings: Finding[] = [];
    const { attempts } = ctx.policy;
    forEachBackendCall(ctx, (flags, l) => (flags & POLICY_NOT_IDEMPOTENT) !== 0 && attempts[l]! > 1, (link, from, to) => {
      if (!link.retry) return;
      findings.push(
        emit({
          message: `${describeCall(ctx, link, from, to)} with ${link.retry.attempts} attempts, but the call is not idempotent: a retry after a lost response does it twice.`,
          nodes: [ctx.nodeIds[from]!, ctx.nodeIds[to]!],
          links: [link.id],
        }),
      );
    });
    return findings;
  },
};
