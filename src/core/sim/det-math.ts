/**
 * `log` and `exp` from + − × ÷ only. ECMAScript lets each engine approximate Math.log/Math.exp its own
 * way (V8, SpiderMonkey and JavaScriptCore differ in the last bit), and one differing bit in one latency
 * draw changes every later event: the simulator's hash must be the same in any browser and in Node, so
 * it draws through these. Basic arithmetic and sqrt are exactly rounded everywhere.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Typed arrays use the platform's byte order; every platform JavaScript runs on today is little-endian.
const HI = 1;
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const SQRT1_2 = Math.SQRT1_2;

/** Natural logarithm of a finite x > 0 (relative error < 1e-15); 0 → -Infinity. */
export function dlog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  // x = m · 2^e with m in [1, 2), read from the IEEE-754 bits; subnormals are scaled up first.
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    e = -54;
  }
  f64[0] = x;
  const hi = u32[HI]!;
  e += ((hi >>> 20) & 0x7ff) - 1023;
  u32[HI] = (hi & 0x000fffff) | 0x3ff00000;
  let m = f64[0]!;
  // Centre m on 1 (m in [√½, √2)) so the series below converges fast.
  if (m > 2 * SQRT1_2) {
    m *= 0.5;
    e += 1;
  }
  // log(m) = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172: eleven odd terms reach double precision.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  const series =
    s2 *
    (1 / 3 +
      s2 * (1 / 5 + s2 * (1 / 7 + s2 * (1 / 9 + s2 * (1 / 11 + s2 * (1 / 13 + s2 * (1 / 15 + s2 * (1 / 17 + s2 * (1 / 19 + s2 * (1 / 21 + s2 / 23))))))))));
  const logM = 2 * s + 2 * s * series;
  return e * LN2_HI + (logM + e * LN2_LO);
}

/** e^x (relative error < 1e-15); overflows to Infinity, underflows to 0. */
export function dexp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  // x = (32k + j)·ln2/32 + r with |r| ≤ ln2/64: e^x = 2^k · 2^(j/32) · e^r, e^r by a short Taylor series.
  const n = Math.round(x * INV_LN2_32);
  const r = x - n * LN2_32_HI - n * LN2_32_LO;
  const j = n & 31;
  const k = (n - j) / 32;
  const er = 1 + r * (1 + r * (0.5 + r * (C3 + r * (C4 + r * (C5 + r * (C6 + r * C7))))));
  const v = er * EXP2_J32[j]!;
  return k === 0 ? v : scaleByPowerOfTwo(v, k);
}

// 1/n!, written out so no engine has to compute them.
const C3 = 1.6666666666666666e-1;
const C4 = 4.1666666666666664e-2;
const C5 = 8.3333333333333332e-3;
const C6 = 1.3888888888888889e-3;
const C7 = 1.9841269841269841e-4;
const INV_LN2_32 = 32 / Math.LN2;
// ln2/32 split so n · LN2_32_HI is exact for the n that occur.
const LN2_32_HI = LN2_HI / 32;
const LN2_32_LO = LN2_LO / 32;

/** 2^(j/32) for j in 0..31, from the slow but exact-enough series (|x| ≤ ln2). */
const EXP2_J32 = new Float64Array(32);
for (let j = 0; j < 32; j++) {
  const x = (j * LN2_HI + j * LN2_LO) / 32;
  let term = 1;
  let sum = 1;
  for (let m = 1; m <= 25; m++) {
    term = (term * x) / m;
    sum += term;
  }
  EXP2_J32[j] = sum;
}

/** 2^k for k in [-1022, 1023], by exact doubling and halving. */
const POW2 = new Float64Array(2046);
POW2[1022] = 1;
for (let k = 1; k <= 1023; k++) POW2[1022 + k] = POW2[1021 + k]! * 2;
for (let k = 1; k <= 1022; k++) POW2[1022 - k] = POW2[1023 - k]! / 2;

/** v · 2^k (in two steps when k is extreme, so subnormal and near-overflow results stay exact). */
function scaleByPowerOfTwo(v: number, k: number): number {
  if (k > -1000 && k < 1000) return v * POW2[1022 + k]!;
  const half = k >> 1;
  return v * POW2[1022 + half]! * POW2[1022 + k - half]!;
}
