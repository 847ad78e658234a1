/**
 * FNV-1a (32-bit) over a canonical digest of a result: every series array's bytes in a fixed order,
 * then the JSON of everything else. JSON.stringify writes numbers the same way in every engine, and the
 * engine itself is deterministic, so equal hashes mean equal results.
 */
import type { ElementSeries, EntrySeries, SimResult } from './types.ts';
import { FAILURE_CAUSES } from './types.ts';

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function hashBytes(h: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, PRIME);
  return h;
}

function hashText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h = Math.imul(h ^ (unit & 0xff), PRIME);
    h = Math.imul(h ^ (unit >>> 8), PRIME);
  }
  return h;
}

function hashArray(h: number, array: Uint32Array | Float32Array): number {
  // NaN has many bit patterns; count every NaN as the canonical one.
  if (array instanceof Float32Array) {
    const copy = new Float32Array(array.length);
    for (let i = 0; i < array.length; i++) copy[i] = array[i]! === array[i]! ? array[i]! : NaN;
    return hashBytes(h, new Uint8Array(copy.buffer));
  }
  return hashBytes(h, new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
}

function seriesArrays(s: ElementSeries | EntrySeries): (Uint32Array | Float32Array)[] {
  const common = [s.arrivals, ...FAILURE_CAUSES.map((c) => s.failures[c]), s.degraded, s.p50, s.p95, s.p99];
  return 'busy' in s ? [...common, s.successes, s.busy, s.queue] : [...common, s.ok, s.stuck, s.successRatio];
}

/** The hash of everything in `result` except the hash itself, as 8 hex digits. */
export function hashResult(result: Omit<SimResult, 'hash'>): string {
  let h = OFFSET;
  for (const series of [result.nodes, result.links, result.entries]) {
    h = hashText(h, JSON.stringify(series.ids));
    for (const array of seriesArrays(series)) h = hashArray(h, array);
  }
  const rest = {
    scenario: result.scenario,
    seed: result.seed,
    durationMs: result.durationMs,
    bucketMs: result.bucketMs,
    bucketCount: result.bucketCount,
    breakerTransitions: result.breakerTransitions,
    summary: result.summary,
    warnings: result.warnings,
    events: result.events,
  };
  h = hashText(h, JSON.stringify(rest));
  return (h >>> 0).toString(16).padStart(8, '0');
}
