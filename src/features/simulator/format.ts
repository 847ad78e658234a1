/** Number formats the Simulate panel shares. */

/** 12.5 s, 60 s, 1.5 min is not used: a class reads seconds. */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** 100 %, 99.97 % (never rounded up to 100), 16.9 %. */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  if (ratio >= 1) return '100 %';
  const pct = ratio * 100;
  if (pct >= 99) return `${(Math.floor(pct * 100) / 100).toFixed(2)} %`;
  return `${(Math.floor(pct * 10) / 10).toFixed(1)} %`;
}

/** 245 ms, 1.2 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Seconds in a field → whole ms. */
export function secondsToMs(s: number): number {
  return Math.round(s * 1000);
}
