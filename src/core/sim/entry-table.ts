/**
 * Outcomes per entry point, by the bucket each request arrived in, so every request is counted once —
 * answered, failed, or still stuck at the end — and a bucket's success ratio is a true fraction. Latency
 * samples are kept exactly (entry points are few) and sorted once at the end.
 */
import { FAILURE_CAUSES } from './types.ts';
import type { EntrySeries, EntrySummary, FailureCause } from './types.ts';
import { sortedQuantile } from './histogram.ts';

const CAUSES = FAILURE_CAUSES.length;

export class EntryTable {
  private readonly cells: number;
  readonly arrivals: Uint32Array;
  readonly ok: Uint32Array;
  readonly degraded: Uint32Array;
  readonly failures: Uint32Array;
  private latency = new Float64Array(1024);
  private sampleCell = new Int32Array(1024);
  private samples = 0;

  constructor(
    readonly ids: string[],
    readonly bucketCount: number,
    readonly bucketMs: number,
  ) {
    this.cells = ids.length * bucketCount;
    this.arrivals = new Uint32Array(this.cells);
    this.ok = new Uint32Array(this.cells);
    this.degraded = new Uint32Array(this.cells);
    this.failures = new Uint32Array(this.cells * CAUSES);
  }

  private cell(e: number, arrivedAt: number): number {
    return e * this.bucketCount + Math.min(this.bucketCount - 1, Math.floor(arrivedAt / this.bucketMs));
  }

  arrival(e: number, t: number): void {
    this.arrivals[this.cell(e, t)]!++;
  }

  /** A request answered successfully (possibly degraded) after `latencyMs`. */
  success(e: number, arrivedAt: number, latencyMs: number, degraded: boolean): void {
    const cell = this.cell(e, arrivedAt);
    if (degraded) this.degraded[cell]!++;
    else this.ok[cell]!++;
    if (this.samples === this.latency.length) this.growSamples();
    this.latency[this.samples] = latencyMs;
    this.sampleCell[this.samples++] = cell;
  }

  failure(e: number, arrivedAt: number, cause: number): void {
    this.failures[cause * this.cells + this.cell(e, arrivedAt)]!++;
  }

  private growSamples(): void {
    const latency = new Float64Array(this.latency.length * 2);
    latency.set(this.latency);
    const cells = new Int32Array(this.sampleCell.length * 2);
    cells.set(this.sampleCell);
    this.latency = latency;
    this.sampleCell = cells;
  }

  /** The series and one summary per entry point. */
  finish(): { series: EntrySeries; summaries: EntrySummary[] } {
    const { cells, bucketCount } = this;
    const failures = {} as Record<FailureCause, Uint32Array>;
    FAILURE_CAUSES.forEach((cause, k) => (failures[cause] = this.failures.slice(k * cells, (k + 1) * cells)));
    const stuck = new Uint32Array(cells);
    const successRatio = new Float32Array(cells);
    for (let c = 0; c < cells; c++) {
      let failed = 0;
      for (let k = 0; k < CAUSES; k++) failed += this.failures[k * cells + c]!;
      const answered = this.ok[c]! + this.degraded[c]!;
      stuck[c] = this.arrivals[c]! - answered - failed;
      successRatio[c] = this.arrivals[c] === 0 ? NaN : answered / this.arrivals[c]!;
    }

    // Group samples by cell (counting sort), then sort each cell's slice.
    const start = new Int32Array(cells + 1);
    for (let s = 0; s < this.samples; s++) start[this.sampleCell[s]! + 1]!++;
    for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
    const sorted = new Float64Array(this.samples);
    const cursor = start.slice(0, cells);
    for (let s = 0; s < this.samples; s++) sorted[cursor[this.sampleCell[s]!]!++] = this.latency[s]!;
    const p50 = new Float32Array(cells);
    const p95 = new Float32Array(cells);
    const p99 = new Float32Array(cells);
    for (let c = 0; c < cells; c++) {
      const slice = sorted.subarray(start[c]!, start[c + 1]!);
      slice.sort();
      p50[c] = sortedQuantile(slice, 0, slice.length, 0.5);
      p95[c] = sortedQuantile(slice, 0, slice.length, 0.95);
      p99[c] = sortedQuantile(slice, 0, slice.length, 0.99);
    }

    const summaries = this.ids.map((id, e): EntrySummary => {
      const from = e * bucketCount;
      const to = from + bucketCount;
      const all = sorted.slice(start[from]!, start[to]!).sort();
      let requests = 0;
      let ok = 0;
      let degraded = 0;
      let stuckCount = 0;
      const byCause = {} as Record<FailureCause, number>;
      for (let c = from; c < to; c++) {
        requests += this.arrivals[c]!;
        ok += this.ok[c]!;
        degraded += this.degraded[c]!;
        stuckCount += stuck[c]!;
      }
      let failed = 0;
      FAILURE_CAUSES.forEach((cause) => {
        let n = 0;
        for (let c = from; c < to; c++) n += failures[cause][c]!;
        byCause[cause] = n;
        failed += n;
      });
      return {
        id,
        requests,
        ok,
        degraded,
        failed,
        stuck: stuckCount,
        availability: requests === 0 ? 1 : (ok + degraded) / requests,
        degradedRatio: requests === 0 ? 0 : degraded / requests,
        failures: byCause,
        p50Ms: sortedQuantile(all, 0, all.length, 0.5),
        p95Ms: sortedQuantile(all, 0, all.length, 0.95),
        p99Ms: sortedQuantile(all, 0, all.length, 0.99),
      };
    });

    return { series: { ids: this.ids, arrivals: this.arrivals, ok: this.ok, degraded: this.degraded, failures, stuck, successRatio, p50, p95, p99 }, summaries };
  }
}
