/**
 * The diff between two whole models, for edits that return a new model rather than a diff (the text
 * editor, a rule's quick fix, an import). Entities are matched by id and compared by reference first,
 * then structurally, so a new model that repeats most objects yields a small diff.
 */
import type { Model } from '../model/types.ts';
import { anyEntityChange, type Entity } from './change.ts';
import { deepEqual } from './equal.ts';
import type { Change, EntityCollection, MetaKey, ModelDiff } from './diff-types.ts';

const COLLECTIONS: readonly EntityCollection[] = ['nodes', 'links', 'groups', 'sagas'];
const META_KEYS: readonly MetaKey[] = ['name', 'description', 'decision', 'settings', 'scenarios'];

/** A diff such that applyDiff(prev, diff) deep-equals `next`, array order included. */
export function diffModels(prev: Model, next: Model): ModelDiff {
  const changes: Change[] = [];
  if (prev === next) return { changes };
  for (const key of META_KEYS) {
    if (prev[key] !== next[key] && !deepEqual(prev[key], next[key])) {
      changes.push({ collection: 'meta', key, before: prev[key], after: next[key] });
    }
  }
  for (const collection of COLLECTIONS) {
    const before = prev[collection] as readonly Entity[];
    const after = next[collection] as readonly Entity[];
    if (before !== after) diffCollection(collection, before, after, changes);
  }
  return { changes };
}

function diffCollection(collection: EntityCollection, prev: readonly Entity[], next: readonly Entity[], changes: Change[]): void {
  const prevIndex = new Map<string, number>();
  prev.forEach((item, i) => prevIndex.set(item.id, i));
  const nextIds = new Set<string>();
  // Survivors in next order, with their old indices: where those are not increasing, items were reordered.
  const survivorPrev: number[] = [];
  const survivorNext: number[] = [];
  next.forEach((item, j) => {
    nextIds.add(item.id);
    const i = prevIndex.get(item.id);
    if (i === undefined) return;
    survivorPrev.push(i);
    survivorNext.push(j);
  });

  prev.forEach((item, i) => {
    if (!nextIds.has(item.id)) changes.push(anyEntityChange(collection, item.id, item, null, i));
  });
  const staying = longestIncreasing(survivorPrev);
  let s = 0;
  next.forEach((item, j) => {
    const i = prevIndex.get(item.id);
    if (i === undefined) {
      changes.push(anyEntityChange(collection, item.id, null, item, undefined, j));
      return;
    }
    const old = prev[i] as Entity;
    // Survivors off the longest in-order run are the fewest moves that reproduce next's order.
    if (!staying.has(s)) changes.push(anyEntityChange(collection, item.id, old, item, i, j));
    else if (old !== item && !deepEqual(old, item)) changes.push(anyEntityChange(collection, item.id, old, item));
    s++;
  });
}

/** Positions (into `values`) of one longest strictly increasing subsequence; O(n log n). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k] = position of the smallest tail of an increasing run of length k+1
  const parent: number[] = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) parent[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const result = new Set<number>();
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i >= 0; i = parent[i] as number) result.add(i);
  return result;
}
