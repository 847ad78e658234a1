import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY } from '../../model/index.ts';
import type { RetryPolicy } from '../../model/index.ts';
import { call, expectQuickFixClears, findingsOf, model, svc } from '../testing.ts';

const withRetry = (retry: RetryPolicy) => model({ nodes: [svc('a'), svc('b')], links: [call('a', 'b', { retry })] });

describe('retry-without-backoff', () => {
  it('flags retries with no backoff', () => {
    const [f] = findingsOf(withRetry({ attempts: 3, backoff: 'none' }), 'retry-without-backoff');
    expect(f!.message).toContain('a calls b with 3 attempts and no backoff');
  });

  it('does not flag a fixed backoff, or a single attempt', () => {
    expect(findingsOf(withRetry({ attempts: 3, backoff: 'fixed', minMs: 500 }), 'retry-without-backoff')).toEqual([]);
    expect(findingsOf(withRetry({ attempts: 1, backoff: 'none' }), 'retry-without-backoff')).toEqual([]);
  });

  it('quick fix switches to the catalogue’s exponential backoff and keeps the attempts', () => {
    const next = expectQuickFixClears(withRetry({ attempts: 4, backoff: 'none' }), 'retry-without-backoff');
    expect(next.links[0]).toMatchObject({ retry: { ...DEFAULT_RETRY, attempts: 4 } });
  });
});
