/**
 * Code generation on a 100-service model: generate + zip (what "Download .zip" does) against zipping the
 * same pre-rendered files alone, in the same run (aim: ≤ 3×, and under 300 ms in absolute terms).
 */
import { performance } from 'node:perf_hooks';
import { generateWorkspace, zipFiles } from '../src/core/codegen/index.ts';
import { DEFAULT_BULKHEAD, DEFAULT_CIRCUIT_BREAKER, DEFAULT_RETRY, FORMAT, SCHEMA_VERSION } from '../src/core/model/index.ts';
import type { Link, Model, ModelNode, Saga } from '../src/core/model/index.ts';
import type { BenchResult } from './run.ts';

/**
 * `services` services, each with its own database, three resilient calls "downstream", one event in or
 * out through a few Kafka brokers, and a saga per ten services: the shape of a large real design.
 */
export function codegenModel(services: number): Model {
  const nodes: ModelNode[] = [];
  const links: Link[] = [];
  const brokers = Math.max(1, Math.ceil(services / 25));
  for (let b = 0; b < brokers; b++) nodes.push({ kind: 'broker', id: `b${b}`, name: `events-${b}`, engine: 'kafka' });
  for (let i = 0; i < services; i++) {
    nodes.push({ kind: 'service', id: `s${i}`, name: `service-${i}`, healthChecks: { liveness: true, readiness: true } });
    nodes.push({ kind: 'database', id: `db${i}`, name: `db-${i}`, engine: i % 5 === 0 ? 'mongodb' : 'postgresql' });
    links.push({ kind: 'data', id: `d${i}`, from: `s${i}`, to: `db${i}`, access: 'read-write' });
    for (let k = 1; k <= 3; k++) {
      const to = (i + k * 7) % services;
      if (to === i) continue;
      links.push({
        kind: 'sync',
        id: `c${i}-${k}`,
        from: `s${i}`,
        to: `s${to}`,
        protocol: 'http',
        operation: k === 2 ? `GET /things/{id}` : `POST /things-${k}`,
        timeoutMs: 2_000,
        retry: { ...DEFAULT_RETRY },
        circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER },
        ...(k === 1 ? { bulkhead: { ...DEFAULT_BULKHEAD }, fallback: 'cached answer', idempotent: true } : {}),
      });
    }
    const broker = `b${i % brokers}`;
    links.push(i % 2 === 0 ? { kind: 'async', id: `a${i}`, from: `s${i}`, to: broker, event: `Thing${i}Happened` } : { kind: 'async', id: `a${i}`, from: broker, to: `s${i}` });
  }
  const sagas: Saga[] = Array.from({ length: Math.ceil(services / 10) }, (_, n) => ({
    id: `saga-${n}`,
    name: `Saga ${n}`,
    orchestrator: `s${n * 10}`,
    steps: [0, 1, 2, 3].map((k) => ({ service: `s${(n * 10 + k * 3) % services}`, action: `step${k}`, compensation: `undoStep${k}` })),
  }));
  return { format: FORMAT, version: SCHEMA_VERSION, name: `codegen ${services}`, groups: [], nodes, links, sagas };
}

/** Median wall time of `fn` in ms over `runs` runs after `warmup` unmeasured ones. */
function median(fn: () => unknown, runs = 15, warmup = 4): number {
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

export async function run(): Promise<BenchResult[]> {
  const model = codegenModel(100);
  const files = generateWorkspace(model);
  const bytes = files.reduce((sum, f) => sum + f.contents.length, 0);
  const zipSize = zipFiles(files).length;
  const generateOnly = median(() => generateWorkspace(model));
  const zipOnly = median(() => zipFiles(files));
  const both = median(() => zipFiles(generateWorkspace(model)));
  const note = `${files.length} files, ${(bytes / 1024).toFixed(0)} KiB → ${(zipSize / 1024).toFixed(0)} KiB zip`;
  return [
    { name: 'generate + zip, 100 services', value: both, unit: 'ms', aim: 300, note },
    { name: 'zip pre-rendered files (baseline)', value: zipOnly, unit: 'ms' },
    { name: 'generate alone', value: generateOnly, unit: 'ms' },
    { name: 'generate + zip ÷ zip alone', value: both / zipOnly, unit: '×', aim: 3 },
  ];
}
