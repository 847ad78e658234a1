/** The resilience policies a sync link can carry, worded as the pattern catalogue words them. */
export type PolicyKey = 'timeout' | 'retry' | 'breaker' | 'bulkhead' | 'fallback';

export interface PolicyInfo {
  key: PolicyKey;
  title: string;
  /** One line under the section header. */
  hint: string;
}

export const POLICIES: readonly PolicyInfo[] = [
  { key: 'timeout', title: 'Timeout', hint: 'Assume the network will fail: never wait forever for an answer.' },
  { key: 'retry', title: 'Retry', hint: 'Retry transient failures, backing off between attempts.' },
  { key: 'breaker', title: 'Circuit breaker', hint: 'Fail fast when the callee is down; prevents cascades.' },
  { key: 'bulkhead', title: 'Bulkhead', hint: 'Isolate resources to limit the impact of failures.' },
  { key: 'fallback', title: 'Fallback', hint: 'What the caller answers with when the call fails.' },
];
