/**
 * Checks the schema cannot express: that ids are unique and that every reference points at something
 * of the right kind. Runs only on a structurally valid model, so it can rely on the types.
 */
import type { Model, ModelNode } from '../model/types.ts';
import type { PathSegment, Problem } from './types.ts';

/** Every broken id and reference in `model`, each with the path of the offending field. */
export function checkReferences(model: Model): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) => problems.push({ path, message });

  // Nodes and groups share one namespace: a group id appears where node ids do (suppressions, the canvas).
  const owners = new Map<string, string>();
  const claim = (id: string, path: PathSegment[]) => {
    const first = owners.get(id);
    if (first === undefined) owners.set(id, formatShort(path));
    else report([...path, 'id'], `duplicate id "${id}": already used by ${first}`);
  };
  model.groups.forEach((group, i) => claim(group.id, ['groups', i]));
  model.nodes.forEach((node, i) => claim(node.id, ['nodes', i]));
  checkUnique(model.links, 'links', report);
  checkUnique(model.sagas, 'sagas', report);

  const nodes = new Map<string, ModelNode>();
  for (const node of model.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const groupIds = new Set(model.groups.map((g) => g.id));

  model.nodes.forEach((node, i) => {
    if (node.group !== undefined && !groupIds.has(node.group)) report(['nodes', i, 'group'], `no group with id "${node.group}"`);
  });

  model.links.forEach((link, i) => {
    const from = nodes.get(link.from);
    const to = nodes.get(link.to);
    const missing = (id: string) => (groupIds.has(id) ? `"${id}" is a group; links connect nodes` : `no node with id "${id}"`);
    if (!from) report(['links', i, 'from'], missing(link.from));
    if (!to) report(['links', i, 'to'], missing(link.to));
    if (link.from === link.to) report(['links', i, 'to'], `a link cannot connect "${link.from}" to itself`);
    if (link.kind === 'data') {
      if (to && to.kind !== 'database') report(['links', i, 'to'], `a data link must end at a database, but "${to.id}" is a ${to.kind}`);
      if (from && from.kind === 'database') report(['links', i, 'from'], `a data link starts at the node that reads or writes, but "${from.id}" is a database`);
    }
  });

  checkRoutes(model, nodes, report);

  const serviceProblem = (id: string): string | undefined => {
    const node = nodes.get(id);
    if (!node) return `no service with id "${id}"`;
    return node.kind === 'service' ? undefined : `"${id}" is a ${node.kind}, not a service`;
  };
  model.sagas.forEach((saga, i) => {
    if (saga.orchestrator !== undefined) {
      const problem = serviceProblem(saga.orchestrator);
      if (problem) report(['sagas', i, 'orchestrator'], problem);
    }
    saga.steps.forEach((step, j) => {
      const problem = serviceProblem(step.service);
      if (problem) report(['sagas', i, 'steps', j, 'service'], problem);
    });
  });

  return problems;
}

/**
 * A gateway route must forward to a node the gateway actually calls: its target exists and a sync link
 * runs from the gateway to it (the route picks among the gateway's calls; it does not invent one).
 */
function checkRoutes(model: Model, nodes: ReadonlyMap<string, ModelNode>, report: (path: PathSegment[], message: string) => void): void {
  const calls = new Set<string>();
  for (const link of model.links) if (link.kind === 'sync') calls.add(`${link.from}\u0000${link.to}`);
  model.nodes.forEach((node, i) => {
    if (node.kind !== 'gateway' || !node.routes) return;
    const prefixes = new Map<string, number>();
    node.routes.forEach((route, j) => {
      const first = prefixes.get(route.prefix);
      if (first === undefined) prefixes.set(route.prefix, j);
      else report(['nodes', i, 'routes', j, 'prefix'], `duplicate route prefix "${route.prefix}": already routed by routes[${first}]`);
      if (!nodes.has(route.to)) report(['nodes', i, 'routes', j, 'to'], `no node with id "${route.to}"`);
      else if (!calls.has(`${node.id}\u0000${route.to}`)) report(['nodes', i, 'routes', j, 'to'], `"${node.id}" has no sync link to "${route.to}"; draw the call before routing to it`);
    });
  });
}

function checkUnique(items: readonly { id: string }[], collection: string, report: (path: PathSegment[], message: string) => void): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else report([collection, i, 'id'], `duplicate id "${item.id}": already used by ${collection}[${first}]`);
  });
}

function formatShort(path: readonly PathSegment[]): string {
  return `${String(path[0])}[${String(path[1])}]`;
}
