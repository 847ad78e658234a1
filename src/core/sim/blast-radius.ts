/**
 * Kill each node in turn under the same load and see which entry points go down with it: the table the
 * CLI prints when no scenario is given, and the quickest answer to "what depends on what, really".
 */
import type { Model, NodeKind } from '../model/types.ts';
import { defaultScenario } from './default-scenario.ts';
import { simulate } from './simulate.ts';
import type { EntrySummary, Scenario } from './types.ts';

export type EntryStatus = 'ok' | 'degraded' | 'failing' | 'down';

export interface BlastRadiusEntry {
  entry: string;
  availability: number;
  degradedRatio: number;
  status: EntryStatus;
}

export interface BlastRadiusRow {
  /** The node that was down for the whole run. */
  target: string;
  kind: NodeKind;
  entries: BlastRadiusEntry[];
  /** Every node that degraded (the target included). */
  degradedNodes: string[];
  hash: string;
}

export interface BlastRadius {
  /** The load every row ran under (the default scenario unless one was given). */
  scenario: Scenario;
  baseline: BlastRadiusEntry[];
  baselineHash: string;
  rows: BlastRadiusRow[];
}

export interface BlastRadiusOptions {
  /** The load to run under; its own faults stay. Defaults to defaultScenario(model). */
  scenario?: Scenario;
  /** Nodes to kill; defaults to every node but the clients, in model order. */
  targets?: readonly string[];
  onProgress?: (fraction: number) => void;
  shouldCancel?: () => boolean;
}

/** Availability below which an entry point counts as down, and below which as failing. */
const DOWN_BELOW = 0.5;
const FAILING_BELOW = 0.99;
const DEGRADED_FROM = 0.01;

/** How an entry point fared: down (< 50 % answered), failing (< 99 %), degraded (≥ 1 % by fallback), ok. */
export function entryStatus(e: Pick<EntrySummary, 'availability' | 'degradedRatio'>): EntryStatus {
  if (e.availability < DOWN_BELOW) return 'down';
  if (e.availability < FAILING_BELOW) return 'failing';
  return e.degradedRatio >= DEGRADED_FROM ? 'degraded' : 'ok';
}

/** Runs the scenario once as is, then once per target with that node down throughout. */
export function blastRadius(model: Model, opts: BlastRadiusOptions = {}): BlastRadius {
  const scenario = opts.scenario ?? defaultScenario(model);
  const targets = opts.targets ?? model.nodes.filter((n) => n.kind !== 'client').map((n) => n.id);
  const kinds = new Map(model.nodes.map((n) => [n.id, n.kind]));
  const runs = targets.length + 1;
  const run = (s: Scenario, k: number) =>
    simulate(model, s, {
      ...(opts.onProgress ? { onProgress: (f: number) => opts.onProgress!((k + f) / runs) } : {}),
      ...(opts.shouldCancel ? { shouldCancel: opts.shouldCancel } : {}),
    });
  const toEntries = (entries: EntrySummary[]): BlastRadiusEntry[] =>
    entries.map((e) => ({ entry: e.id, availability: e.availability, degradedRatio: e.degradedRatio, status: entryStatus(e) }));

  const baseline = run(scenario, 0);
  const rows = targets.map((target, k): BlastRadiusRow => {
    const kind = kinds.get(target);
    if (kind === undefined) throw new Error(`blastRadius: no node with id "${target}"`);
    const result = run({ ...scenario, faults: [...(scenario.faults ?? []), { target, kind: 'down', fromMs: 0, toMs: scenario.durationMs }] }, k + 1);
    return { target, kind, entries: toEntries(result.summary.entries), degradedNodes: result.summary.blastRadius, hash: result.hash };
  });
  return { scenario, baseline: toEntries(baseline.summary.entries), baselineHash: baseline.hash, rows };
}
