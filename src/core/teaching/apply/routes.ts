/**
 * Gateway route edits (the Strangler Fig's moves), as pure ops returning `{ model, diff }`. Moving a
 * prefix from the monolith to the new service is one edit, so it is one undo step.
 */
import type { GatewayRoute, Model } from '../../model/types.ts';
import { unchanged, type OpResult } from '../../ops/result.ts';
import { updateNode } from '../../ops/nodes.ts';
import type { GatewayNode } from '../../model/types.ts';

function gatewayOf(model: Model, id: string): GatewayNode | undefined {
  const node = model.nodes.find((n) => n.id === id);
  return node?.kind === 'gateway' ? node : undefined;
}

function withRoutes(model: Model, gateway: GatewayNode, routes: GatewayRoute[]): OpResult {
  return updateNode<GatewayNode>(model, gateway.id, { routes: routes.length > 0 ? routes : undefined });
}

/** Adds a route, or changes the one with the same prefix (its target, and its share when given). */
export function setRoute(model: Model, gatewayId: string, route: GatewayRoute): OpResult {
  const gateway = gatewayOf(model, gatewayId);
  if (!gateway) return unchanged(model);
  const routes = [...(gateway.routes ?? [])];
  const i = routes.findIndex((r) => r.prefix === route.prefix);
  if (i < 0) routes.push({ ...route });
  else routes[i] = { ...routes[i]!, ...route };
  return withRoutes(model, gateway, routes);
}

/** Sends an existing prefix to another node (the Strangler Fig's "route it to the new service"). */
export function moveRoute(model: Model, gatewayId: string, prefix: string, to: string): OpResult {
  const gateway = gatewayOf(model, gatewayId);
  const route = gateway?.routes?.find((r) => r.prefix === prefix);
  if (!gateway || !route || route.to === to) return unchanged(model);
  return withRoutes(model, gateway, gateway.routes!.map((r) => (r === route ? { ...r, to } : r)));
}

/** Removes the route with this prefix. */
export function removeRoute(model: Model, gatewayId: string, prefix: string): OpResult {
  const gateway = gatewayOf(model, gatewayId);
  if (!gateway?.routes?.some((r) => r.prefix === prefix)) return unchanged(model);
  return withRoutes(model, gateway, gateway.routes.filter((r) => r.prefix !== prefix));
}

/**
 * Drops routes that no longer lead anywhere (their target was deleted, or the gateway's sync link to it
 * was), which the file format would reject. Call after an edit that removes nodes or links.
 */
export function pruneRoutes(model: Model): Model {
  const calls = new Set(model.links.filter((l) => l.kind === 'sync').map((l) => `${l.from}\u0000${l.to}`));
  let changed = false;
  const nodes = model.nodes.map((node) => {
    if (node.kind !== 'gateway' || !node.routes) return node;
    const kept = node.routes.filter((r) => calls.has(`${node.id}\u0000${r.to}`));
    if (kept.length === node.routes.length) return node;
    changed = true;
    if (kept.length > 0) return { ...node, routes: kept };
    const { routes: _routes, ...rest } = node;
    return rest;
  });
  return changed ? { ...model, nodes } : model;
}
