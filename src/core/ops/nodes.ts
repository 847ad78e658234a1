/** Node edits: add, update, rename, move. */
import { defaultNodeName, createNode } from '../model/factories.ts';
import { uniqueId } from '../model/ids.ts';
import type { Model, ModelNode, NodeKind, Position } from '../model/types.ts';
import { entityChange } from './change.ts';
import type { Change } from './diff-types.ts';
import { NODE_FIELDS } from './fields.ts';
import { nodeSpaceIds, uniqueName } from './naming.ts';
import { applyPatch, type Patch } from './patch.ts';
import { commit, unchanged, type CreateResult, type OpResult } from './result.ts';

export interface AddNodeArgs {
  kind: NodeKind;
  /** Kept as given; when absent the kind's default name is numbered to be unique (`service-2`). */
  name?: string;
  position?: Position;
  /** Ignored unless the group exists. */
  group?: string;
}

/**
 * A patch of one node kind's own fields. Identity (id, kind) is fixed and membership goes through
 * setNodesGroup, which checks the group exists. Pass the kind for a precise type: `updateNode<ServiceNode>`.
 */
export type NodePatch<N extends ModelNode = ModelNode> = N extends ModelNode ? Patch<N, 'id' | 'kind' | 'group'> : never;

const FIXED_NODE_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'group']);

/** Adds a node with the palette defaults; `ids` holds its id. */
export function addNode(model: Model, args: AddNodeArgs): CreateResult {
  const names = new Set(model.nodes.map((n) => n.name));
  const name = args.name ?? uniqueName(defaultNodeName(args.kind), (n) => names.has(n));
  const id = uniqueId(name, nodeSpaceIds(model));
  let node = createNode(args.kind, id, name, args.position);
  if (args.group !== undefined && model.groups.some((g) => g.id === args.group)) node = { ...node, group: args.group };
  return { ...commit(model, [entityChange('nodes', id, null, node, undefined, model.nodes.length)]), ids: [id] };
}

/**
 * Updates a node's fields; a value of `undefined` deletes that field. Fields the node's kind does not
 * have (and id, kind, group) are ignored, so the result always has a valid shape. Unknown id: no change.
 */
export function updateNode<N extends ModelNode = ModelNode>(model: Model, id: string, patch: NodePatch<N>): OpResult {
  const index = model.nodes.findIndex((n) => n.id === id);
  const node = model.nodes[index];
  if (!node) return unchanged(model);
  const fields = NODE_FIELDS[node.kind];
  const next = applyPatch(node, patch, (key) => fields.has(key) && !FIXED_NODE_FIELDS.has(key));
  return next === node ? unchanged(model) : commit(model, [entityChange('nodes', id, node, next)]);
}

/** Renames a node (its id stays: ids are referenced by links, sagas and suppressions). */
export function renameNode(model: Model, id: string, name: string): OpResult {
  return updateNode(model, id, { name });
}

/**
 * Moves nodes and groups by id (they share one id space, and the canvas drags both alike). Ids not in
 * the model and unchanged positions are skipped.
 */
export function moveNodes(model: Model, positions: PositionsById): OpResult {
  return moveElements(model, positions, positions);
}

/** Moves nodes and groups from separate position maps; one pass over each collection, so a 1,000-node drag stays linear. */
export function moveElements(model: Model, nodePositions: PositionsById, groupPositions: PositionsById = EMPTY_POSITIONS): OpResult {
  const nodeAt = lookup(nodePositions);
  const groupAt = lookup(groupPositions);
  const changes: Change[] = [];
  for (const node of model.nodes) {
    const position = nodeAt(node.id);
    if (position && !samePosition(node.position, position)) {
      changes.push(entityChange('nodes', node.id, node, { ...node, position: { x: position.x, y: position.y } }));
    }
  }
  for (const group of model.groups) {
    const position = groupAt(group.id);
    if (position && !samePosition(group.position, position)) {
      changes.push(entityChange('groups', group.id, group, { ...group, position: { x: position.x, y: position.y } }));
    }
  }
  return changes.length === 0 ? unchanged(model) : commit(model, changes);
}

/** Positions keyed by node or group id. */
export type PositionsById = ReadonlyMap<string, Position> | Readonly<Record<string, Position>>;

const EMPTY_POSITIONS: PositionsById = new Map();

function lookup(positions: PositionsById): (id: string) => Position | undefined {
  if (positions instanceof Map) return (id) => positions.get(id);
  const record = positions as Readonly<Record<string, Position>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}

function samePosition(a: Position | undefined, b: Position): boolean {
  return a !== undefined && a.x === b.x && a.y === b.y;
}
