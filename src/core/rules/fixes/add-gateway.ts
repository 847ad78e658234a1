/**
 * API gateway in front of a client's direct calls: the client calls one gateway and the gateway routes to
 * each service with a breaker and timeout, as the catalogue's APIGateway.forward does with @circuit.
 */
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_TIMEOUT_MS } from '../../model/index.ts';
import type { GatewayNode, Link, Model, SyncLink } from '../../model/index.ts';
import type { QuickFix } from '../types.ts';
import { freshId, midpoint, replaceLinks, takenIds, withPosition } from './edit.ts';

/** Routes the client's direct sync calls (`linkIds`) through a gateway, reusing one it already calls. */
export function addGateway(model: Model, clientId: string, linkIds: readonly string[]): Model {
  const nodeById = new Map(model.nodes.map((n) => [n.id, n]));
  const client = nodeById.get(clientId);
  const wanted = new Set(linkIds);
  const direct = model.links.filter((l): l is SyncLink => l.kind === 'sync' && wanted.has(l.id) && l.from === clientId);
  if (!client || direct.length === 0) return model;

  const taken = takenIds(model);
  const existing = model.links.find((l) => l.kind === 'sync' && l.from === clientId && nodeById.get(l.to)?.kind === 'gateway');
  let gatewayId = existing?.to;
  const addedNodes: GatewayNode[] = [];
  const addedLinks: Link[] = [];
  if (gatewayId === undefined) {
    gatewayId = freshId('api-gateway', taken);
    const services = midpoint(direct.map((l) => nodeById.get(l.to)?.position));
    const at = midpoint([client.position, services]);
    addedNodes.push(withPosition<GatewayNode>({ kind: 'gateway', id: gatewayId, name: gatewayId }, at));
    addedLinks.push({ kind: 'sync', id: freshId(`${clientId}-to-${gatewayId}`, taken), from: clientId, to: gatewayId, protocol: 'http' });
  }

  const routed = new Set(model.links.filter((l) => l.kind === 'sync' && l.from === gatewayId).map((l) => l.to));
  for (const call of direct) {
    if (routed.has(call.to)) continue;
    routed.add(call.to);
    const { id: _id, from: _from, ...policy } = call;
    addedLinks.push({
      ...policy,
      id: freshId(`${gatewayId}-to-${call.to}`, taken),
      from: gatewayId,
      timeoutMs: call.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      circuitBreaker: call.circuitBreaker ?? { ...DEFAULT_CIRCUIT_BREAKER },
    });
  }
  const next = replaceLinks(model, new Set(direct.map((l) => l.id)), addedLinks);
  return addedNodes.length > 0 ? { ...next, nodes: [...next.nodes, ...addedNodes] } : next;
}

export const addGatewayFix: QuickFix = {
  label: 'Put an API gateway in front of these services',
  apply: (model, finding) => {
    const client = finding.data?.['client'];
    return typeof client === 'string' ? addGateway(model, client, finding.links) : model;
  },
};
