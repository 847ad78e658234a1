/**
 * The engine against queueing theory, not against itself (issue 4 §5): Little's law, the Erlang C
 * waiting time of an M/M/c queue, and the trivial case where nothing can go wrong.
 */
import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce.ts';
import { model, svc } from './__fixtures__/models.ts';
import { defaultScenario } from './default-scenario.ts';
import { simulate } from './simulate.ts';
import type { Scenario } from './types.ts';

/** P(wait) in an M/M/c queue with offered load a = λ/μ (Erlang's C formula). */
function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1; // k = 0
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const top = ((term * a) / c) * (c / (c - a));
  return top / (sum + top);
}

const steady = (entry: string, ratePerSecond: number, durationMs: number, seed = 1): Scenario => ({ name: 'steady', durationMs, seed, load: [{ entry, ratePerSecond }], faults: [] });

describe('the engine against queueing theory', () => {
  it("obeys Little's law, L = λW, within 5 %", () => {
    const m = model([svc('s', { capacity: 4, latency: { p50Ms: 8, p99Ms: 40 } })], []);
    const r = simulate(m, steady('s', 250, 120_000));
    const node = r.summary.nodes[0]!;
    const lambda = node.arrivals / 120_000; // per ms
    expect(node.meanInSystem).toBeGreaterThan(1); // a real queue, not an idle one
    expect(node.meanInSystem / (lambda * node.meanLatencyMs)).toBeGreaterThan(0.95);
    expect(node.meanInSystem / (lambda * node.meanLatencyMs)).toBeLessThan(1.05);
  });

  it('matches the Erlang C mean wait of an M/M/c queue within 10 %', () => {
    const c = 4;
    const p50 = 7; // exponential with median 7 ms: mean 7 / ln 2
    const meanService = p50 / Math.LN2;
    const lambda = 0.3; // per ms
    const a = lambda * meanService;
    const theory = erlangC(c, a) / (c / meanService - lambda);
    for (const seed of [1, 2]) {
      const m = model([svc('s', { capacity: c, latency: { p50Ms: p50, p99Ms: 50 } })], []);
      const r = simulate(m, steady('s', lambda * 1000, 600_000, seed), { latencyModel: 'exponential' });
      const node = r.summary.nodes[0]!;
      expect(node.failures).toBe(0);
      expect(node.meanQueueWaitMs / theory).toBeGreaterThan(0.9);
      expect(node.meanQueueWaitMs / theory).toBeLessThan(1.1);
      // Utilization is λ/(cμ) exactly in theory.
      expect(node.utilization / (a / c)).toBeCloseTo(1, 1);
    }
  });

  it('answers every request when nothing fails and capacity is ample (e-commerce, default load)', () => {
    const shop = ecommerceTemplate.build();
    const r = simulate(shop, defaultScenario(shop, { durationMs: 20_000 }));
    const entry = r.summary.entries[0]!;
    expect(entry.requests).toBeGreaterThan(900);
    expect(entry.ok).toBe(entry.requests);
    expect(entry.availability).toBe(1);
    expect(r.summary.nodes.every((n) => n.failures === 0 && n.unanswered === 0)).toBe(true);
    expect(r.summary.blastRadius).toEqual([]);
    expect(r.summary.messages.delivered).toBe(3 * r.summary.messages.published);
    expect(r.summary.messages.pending).toBe(0);
  });
});
