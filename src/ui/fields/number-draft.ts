/** Parsing and checking of what a user typed into a number field, kept pure so it is easy to test. */

export interface NumberRules {
  min?: number | undefined;
  max?: number | undefined;
  integer?: boolean | undefined;
  /** When false an empty field means "remove the value"; when true it is an error. */
  required?: boolean | undefined;
  /** Shown after limits in messages: `ms`, `%`. */
  unit?: string | undefined;
  /** A further check on a number that passed the others (cross-field rules such as p99 ≥ p50). */
  validate?: ((value: number) => string | null) | undefined;
}

export type DraftResult = { ok: true; value: number | undefined } | { ok: false; error: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Formats a number for display without float noise (0.07 * 100 shows as 7, not 7.000000000000001). */
export function formatNumber(value: number | undefined): string {
  if (value === undefined) return '';
  return String(Number(value.toPrecision(12)));
}

/** Formats a limit for a message: thousands separated, with the unit. */
export function formatLimit(value: number, unit?: string): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return unit ? `${text} ${unit}` : text;
}

/** Reads a draft: the number it means, `undefined` for an allowed empty field, or why it is invalid. */
export function parseNumberDraft(draft: string, rules: NumberRules): DraftResult {
  // Thousands separators and spaces are how people write big numbers ("30 000", "30_000"); a comma is
  // not accepted since it is the decimal mark in half the world.
  const text = draft.trim().replace(/[\s_]/g, '');
  if (text === '') return rules.required ? { ok: false, error: 'A value is required' } : { ok: true, value: undefined };
  if (!NUMBER.test(text)) return { ok: false, error: rules.integer ? 'Enter a whole number' : 'Enter a number' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: 'Enter a number' };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, error: 'Must be a whole number' };
  if (rules.min !== undefined && value < rules.min) return { ok: false, error: `Must be at least ${formatLimit(rules.min, rules.unit)}` };
  if (rules.max !== undefined && value > rules.max) return { ok: false, error: `Must be at most ${formatLimit(rules.max, rules.unit)}` };
  const custom = rules.validate?.(value) ?? null;
  return custom ? { ok: false, error: custom } : { ok: true, value };
}
