import { describe, expect, it } from 'vitest';
import { deriveSeed, Rng } from './prng.ts';

describe('Rng (xoshiro128**)', () => {
  it('is a fixed stream for a seed, different for another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    // A golden value: any change to the generator or its seeding changes every saved result's hash.
    expect(new Rng(1).nextInt32()).toMatchInlineSnapshot(`-1852823138`);
  });

  it('draws uniforms in [0, 1) with the right mean and variance', () => {
    const rng = new Rng(7);
    let sum = 0;
    let sq = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      sq += u * u;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
  });

  it('draws standard normals: mean 0, variance 1, and the right tails', () => {
    const rng = new Rng(3);
    const n = 400_000;
    let sum = 0;
    let sq = 0;
    let above99 = 0;
    let above3 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      sq += z * z;
      if (z > 2.3263478740408408) above99++;
      if (Math.abs(z) > 3) above3++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(sq / n).toBeCloseTo(1, 1);
    expect(above99 / n).toBeCloseTo(0.01, 3);
    expect(above3 / n / 0.0026998).toBeGreaterThan(0.85);
    expect(above3 / n / 0.0026998).toBeLessThan(1.15);
  });

  it('draws exponentials with the given mean', () => {
    const rng = new Rng(5);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += rng.exponential(20);
    expect(sum / 100_000 / 20).toBeCloseTo(1, 1);
  });

  it('derives distinct, stable stream seeds per element', () => {
    expect(deriveSeed(1, 'node:a')).toBe(deriveSeed(1, 'node:a'));
    expect(deriveSeed(1, 'node:a')).not.toBe(deriveSeed(1, 'node:b'));
    expect(deriveSeed(1, 'node:a')).not.toBe(deriveSeed(2, 'node:a'));
  });
});
