/**
 * Put an API gateway in front of the selected services: every client that calls one of them directly
 * calls the gateway instead, and the gateway forwards with a timeout and a circuit breaker (the
 * catalogue's APIGateway.forward wears @circuit). A gateway those clients already call is reused.
 */
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_TIMEOUT_MS } from '../../model/defaults.ts';
import { uniqueId } from '../../model/ids.ts';
import type { GatewayNode, GatewayRoute, Link, Model, ModelNode, SyncLink } from '../../model/types.ts';
import { nameStem } from '../../rules/text.ts';
import { slugify } from '../../model/ids.ts';
import { between, freeSpot } from './place.ts';
import type { ApplyAction, Selection } from './types.ts';

/** Selected nodes a gateway can stand in front of. */
function backends(model: Model, selection: Selection): ModelNode[] {
  const wanted = new Set(selection.nodes);
  return model.nodes.filter((n) => wanted.has(n.id) && (n.kind === 'service' || n.kind === 'external'));
}

/** Clients' direct sync calls to the selected backends. */
function directCalls(model: Model, selection: Selection): SyncLink[] {
  const targets = new Set(backends(model, selection).map((n) => n.id));
  const clients = new Set(model.nodes.filter((n) => n.kind === 'client').map((n) => n.id));
  return model.links.filter((l): l is SyncLink => l.kind === 'sync' && clients.has(l.from) && targets.has(l.to));
}

export const gatewayInFrontAction: ApplyAction = {
  id: 'gateway-in-front',
  title: 'Put a gateway in front',
  summary: 'Routes every client’s direct calls to the selected services through one API gateway, which forwards them with a timeout and a circuit breaker.',
  canApply(model, selection) {
    if (backends(model, selection).length === 0) return 'Select the services clients call directly.';
    if (directCalls(model, selection).length === 0) return 'No client calls the selected services directly: they are already behind a gateway (or nobody calls them).';
    return true;
  },
  apply(model, selection) {
    if (gatewayInFrontAction.canApply(model, selection) !== true) return model;
    const direct = directCalls(model, selection);
    const byId = new Map(model.nodes.map((n) => [n.id, n]));
    const taken = new Set([...model.nodes.map((n) => n.id), ...model.groups.map((g) => g.id), ...model.links.map((l) => l.id)]);
    const fresh = (base: string) => {
      const id = uniqueId(base, taken);
      taken.add(id);
      return id;
    };
    const clients = [...new Set(direct.map((l) => l.from))];
    const existing = model.links.find((l) => l.kind === 'sync' && clients.includes(l.from) && byId.get(l.to)?.kind === 'gateway');
    let nodes = model.nodes;
    let gateway: GatewayNode;
    if (existing) gateway = byId.get(existing.to) as GatewayNode;
    else {
      const id = fresh('api-gateway');
      const near = between([between(clients.map((c) => byId.get(c)?.position)), between(direct.map((l) => byId.get(l.to)?.position))]);
      const at = freeSpot(model, near, 'gateway');
      gateway = { kind: 'gateway', id, name: id, ...(at ? { position: at } : {}) };
      nodes = [...nodes, gateway];
    }

    const added: Link[] = [];
    const calls = (from: string, to: string) => model.links.some((l) => l.kind === 'sync' && l.from === from && l.to === to) || added.some((l) => l.from === from && l.to === to);
    for (const client of clients) if (!calls(client, gateway.id)) added.push({ kind: 'sync', id: fresh(`${client}-to-${gateway.id}`), from: client, to: gateway.id, protocol: 'http' });
    for (const call of direct) {
      if (calls(gateway.id, call.to)) continue;
      const { id: _id, from: _from, ...policy } = call;
      added.push({ ...policy, id: fresh(`${gateway.id}-to-${call.to}`), from: gateway.id, timeoutMs: call.timeoutMs ?? DEFAULT_TIMEOUT_MS, circuitBreaker: call.circuitBreaker ?? { ...DEFAULT_CIRCUIT_BREAKER } });
    }
    const removed = new Set(direct.map((l) => l.id));
    const links = [...model.links.filter((l) => !removed.has(l.id)), ...added];
    return { ...model, nodes: withRoutesFor(nodes, gateway.id, direct.map((l) => byId.get(l.to)!)), links };
  },
};

/**
 * A gateway that already routes by prefix would send nothing to a service it has no route for, so each
 * newly fronted service gets a route named after it (`/api/orders` for order-service) the user can edit.
 */
function withRoutesFor(nodes: readonly ModelNode[], gatewayId: string, services: readonly ModelNode[]): ModelNode[] {
  return nodes.map((node) => {
    if (node.id !== gatewayId || node.kind !== 'gateway' || !node.routes || node.routes.length === 0) return node;
    const routes: GatewayRoute[] = [...node.routes];
    for (const service of services) {
      if (routes.some((r) => r.to === service.id)) continue;
      const base = `/api/${slugify(nameStem(service.name || service.id))}`;
      let prefix = base;
      for (let i = 2; routes.some((r) => r.prefix === prefix); i++) prefix = `${base}-${i}`;
      routes.push({ prefix, to: service.id });
    }
    return { ...node, routes };
  });
}
