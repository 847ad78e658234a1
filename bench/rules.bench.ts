/**
 * The rules engine on generated models: full `analyze` against a bare SCC pass over the same model in
 * the same run (aim: ≤ 5×), and the growth from 5,000 services / 15,000 links to 4× that (aim: ≤ 5×,
 * i.e. linear with room for cache effects).
 */
import { performance } from 'node:perf_hooks';
import { buildCsr, tarjanScc } from '../src/core/graph/index.ts';
import { DEFAULT_CIRCUIT_BREAKER, FORMAT, SCHEMA_VERSION } from '../src/core/model/index.ts';
import type { Group, Link, Model, ModelNode, Saga } from '../src/core/model/index.ts';
import { analyze } from '../src/core/rules/index.ts';
import type { BenchResult } from './run.ts';

/** mulberry32: a tiny seeded PRNG, so every run measures the same model. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  seed?: number;
  /**
   * How careless the design is: scales the share of calls without policies, services without health
   * checks, single replicas and stray data access. 1 is a mostly-reviewed design (about one finding per
   * five nodes); 3 gives about one per node.
   */
  sloppiness?: number;
}

/**
 * `services` services and `links` links: 2/3 sync calls (mostly "downstream" to a nearby higher index,
 * 1% upstream so cycles appear), 1/6 async through brokers, 1/6 data links (each service of the first
 * half owns a database, a few reach into another). Plus contexts of ~25 services with teams, gateways,
 * clients, sagas and a mix of policies, so every rule has real work to do.
 */
export function generateModel(services: number, links: number, options: GenerateOptions = {}): Model {
  const rnd = prng(options.seed ?? 42);
  const bad = options.sloppiness ?? 1;
  const chance = (p: number) => rnd() < Math.min(1, p * bad);
  const pick = (n: number) => Math.floor(rnd() * n);
  const groups: Group[] = Array.from({ length: Math.ceil(services / 25) }, (_, i) => ({ id: `ctx-${i}`, name: `Context ${i}`, team: `team-${i % 40}` }));
  const nodes: ModelNode[] = [];
  for (let i = 0; i < services; i++) {
    nodes.push({
      kind: 'service',
      id: `s${i}`,
      name: `service-${i}`,
      group: `ctx-${Math.floor(i / 25)}`,
      position: { x: (i % 100) * 300, y: Math.floor(i / 100) * 200 },
      replicas: chance(0.15) ? 1 : 2 + pick(2),
      ...(chance(0.05) ? {} : { healthChecks: { liveness: true, readiness: true } }),
    });
  }
  const dataLinks = Math.floor(links / 6);
  const databases = Math.min(services, dataLinks);
  for (let i = 0; i < databases; i++) nodes.push({ kind: 'database', id: `db${i}`, name: `db-${i}`, group: `ctx-${Math.floor(i / 25)}`, engine: 'postgresql', replicas: 2 });
  const brokers = Math.ceil(services / 50);
  for (let i = 0; i < brokers; i++) nodes.push({ kind: 'broker', id: `b${i}`, name: `topic-${i}`, engine: 'kafka', replicas: 3 });
  const gateways = Math.ceil(services / 500);
  for (let i = 0; i < gateways; i++) nodes.push({ kind: 'gateway', id: `g${i}`, name: `gateway-${i}`, replicas: 2 });
  for (let i = 0; i < gateways; i++) nodes.push({ kind: 'client', id: `c${i}`, name: `app-${i}`, platform: 'web' });

  const out: Link[] = [];
  const asyncLinks = Math.floor(links / 6);
  const entryLinks = gateways * 21;
  const syncLinks = links - dataLinks - asyncLinks - entryLinks;
  for (let i = 0; i < dataLinks; i++) {
    // Each service owns its database; a few reach into another one (shared or cross-context).
    const d = chance(0.02) ? pick(databases) : i % databases;
    out.push({ kind: 'data', id: `d${i}`, from: `s${i % services}`, to: `db${d}`, access: rnd() < 0.3 ? 'read' : 'read-write' });
  }
  for (let i = 0; i < asyncLinks; i++) {
    const b = `b${pick(brokers)}`;
    const s = `s${pick(services)}`;
    out.push(i % 2 === 0 ? { kind: 'async', id: `a${i}`, from: s, to: b } : { kind: 'async', id: `a${i}`, from: b, to: s });
  }
  for (let i = 0; i < syncLinks; i++) {
    const from = pick(services);
    const to = rnd() < 0.01 ? Math.max(0, from - 1 - pick(20)) : Math.min(services - 1, from + 1 + pick(40));
    if (to === from) continue;
    out.push({
      kind: 'sync',
      id: `l${i}`,
      from: `s${from}`,
      to: `s${to}`,
      protocol: 'http',
      operation: rnd() < 0.5 ? `GET /things/${i}` : `POST /things/${i}`,
      ...(chance(0.08) ? {} : { timeoutMs: 2000, circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER } }),
      ...(rnd() < 0.1 ? { retry: { attempts: 2 + pick(2), backoff: chance(0.1) ? ('none' as const) : ('exponential' as const) } } : {}),
      ...(chance(0.02) ? { idempotent: false } : {}),
      ...(chance(0.03) ? { callsPerRequest: 2 + pick(5) } : {}),
    });
  }
  for (let g = 0; g < gateways; g++) {
    out.push({ kind: 'sync', id: `c${g}-g${g}`, from: `c${g}`, to: `g${g}`, protocol: 'http' });
    for (let k = 0; k < 20; k++) out.push({ kind: 'sync', id: `g${g}-${k}`, from: `g${g}`, to: `s${pick(services)}`, timeoutMs: 1000, circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER } });
  }
  const sagas: Saga[] = Array.from({ length: Math.ceil(services / 100) }, (_, i) => ({
    id: `saga-${i}`,
    name: `Saga ${i}`,
    steps: [0, 1, 2].map((k) => ({ service: `s${pick(services)}`, action: `step${k}`, ...(k > 0 && chance(0.2) ? {} : { compensation: `undoStep${k}` }) })),
  }));
  return { format: FORMAT, version: SCHEMA_VERSION, name: `generated ${services}/${links}`, decision: { teams: 40, boundariesClear: true }, groups, nodes, links: out, sagas };
}

/** The baseline: what any graph rule must at least do — index the model's links by node and run Tarjan. */
export function bareSccPass(model: Model): number {
  const index = new Map<string, number>();
  model.nodes.forEach((n, i) => index.set(n.id, i));
  const from: number[] = [];
  const to: number[] = [];
  for (const l of model.links) {
    const a = index.get(l.from);
    const b = index.get(l.to);
    if (a === undefined || b === undefined) continue;
    from.push(a);
    to.push(b);
  }
  return tarjanScc(buildCsr(model.nodes.length, from, to)).count;
}

/**
 * Median wall time in ms of each task. Tasks run round-robin — every round runs each once — so a noisy
 * neighbour or a GC pause lands on all of them alike and the ratios stay meaningful; a warm-up of at
 * least 10 rounds and 500 ms lets the JIT settle first.
 */
function medians(tasks: readonly (() => unknown)[], rounds = 21): number[] {
  const start = performance.now();
  for (let i = 0; i < 10 || performance.now() - start < 500; i++) for (const task of tasks) task();
  const times = tasks.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    tasks.forEach((task, i) => {
      const t0 = performance.now();
      task();
      times[i]!.push(performance.now() - t0);
    });
  }
  return times.map((xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!);
}

interface Case {
  model: Model;
  findings: number;
}

function prepare(services: number, links: number, options: GenerateOptions = {}): Case {
  const model = generateModel(services, links, options);
  return { model, findings: analyze(model).findings.length };
}

export async function run(): Promise<BenchResult[]> {
  const cases = [prepare(5_000, 15_000), prepare(20_000, 60_000), prepare(5_000, 15_000, { sloppiness: 3 })] as const;
  const [small, large, sloppy] = cases;
  const [sa, sb, la, lb, xa, xb] = medians(cases.flatMap((c) => [() => analyze(c.model), () => bareSccPass(c.model)]));
  const m = (c: Case, analysis: number, bare: number) => ({ ...c, analysis, bare, nodes: c.model.nodes.length, links: c.model.links.length });
  const s5 = m(small, sa!, sb!);
  const s20 = m(large, la!, lb!);
  const sx = m(sloppy, xa!, xb!);
  const size = (c: { nodes: number; links: number; findings: number }) =>
    `${c.nodes.toLocaleString('en-US')} nodes, ${c.links.toLocaleString('en-US')} links, ${c.findings.toLocaleString('en-US')} findings`;
  return [
    { name: 'analyze 5k/15k', value: s5.analysis, unit: 'ms', note: size(s5) },
    { name: 'bare SCC pass 5k/15k', value: s5.bare, unit: 'ms', note: 'index links by node id + iterative Tarjan' },
    { name: 'analyze ÷ bare pass 5k', value: s5.analysis / s5.bare, unit: '×', aim: 5 },
    { name: 'analyze 20k/60k', value: s20.analysis, unit: 'ms', note: size(s20) },
    { name: 'bare SCC pass 20k/60k', value: s20.bare, unit: 'ms' },
    { name: 'analyze ÷ bare pass 20k', value: s20.analysis / s20.bare, unit: '×', aim: 5 },
    { name: 'growth 20k ÷ 5k (analyze)', value: s20.analysis / s5.analysis, unit: '×', aim: 5, note: '4× the graph' },
    { name: 'growth 20k ÷ 5k (bare pass)', value: s20.bare / s5.bare, unit: '×', note: 'the platform\'s own growth (hashing, caches, GC)' },
    { name: 'analyze 5k/15k, sloppy ×3', value: sx.analysis, unit: 'ms', note: `${size(sx)}: what findings cost` },
    { name: 'sloppy ÷ bare pass 5k', value: sx.analysis / sx.bare, unit: '×', note: 'for reference' },
  ];
}
