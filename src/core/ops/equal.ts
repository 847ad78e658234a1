/**
 * Structural equality for model data (plain JSON-like objects and arrays). A key holding `undefined`
 * counts as absent, because under exactOptionalPropertyTypes the two mean the same thing in a model.
 */

/** True when `a` and `b` hold the same plain data; checks reference equality first, so shared subtrees are cheap. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN is the one primitive that is not equal to itself.
    return Number.isNaN(a) && Number.isNaN(b);
  }
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) {
    const bArray = b as readonly unknown[];
    if (a.length !== bArray.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bArray[i])) return false;
    return true;
  }
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  let aCount = 0;
  for (const key in aRecord) {
    if (!Object.hasOwn(aRecord, key) || aRecord[key] === undefined) continue;
    aCount++;
    if (!deepEqual(aRecord[key], bRecord[key])) return false;
  }
  let bCount = 0;
  for (const key in bRecord) if (Object.hasOwn(bRecord, key) && bRecord[key] !== undefined) bCount++;
  return aCount === bCount;
}
