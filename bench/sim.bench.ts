/**
 * The failure simulator: simulated events per second against a bare binary-heap event loop measured in
 * the same run (aim: at least 0.3× of its rate, i.e. engine ÷ bare time for as many events ≤ 3.33×), and
 * 60 simulated seconds at 1,000 requests/s on a 50-service model (aim: under 500 ms).
 *
 * The engine counts every event it handles, including a job resuming at the same instant after a call
 * answered (a heap event in a textbook simulator, a direct call here). So it is also compared on heap
 * events alone: the bare loop then does as many heap operations as the engine did, with no model at all.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_CIRCUIT_BREAKER, FORMAT, SCHEMA_VERSION } from '../src/core/model/index.ts';
import type { Link, Model, ModelNode } from '../src/core/model/index.ts';
import { simulate } from '../src/core/sim/index.ts';
import type { Scenario } from '../src/core/sim/index.ts';
import { EventQueue } from '../src/core/sim/event-queue.ts';
import { Rng } from '../src/core/sim/prng.ts';
import type { BenchResult } from './run.ts';

/**
 * 50 services in five layers of ten behind one gateway, answering in 10 ms at the median (60 ms p99).
 * Each service calls the one below it in the next layer, and the middle layer's even services also call
 * a neighbour's; every other service owns a database; the first layer publishes an event that two
 * last-layer services consume. Timeouts and breakers on every call, retries on a fifth: a request
 * touches about six services, three databases, the broker and two subscribers.
 */
export function fiftyServices(): Model {
  const nodes: ModelNode[] = [
    { kind: 'client', id: 'web', name: 'web' },
    { kind: 'gateway', id: 'gw', name: 'gateway', replicas: 4 },
    { kind: 'broker', id: 'events', name: 'events' },
  ];
  const links: Link[] = [{ kind: 'sync', id: 'web-gw', from: 'web', to: 'gw' }];
  const call = (from: string, to: string, extra: Partial<Extract<Link, { kind: 'sync' }>> = {}): void => {
    links.push({ kind: 'sync', id: `${from}-${to}`, from, to, timeoutMs: 2000, circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER }, ...extra });
  };
  for (let layer = 0; layer < 5; layer++) {
    for (let i = 0; i < 10; i++) {
      const id = `s${layer * 10 + i}`;
      nodes.push({ kind: 'service', id, name: id, replicas: 2, latency: { p50Ms: 10, p99Ms: 60 } });
      if (i % 2 === 0) {
        nodes.push({ kind: 'database', id: `${id}-db`, name: `${id}-db` });
        links.push({ kind: 'data', id: `${id}-db`, from: id, to: `${id}-db` });
      }
      if (layer === 0) call('gw', id);
      if (layer < 4) {
        call(id, `s${(layer + 1) * 10 + i}`, i % 5 === 0 ? { retry: { attempts: 3, backoff: 'exponential', minMs: 50, maxMs: 500, multiplier: 0.05 } } : {});
        if (layer === 2 && i % 2 === 0) call(id, `s${(layer + 1) * 10 + ((i + 1) % 10)}`);
      }
    }
  }
  for (let i = 0; i < 10; i++) links.push({ kind: 'async', id: `s${i}-events`, from: `s${i}`, to: 'events', event: 'Thing' });
  links.push({ kind: 'async', id: 'events-s45', from: 'events', to: 's45', event: 'Thing' });
  links.push({ kind: 'async', id: 'events-s48', from: 'events', to: 's48', event: 'Thing' });
  return { format: FORMAT, version: SCHEMA_VERSION, name: 'fifty services', groups: [], nodes, links, sagas: [] };
}

export const FIFTY_SCENARIO: Scenario = { name: 'steady 1000/s', durationMs: 60_000, seed: 7, load: [{ entry: 'web', ratePerSecond: 1000 }], faults: [] };

/**
 * The baseline: a bare event loop on the same heap — pop the earliest event, schedule one successor an
 * exponential delay later — with `live` events in flight, as many as the simulation keeps.
 */
export function bareEventLoop(events: number, live: number): number {
  const heap = new EventQueue<null>(live * 2);
  const rng = new Rng(1);
  for (let i = 0; i < live; i++) heap.push(rng.exponential(10), 1, null);
  let checksum = 0;
  for (let n = 0; n < events; n++) {
    heap.pop();
    checksum += heap.type;
    heap.push(heap.time + rng.exponential(10), 1, null);
  }
  return checksum;
}

/** Median wall time of `fn` in ms over `runs` runs after `warmup` unmeasured ones. */
function median(fn: () => unknown, runs = 5, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Runs `fn` counting EventQueue pops and the mean queue size they saw (instrumentation, untimed). */
function heapStats(fn: () => unknown): { pops: number; meanSize: number } {
  const original = EventQueue.prototype.pop;
  let pops = 0;
  let sizes = 0;
  EventQueue.prototype.pop = function (this: EventQueue<unknown>) {
    pops++;
    sizes += this.size;
    return original.call(this);
  };
  try {
    fn();
  } finally {
    EventQueue.prototype.pop = original;
  }
  return { pops, meanSize: sizes / Math.max(1, pops) };
}

export async function run(): Promise<BenchResult[]> {
  const model = fiftyServices();
  const result = simulate(model, FIFTY_SCENARIO);
  const heap = heapStats(() => simulate(model, FIFTY_SCENARIO));
  const simMs = median(() => simulate(model, FIFTY_SCENARIO), 7);
  const events = result.events;
  // The bare loop keeps as many events in flight as the engine's heap held on average.
  const live = Math.max(1, Math.round(heap.meanSize));
  const bareMs = median(() => bareEventLoop(events, live), 7);
  const bareHeapMs = median(() => bareEventLoop(heap.pops, live), 7);
  const entry = result.summary.entries[0]!;
  const rate = (n: number, ms: number) => n / ms / 1000;
  return [
    {
      name: '60 s at 1,000 req/s, 50 services',
      value: simMs,
      unit: 'ms',
      aim: 500,
      note: `${result.summary.requests.toLocaleString('en-US')} requests, availability ${(entry.availability * 100).toFixed(2)}%`,
    },
    { name: 'engine events/s', value: rate(events, simMs), unit: 'M/s', note: `${events.toLocaleString('en-US')} events, ${heap.pops.toLocaleString('en-US')} through the heap` },
    { name: 'bare heap loop events/s', value: rate(events, bareMs), unit: 'M/s', note: `same heap class and RNG, ${live} events in flight` },
    { name: 'engine ÷ bare time, all events', value: simMs / bareMs, unit: '×', aim: 1 / 0.3, note: 'aim: engine ≥ 0.3× the bare rate' },
    { name: 'engine ÷ bare time, heap events', value: simMs / bareHeapMs, unit: '×', note: 'bare loop doing only the heap events the engine did' },
  ];
}
