/** Deleting elements, with the cascades that keep the model referentially valid, as one undoable diff. */
import type { Model } from '../model/types.ts';
import { entityChange } from './change.ts';
import type { Change } from './diff-types.ts';
import { sagaWithout, syncPairs, withoutDeadRoutes, withoutGroup } from './integrity.ts';
import { commit, unchanged, type OpResult } from './result.ts';

export interface RemoveSelection {
  nodes?: readonly string[];
  links?: readonly string[];
  groups?: readonly string[];
}

/**
 * Removes nodes, links and groups. Links touching a removed node go too, and saga steps (and an
 * orchestrator) naming a removed node; nodes of a removed group are ungrouped, not deleted.
 */
export function removeElements(model: Model, selection: RemoveSelection): OpResult {
  const nodeIds = new Set(selection.nodes ?? []);
  const linkIds = new Set(selection.links ?? []);
  const groupIds = new Set(selection.groups ?? []);
  const changes: Change[] = [];
  let removedNode = false;
  const goneLink = (link: Model['links'][number]) => linkIds.has(link.id) || nodeIds.has(link.from) || nodeIds.has(link.to);
  // A gateway route needs a sync link to its target, so routes over removed links go too.
  const pairs = syncPairs(model.links.filter((l) => !goneLink(l)));

  for (const [i, node] of model.nodes.entries()) {
    if (nodeIds.has(node.id)) {
      removedNode = true;
      changes.push(entityChange('nodes', node.id, node, null, i));
      continue;
    }
    const ungrouped = node.group !== undefined && groupIds.has(node.group) ? withoutGroup(node) : node;
    const next = withoutDeadRoutes(ungrouped, pairs);
    if (next !== node) changes.push(entityChange('nodes', node.id, node, next));
  }
  model.links.forEach((link, i) => {
    if (goneLink(link)) changes.push(entityChange('links', link.id, link, null, i));
  });
  model.groups.forEach((group, i) => {
    if (groupIds.has(group.id)) changes.push(entityChange('groups', group.id, group, null, i));
  });
  if (removedNode) {
    for (const saga of model.sagas) {
      const fixed = sagaWithout(saga, (id) => nodeIds.has(id));
      if (fixed !== saga) changes.push(entityChange('sagas', saga.id, saga, fixed));
    }
  }
  return changes.length === 0 ? unchanged(model) : commit(model, changes);
}
