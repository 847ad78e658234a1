/**
 * What a simulation run looks like on the diagram at one moment: per node and link, its health in the
 * bucket under the playback cursor, the fault acting on it, its queue, and for links their traffic and
 * breaker state. Pure: a SimResult and a cursor in, one small value object per element out.
 *
 * Every value is categorical or rounded, and an element whose value did not change keeps its previous
 * object, so moving the cursor re-renders only the elements whose look changes.
 */
import type { Model } from '../../core/model/index.ts';
import { FAILURE_CAUSES, type BreakerState, type BreakerTransition, type ElementSeries, type FaultKind, type Scenario, type SimResult } from '../../core/sim/types.ts';

/**
 * `ok`: answered nearly everything; `degraded`: at least 1 % failed or was answered by a fallback;
 * `failing`: at least a quarter failed, or nothing was answered while work arrived or held its slots
 * (hung, exhausted), or the node is down or hung; `idle`: nothing arrived and nothing was in progress.
 */
export type SimHealth = 'ok' | 'degraded' | 'failing' | 'idle';

const HEALTH_RANK: Record<SimHealth, number> = { idle: 0, ok: 1, degraded: 2, failing: 3 };

/** The worse of two healths (failing over degraded over ok over idle); what a group of elements shows. */
export function worseHealth(a: SimHealth | undefined, b: SimHealth | undefined): SimHealth | undefined {
  if (!a) return b;
  if (!b) return a;
  return HEALTH_RANK[b] > HEALTH_RANK[a] ? b : a;
}

export interface SimMark {
  health: SimHealth;
  /** A fault acting on the element at the cursor. */
  fault?: FaultKind;
  /** Requests waiting for a slot (node) or messages in the backlog (async link), rounded. */
  queue: number;
  /** Links: traffic in the bucket, 0 (none) to 5 (the run's busiest link), drawn as stroke width. */
  traffic?: number;
  /** Links with a circuit breaker: its state at the cursor. */
  breaker?: BreakerState;
}

export type SimOverlay = ReadonlyMap<string, SimMark>;

export interface OverlayInput {
  result: SimResult;
  scenario: Scenario;
  /** The model the run simulated: which links have a breaker. */
  model: Model;
  cursorMs: number;
}

/** Share of answered work that failed from which an element counts as failing. */
export const FAILING_SHARE = 0.25;
/** Share of answered work that failed or degraded from which an element counts as degraded. */
export const DEGRADED_SHARE = 0.01;
/** Traffic levels drawn on links. */
export const TRAFFIC_LEVELS = 5;

/**
 * Health from one bucket's counts: successes (degraded included) against failures. `busy` (time-averaged
 * busy slots) tells an exhausted node, whose every slot waits on a call that never answers, from an idle one.
 */
export function classifyHealth(arrivals: number, successes: number, degraded: number, failures: number, busy = 0): SimHealth {
  const answered = successes + failures;
  if (answered === 0) return arrivals === 0 && busy < 0.5 ? 'idle' : 'failing';
  if (failures / answered >= FAILING_SHARE) return 'failing';
  if (failures / answered >= DEGRADED_SHARE || degraded / answered >= DEGRADED_SHARE) return 'degraded';
  return 'ok';
}

/** The bucket under `cursorMs`, clamped to the run. */
export function bucketAt(result: SimResult, cursorMs: number): number {
  if (result.bucketCount === 0) return 0;
  const b = Math.floor(cursorMs / result.bucketMs);
  return Math.max(0, Math.min(result.bucketCount - 1, Number.isFinite(b) ? b : 0));
}

/** Faults acting at `atMs`, by target (the first one listed wins on a double booking). */
export function activeFaults(scenario: Scenario, atMs: number): Map<string, FaultKind> {
  const active = new Map<string, FaultKind>();
  for (const f of scenario.faults ?? []) if (f.fromMs <= atMs && atMs < f.toMs && !active.has(f.target)) active.set(f.target, f.kind);
  return active;
}

interface ResultIndex {
  /** Per link: its breaker transitions in time order. */
  transitions: Map<string, BreakerTransition[]>;
  /** The most attempts any link saw in one bucket. */
  maxLinkArrivals: number;
}

const indexes = new WeakMap<SimResult, ResultIndex>();

function indexOf(result: SimResult): ResultIndex {
  let index = indexes.get(result);
  if (index) return index;
  const transitions = new Map<string, BreakerTransition[]>();
  for (const t of result.breakerTransitions) {
    const list = transitions.get(t.link);
    if (list) list.push(t);
    else transitions.set(t.link, [t]);
  }
  let maxLinkArrivals = 0;
  for (const n of result.links.arrivals) if (n > maxLinkArrivals) maxLinkArrivals = n;
  index = { transitions, maxLinkArrivals };
  indexes.set(result, index);
  return index;
}

/** A breaker's state at `atMs` from its own transitions (binary search). */
function breakerAt(list: readonly BreakerTransition[] | undefined, atMs: number): BreakerState {
  if (!list || list.length === 0) return 'closed';
  let lo = 0;
  let hi = list.length; // first transition after atMs
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.atMs <= atMs) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 'closed' : list[lo - 1]!.to;
}

function failuresAt(series: ElementSeries, cell: number): number {
  let total = 0;
  for (const cause of FAILURE_CAUSES) total += series.failures[cause][cell] ?? 0;
  return total;
}

/** Stroke level for a link's traffic: square-root scaled so light links still read, 0 for none. */
export function trafficLevel(arrivals: number, max: number): number {
  if (arrivals <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(TRAFFIC_LEVELS, Math.ceil(TRAFFIC_LEVELS * Math.sqrt(arrivals / max))));
}

export function sameSimMark(a: SimMark | undefined, b: SimMark | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.health === b.health && a.fault === b.fault && a.queue === b.queue && a.traffic === b.traffic && a.breaker === b.breaker;
}

/**
 * Every simulated node's and link's mark at the cursor. Marks equal to those in `previous` are the
 * previous objects, so callers can compare by identity.
 */
export function simOverlay(input: OverlayInput, previous?: SimOverlay): Map<string, SimMark> {
  const { result, scenario, model, cursorMs } = input;
  const bucket = bucketAt(result, cursorMs);
  const count = result.bucketCount;
  const faults = activeFaults(scenario, cursorMs);
  const index = indexOf(result);
  const out = new Map<string, SimMark>();
  const keep = (id: string, mark: SimMark) => {
    const prev = previous?.get(id);
    out.set(id, prev && sameSimMark(prev, mark) ? prev : mark);
  };
  if (count === 0) return out;

  const nodes = result.nodes;
  nodes.ids.forEach((id, i) => {
    const cell = i * count + bucket;
    const fault = faults.get(id);
    const health = fault === 'down' || fault === 'hung'
      ? 'failing'
      : classifyHealth(nodes.arrivals[cell] ?? 0, nodes.successes[cell] ?? 0, nodes.degraded[cell] ?? 0, failuresAt(nodes, cell), nodes.busy[cell] ?? 0);
    const mark: SimMark = { health, queue: Math.round(nodes.queue[cell] ?? 0) };
    if (fault) mark.fault = fault;
    keep(id, mark);
  });

  const withBreaker = new Set<string>();
  for (const link of model.links) if (link.kind === 'sync' && link.circuitBreaker) withBreaker.add(link.id);
  const links = result.links;
  links.ids.forEach((id, i) => {
    const cell = i * count + bucket;
    const arrivals = links.arrivals[cell] ?? 0;
    const fault = faults.get(id);
    const mark: SimMark = {
      health: fault === 'partition' && arrivals > 0 && (links.successes[cell] ?? 0) === 0
        ? 'failing'
        : classifyHealth(arrivals, links.successes[cell] ?? 0, links.degraded[cell] ?? 0, failuresAt(links, cell), links.busy[cell] ?? 0),
      queue: Math.round(links.queue[cell] ?? 0),
      traffic: trafficLevel(arrivals, index.maxLinkArrivals),
    };
    if (fault) mark.fault = fault;
    const transitions = index.transitions.get(id);
    if (withBreaker.has(id) || transitions) mark.breaker = breakerAt(transitions, cursorMs);
    keep(id, mark);
  });
  return out;
}
