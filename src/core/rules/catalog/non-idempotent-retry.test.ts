import { describe, expect, it } from 'vitest';
import { call, expectQuickFixClears, findingsOf, model, svc } from '../testing.ts';
import { quickFixesFor } from '../findings.ts';
import { analyze } from '../analyze.ts';

const m = (idempotent: boolean | undefined, attempts = 3) =>
  model({
    nodes: [svc('order'), svc('payment')],
    links: [call('order', 'payment', { operation: 'POST /payments', retry: { attempts, backoff: 'exponential' }, ...(idempotent === undefined ? {} : { idempotent }) })],
  });

describe('non-idempotent-retry', () => {
  it('flags retries on a call marked not idempotent', () => {
    const [f] = findingsOf(m(false), 'non-idempotent-retry');
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain('order calls payment (POST /payments) with 3 attempts, but the call is not idempotent');
  });

  it('does not flag an unmarked or idempotent call, or a single attempt', () => {
    expect(findingsOf(m(undefined), 'non-idempotent-retry')).toEqual([]);
    expect(findingsOf(m(true), 'non-idempotent-retry')).toEqual([]);
    expect(findingsOf(m(false, 1), 'non-idempotent-retry')).toEqual([]);
  });

  it('quick fix removes the retry and keeps a timeout', () => {
    const next = expectQuickFixClears(m(false), 'non-idempotent-retry');
    expect(next.links[0]).not.toHaveProperty('retry');
    expect(next.links[0]).toMatchObject({ timeoutMs: 5000 });
  });

  it('offers marking the call idempotent as the alternative', () => {
    const model = m(false);
    const finding = findingsOf(model, 'non-idempotent-retry')[0]!;
    const fixes = quickFixesFor(finding);
    expect(fixes.map((f) => f.label)).toEqual(['Remove the retry (keep a timeout)', 'Mark the call idempotent (you add an idempotency key)']);
    const next = fixes[1]!.apply(model, finding);
    expect(analyze(next).findings.filter((f) => f.rule === 'non-idempotent-retry')).toEqual([]);
  });
});
