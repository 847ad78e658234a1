import type { Finding, Rule } from '../types.ts';
import { addBackoffFix } from '../fixes/resilience.ts';
import { POLICY } from '../call-policy.ts';
import { describeCall, forEachBackendCall } from './sync-calls.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const POLICY_NO_BACKOFF = POLICY.noBackoff;

/** A retry policy with more than one attempt and no backoff between them. */
export const retryWithoutBackoff: Rule = {
  id: 'retry-without-backoff',
  title: 'Retry without backoff',
  defaultSeverity: 'warning',
  explanation:
    'A call retries immediately, with no wait between attempts. When the callee is overloaded the ' +
    'retries arrive at once, on top of the traffic that overloaded it, and every caller does the same at ' +
    'the same moment. Wait longer after each failure (the catalogue uses exponential backoff from 2 s to ' +
    '10 s), ideally with jitter.',
  pattern: { name: 'Retry with exponential backoff', catalogueSection: 'Resilience Patterns › Retry with Exponential Backoff' },
  quickFix: addBackoffFix,
  check(ctx) {
    const { emit } = ctx.use(retryWithoutBackoff);
    const findings: Finding[] = [];
    const { attempts } = ctx.policy;
    forEachBackendCall(ctx, (flags, l) => (flags & POLICY_NO_BACKOFF) !== 0 && attempts[l]! > 1, (link, from, to) => {
      if (!link.retry) return;
      findings.push(
        emit({
          message: `${describeCall(ctx, link, from, to)} with ${link.retry.attempts} attempts and no backoff: retries hit ${ctx.label(to)} at once, just when it is struggling.`,
          nodes: [ctx.nodeIds[from]!, ctx.nodeIds[to]!],
          links: [link.id],
        }),
      );
    });
    return findings;
  },
};
