/** The `node` and `route` checks: which nodes exist with which properties, and where gateways route. */
import { slugify } from '../../model/ids.ts';
import type { GatewayNode, Model, ModelNode } from '../../model/types.ts';
import { listNames } from '../../rules/text.ts';
import { effectiveRouteShares } from '../apply/route-shares.ts';
import { nodeLabel, resolveNodes } from '../refs.ts';
import { fail, pass, type Outcome } from './outcome.ts';
import { AT_LEAST_ONE, describeRange, formatValue, inRange } from './range.ts';
import type { NodeCheck, RouteCheck } from './schema.ts';

/** Does `node` match the `node` check's selector and properties? */
function matches(node: ModelNode, spec: NodeCheck['node']): boolean {
  if (spec.id !== undefined && node.id !== spec.id) return false;
  if (spec.name !== undefined && slugify(node.name) !== slugify(spec.name) && slugify(node.id) !== slugify(spec.name)) return false;
  if (spec.kind !== undefined && node.kind !== spec.kind) return false;
  if (spec.legacy !== undefined && (node.kind === 'service' && node.legacy === true) !== spec.legacy) return false;
  if (spec.grouped !== undefined && (node.group !== undefined) !== spec.grouped) return false;
  if (spec.replicas !== undefined && (node.kind === 'client' || !inRange(node.replicas ?? 1, spec.replicas))) return false;
  if (spec.healthChecks !== undefined) {
    const both = node.kind === 'service' && node.healthChecks?.liveness === true && node.healthChecks.readiness === true;
    if (both !== spec.healthChecks) return false;
  }
  return true;
}

/** Evaluates a `node` check. */
export function evaluateNode({ node: spec }: NodeCheck, model: Model): Outcome {
  const found = model.nodes.filter((n) => matches(n, spec));
  const count = spec.count ?? AT_LEAST_ONE;
  const names = listNames(found.map(nodeLabel));
  if (inRange(found.length, count)) return pass(found.length === 0 ? 'None left.' : `Found ${names}.`);
  if (count.min !== undefined && found.length < count.min) {
    // Say what stands in the way: the named node exists but lacks a property, or does not exist at all.
    const named = spec.id ?? spec.name;
    const candidates = named === undefined ? [] : resolveNodes(model, named);
    if (found.length === 0 && candidates.length > 0) return fail(`${listNames(candidates.map(nodeLabel))} ${candidates.length === 1 ? 'is' : 'are'} there but not as asked (${describeWanted(spec)}).`);
    if (found.length === 0) return fail(named === undefined ? `There is no such ${spec.kind ?? 'node'} yet.` : `There is no ${spec.kind ?? 'node'} “${named}” yet.`);
    return fail(`Found ${found.length} (${names}); ${describeRange(count)} needed.`);
  }
  if (count.max === 0) return fail(`Still there: ${names}.`);
  return fail(`Found ${found.length} (${names}); ${describeRange(count)} allowed.`);
}

function describeWanted(spec: NodeCheck['node']): string {
  const parts = [
    spec.kind ? `a ${spec.kind}` : '',
    spec.legacy === true ? 'marked legacy' : spec.legacy === false ? 'not marked legacy' : '',
    spec.grouped === true ? 'in a bounded context' : spec.grouped === false ? 'outside any context' : '',
    spec.replicas ? `replicas ${describeRange(spec.replicas)}` : '',
    spec.healthChecks === true ? 'with liveness and readiness checks' : spec.healthChecks === false ? 'without both health checks' : '',
  ].filter(Boolean);
  return parts.join(', ') || 'as named';
}

/** Evaluates a `route` check: some gateway routes the prefix (or any prefix) to the target, with the share asked. */
export function evaluateRoute({ route: spec }: RouteCheck, model: Model): Outcome {
  const gateways = (spec.gateway === undefined ? model.nodes : resolveNodes(model, spec.gateway)).filter((n): n is GatewayNode => n.kind === 'gateway');
  if (gateways.length === 0) return fail(spec.gateway === undefined ? 'There is no gateway yet.' : `There is no gateway “${spec.gateway}” yet.`);
  const targets = new Set(resolveNodes(model, spec.to).map((n) => n.id));
  if (targets.size === 0) return fail(`There is no node “${spec.to}” yet.`);
  let best: { gateway: GatewayNode; share: number } | undefined;
  for (const gateway of gateways) {
    const routes = gateway.routes ?? [];
    const shares = effectiveRouteShares(routes);
    let share = 0;
    let hit = false;
    routes.forEach((route, i) => {
      if (!targets.has(route.to) || (spec.prefix !== undefined && route.prefix !== spec.prefix)) return;
      hit = true;
      share += shares[i] ?? 0;
    });
    if (!hit) continue;
    if (!spec.share || inRange(share, spec.share)) return pass(`${nodeLabel(gateway)} routes ${spec.prefix ?? 'traffic'} to ${spec.to}${spec.share ? ` (${formatValue(share, 'ratio')} of its traffic)` : ''}.`);
    best ??= { gateway, share };
  }
  if (best && spec.share) return fail(`${nodeLabel(best.gateway)} routes ${formatValue(best.share, 'ratio')} of its traffic there; ${describeRange(spec.share, 'ratio')} needed.`);
  const current = gateways.flatMap((g) => (g.routes ?? []).map((r) => `${r.prefix} → ${r.to}`));
  return fail(current.length === 0 ? `${listNames(gateways.map(nodeLabel))} ${gateways.length === 1 ? 'has' : 'have'} no routes yet.` : `Routes now: ${current.join(', ')}.`);
}
