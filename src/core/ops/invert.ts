/** Inverting a diff: what undo applies. */
import { entityChange } from './change.ts';
import type { Change, ModelDiff } from './diff-types.ts';

/** The diff that takes the edited model back: before and after swapped, indices swapped, order reversed. */
export function invertDiff(diff: ModelDiff): ModelDiff {
  const changes: Change[] = [];
  for (let i = diff.changes.length - 1; i >= 0; i--) changes.push(invertChange(diff.changes[i] as Change));
  return { changes };
}

function invertChange(change: Change): Change {
  if (change.collection === 'meta') return { collection: 'meta', key: change.key, before: change.after, after: change.before };
  return entityChange(change.collection, change.id, change.after as never, change.before as never, change.afterIndex, change.beforeIndex);
}
