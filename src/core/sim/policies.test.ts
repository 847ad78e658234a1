/** Sync-call policies in the engine, counted exactly where theory allows it (issue 4 §1 and §5). */
import { describe, expect, it } from 'vitest';
import { call, indexOf, model, svc } from './__fixtures__/models.ts';
import { seriesOf } from './series.ts';
import { simulate } from './simulate.ts';
import type { FaultSpec, Scenario, SimResult } from './types.ts';

const scenario = (ratePerSecond: number, durationMs: number, faults: FaultSpec[] = [], entry = 'a'): Scenario => ({
  name: 'test',
  durationMs,
  seed: 11,
  load: [{ entry, ratePerSecond }],
  faults,
});
const node = (r: SimResult, id: string) => r.summary.nodes[indexOf(r.nodes.ids, id)]!;
const link = (r: SimResult, id: string) => r.summary.links[indexOf(r.links.ids, id)]!;
const maxOf = (a: ArrayLike<number>) => Math.max(...Array.from(a));

describe('circuit breaker', () => {
  const breaker = { failureThreshold: 5, recoveryTimeoutMs: 1000, successThreshold: 2 };
  const m = model([svc('a'), svc('b')], [call('a', 'b', { circuitBreaker: breaker })]);
  const r = simulate(m, scenario(50, 6000, [{ target: 'b', kind: 'down', fromMs: 0, toMs: 3000 }]));
  const t = r.breakerTransitions;

  it('lets exactly failureThreshold calls reach a dead callee, then opens', () => {
    expect(t[0]).toMatchObject({ link: 'a-b', from: 'closed', to: 'open' });
    const probesWhileDown = t.filter((x) => x.to === 'half-open' && x.atMs < 3000).length;
    // Every call that reached b while it was down was refused: the first five, then one probe per half-open.
    expect(node(r, 'b').failuresByCause.error).toBe(breaker.failureThreshold + probesWhileDown);
    expect(probesWhileDown).toBeGreaterThanOrEqual(1);
  });

  it('half-opens only after recoveryTimeoutMs, and a half-open failure reopens it at once', () => {
    for (let i = 1; i < t.length; i++) {
      const prev = t[i - 1]!;
      const cur = t[i]!;
      if (cur.to === 'half-open') {
        expect(prev.to).toBe('open');
        expect(cur.atMs - prev.atMs).toBeGreaterThan(breaker.recoveryTimeoutMs);
      }
      if (cur.from === 'half-open' && cur.atMs < 3000) {
        expect(cur.to).toBe('open');
        expect(cur.atMs).toBe(prev.atMs); // the probe was refused on the spot
      }
    }
  });

  it('closes after successThreshold successes once the callee is back', () => {
    const last = t[t.length - 1]!;
    expect(last).toMatchObject({ from: 'half-open', to: 'closed' });
    expect(last.atMs).toBeGreaterThan(3000);
    const s = seriesOf(r, 'links', 'a-b')!;
    // Between the half-open and the close exactly successThreshold calls succeeded (b answers in 10 ms, calls are sparse).
    const halfOpenAt = t[t.length - 2]!.atMs;
    expect(halfOpenAt).toBeGreaterThan(3000);
    expect(link(r, 'a-b').breakerOpenings).toBe(t.filter((x) => x.to === 'open').length);
    expect(link(r, 'a-b').failuresByCause['breaker-open']).toBeGreaterThan(50);
    expect(Array.from(s.failures['breaker-open']).slice(4).every((n) => n === 0)).toBe(true);
    expect(r.summary.entries[0]!.ok).toBeGreaterThan(0);
  });
});

describe('retry', () => {
  it('sends 1 + p + … + p^(n−1) calls per request to a callee failing with probability p', () => {
    const p = 0.3;
    const m = model([svc('a'), svc('b', { errorRate: p })], [call('a', 'b', { retry: { attempts: 3, backoff: 'none' } })]);
    const r = simulate(m, scenario(400, 20_000));
    const perRequest = node(r, 'b').arrivals / node(r, 'a').arrivals;
    expect(perRequest / (1 + p + p * p)).toBeGreaterThan(0.97);
    expect(perRequest / (1 + p + p * p)).toBeLessThan(1.03);
    expect(link(r, 'a-b').amplification).toBeCloseTo(perRequest, 10);
    expect(r.summary.retryAmplification).toBeCloseTo(perRequest, 10);
    // A request fails only when all three attempts do.
    expect(1 - r.summary.entries[0]!.availability).toBeCloseTo(p ** 3, 2);
  });

  it('multiplies when nested: 3 × 3 = 9 calls reach a dead leaf per request', () => {
    const retry = { attempts: 3, backoff: 'none' as const };
    const m = model([svc('a'), svc('b'), svc('c')], [call('a', 'b', { retry }), call('b', 'c', { retry })]);
    const r = simulate(m, scenario(50, 5000, [{ target: 'c', kind: 'down', fromMs: 0, toMs: 10_000 }]));
    expect(node(r, 'c').arrivals).toBe(9 * node(r, 'a').arrivals);
    expect(node(r, 'b').arrivals).toBe(3 * node(r, 'a').arrivals);
  });

  it('multiplies when nested with a flaky leaf: (1 + q + q²)(1 + p + p²), q = p³', () => {
    const p = 0.5;
    const q = p ** 3;
    const retry = { attempts: 3, backoff: 'none' as const };
    const m = model([svc('a'), svc('b'), svc('c', { errorRate: p })], [call('a', 'b', { retry }), call('b', 'c', { retry })]);
    const r = simulate(m, scenario(400, 20_000));
    const expected = (1 + q + q * q) * (1 + p + p * p);
    expect(node(r, 'c').arrivals / node(r, 'a').arrivals / expected).toBeGreaterThan(0.97);
    expect(node(r, 'c').arrivals / node(r, 'a').arrivals / expected).toBeLessThan(1.03);
  });

  it('waits the backoff between attempts', () => {
    const m = model([svc('a'), svc('b')], [call('a', 'b', { retry: { attempts: 3, backoff: 'fixed', minMs: 200 } })]);
    const r = simulate(m, scenario(20, 3000, [{ target: 'b', kind: 'down', fromMs: 0, toMs: 10_000 }]));
    // a: 10 ms, then three refused attempts 200 ms apart.
    expect(r.summary.nodes[0]!.failures).toBe(r.summary.nodes[0]!.arrivals);
    const lat = seriesOf(r, 'nodes', 'a')!;
    expect(lat.successes.every((n) => n === 0)).toBe(true);
    expect(r.summary.entries[0]!.failures.upstream).toBe(r.summary.entries[0]!.requests);
  });
});

describe('timeout, fallback and the hung callee', () => {
  it('without a timeout a hung callee holds the caller’s slots until the end, then the caller refuses', () => {
    const m = model([svc('a', { capacity: 5 }), svc('b')], [call('a', 'b')]);
    const r = simulate(m, scenario(50, 10_000, [{ target: 'b', kind: 'hung', fromMs: 0, toMs: 10_000 }]));
    const a = node(r, 'a');
    const entry = r.summary.entries[0]!;
    expect(entry.stuck).toBe(5 + 100); // five slots plus the queue behind them
    expect(entry.failures.capacity).toBe(entry.requests - entry.stuck);
    expect(a.maxQueue).toBe(100);
    const busy = seriesOf(r, 'nodes', 'a')!.busy;
    expect(busy[9]).toBe(5);
    expect(node(r, 'b').unanswered).toBe(5);
  });

  it('a timeout frees the caller; the failure is a timeout on the link and "upstream" at the caller', () => {
    const m = model([svc('a', { capacity: 5 }), svc('b')], [call('a', 'b', { timeoutMs: 100 })]);
    const r = simulate(m, scenario(20, 10_000, [{ target: 'b', kind: 'hung', fromMs: 0, toMs: 10_000 }]));
    const entry = r.summary.entries[0]!;
    expect(entry.stuck).toBe(0);
    expect(entry.failures.upstream).toBe(entry.requests);
    expect(link(r, 'a-b').failuresByCause.timeout).toBe(entry.requests);
    expect(entry.p50Ms).toBeNaN(); // nothing succeeded
    // Each request held a slot for a's own 10 ms plus the 100 ms timeout: 20/s × 0.11 s ≈ 2.2 busy slots.
    expect((node(r, 'a').utilization * 5) / 2.2).toBeCloseTo(1, 1);
  });

  it('a fallback turns the failure into a degraded answer', () => {
    const m = model([svc('a'), svc('b')], [call('a', 'b', { timeoutMs: 100, fallback: 'cached answer' })]);
    const r = simulate(m, scenario(20, 5000, [{ target: 'b', kind: 'hung', fromMs: 0, toMs: 10_000 }]));
    const entry = r.summary.entries[0]!;
    expect(entry.availability).toBe(1);
    expect(entry.degradedRatio).toBe(1);
    expect(entry.p50Ms).toBeCloseTo(110, 6);
    expect(link(r, 'a-b').fallbacks).toBe(entry.requests);
  });
});

describe('bulkhead, fan-out and routing', () => {
  it('a bulkhead rejects at once beyond maxConcurrent calls in flight', () => {
    const m = model([svc('a'), svc('b', { latency: { p50Ms: 100, p99Ms: 100 } })], [call('a', 'b', { bulkhead: { maxConcurrent: 2 } })]);
    const r = simulate(m, scenario(100, 5000));
    const l = link(r, 'a-b');
    expect(l.failuresByCause['bulkhead-full']).toBeGreaterThan(l.attempts / 2);
    expect(maxOf(seriesOf(r, 'links', 'a-b')!.busy)).toBeLessThanOrEqual(2);
    expect(maxOf(seriesOf(r, 'nodes', 'b')!.busy)).toBeLessThanOrEqual(2);
    expect(node(r, 'b').arrivals).toBe(l.successes);
  });

  it('makes callsPerRequest calls per request', () => {
    const m = model([svc('a'), svc('b')], [call('a', 'b', { callsPerRequest: 3 })]);
    const r = simulate(m, scenario(50, 2000));
    expect(node(r, 'b').arrivals).toBe(3 * node(r, 'a').arrivals);
  });

  it('calls one after another by default and all at once where the node says so', () => {
    const slow = { latency: { p50Ms: 50, p99Ms: 50 } };
    const sequential = model([svc('a'), svc('b', slow), svc('c', slow)], [call('a', 'b'), call('a', 'c')]);
    const parallel = model([svc('a', { parallelCalls: true }), svc('b', slow), svc('c', slow)], [call('a', 'b'), call('a', 'c')]);
    expect(simulate(sequential, scenario(10, 2000)).summary.entries[0]!.p50Ms).toBeCloseTo(110, 6);
    expect(simulate(parallel, scenario(10, 2000)).summary.entries[0]!.p50Ms).toBeCloseTo(60, 6);
  });

  it('an aggregator fails fast when one parallel call fails, and degrades instead with a fallback', () => {
    const nodes = [{ kind: 'gateway' as const, id: 'g', name: 'g', parallelCalls: true }, svc('b', { latency: { p50Ms: 200, p99Ms: 200 } }), svc('c')];
    const down = [{ target: 'c', kind: 'down' as const, fromMs: 0, toMs: 10_000 }];
    const strict = simulate(model(nodes, [call('g', 'b'), call('g', 'c')]), scenario(20, 2000, down, 'g'));
    expect(strict.summary.entries[0]!.failures.upstream).toBe(strict.summary.entries[0]!.requests);
    // It answered at once, without waiting the 200 ms for b (whose answer is then dropped).
    expect(seriesOf(strict, 'nodes', 'g')!.busy[1]).toBeLessThan(0.5);
    const lenient = simulate(model(nodes, [call('g', 'b'), call('g', 'c', { fallback: 'no recommendations' })]), scenario(20, 2000, down, 'g'));
    expect(lenient.summary.entries[0]!.degradedRatio).toBe(1);
    expect(lenient.summary.entries[0]!.p50Ms).toBeGreaterThan(200);
  });

  it('a gateway routes each request down one of its routes', () => {
    const m = model(
      [{ kind: 'gateway', id: 'g', name: 'g' }, svc('b'), svc('c')],
      [call('g', 'b'), call('g', 'c')],
    );
    const r = simulate(m, scenario(200, 5000, [], 'g'));
    const b = node(r, 'b').arrivals;
    const c = node(r, 'c').arrivals;
    expect(b + c).toBe(node(r, 'g').arrivals);
    expect(b / (b + c)).toBeCloseTo(0.5, 1);
  });
});

describe('faults', () => {
  it('slow multiplies the latency, erroring fails that share of requests, both only inside their window', () => {
    const m = model([svc('a')], []);
    const r = simulate(m, scenario(200, 4000, [
      { target: 'a', kind: 'slow', fromMs: 1000, toMs: 2000, factor: 5 },
      { target: 'a', kind: 'erroring', fromMs: 2000, toMs: 3000, errorRate: 0.4 },
    ]));
    const s = seriesOf(r, 'nodes', 'a')!;
    expect(s.p50[0]).toBeCloseTo(10, 0);
    expect(s.p50[1]! / 50).toBeGreaterThan(0.9);
    expect(s.failures.error[0]).toBe(0);
    expect(s.failures.error[2]! / s.arrivals[2]!).toBeCloseTo(0.4, 1);
    expect(s.failures.error[3]).toBe(0);
  });

  it('down refuses new and queued requests (connection refused), then recovers', () => {
    const m = model([svc('a', { capacity: 1, latency: { p50Ms: 20, p99Ms: 20 } })], []);
    const r = simulate(m, scenario(200, 3000, [{ target: 'a', kind: 'down', fromMs: 1000, toMs: 2000 }]));
    const s = seriesOf(r, 'nodes', 'a')!;
    // Overloaded (200/s into 50/s), its queue of 100 is full well before t = 1 s: the crash refuses all of
    // it, then every arrival until the restart.
    expect(s.failures.capacity[0]).toBeGreaterThan(0);
    expect(s.failures.error[1]! - s.arrivals[1]!).toBe(100);
    expect(s.successes[1]).toBeLessThanOrEqual(1); // the one request running at the crash finishes
    expect(s.successes[2]).toBeGreaterThan(0);
    expect(s.failures.error[2]).toBe(0);
  });

  it('a partition drops calls on the link: the callee sees nothing, the caller times out', () => {
    const m = model([svc('a'), svc('b')], [call('a', 'b', { timeoutMs: 50 })]);
    const r = simulate(m, scenario(100, 3000, [{ target: 'a-b', kind: 'partition', fromMs: 1000, toMs: 2000 }]));
    const b = seriesOf(r, 'nodes', 'b')!;
    expect(b.arrivals[1]).toBe(0);
    expect(seriesOf(r, 'links', 'a-b')!.failures.timeout[1]).toBeGreaterThan(50);
    expect(b.arrivals[2]).toBeGreaterThan(50);
  });
});
