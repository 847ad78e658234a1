/**
 * Referential repair: the changes that make a model's references point at things that exist. Used after
 * rebasing an undo over remote edits, where the two sides may each be valid but not together.
 */
import type { Model, ModelNode, Saga } from '../model/types.ts';
import { entityChange } from './change.ts';
import type { Change, ModelDiff } from './diff-types.ts';

/**
 * A diff that removes links with a missing end, ungroups nodes whose group is missing, and drops saga
 * steps (and orchestrators) that name a missing node. Empty when the model is already consistent.
 */
export function repairReferences(model: Model): ModelDiff {
  const nodeIds = new Set(model.nodes.map((n) => n.id));
  const groupIds = new Set(model.groups.map((g) => g.id));
  const changes: Change[] = [];
  model.links.forEach((link, i) => {
    if (!nodeIds.has(link.from) || !nodeIds.has(link.to)) changes.push(entityChange('links', link.id, link, null, i));
  });
  for (const node of model.nodes) {
    if (node.group !== undefined && !groupIds.has(node.group)) changes.push(entityChange('nodes', node.id, node, withoutGroup(node)));
  }
  for (const saga of model.sagas) {
    const fixed = sagaWithout(saga, (id) => !nodeIds.has(id));
    if (fixed !== saga) changes.push(entityChange('sagas', saga.id, saga, fixed));
  }
  // Routes are repaired against the links that survive the removals above.
  const removedLinks = new Set(changes.flatMap((c) => (c.collection === 'links' ? [c.id] : [])));
  const pairs = syncPairs(model.links.filter((l) => !removedLinks.has(l.id)));
  for (const change of [...changes]) {
    if (change.collection !== 'nodes' || !change.after) continue;
    const pruned = withoutDeadRoutes(change.after, pairs);
    if (pruned !== change.after) change.after = pruned;
  }
  for (const node of model.nodes) {
    if (changes.some((c) => c.collection === 'nodes' && c.id === node.id)) continue;
    const pruned = withoutDeadRoutes(node, pairs);
    if (pruned !== node) changes.push(entityChange('nodes', node.id, node, pruned));
  }
  return { changes };
}

/** Every `from → to` pair joined by a sync link, as a set of keys for `withoutDeadRoutes`. */
export function syncPairs(links: readonly Model['links'][number][]): Set<string> {
  return new Set(links.filter((l) => l.kind === 'sync').map((l) => `${l.from}\u0000${l.to}`));
}

/**
 * A gateway without the routes whose target it no longer calls (a route needs a sync link from the
 * gateway to its target); the same object when every route is still backed.
 */
export function withoutDeadRoutes<N extends ModelNode>(node: N, pairs: ReadonlySet<string>): N {
  if (node.kind !== 'gateway' || !node.routes) return node;
  const kept = node.routes.filter((r) => pairs.has(`${node.id}\u0000${r.to}`));
  if (kept.length === node.routes.length) return node;
  if (kept.length > 0) return { ...node, routes: kept };
  const { routes: _routes, ...rest } = node;
  return rest as N;
}

/** The node without its group field. */
export function withoutGroup<N extends ModelNode>(node: N): N {
  const { group: _group, ...rest } = node;
  return rest as N;
}

/** The saga without steps (and orchestrator) naming a node for which `gone` is true; the same object if none do. */
export function sagaWithout(saga: Saga, gone: (nodeId: string) => boolean): Saga {
  const steps = saga.steps.filter((step) => !gone(step.service));
  const dropOrchestrator = saga.orchestrator !== undefined && gone(saga.orchestrator);
  if (steps.length === saga.steps.length && !dropOrchestrator) return saga;
  const { orchestrator, ...rest } = saga;
  return dropOrchestrator || orchestrator === undefined ? { ...rest, steps } : { ...rest, orchestrator, steps };
}
