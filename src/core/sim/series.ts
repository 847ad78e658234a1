/** Read helpers over a SimResult's flat arrays, for charts and the canvas. */
import type { BreakerState } from './breaker.ts';
import { FAILURE_CAUSES } from './types.ts';
import type { ElementSeries, EntrySeries, FailureCause, SimResult } from './types.ts';

type Slice<T> = { [K in keyof T]: T[K] extends Uint32Array | Float32Array ? T[K] : T[K] extends Record<FailureCause, Uint32Array> ? Record<FailureCause, Uint32Array> : never };
export type OneElementSeries = Slice<Omit<ElementSeries, 'ids'>>;
export type OneEntrySeries = Slice<Omit<EntrySeries, 'ids'>>;

function slicer(bucketCount: number, index: number) {
  const from = index * bucketCount;
  return <A extends Uint32Array | Float32Array>(a: A): A => a.subarray(from, from + bucketCount) as A;
}

function failuresOf(failures: Record<FailureCause, Uint32Array>, cut: (a: Uint32Array) => Uint32Array): Record<FailureCause, Uint32Array> {
  const out = {} as Record<FailureCause, Uint32Array>;
  for (const cause of FAILURE_CAUSES) out[cause] = cut(failures[cause]);
  return out;
}

/** One node's or link's per-bucket series (views, not copies); undefined for an unknown id. */
export function seriesOf(result: SimResult, which: 'nodes' | 'links', id: string): OneElementSeries | undefined {
  const s = result[which];
  const index = s.ids.indexOf(id);
  if (index < 0) return undefined;
  const cut = slicer(result.bucketCount, index);
  return {
    arrivals: cut(s.arrivals),
    successes: cut(s.successes),
    degraded: cut(s.degraded),
    failures: failuresOf(s.failures, cut),
    p50: cut(s.p50),
    p95: cut(s.p95),
    p99: cut(s.p99),
    busy: cut(s.busy),
    queue: cut(s.queue),
  };
}

/** One entry point's per-bucket series (views); undefined for an id that took no load. */
export function entrySeriesOf(result: SimResult, id: string): OneEntrySeries | undefined {
  const s = result.entries;
  const index = s.ids.indexOf(id);
  if (index < 0) return undefined;
  const cut = slicer(result.bucketCount, index);
  return {
    arrivals: cut(s.arrivals),
    ok: cut(s.ok),
    degraded: cut(s.degraded),
    failures: failuresOf(s.failures, cut),
    stuck: cut(s.stuck),
    successRatio: cut(s.successRatio),
    p50: cut(s.p50),
    p95: cut(s.p95),
    p99: cut(s.p99),
  };
}

/** The state of a link's breaker at `atMs` (closed for a link without one). */
export function breakerStateAt(result: SimResult, linkId: string, atMs: number): BreakerState {
  let state: BreakerState = 'closed';
  for (const t of result.breakerTransitions) {
    if (t.atMs > atMs) break;
    if (t.link === linkId) state = t.to;
  }
  return state;
}

/** Failures of every cause added up, per bucket. */
export function totalFailures(failures: Record<FailureCause, Uint32Array>): Uint32Array {
  const first = failures[FAILURE_CAUSES[0]];
  const total = new Uint32Array(first.length);
  for (const cause of FAILURE_CAUSES) {
    const a = failures[cause];
    for (let i = 0; i < a.length; i++) total[i]! += a[i]!;
  }
  return total;
}
