/**
 * Small pure edits shared by the quick fixes. Every fix returns a new model and leaves untouched nodes
 * and links as the same objects, so the store's diff (and React Flow) see only what changed.
 */
import { uniqueId } from '../../model/index.ts';
import type { Link, Model, ModelNode, Position, SyncLink } from '../../model/index.ts';

/** Every id in use, so new nodes, links and sagas get ids no one else has. */
export function takenIds(model: Model): Set<string> {
  const taken = new Set<string>();
  for (const n of model.nodes) taken.add(n.id);
  for (const l of model.links) taken.add(l.id);
  for (const g of model.groups) taken.add(g.id);
  for (const s of model.sagas) taken.add(s.id);
  return taken;
}

/** A fresh id from `base`, recorded in `taken` so the next call in the same fix cannot reuse it. */
export function freshId(base: string, taken: Set<string>): string {
  const id = uniqueId(base, taken);
  taken.add(id);
  return id;
}

/** Replaces the sync links whose ids are in `ids` with `change(link)`; other links keep their identity. */
export function updateSyncLinks(model: Model, ids: ReadonlySet<string>, change: (link: SyncLink) => SyncLink): Model {
  let changed = false;
  const links = model.links.map((link) => {
    if (link.kind !== 'sync' || !ids.has(link.id)) return link;
    changed = true;
    return change(link);
  });
  return changed ? { ...model, links } : model;
}

/** Replaces the nodes whose ids are in `ids` with `change(node)`. */
export function updateNodes(model: Model, ids: ReadonlySet<string>, change: (node: ModelNode) => ModelNode): Model {
  let changed = false;
  const nodes = model.nodes.map((node) => {
    if (!ids.has(node.id)) return node;
    changed = true;
    return change(node);
  });
  return changed ? { ...model, nodes } : model;
}

/** The node with `id`, if any. */
export function findNode(model: Model, id: string): ModelNode | undefined {
  return model.nodes.find((n) => n.id === id);
}

/** A position offset from `p`, clamped to the schema's coordinate range; undefined when `p` is. */
export function offset(p: Position | undefined, dx: number, dy: number): Position | undefined {
  if (!p) return undefined;
  const clamp = (v: number) => Math.max(-1_000_000, Math.min(1_000_000, v));
  return { x: clamp(p.x + dx), y: clamp(p.y + dy) };
}

/** The midpoint of the positions given (ignoring missing ones); undefined when none is known. */
export function midpoint(points: readonly (Position | undefined)[]): Position | undefined {
  const known = points.filter((p): p is Position => p !== undefined);
  if (known.length === 0) return undefined;
  const x = known.reduce((sum, p) => sum + p.x, 0) / known.length;
  const y = known.reduce((sum, p) => sum + p.y, 0) / known.length;
  return { x: Math.round(x), y: Math.round(y) };
}

/** `node` with `position` set, or unchanged when there is no position to give (exactOptionalPropertyTypes). */
export function withPosition<T extends { position?: Position | undefined }>(node: T, position: Position | undefined): T {
  return position ? { ...node, position } : node;
}

/** The links of `model` minus those with ids in `ids`, plus `added`. */
export function replaceLinks(model: Model, ids: ReadonlySet<string>, added: readonly Link[]): Model {
  return { ...model, links: [...model.links.filter((l) => !ids.has(l.id)), ...added] };
}
