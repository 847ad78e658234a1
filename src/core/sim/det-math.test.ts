import { describe, expect, it } from 'vitest';
import { dexp, dlog } from './det-math.ts';

/** A small seeded generator so the sweep is the same every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

describe('deterministic log and exp', () => {
  it('match Math.log to about one part in 1e15 across the range', () => {
    const rnd = lcg(7);
    for (let i = 0; i < 20_000; i++) {
      const x = Math.pow(10, rnd() * 600 - 300) * (1 + rnd());
      expect(Math.abs(dlog(x) - Math.log(x))).toBeLessThanOrEqual(2e-15 * Math.max(1, Math.abs(Math.log(x))));
    }
    for (const x of [1, 2, 0.5, Math.E, 1e-320, Number.MAX_VALUE, 1 - 1e-16]) expect(dlog(x)).toBeCloseTo(Math.log(x), 12);
    expect(dlog(1)).toBe(0);
    expect(dlog(0)).toBe(-Infinity);
    expect(dlog(-1)).toBeNaN();
  });

  it('match Math.exp to about one part in 1e15 across the range', () => {
    const rnd = lcg(11);
    for (let i = 0; i < 20_000; i++) {
      const x = rnd() * 1400 - 700;
      expect(Math.abs(dexp(x) - Math.exp(x)) / Math.exp(x)).toBeLessThanOrEqual(4e-15);
    }
    expect(dexp(0)).toBe(1);
    expect(dexp(1000)).toBe(Infinity);
    expect(dexp(-1000)).toBe(0);
    expect(dexp(-740) / Math.exp(-740)).toBeCloseTo(1, 6);
  });
});
