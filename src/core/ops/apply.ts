/**
 * Applies a diff. Untouched entities keep their object identity and untouched collections keep their
 * array, because the canvas re-renders whatever object changed. Each touched collection is walked once,
 * so a 1,000-node drag costs O(n), not O(n x changes).
 *
 * Applying is total: an insert of an id that exists replaces it, a removal of a missing id does nothing,
 * a replacement of a missing id inserts it. Rebased or hand-made diffs therefore never throw.
 */
import type { Model } from '../model/types.ts';
import { isPlaced, type AnyEntityChange, type Entity } from './change.ts';
import type { EntityCollection, MetaChange, ModelDiff } from './diff-types.ts';

/** Returns `model` with `diff` applied; the same model object when the diff touches nothing. */
export function applyDiff(model: Model, diff: ModelDiff): Model {
  if (diff.changes.length === 0) return model;
  const byCollection = new Map<EntityCollection, Map<string, AnyEntityChange>>();
  const meta: MetaChange[] = [];
  for (const change of diff.changes) {
    if (change.collection === 'meta') {
      meta.push(change);
      continue;
    }
    let changes = byCollection.get(change.collection);
    if (!changes) byCollection.set(change.collection, (changes = new Map()));
    changes.set(change.id, change);
  }

  let next: Record<string, unknown> | null = null;
  const edit = (): Record<string, unknown> => (next ??= { ...model });
  for (const [collection, changes] of byCollection) {
    const items = model[collection] as readonly Entity[];
    const updated = applyToCollection(items, changes);
    if (updated !== items) edit()[collection] = updated;
  }
  for (const change of meta) {
    const current = (next ?? model) as Record<string, unknown>;
    if (change.after === undefined) {
      if (Object.hasOwn(current, change.key)) delete edit()[change.key];
    } else if (current[change.key] !== change.after) {
      edit()[change.key] = change.after;
    }
  }
  return (next ?? model) as Model;
}

/** One pass over a collection: replace in place, drop removed and moved items, then merge placed ones in. */
function applyToCollection(items: readonly Entity[], changes: ReadonlyMap<string, AnyEntityChange>): readonly Entity[] {
  const kept: Entity[] = [];
  const placed: AnyEntityChange[] = [];
  const handled = new Set<string>();
  let touched = false;
  for (const item of items) {
    const change = changes.get(item.id);
    if (!change) {
      kept.push(item);
      continue;
    }
    handled.add(item.id);
    if (change.after === null) {
      touched = true;
    } else if (isPlaced(change)) {
      placed.push(change);
      touched = true;
    } else {
      kept.push(change.after);
      if (change.after !== item) touched = true;
    }
  }

  const appended: Entity[] = [];
  for (const change of changes.values()) {
    if (handled.has(change.id) || change.after === null) continue;
    touched = true;
    if (isPlaced(change)) placed.push(change);
    else appended.push(change.after);
  }
  if (!touched) return items;
  if (placed.length === 0 && appended.length === 0) return kept;

  // Placed items go in ascending target order; each lands at its index once everything before it is in.
  placed.sort((a, b) => (a.afterIndex ?? 0) - (b.afterIndex ?? 0));
  const result: Entity[] = [];
  let p = 0;
  const flushPlaced = (): void => {
    for (let next = placed[p]; next && (next.afterIndex ?? 0) <= result.length; next = placed[++p]) {
      result.push(next.after as Entity);
    }
  };
  for (const item of kept) {
    flushPlaced();
    result.push(item);
  }
  flushPlaced();
  // Indices past the end (a rebased diff on a shorter array) clamp to the end, in order.
  for (; p < placed.length; p++) result.push((placed[p] as AnyEntityChange).after as Entity);
  result.push(...appended);
  return result;
}
