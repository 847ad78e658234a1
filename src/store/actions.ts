/**
 * Thin editor actions: each calls one pure core op and commits its diff as one labelled undo step.
 * The UI calls these; it never edits the model itself.
 */
import * as ops from '../core/ops/index.ts';
import type { Fragment } from '../core/ops/index.ts';
import {
  DEFAULT_BULKHEAD,
  DEFAULT_CIRCUIT_BREAKER,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  type DecisionInputs,
  type Link,
  type LinkKind,
  type Model,
  type ModelNode,
  type NodeKind,
  type Position,
} from '../core/model/index.ts';
import type { EditorStore } from './editor-store.ts';
import { groupBoxAround } from '../core/layout/group-boxes.ts';

const PASTE_OFFSET: Position = { x: 40, y: 40 };

/** Adds a node from the palette at a canvas position (inside a context if given) and selects it. */
export function addNodeAt(store: EditorStore, kind: NodeKind, position: Position, group?: string): string | undefined {
  const { model, commit, setSelection } = store.getState();
  const result = ops.addNode(model, { kind, position, ...(group ? { group } : {}) });
  commit(result, `Add ${kind}`);
  const id = result.ids[0];
  if (id) setSelection({ nodes: new Set([id]), links: new Set() });
  return id;
}

/** Connects two nodes; the link kind is inferred from their kinds. Reports why when it cannot. */
export function connectNodes(store: EditorStore, from: string, to: string, kind?: LinkKind): string | undefined {
  const { model, commit, setSelection, notify } = store.getState();
  const result = ops.addLink(model, from, to, kind);
  if (!result.ok) {
    notify({ tone: 'info', message: result.reason });
    return undefined;
  }
  commit(result, 'Connect');
  const id = result.ids[0];
  if (id) setSelection({ nodes: new Set(), links: new Set([id]) });
  return id;
}

/** Deletes the selection: links touching deleted nodes go too; a deleted context keeps its members. */
export function deleteSelection(store: EditorStore): void {
  const { model, selection, commit } = store.getState();
  if (selection.nodes.size === 0 && selection.links.size === 0) return;
  const groupIds = new Set(model.groups.map((g) => g.id));
  const nodes = [...selection.nodes].filter((id) => !groupIds.has(id));
  const groups = [...selection.nodes].filter((id) => groupIds.has(id));
  commit(ops.removeElements(model, { nodes, groups, links: [...selection.links] }), 'Delete');
}

const clipboards = new WeakMap<EditorStore, Fragment>();

/** Copies the selected nodes (and the links among them) to this editor's clipboard. */
export function copySelection(store: EditorStore): Fragment | undefined {
  const { model, selection, notify } = store.getState();
  if (selection.nodes.size === 0) return undefined;
  const groupIds = new Set(model.groups.map((g) => g.id));
  const fragment = ops.extractFragment(model, {
    nodes: [...selection.nodes].filter((id) => !groupIds.has(id)),
    groups: [...selection.nodes].filter((id) => groupIds.has(id)),
  });
  clipboards.set(store, fragment);
  const count = fragment.nodes.length + fragment.groups.length;
  notify({ tone: 'info', message: `Copied ${count} element${count === 1 ? '' : 's'}` });
  return fragment;
}

/** Pastes the clipboard next to where it came from and selects the copies. */
export function pasteClipboard(store: EditorStore): void {
  const fragment = clipboards.get(store);
  if (!fragment) return;
  const { model, commit, setSelection } = store.getState();
  const result = ops.pasteFragment(model, fragment, PASTE_OFFSET);
  commit(result, 'Paste');
  setSelection({ nodes: new Set(result.ids), links: new Set() });
  // Paste again lands further along rather than on top of the first copy.
  clipboards.set(store, { ...fragment, nodes: fragment.nodes.map((n) => (n.position ? { ...n, position: { x: n.position.x + PASTE_OFFSET.x, y: n.position.y + PASTE_OFFSET.y } } : n)), groups: fragment.groups.map((g) => (g.position ? { ...g, position: { x: g.position.x + PASTE_OFFSET.x, y: g.position.y + PASTE_OFFSET.y } } : g)) });
}

/** Duplicates the selected nodes in place (offset) and selects the duplicates. */
export function duplicateSelection(store: EditorStore): void {
  const { model, selection, commit, setSelection } = store.getState();
  if (selection.nodes.size === 0) return;
  const result = ops.duplicateElements(model, [...selection.nodes], PASTE_OFFSET);
  commit(result, 'Duplicate');
  setSelection({ nodes: new Set(result.ids), links: new Set() });
}

/** Renames a node or a bounded context. */
export function renameElement(store: EditorStore, id: string, name: string): void {
  const { model, commit } = store.getState();
  if (model.groups.some((g) => g.id === id)) commit(ops.updateGroup(model, id, { name }), 'Rename context');
  else commit(ops.renameNode(model, id, name), 'Rename');
}

/** Edits fields of one node; `undefined` removes a field. */
export function editNode(store: EditorStore, id: string, patch: ops.NodePatch, label = 'Edit node'): void {
  const { model, commit } = store.getState();
  commit(ops.updateNode(model, id, patch), label);
}

/** Edits fields of one link; `undefined` removes a field. */
export function editLink(store: EditorStore, id: string, patch: ops.LinkPatch, label = 'Edit link'): void {
  const { model, commit } = store.getState();
  commit(ops.updateLink(model, id, patch), label);
}

/** Changes what kind of link this is, keeping its ends. */
export function changeLinkKind(store: EditorStore, id: string, kind: LinkKind): void {
  const { model, commit } = store.getState();
  commit(ops.setLinkKind(model, id, kind), `Make ${kind} link`);
}

/** The policy a user switches on gets the pattern catalogue's default parameters. */
export function togglePolicy(store: EditorStore, link: Link, policy: 'timeout' | 'retry' | 'breaker' | 'bulkhead' | 'fallback', on: boolean): void {
  if (link.kind !== 'sync') return;
  const patch: ops.LinkPatch =
    policy === 'timeout' ? { timeoutMs: on ? DEFAULT_TIMEOUT_MS : undefined }
    : policy === 'retry' ? { retry: on ? { ...DEFAULT_RETRY } : undefined }
    : policy === 'breaker' ? { circuitBreaker: on ? { ...DEFAULT_CIRCUIT_BREAKER } : undefined }
    : policy === 'bulkhead' ? { bulkhead: on ? { ...DEFAULT_BULKHEAD } : undefined }
    : { fallback: on ? 'degraded response' : undefined };
  editLink(store, link.id, patch, `${on ? 'Add' : 'Remove'} ${policy}`);
}

/** Puts the selected nodes into a new bounded context. */
export function groupSelection(store: EditorStore): void {
  const { model, selection, commit, setSelection, setRenaming } = store.getState();
  const groupIds = new Set(model.groups.map((g) => g.id));
  const nodeIds = [...selection.nodes].filter((id) => !groupIds.has(id));
  if (nodeIds.length === 0) return;
  // A context gets a stored box at once, so dragging a member out leaves it rather than stretching it.
  const members = model.nodes.filter((n) => nodeIds.includes(n.id));
  const box = groupBoxAround(members);
  const result = ops.addGroup(model, { name: 'New context', nodeIds, ...(box ?? {}) });
  commit(result, 'Group into context');
  const id = result.ids[0];
  if (id) {
    setSelection({ nodes: new Set([id]), links: new Set() });
    setRenaming(id);
  }
}

/** Adds an empty bounded context at a position. */
export function addContextAt(store: EditorStore, position: Position): void {
  const { model, commit, setSelection } = store.getState();
  const result = ops.addGroup(model, { name: 'New context', position, size: { width: 360, height: 220 } });
  commit(result, 'Add context');
  const id = result.ids[0];
  if (id) setSelection({ nodes: new Set([id]), links: new Set() });
}

/** Resizes (and possibly moves) a bounded context. */
export function resizeGroup(store: EditorStore, id: string, box: { x: number; y: number; width: number; height: number }): void {
  const { model, commit } = store.getState();
  commit(ops.updateGroup(model, id, { position: { x: box.x, y: box.y }, size: { width: Math.max(40, box.width), height: Math.max(40, box.height) } }), 'Resize context');
}

/** Edits a bounded context. */
export function editGroup(store: EditorStore, id: string, patch: ops.GroupPatch, label = 'Edit context'): void {
  const { model, commit } = store.getState();
  commit(ops.updateGroup(model, id, patch), label);
}

/** Answers one or more decision-framework questions. */
export function editDecision(store: EditorStore, patch: { [K in keyof DecisionInputs]?: DecisionInputs[K] | undefined }): void {
  const { model, commit } = store.getState();
  commit(ops.setDecision(model, patch), 'Edit decision inputs');
}

/** Renames the whole model. */
export function renameModel(store: EditorStore, name: string): void {
  const { model, commit } = store.getState();
  if (!name.trim() || name === model.name) return;
  commit(ops.renameModel(model, name.trim()), 'Rename model');
}

/** Replaces the model with an edited whole (layout, quick fixes, text edits) as one undo step. */
export function replaceModel(store: EditorStore, next: Model, label: string): void {
  const { model, commit } = store.getState();
  commit(ops.replaceModel(model, next), label);
}

/** Selects every node, context and link. */
export function selectAll(store: EditorStore): void {
  const { model, setSelection } = store.getState();
  setSelection({
    nodes: new Set([...model.groups.map((g) => g.id), ...model.nodes.map((n) => n.id)]),
    links: new Set(model.links.map((l) => l.id)),
  });
}

/** The one selected node, if exactly one node is selected. */
export function singleSelectedNode(model: Model, nodes: ReadonlySet<string>): ModelNode | undefined {
  if (nodes.size !== 1) return undefined;
  const [id] = nodes;
  return model.nodes.find((n) => n.id === id);
}

/** Puts a node into a bounded context, or takes it out of any with `null`. */
export function setNodeContext(store: EditorStore, nodeId: string, groupId: string | null): void {
  const { model, commit } = store.getState();
  commit(ops.setNodesGroup(model, [nodeId], groupId), groupId === null ? 'Remove from context' : 'Move to context');
}

/** Sets or (with an empty string) removes the model's description. */
export function setModelDescription(store: EditorStore, description: string): void {
  const { model, commit } = store.getState();
  commit(ops.setModelDescription(model, description === '' ? undefined : description), 'Edit description');
}

/** Adds a saga (orchestrated by the first service, when there is one) and returns its id. */
export function addSaga(store: EditorStore): string | undefined {
  const { model, commit } = store.getState();
  const first = model.nodes.find((n) => n.kind === 'service');
  const result = ops.addSaga(model, { name: 'New saga', ...(first ? { orchestrator: first.id, steps: [{ service: first.id, action: 'start' }] } : {}) });
  commit(result, 'Add saga');
  return result.ids[0];
}

/** Edits a saga's name, orchestrator or steps as one undo step. */
export function editSaga(store: EditorStore, id: string, patch: ops.SagaPatch, label = 'Edit saga'): void {
  const { model, commit } = store.getState();
  commit(ops.updateSaga(model, id, patch), label);
}

/** Removes a saga. */
export function removeSaga(store: EditorStore, id: string): void {
  const { model, commit } = store.getState();
  commit(ops.removeSaga(model, id), 'Delete saga');
}
