/**
 * Squashing two consecutive diffs into one, as a drag gesture or a multi-step action becomes one undo
 * step. For each entity the result keeps the first diff's `before` and the second's `after`; no-ops drop
 * out. Indices are translated between the three array states (before a, between, after b) so the squashed
 * diff and its inverse restore order exactly.
 */
import { changeKey, entityChange, isNoopChange, isPlaced, leavesPlace } from './change.ts';
import type { Change, EntityChange, EntityCollection, ModelDiff } from './diff-types.ts';

/** Where a diff takes items out of a collection (input indices) and puts them (output indices), sorted. */
interface IndexShift {
  removed: number[];
  inserted: number[];
}

/** The diff equal to applying `a` then `b`. */
export function composeDiffs(a: ModelDiff, b: ModelDiff): ModelDiff {
  const shifts = { a: new Map<EntityCollection, IndexShift>(), b: new Map<EntityCollection, IndexShift>() };
  const shift = (which: 'a' | 'b', collection: EntityCollection): IndexShift => {
    let s = shifts[which].get(collection);
    if (!s) shifts[which].set(collection, (s = indexShift(which === 'a' ? a : b, collection)));
    return s;
  };
  // An item's index after `a` (its place in the middle state) seen from before `a`, and from after `b`.
  const toStart = (collection: EntityCollection, middle: number) => backward(shift('a', collection), middle);
  const toEnd = (collection: EntityCollection, middle: number) => forward(shift('b', collection), middle);

  const second = new Map<string, Change>();
  for (const change of b.changes) second.set(changeKey(change), change);
  const seen = new Set<string>();
  const changes: Change[] = [];
  const keep = (change: Change): void => {
    if (!isNoopChange(change)) changes.push(change);
  };

  for (const first of a.changes) {
    const key = changeKey(first);
    seen.add(key);
    const then = second.get(key);
    if (first.collection === 'meta') {
      keep(then ? { collection: 'meta', key: first.key, before: first.before, after: then.after } : first);
      continue;
    }
    if (!then) {
      keep(isPlaced(first) ? withIndices(first, first.beforeIndex, toEnd(first.collection, first.afterIndex as number)) : first);
      continue;
    }
    const last = then as EntityChange;
    const before = first.before;
    const after = last.after;
    if (before === null && after === null) continue;
    const beforeIndex =
      before === null ? undefined : (first.beforeIndex ?? (last.beforeIndex === undefined ? undefined : toStart(first.collection, last.beforeIndex)));
    const afterIndex =
      after === null ? undefined : (last.afterIndex ?? (isPlaced(first) ? toEnd(first.collection, first.afterIndex as number) : undefined));
    keep(entityChange(first.collection, first.id, before as never, after as never, beforeIndex, afterIndex));
  }

  for (const then of b.changes) {
    if (seen.has(changeKey(then))) continue;
    if (then.collection !== 'meta' && leavesPlace(then) && then.beforeIndex !== undefined) {
      keep(withIndices(then, toStart(then.collection, then.beforeIndex), then.afterIndex));
    } else {
      keep(then);
    }
  }
  return { changes };
}

function withIndices(change: EntityChange, beforeIndex: number | undefined, afterIndex: number | undefined): EntityChange {
  return entityChange(change.collection, change.id, change.before as never, change.after as never, beforeIndex, afterIndex);
}

function indexShift(diff: ModelDiff, collection: EntityCollection): IndexShift {
  const removed: number[] = [];
  const inserted: number[] = [];
  for (const change of diff.changes) {
    if (change.collection !== collection) continue;
    if (leavesPlace(change) && change.beforeIndex !== undefined) removed.push(change.beforeIndex);
    if (isPlaced(change)) inserted.push(change.afterIndex as number);
  }
  const ascending = (x: number, y: number) => x - y;
  return { removed: removed.sort(ascending), inserted: inserted.sort(ascending) };
}

/** How many of the sorted `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `rank`-th index (0-based) not taken by the sorted `taken` list. */
function nthFree(taken: readonly number[], rank: number): number {
  let index = rank;
  for (const t of taken) {
    if (t <= index) index++;
    else break;
  }
  return index;
}

/** Output index of an item the diff leaves in place, given its input index. */
function forward(shift: IndexShift, input: number): number {
  return nthFree(shift.inserted, input - countBelow(shift.removed, input));
}

/** Input index of an item the diff leaves in place, given its output index. */
function backward(shift: IndexShift, output: number): number {
  return nthFree(shift.removed, output - countBelow(shift.inserted, output));
}
