/** Message helpers: findings read as sentences that name the services involved. */

/** "a", "a and b", "a, b and c", or "a, b, c and 4 more" past `max` names. */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length === 0) return '';
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** "1 service", "3 services". */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}

/** "a → b → c". */
export function chain(names: readonly string[]): string {
  return names.join(' → ');
}

/** Splits "reserve_inventory", "reserveInventory" or "POST /payments" into lower-case words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** "reserve inventory" → "ReserveInventory". */
export function pascalCase(text: string): string {
  return words(text)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** A large count for a message; capped values read as "over 1,000,000,000". */
export function formatCount(value: number, cap: number): string {
  return value >= cap ? `over ${thousands(cap)}` : thousands(value);
}

/** Plain integers below 10,000 need no separator: skip the regex for the common case. */
function small(value: number): string | undefined {
  return Number.isInteger(value) && value < 10_000 && value > -10_000 ? String(value) : undefined;
}

/** "1234567" → "1,234,567" (toLocaleString goes through Intl and costs microseconds per call). */
export function thousands(value: number): string {
  const quick = small(value);
  if (quick !== undefined) return quick;
  const [whole = '', fraction] = String(Math.round(value * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "order-service" → "order": new datastores and topics read "order-db", "order-events". */
export function nameStem(name: string): string {
  return name.replace(/[\s_-]*service$/i, '') || name;
}
