// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumberDraft } from './number-draft.ts';

describe('parseNumberDraft', () => {
  const ms = { integer: true, min: 1, max: 3_600_000, unit: 'ms', required: true };

  it('accepts valid numbers, with spaces or underscores as thousands separators', () => {
    expect(parseNumberDraft('3000', ms)).toEqual({ ok: true, value: 3000 });
    expect(parseNumberDraft(' 30 000 ', ms)).toEqual({ ok: true, value: 30_000 });
    expect(parseNumberDraft('30_000', ms)).toEqual({ ok: true, value: 30_000 });
    expect(parseNumberDraft('1e3', ms)).toEqual({ ok: true, value: 1000 });
    expect(parseNumberDraft('.5', { min: 0 })).toEqual({ ok: true, value: 0.5 });
  });

  it('says why a draft is invalid', () => {
    expect(parseNumberDraft('abc', ms)).toEqual({ ok: false, error: 'Enter a whole number' });
    expect(parseNumberDraft('abc', {})).toEqual({ ok: false, error: 'Enter a number' });
    expect(parseNumberDraft('1,5', {})).toEqual({ ok: false, error: 'Enter a number' });
    expect(parseNumberDraft('12abc', {})).toEqual({ ok: false, error: 'Enter a number' });
    expect(parseNumberDraft('2.5', ms)).toEqual({ ok: false, error: 'Must be a whole number' });
    expect(parseNumberDraft('-5', ms)).toEqual({ ok: false, error: 'Must be at least 1 ms' });
    expect(parseNumberDraft('4000000', ms)).toEqual({ ok: false, error: 'Must be at most 3,600,000 ms' });
    expect(parseNumberDraft('1e400', {})).toEqual({ ok: false, error: 'Enter a number' });
  });

  it('treats an empty draft as "remove" unless the value is required', () => {
    expect(parseNumberDraft('', {})).toEqual({ ok: true, value: undefined });
    expect(parseNumberDraft('   ', ms)).toEqual({ ok: false, error: 'A value is required' });
  });

  it('runs the cross-field check last', () => {
    const rules = { min: 0, validate: (n: number) => (n < 20 ? 'p99 must be at least p50' : null) };
    expect(parseNumberDraft('10', rules)).toEqual({ ok: false, error: 'p99 must be at least p50' });
    expect(parseNumberDraft('-1', rules)).toEqual({ ok: false, error: 'Must be at least 0' });
    expect(parseNumberDraft('20', rules)).toEqual({ ok: true, value: 20 });
  });
});

describe('formatNumber', () => {
  it('hides float noise', () => {
    expect(formatNumber(0.07 * 100)).toBe('7');
    expect(formatNumber(undefined)).toBe('');
    expect(formatNumber(30_000)).toBe('30000');
  });
});
