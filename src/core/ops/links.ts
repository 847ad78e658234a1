/** Link edits: add (with kind inference and refusals), update, change kind, reverse. */
import { createLink } from '../model/factories.ts';
import { uniqueId } from '../model/ids.ts';
import type { Link, LinkKind, Model, ModelNode } from '../model/types.ts';
import { entityChange } from './change.ts';
import { syncPairs, withoutDeadRoutes } from './integrity.ts';
import type { Change } from './diff-types.ts';
import { LINK_FIELDS } from './fields.ts';
import { applyPatch, type Patch } from './patch.ts';
import { commit, unchanged, type CreateResult, type OpResult } from './result.ts';

/** A patch of one link kind's own fields; id, kind and ends are fixed (use setLinkKind / reverseLink). */
export type LinkPatch<L extends Link = Link> = L extends Link ? Patch<L, 'id' | 'kind' | 'from' | 'to'> : never;

export type LinkRefusalCode = 'missing-node' | 'self-link' | 'duplicate';

/** Why addLink made nothing; `reason` is a sentence fit to show the user. */
export interface LinkRefusal {
  ok: false;
  code: LinkRefusalCode;
  reason: string;
}

/** addLink either adds one link (`ids[0]`) or refuses; it never throws. */
export type AddLinkResult = (CreateResult & { ok: true }) | LinkRefusal;

const FIXED_LINK_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'from', 'to']);

/**
 * Adds a link from one node to another, its kind inferred from the ends unless given. Refuses a missing
 * end, a self link, and an exact duplicate (same ends, same kind), which a stray drag easily makes.
 */
export function addLink(model: Model, fromId: string, toId: string, kind?: LinkKind): AddLinkResult {
  const from = model.nodes.find((n) => n.id === fromId);
  const to = model.nodes.find((n) => n.id === toId);
  if (!from || !to) return { ok: false, code: 'missing-node', reason: `There is no node “${from ? toId : fromId}” to connect.` };
  if (fromId === toId) return { ok: false, code: 'self-link', reason: 'A node cannot be linked to itself.' };
  const link = createLink('', from, to, kind);
  if (model.links.some((l) => l.from === fromId && l.to === toId && l.kind === link.kind)) {
    return { ok: false, code: 'duplicate', reason: `${from.name} already has a ${link.kind} link to ${to.name}.` };
  }
  const ids = new Set(model.links.map((l) => l.id));
  const id = uniqueId(`${fromId}-to-${toId}`, ids);
  const created = { ...link, id };
  return { ok: true, ...commit(model, [entityChange('links', id, null, created, undefined, model.links.length)]), ids: [id] };
}

/**
 * Updates a link's fields; a value of `undefined` deletes that field. Fields the link's kind does not
 * have (and id, kind, from, to) are ignored. Unknown id: no change.
 */
export function updateLink<L extends Link = Link>(model: Model, id: string, patch: LinkPatch<L>): OpResult {
  const link = model.links.find((l) => l.id === id);
  if (!link) return unchanged(model);
  const fields = LINK_FIELDS[link.kind];
  const next = applyPatch(link, patch, (key) => fields.has(key) && !FIXED_LINK_FIELDS.has(key));
  return next === link ? unchanged(model) : commit(model, [entityChange('links', id, link, next)]);
}

/**
 * Converts a link to another kind: keeps its id, ends and the fields both kinds share (the description),
 * drops the rest and takes the new kind's defaults from createLink.
 */
export function setLinkKind(model: Model, id: string, kind: LinkKind): OpResult {
  const link = model.links.find((l) => l.id === id);
  if (!link || link.kind === kind) return unchanged(model);
  const fields = LINK_FIELDS[kind];
  const converted: Record<string, unknown> = { ...createLink(id, endNode(model, link.from), endNode(model, link.to), kind) };
  for (const [key, value] of Object.entries(link)) {
    if (key !== 'kind' && fields.has(key)) converted[key] = value;
  }
  return commit(model, [entityChange('links', id, link, converted as Link), ...routeRepairs(model, id, converted as Link)]);
}

/** Swaps a link's ends (a duplicate of an existing link is allowed here: the user asked for exactly this link). */
export function reverseLink(model: Model, id: string): OpResult {
  const link = model.links.find((l) => l.id === id);
  if (!link || link.from === link.to) return unchanged(model);
  const reversed: Link = { ...link, from: link.to, to: link.from };
  return commit(model, [entityChange('links', id, link, reversed), ...routeRepairs(model, id, reversed)]);
}

/** Node changes that drop gateway routes no longer backed by a sync link once link `id` becomes `next`. */
function routeRepairs(model: Model, id: string, next: Link): Change[] {
  const pairs = syncPairs(model.links.map((l) => (l.id === id ? next : l)));
  const changes: Change[] = [];
  for (const node of model.nodes) {
    const pruned = withoutDeadRoutes(node, pairs);
    if (pruned !== node) changes.push(entityChange('nodes', node.id, node, pruned));
  }
  return changes;
}

/** createLink reads only the ids of the ends when the kind is given, so a missing end can be stood in for. */
function endNode(model: Model, id: string): ModelNode {
  return model.nodes.find((n) => n.id === id) ?? { kind: 'service', id, name: id };
}
