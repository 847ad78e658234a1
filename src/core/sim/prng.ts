/**
 * xoshiro128** (Blackman & Vigna), seeded through splitmix32: small, fast, 2^128 − 1 period, and plain
 * 32-bit integer arithmetic, so every engine produces the same stream. The simulator gives each entry
 * point, node and link its own stream (derived from the scenario seed and the element's id), so changing
 * one link's policy does not reshuffle the arrivals: compare mode sees the same traffic on both variants.
 */
import { dlog } from './det-math.ts';
import { zigguratNormal } from './ziggurat.ts';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // An all-zero state would be stuck at zero forever.
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** A uniform draw in [0, 1) with 32 bits of resolution. */
  next(): number {
    return (this.nextInt32() >>> 0) / 4294967296;
  }

  /** The next 32 random bits as a signed integer. */
  nextInt32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Exponential with the given mean (inverse transform; 1 − u keeps the log argument in (0, 1]). */
  exponential(mean: number): number {
    return -mean * dlog(1 - this.next());
  }

  /** A standard normal draw (ziggurat). */
  normal(): number {
    return zigguratNormal(this);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** FNV-1a of a string's UTF-16 units mixed with a seed: a stable per-element stream seed. */
export function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
