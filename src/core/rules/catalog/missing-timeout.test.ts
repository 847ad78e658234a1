import { describe, expect, it } from 'vitest';
import { DEFAULT_CIRCUIT_BREAKER } from '../../model/index.ts';
import { bareCall, expectQuickFixClears, findingsOf, model, svc } from '../testing.ts';

describe('missing-timeout', () => {
  const m = model({ nodes: [svc('a'), svc('b')], links: [{ ...bareCall('a', 'b'), circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER } }] });

  it('flags a sync call with neither timeout nor retry', () => {
    const [f] = findingsOf(m, 'missing-timeout');
    expect(f!.message).toContain('a calls b with no timeout and no retry');
    expect(f!.links).toEqual(['a->b']);
  });

  it('does not flag a call with a timeout, or one with a retry', () => {
    const timed = model({ nodes: [svc('a'), svc('b')], links: [{ ...bareCall('a', 'b'), timeoutMs: 1 }] });
    const retried = model({ nodes: [svc('a'), svc('b')], links: [{ ...bareCall('a', 'b'), retry: { attempts: 2, backoff: 'exponential' } }] });
    expect(findingsOf(timed, 'missing-timeout')).toEqual([]);
    expect(findingsOf(retried, 'missing-timeout')).toEqual([]);
  });

  it('quick fix adds the 5 s timeout', () => {
    const next = expectQuickFixClears(m, 'missing-timeout');
    expect(next.links[0]).toMatchObject({ timeoutMs: 5000 });
  });
});
