import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY } from '../model/defaults.ts';
import { backoffMs, compileBackoff } from './backoff.ts';

describe('retry backoff (tenacity semantics)', () => {
  it('waits 2, 2, 4, 8, 10 s with the catalogue default wait_exponential(multiplier=1, min=2, max=10)', () => {
    const b = compileBackoff({ ...DEFAULT_RETRY, attempts: 6 });
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(b, n, 0))).toEqual([2000, 2000, 4000, 8000, 10000]);
  });

  it('scales with the multiplier (in seconds, as tenacity) and clamps to min and max', () => {
    const b = compileBackoff({ attempts: 5, backoff: 'exponential', minMs: 50, maxMs: 300, multiplier: 0.1 });
    expect([1, 2, 3, 4].map((n) => backoffMs(b, n, 0))).toEqual([100, 200, 300, 300]);
    const noBounds = compileBackoff({ attempts: 5, backoff: 'exponential' });
    expect([1, 2, 3].map((n) => backoffMs(noBounds, n, 0))).toEqual([1000, 2000, 4000]);
  });

  it('waits a fixed time, or none', () => {
    expect(backoffMs(compileBackoff({ attempts: 3, backoff: 'fixed', minMs: 250 }), 2, 0)).toBe(250);
    expect(backoffMs(compileBackoff({ attempts: 3, backoff: 'fixed' }), 1, 0)).toBe(1000);
    expect(backoffMs(compileBackoff({ attempts: 3, backoff: 'none', minMs: 250 }), 1, 0.5)).toBe(0);
  });

  it('jitters between the floor and the computed wait', () => {
    const b = compileBackoff({ attempts: 5, backoff: 'exponential', minMs: 100, maxMs: 10_000, multiplier: 1, jitter: true });
    expect(backoffMs(b, 3, 0)).toBe(100);
    expect(backoffMs(b, 3, 0.5)).toBe(100 + (4000 - 100) / 2);
    const fixed = compileBackoff({ attempts: 5, backoff: 'fixed', minMs: 400, jitter: true });
    expect(backoffMs(fixed, 1, 0.25)).toBe(100);
  });
});
