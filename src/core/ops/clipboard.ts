/** Copy, paste and duplicate: fragments of a model that can be pasted into it or into another model. */
import { uniqueId } from '../model/ids.ts';
import type { Group, Link, Model, ModelNode, Position } from '../model/types.ts';
import { entityChange } from './change.ts';
import type { Change } from './diff-types.ts';
import { withoutGroup } from './integrity.ts';
import { nodeSpaceIds, uniqueName, uniqueSlug } from './naming.ts';
import { commit, type CreateResult } from './result.ts';

/** Copied elements: nodes, the links among them, and the selected groups. Plain data, safe to keep. */
export interface Fragment {
  nodes: ModelNode[];
  links: Link[];
  groups: Group[];
}

export interface FragmentSelection {
  nodes: readonly string[];
  /** A selected group comes with all its member nodes, as copying a box on the canvas copies its contents. */
  groups?: readonly string[];
}

/** A paste's result: `ids` are the new node and group ids (what the canvas selects), `linkIds` the new links. */
export interface PasteResult extends CreateResult {
  linkIds: string[];
}

/** The selected nodes (plus members of selected groups), the links between them, and the selected groups, in model order. */
export function extractFragment(model: Model, selection: FragmentSelection): Fragment {
  const groupIds = new Set(selection.groups ?? []);
  const groups = model.groups.filter((g) => groupIds.has(g.id));
  const nodeIds = new Set(selection.nodes);
  const nodes = model.nodes.filter((n) => nodeIds.has(n.id) || (n.group !== undefined && groupIds.has(n.group)));
  const copied = new Set(nodes.map((n) => n.id));
  const links = model.links.filter((l) => copied.has(l.from) && copied.has(l.to));
  return { nodes, links, groups };
}

/**
 * Pastes a fragment: every element gets a fresh id and name (`order-service` → `order-service-2`,
 * `service-2` → `service-3`), links follow their copied ends, positions move by `offset`. A node stays in
 * its group if that group was pasted too (then the copy) or exists in the target model; else it is ungrouped.
 */
export function pasteFragment(model: Model, fragment: Fragment, offset: Position): PasteResult {
  const takenIds = nodeSpaceIds(model);
  const groupNames = new Set(model.groups.map((g) => g.name));
  const nodeNames = new Set(model.nodes.map((n) => n.name));
  const linkIds = new Set(model.links.map((l) => l.id));
  const existingGroups = new Set(model.groups.map((g) => g.id));
  const changes: Change[] = [];
  const ids: string[] = [];
  const newLinkIds: string[] = [];

  const groupCopies = new Map<string, string>();
  for (const group of fragment.groups) {
    const id = claim(uniqueSlug(group.id, (x) => takenIds.has(x)), takenIds);
    const name = claim(uniqueName(group.name, (x) => groupNames.has(x)), groupNames);
    groupCopies.set(group.id, id);
    const copy: Group = { ...group, id, name, ...(group.position && { position: moved(group.position, offset) }) };
    changes.push(entityChange('groups', id, null, copy, undefined, model.groups.length + ids.length));
    ids.push(id);
  }

  const nodeCopies = new Map<string, string>();
  for (const [i, node] of fragment.nodes.entries()) {
    const id = claim(uniqueSlug(node.id, (x) => takenIds.has(x)), takenIds);
    const name = claim(uniqueName(node.name, (x) => nodeNames.has(x)), nodeNames);
    nodeCopies.set(node.id, id);
    let copy: ModelNode = { ...node, id, name, ...(node.position && { position: moved(node.position, offset) }) };
    if (node.group !== undefined) {
      const group = groupCopies.get(node.group) ?? (existingGroups.has(node.group) ? node.group : undefined);
      copy = group === undefined ? withoutGroup(copy) : { ...copy, group };
    }
    changes.push(entityChange('nodes', id, null, copy, undefined, model.nodes.length + i));
    ids.push(id);
  }

  for (const link of fragment.links) {
    const from = nodeCopies.get(link.from);
    const to = nodeCopies.get(link.to);
    if (from === undefined || to === undefined) continue;
    const id = claim(uniqueId(`${from}-to-${to}`, linkIds), linkIds);
    changes.push(entityChange('links', id, null, { ...link, id, from, to }, undefined, model.links.length + newLinkIds.length));
    newLinkIds.push(id);
  }
  return { ...commit(model, changes), ids, linkIds: newLinkIds };
}

/** Copies the given nodes and groups (ids of either) and pastes them at `offset`. */
export function duplicateElements(model: Model, ids: readonly string[], offset: Position): PasteResult {
  const wanted = new Set(ids);
  const fragment = extractFragment(model, {
    nodes: model.nodes.filter((n) => wanted.has(n.id)).map((n) => n.id),
    groups: model.groups.filter((g) => wanted.has(g.id)).map((g) => g.id),
  });
  return pasteFragment(model, fragment, offset);
}

function claim(value: string, taken: Set<string>): string {
  taken.add(value);
  return value;
}

function moved(position: Position, offset: Position): Position {
  return { x: position.x + offset.x, y: position.y + offset.y };
}
