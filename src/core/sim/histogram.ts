/**
 * Latency histograms with bins of 1/16 octave (3–6 % wide) from 2^-10 ms to 2^22 ms (70 minutes), so a
 * percentile read from one is within 3 % of the exact value. The bin is the value's binary exponent and
 * its next four bits, found with clz32 and exact power-of-two scaling — no logarithm, so the bins are
 * the same in every engine.
 */
const MIN_EXP = -10;
const MAX_EXP = 22;
const SUB = 16;

/** Number of bins per histogram: bin 0 holds values below 2^-10 ms (zero, in practice). */
export const BINS = (MAX_EXP - MIN_EXP) * SUB + 1;

/** 2^-e for e in 0..31. */
const INV_POW2 = new Float64Array(32);
INV_POW2[0] = 1;
for (let e = 1; e < 32; e++) INV_POW2[e] = INV_POW2[e - 1]! / 2;

/** The bin of a latency in ms (values below 2^-10 in bin 0, from 2^22 on in the last bin). */
export function binOf(ms: number): number {
  const y = ms * 1024; // 2^-MIN_EXP: scales the range to [1, 2^32)
  if (!(y >= 1)) return 0;
  if (y >= 4294967296) return BINS - 1;
  const e = 31 - Math.clz32(y >>> 0);
  return 1 + (e << 4) + (((y * INV_POW2[e]! - 1) * SUB) | 0);
}

/** The middle of a bin, in ms (0 for bin 0): what a percentile falling in it reports. */
export function binValue(bin: number): number {
  if (bin === 0) return 0;
  const e = ((bin - 1) >> 4) + MIN_EXP;
  const m = (bin - 1) & 0xf;
  let scale = 1;
  for (let i = 0; i < Math.abs(e); i++) scale *= 2;
  if (e < 0) scale = 1 / scale;
  return scale * (1 + (m + 0.5) / SUB);
}

/** The values at quantiles `qs` (ascending; nearest rank) of a histogram holding `total` values, into `out`; NaN when empty. */
export function quantilesInto(bins: Uint32Array, total: number, qs: readonly number[], out: Float64Array): void {
  if (total === 0) {
    out.fill(NaN, 0, qs.length);
    return;
  }
  let bin = 0;
  let seen = 0;
  for (let i = 0; i < qs.length; i++) {
    const rank = Math.max(1, Math.ceil(qs[i]! * total));
    while (seen + bins[bin]! < rank) seen += bins[bin++]!;
    out[i] = binValue(bin);
  }
}

/** Exact nearest-rank quantiles of a sorted sample; NaN when empty. */
export function sortedQuantile(sorted: ArrayLike<number>, from: number, to: number, q: number): number {
  const n = to - from;
  if (n <= 0) return NaN;
  return sorted[from + Math.max(0, Math.ceil(q * n) - 1)]!;
}
