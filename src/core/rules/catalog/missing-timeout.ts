import type { Finding, Rule } from '../types.ts';
import { addTimeoutFix } from '../fixes/resilience.ts';
import { POLICY } from '../call-policy.ts';
import { describeCall, forEachBackendCall } from './sync-calls.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const POLICY_RETRY = POLICY.retry;
const POLICY_TIMEOUT = POLICY.timeout;

/** "Ignoring network failures": a sync call with neither a timeout nor a retry. */
export const missingTimeout: Rule = {
  id: 'missing-timeout',
  title: 'No timeout',
  defaultSeverity: 'warning',
  explanation:
    'A synchronous call has no timeout and no retry, as if the network never failed. A lost packet or a ' +
    'hung callee then holds the caller’s request, connection and thread for as long as the operating ' +
    'system allows — often minutes. Give every remote call a timeout (the catalogue’s client uses 5 s) and ' +
    'decide what happens when it expires.',
  pattern: { name: 'Timeouts on synchronous calls', catalogueSection: 'Communication Patterns › Pattern 1: Synchronous (REST/gRPC)' },
  never: 'Ignoring Network Failures: Assume the network WILL fail',
  quickFix: addTimeoutFix,
  check(ctx) {
    const { emit } = ctx.use(missingTimeout);
    const findings: Finding[] = [];
    forEachBackendCall(ctx, (flags) => (flags & (POLICY_TIMEOUT | POLICY_RETRY)) === 0, (link, from, to) => {
      findings.push(
        emit({
          message: `${describeCall(ctx, link, from, to)} with no timeout and no retry: a lost or slow response blocks ${ctx.label(from)} indefinitely.`,
          nodes: [ctx.nodeIds[from]!, ctx.nodeIds[to]!],
          links: [link.id],
        }),
      );
    });
    return findings;
  },
};
