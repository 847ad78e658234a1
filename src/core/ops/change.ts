/** Small helpers for building and reading changes, shared by the diff algebra and the ops. */
import { deepEqual } from './equal.ts';
import type { Change, EntityChange, EntityChangeOf, EntityCollection, EntityTypes, ModelDiff } from './diff-types.ts';

/** The loosest view of an entity: every collection's items have a string id. */
export interface Entity {
  readonly id: string;
}

/** An entity change with the collection's item type erased, for code that treats collections alike. */
export interface AnyEntityChange {
  collection: EntityCollection;
  id: string;
  before: Entity | null;
  after: Entity | null;
  beforeIndex?: number;
  afterIndex?: number;
}

/** A diff with no changes. */
export function emptyDiff(): ModelDiff {
  return { changes: [] };
}

/** Builds an entity change, leaving out indices that are not given (exactOptionalPropertyTypes forbids `undefined`). */
export function entityChange<C extends EntityCollection>(
  collection: C,
  id: string,
  before: EntityTypes[C] | null,
  after: EntityTypes[C] | null,
  beforeIndex?: number,
  afterIndex?: number,
): EntityChange {
  const change: EntityChangeOf<C> = { collection, id, before, after };
  if (beforeIndex !== undefined) change.beforeIndex = beforeIndex;
  if (afterIndex !== undefined) change.afterIndex = afterIndex;
  return change as EntityChange;
}

/** Same as entityChange, for code that works on erased entities. */
export function anyEntityChange(
  collection: EntityCollection,
  id: string,
  before: Entity | null,
  after: Entity | null,
  beforeIndex?: number,
  afterIndex?: number,
): EntityChange {
  return entityChange(collection, id, before as never, after as never, beforeIndex, afterIndex);
}

/** True for a change that takes the entity out of its place in the array (removed, or moved elsewhere). */
export function leavesPlace(change: AnyEntityChange): boolean {
  return change.before !== null && (change.after === null || change.afterIndex !== undefined);
}

/** True for a change that puts the entity at a recorded index (inserted or moved). */
export function isPlaced(change: AnyEntityChange): boolean {
  return change.after !== null && change.afterIndex !== undefined;
}

/** True when applying the change would leave the model as it was. */
export function isNoopChange(change: Change): boolean {
  if (change.collection === 'meta') return deepEqual(change.before, change.after);
  if (change.before === null || change.after === null) return change.before === change.after;
  // A change with a target index may be a pure reorder, which is not a no-op even with equal content.
  return change.afterIndex === undefined && deepEqual(change.before, change.after);
}

/** True when the diff changes nothing (no changes, or only no-op ones). */
export function isEmptyDiff(diff: ModelDiff): boolean {
  return diff.changes.every(isNoopChange);
}

/** A stable key for "the same thing" across diffs: an entity or a meta field. */
export function changeKey(change: Change): string {
  return change.collection === 'meta' ? `meta\u0000${change.key}` : `${change.collection}\u0000${change.id}`;
}
