/** Same model, scenario and seed → the same result and hash (issue 4 §5). */
import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce.ts';
import { defaultScenario } from './default-scenario.ts';
import { recommendedPolicies } from './recommended-policies.ts';
import { simulate } from './simulate.ts';
import type { Scenario } from './types.ts';

const shop = ecommerceTemplate.build();
const scenario: Scenario = {
  name: 'mixed faults',
  durationMs: 15_000,
  seed: 99,
  load: [{ entry: 'web-app', ratePerSecond: 40, steps: [{ atMs: 5_000, ratePerSecond: 120, rampMs: 2_000 }] }],
  faults: [
    { target: 'payment-service', kind: 'slow', fromMs: 2_000, toMs: 6_000, factor: 20 },
    { target: 'inventory-service', kind: 'erroring', fromMs: 4_000, toMs: 9_000, errorRate: 0.6 },
    { target: 'order-service-payment-service', kind: 'partition', fromMs: 8_000, toMs: 10_000 },
    { target: 'shipping-service', kind: 'hung', fromMs: 3_000, toMs: 7_000 },
  ],
};

describe('determinism', () => {
  const first = simulate(shop, scenario);

  it('gives the same result and hash on every run', () => {
    const again = simulate(structuredClone(shop), structuredClone(scenario));
    expect(again.hash).toBe(first.hash);
    expect(again).toEqual(first);
    expect(first.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(first.events).toBeGreaterThan(5_000);
  });

  it('gives another result for another seed', () => {
    expect(simulate(shop, { ...scenario, seed: 100 }).hash).not.toBe(first.hash);
  });

  it('does not depend on the bucket width for anything but the series', () => {
    const coarse = simulate(shop, scenario, { bucketMs: 5_000 });
    expect(coarse.bucketCount).toBe(3);
    expect(coarse.summary.entries).toEqual(first.summary.entries);
    expect(coarse.events).toBe(first.events);
  });

  it('feeds both variants of a comparison the same arrivals (one random stream per entry point)', () => {
    const hardened = simulate(recommendedPolicies(shop), scenario);
    expect(hardened.hash).not.toBe(first.hash);
    expect(hardened.entries.arrivals).toEqual(first.entries.arrivals);
  });

  it('follows load steps and ramps', () => {
    const arrivals = Array.from(first.entries.arrivals);
    const mean = (from: number, to: number) => arrivals.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    expect(mean(0, 5) / 40).toBeCloseTo(1, 0);
    expect(mean(7, 15) / 120).toBeCloseTo(1, 0);
    expect(arrivals[5]! + arrivals[6]!).toBeGreaterThan(2 * 40);
    expect(arrivals[5]! + arrivals[6]!).toBeLessThan(2 * 120);
  });

  it('reports progress up to 1 and can be cancelled', () => {
    const fractions: number[] = [];
    simulate(shop, defaultScenario(shop), { onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]!))).toBe(true);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(() => simulate(shop, scenario, { shouldCancel: () => true })).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });
});
