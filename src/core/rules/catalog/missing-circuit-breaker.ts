import type { Finding, Rule } from '../types.ts';
import { addBreakerFix } from '../fixes/resilience.ts';
import { POLICY } from '../call-policy.ts';
import { describeCall, forEachBackendCall } from './sync-calls.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const POLICY_BREAKER = POLICY.breaker;

/** A sync call between backend nodes with no circuit breaker. */
export const missingCircuitBreaker: Rule = {
  id: 'missing-circuit-breaker',
  title: 'No circuit breaker',
  defaultSeverity: 'warning',
  explanation:
    'A synchronous call has no circuit breaker. When the callee is down or slow, every request still ' +
    'waits for it, threads and connections pile up in the caller, and the failure cascades upstream. A ' +
    'breaker fails fast after repeated failures (the catalogue uses 5 failures, 30 s recovery, 2 successes ' +
    'to close) so the caller can degrade instead of going down with it.',
  pattern: { name: 'Circuit breaker', catalogueSection: 'Resilience Patterns › Circuit Breaker' },
  never: 'No Circuit Breakers: One service down takes everything down',
  quickFix: addBreakerFix,
  check(ctx) {
    const { emit } = ctx.use(missingCircuitBreaker);
    const findings: Finding[] = [];
    forEachBackendCall(ctx, (flags) => (flags & POLICY_BREAKER) === 0, (link, from, to) => {
      findings.push(
        emit({
          message: `${describeCall(ctx, link, from, to)} without a circuit breaker: if ${ctx.label(to)} fails, ${ctx.label(from)} keeps waiting on it and fails too.`,
          nodes: [ctx.nodeIds[from]!, ctx.nodeIds[to]!],
          links: [link.id],
        }),
      );
    });
    return findings;
  },
};
