/** Ranges in checks: testing a number against one, and saying it in words. */
import type { Range } from './schema.ts';

/** True when `value` lies within the range (bounds included). */
export function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** How a value of some metric reads: a percentage, milliseconds or a plain count. */
export type Unit = 'ratio' | 'ms' | 'count';

/** A value in its unit: 0.953 → "95.3%", 1200 → "1,200 ms". */
export function formatValue(value: number, unit: Unit): string {
  if (unit === 'ratio') return `${trim(value * 100)}%`;
  if (unit === 'ms') return `${Math.round(value).toLocaleString('en-US')} ms`;
  return Number.isInteger(value) ? value.toLocaleString('en-US') : trim(value);
}

/** "≥ 95%", "≤ 3", "between 1 and 3". */
export function describeRange(range: Range, unit: Unit = 'count'): string {
  const { min, max } = range;
  if (min !== undefined && max !== undefined) return min === max ? `= ${formatValue(min, unit)}` : `between ${formatValue(min, unit)} and ${formatValue(max, unit)}`;
  if (min !== undefined) return `≥ ${formatValue(min, unit)}`;
  return `≤ ${formatValue(max ?? 0, unit)}`;
}

/** A count range as a quantity word for a noun phrase: "no", "at least 2", "at most 3", "exactly 1". */
export function quantity(range: Range | undefined): string {
  const { min = 1, max } = range ?? {};
  if (max === 0) return 'no';
  if (max === undefined) return min <= 1 ? 'a' : `at least ${min}`;
  if (min === max) return `exactly ${min}`;
  if (min <= 0) return `at most ${max}`;
  return `between ${min} and ${max}`;
}

/** Checks count "at least one" unless told otherwise. */
export const AT_LEAST_ONE: Range = Object.freeze({ min: 1 });

function trim(n: number): string {
  return String(Math.round(n * 10) / 10);
}
