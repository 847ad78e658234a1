/**
 * What the charts plot, computed from the runs: pure, so it is tested without a canvas. Series are
 * per entry point (or for the selected node) and per variant; compare mode overlays the recommended
 * variant as dashed lines of the same colour.
 */
import { FAILURE_CAUSES, type ElementSeries, type SimResult } from '../../core/sim/index.ts';
import type { RunVariant, SimRun } from '../../store/simulation.ts';

export interface ChartSeries {
  label: string;
  /** One value per bucket; null where there is nothing to plot (no traffic). */
  values: (number | null)[];
  /** Index into the panel's series palette. */
  color: number;
  dashed: boolean;
}

export type ChartUnit = '%' | 'ms' | '/s';

export interface ChartSpec {
  key: string;
  title: string;
  unit: ChartUnit;
  series: ChartSeries[];
  /** A fixed y range (success ratio: 0–100 %); otherwise from 0 to the data's maximum. */
  range?: [number, number];
}

export interface ChartSet {
  /** Bucket start times in seconds. */
  xs: number[];
  charts: ChartSpec[];
  /** Entry points left out to keep the charts readable. */
  hidden: number;
}

/** At most this many entry points are drawn. */
export const MAX_CHARTED_ENTRIES = 6;
export const PALETTE_SIZE = 6;

export const VARIANT_SHORT: Record<RunVariant, string> = { 'as drawn': 'as drawn', 'with recommended policies': 'with policies' };

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function bucketSeconds(result: SimResult): number[] {
  return Array.from({ length: result.bucketCount }, (_, b) => (b * result.bucketMs) / 1000);
}

function label(name: string, run: SimRun, compare: boolean): string {
  return compare ? `${name} · ${VARIANT_SHORT[run.variant]}` : name;
}

/** Success ratio, p99 latency and failed requests per second for each entry point. */
export function entryCharts(runs: readonly SimRun[], nameOf: (id: string) => string): ChartSet {
  const base = runs[0]?.result;
  if (!base) return { xs: [], charts: [], hidden: 0 };
  const ids = base.entries.ids.slice(0, MAX_CHARTED_ENTRIES);
  const compare = runs.length > 1;
  const success: ChartSeries[] = [];
  const latency: ChartSeries[] = [];
  const failed: ChartSeries[] = [];
  ids.forEach((id, e) => {
    runs.forEach((run, r) => {
      const s = run.result.entries;
      const i = s.ids.indexOf(id);
      if (i < 0) return;
      const n = run.result.bucketCount;
      const perSecond = 1000 / run.result.bucketMs;
      const common = { label: label(nameOf(id), run, compare), color: e % PALETTE_SIZE, dashed: r > 0 };
      const ratio: (number | null)[] = [];
      const p99: (number | null)[] = [];
      const fails: (number | null)[] = [];
      for (let b = 0; b < n; b++) {
        const cell = i * n + b;
        const r = s.successRatio[cell]!;
        ratio.push(Number.isFinite(r) ? r * 100 : null);
        p99.push(finite(s.p99[cell]!));
        let f = s.stuck[cell]!;
        for (const cause of FAILURE_CAUSES) f += s.failures[cause][cell]!;
        fails.push(s.arrivals[cell] === 0 && f === 0 ? null : f * perSecond);
      }
      success.push({ ...common, values: ratio });
      latency.push({ ...common, values: p99 });
      failed.push({ ...common, values: fails });
    });
  });
  return {
    xs: bucketSeconds(base),
    hidden: Math.max(0, base.entries.ids.length - ids.length),
    charts: [
      { key: 'entry-success', title: 'Success ratio', unit: '%', series: success, range: [0, 100] },
      { key: 'entry-p99', title: 'p99 latency', unit: 'ms', series: latency },
      { key: 'entry-failed', title: 'Failed requests', unit: '/s', series: failed },
    ],
  };
}

/** The same three charts for one node (its answered share, p99 and failures), per variant. */
export function nodeCharts(runs: readonly SimRun[], nodeId: string, nameOf: (id: string) => string): ChartSet | undefined {
  const base = runs[0]?.result;
  if (!base || !base.nodes.ids.includes(nodeId)) return undefined;
  const compare = runs.length > 1;
  const success: ChartSeries[] = [];
  const latency: ChartSeries[] = [];
  const failed: ChartSeries[] = [];
  runs.forEach((run, r) => {
    const s: ElementSeries = run.result.nodes;
    const i = s.ids.indexOf(nodeId);
    if (i < 0) return;
    const n = run.result.bucketCount;
    const perSecond = 1000 / run.result.bucketMs;
    const common = { label: label(nameOf(nodeId), run, compare), color: 0, dashed: r > 0 };
    const ratio: (number | null)[] = [];
    const p99: (number | null)[] = [];
    const fails: (number | null)[] = [];
    for (let b = 0; b < n; b++) {
      const cell = i * n + b;
      let f = 0;
      for (const cause of FAILURE_CAUSES) f += s.failures[cause][cell]!;
      const ok = s.successes[cell]!;
      ratio.push(ok + f === 0 ? null : (ok / (ok + f)) * 100);
      p99.push(ok === 0 ? null : finite(s.p99[cell]!));
      fails.push(s.arrivals[cell] === 0 && f === 0 ? null : f * perSecond);
    }
    success.push({ ...common, values: ratio });
    latency.push({ ...common, values: p99 });
    failed.push({ ...common, values: fails });
  });
  return {
    xs: bucketSeconds(base),
    hidden: 0,
    charts: [
      { key: 'node-success', title: 'Answered', unit: '%', series: success, range: [0, 100] },
      { key: 'node-p99', title: 'p99 latency', unit: 'ms', series: latency },
      { key: 'node-failed', title: 'Failures', unit: '/s', series: failed },
    ],
  };
}

/** The values of every series in the bucket under the cursor. */
export function valuesAt(spec: ChartSpec, bucket: number): (number | null)[] {
  return spec.series.map((s) => s.values[bucket] ?? null);
}

export function formatChartValue(value: number | null, unit: ChartUnit): string {
  if (value === null) return '–';
  if (unit === '%') return `${value >= 99.95 && value < 100 ? value.toFixed(2) : value.toFixed(value === 100 || value === 0 ? 0 : 1)} %`;
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)}/s`;
}
