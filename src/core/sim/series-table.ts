/**
 * Per-bucket counters, latency percentiles and time-averaged levels for one set of elements (the nodes,
 * or the links). Counters are typed arrays indexed element-major. Percentiles come from one rolling
 * histogram per element, closed when that element first records into a later bucket — events arrive in
 * time order, so a bucket never reopens. Levels (busy slots, queue depth) are integrated over time.
 */
import { FAILURE_CAUSES } from './types.ts';
import type { ElementSeries, FailureCause } from './types.ts';
import { BINS, binOf, quantilesInto } from './histogram.ts';

const QUANTILES = [0.5, 0.95, 0.99];
const CAUSES = FAILURE_CAUSES.length;

export class SeriesTable {
  readonly arrivals: Uint32Array;
  readonly successes: Uint32Array;
  readonly degraded: Uint32Array;
  /** failures[cause * cells + cell]. */
  readonly failures: Uint32Array;
  readonly p50: Float32Array;
  readonly p95: Float32Array;
  readonly p99: Float32Array;
  private readonly busyArea: Float64Array;
  private readonly queueArea: Float64Array;
  private readonly lastT: Float64Array;
  /** Whole-run totals: arrivals, successes, degraded, then one per cause. */
  readonly totals: Float64Array;
  private readonly cells: number;
  private readonly rolling: (Uint32Array | null)[];
  private readonly rollingCount: Uint32Array;
  private readonly rollingBucket: Int32Array;
  /** The highest bin each rolling histogram has touched, so closing one clears only that far. */
  private readonly rollingTop: Int32Array;
  /** Whole-run latency histogram per element, made on first use. */
  readonly whole: (Uint32Array | null)[];
  readonly wholeCount: Float64Array;
  // Most records in a row share one timestamp; its bucket is computed once.
  private curT = -1;
  private curB = 0;

  constructor(
    readonly ids: string[],
    readonly bucketCount: number,
    readonly bucketMs: number,
    /** Counts and levels after this time go into totals only. */
    readonly endMs: number,
    /** Keep a whole-run latency histogram per element (for the summary's p99). */
    private readonly keepWhole: boolean,
  ) {
    const n = ids.length;
    const cells = n * bucketCount;
    this.cells = cells;
    this.arrivals = new Uint32Array(cells);
    this.successes = new Uint32Array(cells);
    this.degraded = new Uint32Array(cells);
    this.failures = new Uint32Array(cells * CAUSES);
    this.p50 = new Float32Array(cells).fill(NaN);
    this.p95 = new Float32Array(cells).fill(NaN);
    this.p99 = new Float32Array(cells).fill(NaN);
    this.busyArea = new Float64Array(cells);
    this.queueArea = new Float64Array(cells);
    this.lastT = new Float64Array(n);
    this.totals = new Float64Array(n * (3 + CAUSES));
    this.rolling = new Array<Uint32Array | null>(n).fill(null);
    this.rollingCount = new Uint32Array(n);
    this.rollingBucket = new Int32Array(n).fill(-1);
    this.rollingTop = new Int32Array(n);
    this.whole = new Array<Uint32Array | null>(n).fill(null);
    this.wholeCount = new Float64Array(n);
  }

  /** The bucket `t` falls in, or bucketCount when it is past the end. */
  bucket(t: number): number {
    if (t !== this.curT) {
      this.curT = t;
      this.curB = t < this.endMs ? Math.floor(t / this.bucketMs) : this.bucketCount;
    }
    return this.curB;
  }

  arrival(i: number, t: number): void {
    this.totals[i * (3 + CAUSES)]!++;
    const b = this.bucket(t);
    if (b < this.bucketCount) this.arrivals[i * this.bucketCount + b]!++;
  }

  /** A success with its latency; `degraded` when a fallback answered part of it. */
  success(i: number, t: number, latencyMs: number, degraded: boolean): void {
    const bin = binOf(latencyMs);
    const base = i * (3 + CAUSES);
    this.totals[base + 1]!++;
    if (degraded) this.totals[base + 2]!++;
    const b = this.bucket(t);
    if (b < this.bucketCount) {
      const cell = i * this.bucketCount + b;
      this.successes[cell]!++;
      if (degraded) this.degraded[cell]!++;
      this.rollingRecord(i, b, bin);
    }
    if (this.keepWhole) this.wholeRecord(i, bin);
  }

  /** Counts a degraded answer without a success (a link's fallback answering a failed call). */
  degrade(i: number, t: number): void {
    this.totals[i * (3 + CAUSES) + 2]!++;
    const b = this.bucket(t);
    if (b < this.bucketCount) this.degraded[i * this.bucketCount + b]!++;
  }

  failure(i: number, t: number, cause: number): void {
    this.totals[i * (3 + CAUSES) + 3 + cause]!++;
    const b = this.bucket(t);
    if (b < this.bucketCount) this.failures[cause * this.cells + i * this.bucketCount + b]!++;
  }

  /** Integrates the levels `busy` and `queue` that held from the last call for element i until `t`. */
  level(i: number, t: number, busy: number, queue: number): void {
    let t0 = this.lastT[i]!;
    this.lastT[i] = t;
    if (busy === 0 && queue === 0) return;
    const bms = this.bucketMs;
    const bt = this.bucket(t);
    if (bt < this.bucketCount && t0 >= bt * bms) {
      // The common case: the level held within the current bucket.
      const cell = i * this.bucketCount + bt;
      const dt = t - t0;
      this.busyArea[cell] = this.busyArea[cell]! + busy * dt;
      this.queueArea[cell] = this.queueArea[cell]! + queue * dt;
      return;
    }
    const end = t < this.endMs ? t : this.endMs;
    if (t0 >= end) return;
    let b = Math.floor(t0 / bms);
    let cell = i * this.bucketCount + b;
    while (t0 < end) {
      const bucketEnd = (b + 1) * bms;
      const to = end < bucketEnd ? end : bucketEnd;
      const dt = to - t0;
      this.busyArea[cell] = this.busyArea[cell]! + busy * dt;
      this.queueArea[cell] = this.queueArea[cell]! + queue * dt;
      t0 = to;
      b++;
      cell++;
    }
  }

  private rollingRecord(i: number, b: number, bin: number): void {
    let hist = this.rolling[i];
    if (hist == null) hist = this.rolling[i] = new Uint32Array(BINS);
    else if (this.rollingBucket[i] !== b) this.closeBucket(i);
    this.rollingBucket[i] = b;
    hist[bin]!++;
    this.rollingCount[i]!++;
    if (bin > this.rollingTop[i]!) this.rollingTop[i] = bin;
  }

  private wholeRecord(i: number, bin: number): void {
    let hist = this.whole[i];
    if (hist == null) hist = this.whole[i] = new Uint32Array(BINS);
    hist[bin]!++;
    this.wholeCount[i]!++;
  }

  private closeBucket(i: number): void {
    const b = this.rollingBucket[i]!;
    const hist = this.rolling[i];
    if (b < 0 || hist == null) return;
    const cell = i * this.bucketCount + b;
    quantilesInto(hist, this.rollingCount[i]!, QUANTILES, scratch);
    this.p50[cell] = scratch[0]!;
    this.p95[cell] = scratch[1]!;
    this.p99[cell] = scratch[2]!;
    hist.fill(0, 0, this.rollingTop[i]! + 1);
    this.rollingTop[i] = 0;
    this.rollingCount[i] = 0;
    this.rollingBucket[i] = -1;
  }

  /** The whole-run quantile `q` of element i's successes (NaN when it had none). */
  wholeQuantile(i: number, q: number): number {
    const hist = this.whole[i];
    return hist == null ? NaN : quantileAt(hist, this.wholeCount[i]!, q);
  }

  /** Total of counter k (0 arrivals, 1 successes, 2 degraded, 3 + cause) for element i. */
  total(i: number, k: number): number {
    return this.totals[i * (3 + CAUSES) + k]!;
  }

  /** Closes open percentile buckets, brings every level up to the end and returns the series. */
  finish(): ElementSeries {
    const n = this.ids.length;
    for (let i = 0; i < n; i++) this.closeBucket(i);
    const busy = new Float32Array(this.cells);
    const queue = new Float32Array(this.cells);
    for (let c = 0; c < this.cells; c++) {
      const b = c % this.bucketCount;
      const width = Math.min(this.bucketMs, this.endMs - b * this.bucketMs);
      busy[c] = this.busyArea[c]! / width;
      queue[c] = this.queueArea[c]! / width;
    }
    const failures = {} as Record<FailureCause, Uint32Array>;
    FAILURE_CAUSES.forEach((cause, k) => (failures[cause] = this.failures.slice(k * this.cells, (k + 1) * this.cells)));
    return {
      ids: this.ids,
      arrivals: this.arrivals,
      successes: this.successes,
      degraded: this.degraded,
      failures,
      p50: this.p50,
      p95: this.p95,
      p99: this.p99,
      busy,
      queue,
    };
  }

  /** Time-averaged busy and queue levels of element i over the whole series time span. */
  meanLevels(i: number): { busy: number; queue: number } {
    let busy = 0;
    let queue = 0;
    for (let b = 0; b < this.bucketCount; b++) {
      busy += this.busyArea[i * this.bucketCount + b]!;
      queue += this.queueArea[i * this.bucketCount + b]!;
    }
    return { busy: busy / this.endMs, queue: queue / this.endMs };
  }
}

const scratch = new Float64Array(3);

function quantileAt(hist: Uint32Array, total: number, q: number): number {
  quantilesInto(hist, total, [q], scratch);
  return scratch[0]!;
}
