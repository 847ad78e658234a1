/**
 * Turns a model and a scenario into the engine's runtime objects: each node's slots, queue bound and
 * latency distribution, each link's policies, each node's work plan, the arrival processes and the fault
 * timeline. Everything the engine would otherwise look up per event is resolved here, once.
 */
import { buildCsr, tarjanScc } from '../graph/index.ts';
import type { GatewayRoute, Link, Model, ModelNode } from '../model/types.ts';
import { compileBackoff } from './backoff.ts';
import { CircuitBreaker } from './breaker.ts';
import { DEFAULT_FAULT_ERROR_RATE, DEFAULT_SLOW_FACTOR, QUEUE_MIN, QUEUE_PER_SLOT, RUNTIME_DEFAULTS } from './constants.ts';
import { dlog } from './det-math.ts';
import { deriveSeed, Rng } from './prng.ts';
import { ASYNC, DATA, EntryRt, FaultRt, LAT_CONSTANT, LAT_EXPONENTIAL, LAT_LOGNORMAL, LinkRt, NodeRt, PARALLEL, ROUTER, SEQUENTIAL, SYNC } from './runtime.ts';
import type { Scenario } from './types.ts';

/** Φ⁻¹(0.99): a lognormal's p99 sits this many σ above its median. */
const Z99 = 2.3263478740408408;

export interface Compiled {
  nodes: NodeRt[];
  links: LinkRt[];
  /** Arrival processes (one per load spec) and the entry-point rows they report under. */
  entries: EntryRt[];
  entryIds: string[];
  entryRow: number[];
  faults: FaultRt[];
  warnings: string[];
}

/** Builds the runtime; assumes validateScenario found no problems. */
export function compile(model: Model, scenario: Scenario, seed: number, latencyModel: 'lognormal' | 'exponential'): Compiled {
  const warnings: string[] = [];
  const nodes = model.nodes.map((node, i) => compileNode(node, i, seed, latencyModel));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const modelNodes = new Map(model.nodes.map((n) => [n.id, n]));
  const inCycle = cycleLinks(model, byId, warnings);

  const links: LinkRt[] = [];
  for (const link of model.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) {
      warnings.push(`link "${link.id}" connects a missing node and was left out`);
      continue;
    }
    links.push(compileLink(link, links.length, from, to, inCycle.has(link.id), seed));
  }
  planWork(modelNodes, byId, links, warnings);

  const entryIds: string[] = [];
  const entryRow: number[] = [];
  const entries = scenario.load.map((load, i) => {
    let row = entryIds.indexOf(load.entry);
    if (row < 0) row = entryIds.push(load.entry) - 1;
    entryRow.push(row);
    const steps = [...(load.steps ?? [])]
      .sort((a, b) => a.atMs - b.atMs)
      .map((s) => ({ atMs: s.atMs, rate: s.ratePerSecond, rampMs: s.rampMs ?? 0 }));
    const maxRate = Math.max(load.ratePerSecond, ...steps.map((s) => s.rate));
    return new EntryRt(row, load.entry, byId.get(load.entry)!, new Rng(deriveSeed(seed, `load:${i}:${load.entry}`)), load.ratePerSecond, steps, maxRate);
  });

  const linkById = new Map(links.map((l) => [l.id, l]));
  const faults = (scenario.faults ?? []).map((f) => {
    const node = f.kind === 'partition' ? null : (byId.get(f.target) ?? null);
    const link = f.kind === 'partition' ? (linkById.get(f.target) ?? null) : null;
    const fault = new FaultRt(f.kind, node, link, f.fromMs, f.toMs, f.factor ?? DEFAULT_SLOW_FACTOR, f.errorRate ?? DEFAULT_FAULT_ERROR_RATE);
    node?.faults.push(fault);
    link?.faults.push(fault);
    return fault;
  });
  return { nodes, links, entries, entryIds, entryRow, faults, warnings };
}

function compileNode(node: ModelNode, index: number, seed: number, latencyModel: 'lognormal' | 'exponential'): NodeRt {
  const rng = new Rng(deriveSeed(seed, `node:${node.id}`));
  if (node.kind === 'client') return new NodeRt(index, node.id, true, false, Infinity, 0, LAT_CONSTANT, 0, 0, 0, rng);
  const d = RUNTIME_DEFAULTS[node.kind];
  const slots = (node.replicas ?? d.replicas) * (node.capacity ?? d.capacity);
  const { p50Ms, p99Ms } = node.latency ?? d.latency;
  const [latKind, scale, sigma] = fitLatency(p50Ms, p99Ms, latencyModel);
  const queueLimit = Math.max(QUEUE_MIN, QUEUE_PER_SLOT * slots);
  return new NodeRt(index, node.id, false, node.kind === 'broker', slots, queueLimit, latKind, scale, sigma, node.errorRate ?? d.errorRate, rng);
}

/** [model, scale, sigma]: a lognormal through p50 and p99, or an exponential with median p50. */
export function fitLatency(p50: number, p99: number, model: 'lognormal' | 'exponential'): [number, number, number] {
  if (p99 <= 0) return [LAT_CONSTANT, 0, 0];
  if (model === 'exponential') return [LAT_EXPONENTIAL, p50 > 0 ? p50 / dlog(2) : p99 / dlog(100), 0];
  if (p50 <= 0) return [LAT_LOGNORMAL, p99 / 1000, dlog(1000) / Z99]; // "about zero" at the median
  if (p99 === p50) return [LAT_CONSTANT, p50, 0];
  return [LAT_LOGNORMAL, p50, dlog(p99 / p50) / Z99];
}

function compileLink(link: Link, index: number, from: NodeRt, to: NodeRt, inCycle: boolean, seed: number): LinkRt {
  const rng = new Rng(deriveSeed(seed, `link:${link.id}`));
  switch (link.kind) {
    case 'sync':
      return new LinkRt(
        index,
        link.id,
        SYNC,
        from,
        to,
        link.timeoutMs ?? 0,
        link.retry?.attempts ?? 1,
        link.retry ? compileBackoff(link.retry) : null,
        link.circuitBreaker ? new CircuitBreaker(link.circuitBreaker) : null,
        link.bulkhead?.maxConcurrent ?? Infinity,
        link.fallback !== undefined,
        link.callsPerRequest ?? 1,
        null,
        inCycle,
        rng,
      );
    case 'async':
      return new LinkRt(index, link.id, ASYNC, from, to, 0, 1, null, null, Infinity, false, 1, link.topic ?? link.event ?? null, false, rng);
    case 'data':
      return new LinkRt(index, link.id, DATA, from, to, 0, 1, null, null, Infinity, false, 1, null, inCycle, rng);
  }
}

/** Ids of sync and data links inside a cycle; one warning per cycle. */
function cycleLinks(model: Model, byId: Map<string, NodeRt>, warnings: string[]): Set<string> {
  const calls = model.links.filter((l) => l.kind !== 'async' && byId.has(l.from) && byId.has(l.to));
  const from = calls.map((l) => byId.get(l.from)!.index);
  const to = calls.map((l) => byId.get(l.to)!.index);
  const scc = tarjanScc(buildCsr(model.nodes.length, from, to));
  const result = new Set<string>();
  const warned = new Set<number>();
  calls.forEach((link, e) => {
    const c = scc.comp[from[e]!]!;
    if (c !== scc.comp[to[e]!]!) return;
    result.add(link.id);
    if (warned.has(c)) return;
    warned.add(c);
    const members = [...scc.members.subarray(scc.start[c]!, scc.start[c + 1]!)].map((i) => model.nodes[i]!.id).sort();
    warnings.push(`sync calls form a cycle through ${members.join(', ')}: a request follows it once; a call back into a node already on its path is skipped`);
  });
  return result;
}

/** Fills each node's plan (data calls, sync calls, publishes), consumers and broker fan-outs. */
function planWork(modelNodes: Map<string, ModelNode>, byId: Map<string, NodeRt>, links: LinkRt[], warnings: string[]): void {
  for (const node of byId.values()) {
    const m = modelNodes.get(node.id)!;
    const routed = m.kind === 'gateway' && (m.routes?.length ?? 0) > 0;
    const parallel = (m.kind === 'service' || m.kind === 'gateway') && m.parallelCalls === true && !routed;
    if (routed && m.parallelCalls === true) warnings.push(`gateway "${m.id}" has routes, so it routes each request instead of aggregating (parallelCalls ignored)`);
    node.mode = parallel ? PARALLEL : m.kind === 'client' || m.kind === 'gateway' ? ROUTER : SEQUENTIAL;
  }
  for (const link of links) {
    const { from, to } = link;
    if (link.kind === DATA) from.pre.push(link);
    else if (link.kind === SYNC) {
      const copies = from.mode === ROUTER ? 1 : link.callsPerRequest;
      for (let k = 0; k < copies; k++) from.sync.push(link);
    } else if (from.isBroker) {
      if (to.isBroker) warnings.push(`async link "${link.id}" joins two brokers; the simulator does not forward between brokers and ignores it`);
      else to.consumes.push(link);
    } else {
      from.post.push(link);
      // Straight to a subscriber, no broker drawn: the link itself is the queue.
      if (!to.isBroker) to.consumes.push(link);
    }
  }
  for (const m of modelNodes.values()) if (m.kind === 'gateway' && m.routes && m.routes.length > 0) planRoutes(byId.get(m.id)!, m.routes, warnings);
  for (const link of links) {
    if (link.kind !== ASYNC || link.from.isBroker || !link.to.isBroker) continue;
    link.fanOut = links.filter((d) => d.kind === ASYNC && d.from === link.to && !d.to.isBroker && (d.topic === null || link.topic === null || d.topic === link.topic));
  }
}

/**
 * A routed gateway's traffic split: each route's share, or for routes without one an equal part of what
 * the others leave (1 − their sum); shares are then normalised, so shares adding up to more than 1 still
 * split in proportion. A route to a node the gateway has no sync link to is skipped with a warning; with
 * no usable route left the gateway falls back to routing uniformly over its links.
 */
function planRoutes(gateway: NodeRt, routes: readonly GatewayRoute[], warnings: string[]): void {
  const given = routes.reduce((sum, r) => sum + (r.share ?? 0), 0);
  const unset = routes.filter((r) => r.share === undefined).length;
  const rest = unset === 0 ? 0 : Math.max(0, 1 - given) / unset;
  const weights = new Map<LinkRt, number>();
  for (const route of routes) {
    const link = gateway.sync.find((l) => l.to.id === route.to);
    if (!link) {
      warnings.push(`gateway "${gateway.id}" routes ${route.prefix} to "${route.to}" but has no sync link to it; the route was skipped`);
      continue;
    }
    weights.set(link, (weights.get(link) ?? 0) + (route.share ?? rest));
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  // Every share 0: nothing says where traffic goes, so the usable routes split it equally.
  if (total <= 0) for (const link of weights.keys()) weights.set(link, 1);
  total = total > 0 ? total : weights.size;
  let cum = 0;
  for (const [link, w] of weights) {
    cum += w / total;
    gateway.routeLinks.push(link);
    gateway.routeCum.push(cum);
  }
  if (gateway.routeCum.length > 0) gateway.routeCum[gateway.routeCum.length - 1] = 1;
}
