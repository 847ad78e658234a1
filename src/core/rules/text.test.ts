import { describe, expect, it } from 'vitest';
import { chain, formatCount, listNames, nameStem, pascalCase, plural, thousands, words } from './text.ts';
import { undoName } from './fixes/add-compensation.ts';

describe('message helpers', () => {
  it('lists names as a sentence, capped', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['a'])).toBe('a');
    expect(listNames(['a', 'b'])).toBe('a and b');
    expect(listNames(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listNames(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e and 2 more');
  });

  it('pluralises, chains and formats counts', () => {
    expect(plural(1, 'service')).toBe('1 service');
    expect(plural(2, 'node depends', 'nodes depend')).toBe('2 nodes depend');
    expect(chain(['a', 'b'])).toBe('a → b');
    expect(thousands(27)).toBe('27');
    expect(thousands(1234567)).toBe('1,234,567');
    expect(thousands(12345.5)).toBe('12,345.5');
    expect(formatCount(2e9, 1e9)).toBe('over 1,000,000,000');
  });

  it('splits identifiers into words and names placeholders after them', () => {
    expect(words('reserve_inventory')).toEqual(['reserve', 'inventory']);
    expect(words('processPayment')).toEqual(['process', 'payment']);
    expect(pascalCase('POST /payments')).toBe('PostPayments');
    expect(undoName('reserve_inventory')).toBe('undoReserveInventory');
    expect(undoName('!!!')).toBe('undoStep');
    expect(undoName('x'.repeat(300))).toHaveLength(200);
    expect(nameStem('order-service')).toBe('order');
    expect(nameStem('Order Service')).toBe('Order');
    expect(nameStem('service')).toBe('service');
  });
});
