/**
 * Rebasing an undo or redo over changes that arrived from elsewhere (another tab, a reload, a
 * collaborator). A history entry was recorded against a model that may no longer exist; applying it
 * blindly could resurrect a link to a node another tab deleted. So only the changes whose starting point
 * still matches are kept, and whatever references they leave dangling are cleaned up.
 */
import type { Model } from '../model/types.ts';
import { applyDiff } from './apply.ts';
import { entityChange, leavesPlace, type Entity } from './change.ts';
import { composeDiffs } from './compose.ts';
import { deepEqual } from './equal.ts';
import { repairReferences } from './integrity.ts';
import type { Change, EntityCollection, ModelDiff } from './diff-types.ts';

/**
 * The part of `diff` (an entry's inverse for undo, the entry itself for redo) that still applies to
 * `model`: each change is kept only if the entity's current state deep-equals the change's `before`
 * (absent for an insert), plus removals of links and saga steps left pointing at missing nodes. Applying
 * the result to a referentially valid model always gives a referentially valid model.
 */
export function rebaseForUndo(model: Model, diff: ModelDiff): ModelDiff {
  const indexByCollection = new Map<EntityCollection, Map<string, number>>();
  const indexOf = (collection: EntityCollection): Map<string, number> => {
    let index = indexByCollection.get(collection);
    if (!index) {
      index = new Map();
      (model[collection] as readonly Entity[]).forEach((item, i) => index?.set(item.id, i));
      indexByCollection.set(collection, index);
    }
    return index;
  };

  const kept: Change[] = [];
  for (const change of diff.changes) {
    if (change.collection === 'meta') {
      if (deepEqual(model[change.key], change.before)) kept.push(change);
      continue;
    }
    const index = indexOf(change.collection).get(change.id);
    const current = index === undefined ? null : ((model[change.collection] as readonly Entity[])[index] as Entity);
    const matches = current === null || change.before === null ? current === change.before : deepEqual(current, change.before);
    if (!matches) continue;
    // Refer to the current object and index, so the applied diff (and its inverse, the redo) is exact.
    const beforeIndex = leavesPlace(change) && index !== undefined ? index : change.beforeIndex;
    kept.push(entityChange(change.collection, change.id, current as never, change.after as never, beforeIndex, change.afterIndex));
  }

  const rebased: ModelDiff = { changes: kept };
  const repair = repairReferences(applyDiff(model, rebased));
  return repair.changes.length === 0 ? rebased : composeDiffs(rebased, repair);
}
