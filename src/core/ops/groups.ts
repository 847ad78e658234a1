/** Group (bounded context) edits: add, update, change membership, remove while keeping members. */
import { GROUP_FIELD_NAMES } from '../model/field-names.ts';
import { uniqueId } from '../model/ids.ts';
import type { Group, Model, Position, Size } from '../model/types.ts';
import { entityChange } from './change.ts';
import type { Change } from './diff-types.ts';
import { withoutGroup } from './integrity.ts';
import { nodeSpaceIds, uniqueName } from './naming.ts';
import { applyPatch, type Patch } from './patch.ts';
import { removeElements } from './remove.ts';
import { commit, unchanged, type CreateResult, type OpResult } from './result.ts';

export interface AddGroupArgs {
  /** Kept as given; when absent `context` is numbered to be unique. */
  name?: string;
  /** Existing nodes to move into the new group. */
  nodeIds?: readonly string[];
  position?: Position;
  size?: Size;
}

/** A patch of a group's fields; `undefined` deletes an optional one. The id is fixed. */
export type GroupPatch = Patch<Group, 'id'>;

const DEFAULT_GROUP_NAME = 'context';
const GROUP_FIELDS: ReadonlySet<string> = new Set(GROUP_FIELD_NAMES.filter((key) => key !== 'id'));

/** Adds a group (optionally taking in existing nodes) as one step; `ids` holds its id. */
export function addGroup(model: Model, args: AddGroupArgs = {}): CreateResult {
  const names = new Set(model.groups.map((g) => g.name));
  const name = args.name ?? uniqueName(DEFAULT_GROUP_NAME, (n) => names.has(n));
  const id = uniqueId(name, nodeSpaceIds(model));
  const group: Group = { id, name };
  if (args.position) group.position = { x: args.position.x, y: args.position.y };
  if (args.size) group.size = { width: args.size.width, height: args.size.height };
  const changes: Change[] = [entityChange('groups', id, null, group, undefined, model.groups.length)];
  changes.push(...membershipChanges(model, args.nodeIds ?? [], id));
  return { ...commit(model, changes), ids: [id] };
}

/** Updates a group's fields; `undefined` deletes an optional field. Unknown id: no change. */
export function updateGroup(model: Model, id: string, patch: GroupPatch): OpResult {
  const group = model.groups.find((g) => g.id === id);
  if (!group) return unchanged(model);
  const next = applyPatch(group, patch, (key) => GROUP_FIELDS.has(key));
  return next === group ? unchanged(model) : commit(model, [entityChange('groups', id, group, next)]);
}

/** Puts nodes into a group, or takes them out of any group with `null`. An unknown group changes nothing. */
export function setNodesGroup(model: Model, nodeIds: readonly string[], groupId: string | null): OpResult {
  if (groupId !== null && !model.groups.some((g) => g.id === groupId)) return unchanged(model);
  const changes = membershipChanges(model, nodeIds, groupId);
  return changes.length === 0 ? unchanged(model) : commit(model, changes);
}

/** Removes a group; its nodes stay, ungrouped. */
export function removeGroup(model: Model, id: string): OpResult {
  return removeElements(model, { groups: [id] });
}

function membershipChanges(model: Model, nodeIds: readonly string[], groupId: string | null): Change[] {
  if (nodeIds.length === 0) return [];
  const wanted = new Set(nodeIds);
  const changes: Change[] = [];
  for (const node of model.nodes) {
    if (!wanted.has(node.id) || node.group === (groupId ?? undefined)) continue;
    changes.push(entityChange('nodes', node.id, node, groupId === null ? withoutGroup(node) : { ...node, group: groupId }));
  }
  return changes;
}
