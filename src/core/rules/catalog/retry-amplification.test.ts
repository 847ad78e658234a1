import { describe, expect, it } from 'vitest';
import type { RetryPolicy } from '../../model/index.ts';
import { call, expectQuickFixClears, findingsOf, gateway, model, svc } from '../testing.ts';

const retry = (attempts: number): RetryPolicy => ({ attempts, backoff: 'exponential', minMs: 100, maxMs: 1000 });

const layered = (attempts: readonly number[]) => {
  const names = ['gateway', 'order', 'payment', 'bank'];
  return model({
    nodes: [gateway('gateway'), svc('order'), svc('payment'), svc('bank')],
    links: attempts.map((a, i) => call(names[i]!, names[i + 1]!, a > 1 ? { retry: retry(a) } : {})),
  });
};

describe('retry-amplification', () => {
  it('flags 3 × 3 × 3 = 27 and shows the path and the factor', () => {
    const [f, ...rest] = findingsOf(layered([3, 3, 3]), 'retry-amplification');
    expect(rest).toEqual([]);
    expect(f!.message).toContain('gateway → order → payment → bank: 3 × 3 × 3 = 27 calls to bank per request');
    expect(f!.nodes).toEqual(['gateway', 'order', 'payment', 'bank']);
    expect(f!.data).toMatchObject({ factor: 27, affected: ['bank'] });
  });

  it('does not flag a product of exactly 10', () => {
    expect(findingsOf(layered([2, 1, 5]), 'retry-amplification')).toEqual([]);
    expect(findingsOf(layered([2, 1, 6]), 'retry-amplification')).toHaveLength(1);
  });

  it('quick fix keeps only the innermost retry', () => {
    const next = expectQuickFixClears(layered([3, 3, 3]), 'retry-amplification');
    expect(next.links.map((l) => (l.kind === 'sync' ? (l.retry?.attempts ?? 1) : 0))).toEqual([1, 1, 3]);
  });
});
