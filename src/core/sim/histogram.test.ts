import { describe, expect, it } from 'vitest';
import { BINS, binOf, binValue, quantilesInto, sortedQuantile } from './histogram.ts';

describe('latency histogram', () => {
  it('puts each value in a bin whose middle is within 3.2% of it', () => {
    for (let v = 0.001; v < 4e6; v *= 1.013) {
      const bin = binOf(v);
      expect(bin).toBeGreaterThanOrEqual(0);
      expect(bin).toBeLessThan(BINS);
      expect(Math.abs(binValue(bin) - v) / v).toBeLessThan(0.032);
    }
    expect(binOf(0)).toBe(0);
    expect(binOf(1e12)).toBe(BINS - 1);
  });

  it('bins are monotone in the value', () => {
    let last = 0;
    for (let v = 0.001; v < 4e6; v *= 1.001) {
      const bin = binOf(v);
      expect(bin).toBeGreaterThanOrEqual(last);
      last = bin;
    }
  });

  it('reads nearest-rank quantiles', () => {
    const bins = new Uint32Array(BINS);
    for (let i = 1; i <= 100; i++) bins[binOf(i)]!++;
    const out = new Float64Array(3);
    quantilesInto(bins, 100, [0.5, 0.95, 0.99], out);
    expect(out[0]! / 50).toBeCloseTo(1, 1);
    expect(out[1]! / 95).toBeCloseTo(1, 1);
    expect(out[2]! / 99).toBeCloseTo(1, 1);
    quantilesInto(bins, 0, [0.5], out);
    expect(out[0]).toBeNaN();
    const sorted = Float64Array.from([1, 2, 3, 4]);
    expect(sortedQuantile(sorted, 0, 4, 0.5)).toBe(2);
    expect(sortedQuantile(sorted, 0, 4, 0.99)).toBe(4);
    expect(sortedQuantile(sorted, 0, 0, 0.5)).toBeNaN();
  });
});
