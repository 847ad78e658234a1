/**
 * How lessons name the parts of a learner's model. A learner adds nodes from the palette and renames
 * them, so their ids are whatever the editor generated (`service-2`): a reference therefore matches a
 * node by its id or by its name, compared as slugs ("Order Service" matches "order-service").
 */
import { slugify } from '../model/ids.ts';
import type { Model, ModelNode, NodeKind } from '../model/types.ts';

/** A node id or name, or any node of a kind. */
export type NodeSelector = string | { kind: NodeKind };

/** The nodes `ref` names: the node with that exact id, else every node whose name or id slugifies alike. */
export function resolveNodes(model: Model, ref: string): ModelNode[] {
  const exact = model.nodes.find((n) => n.id === ref);
  if (exact) return [exact];
  const slug = slugify(ref);
  return model.nodes.filter((n) => slugify(n.name) === slug || slugify(n.id) === slug);
}

/** The nodes a selector picks. */
export function selectNodes(model: Model, selector: NodeSelector): ModelNode[] {
  return typeof selector === 'string' ? resolveNodes(model, selector) : model.nodes.filter((n) => n.kind === selector.kind);
}

/** The ids of the nodes a selector picks, as a set for membership tests. */
export function selectedIds(model: Model, selector: NodeSelector | undefined): ReadonlySet<string> | undefined {
  return selector === undefined ? undefined : new Set(selectNodes(model, selector).map((n) => n.id));
}

/** A selector in words: `order-service`, or "any gateway". */
export function describeSelector(selector: NodeSelector): string {
  return typeof selector === 'string' ? selector : `any ${selector.kind}`;
}

/** A node's label in messages: its name, else its id. */
export function nodeLabel(node: ModelNode): string {
  return node.name.trim() || node.id;
}
