/** Small hand-built models for the simulator's tests. */
import { FORMAT, SCHEMA_VERSION } from '../../model/constants.ts';
import type { Link, Model, ModelNode, ServiceNode, SyncLink } from '../../model/types.ts';

/** A service with the given runtime (defaults: 1 replica, plenty of capacity, 10 ms flat latency). */
export function svc(id: string, extra: Partial<ServiceNode> = {}): ServiceNode {
  return { kind: 'service', id, name: id, replicas: 1, capacity: 1000, latency: { p50Ms: 10, p99Ms: 10 }, ...extra };
}

/** A sync call from → to with optional policies; its id is `from-to`. */
export function call(from: string, to: string, extra: Partial<SyncLink> = {}): SyncLink {
  return { kind: 'sync', id: `${from}-${to}`, from, to, ...extra };
}

export function model(nodes: ModelNode[], links: Link[], name = 'test'): Model {
  return { format: FORMAT, version: SCHEMA_VERSION, name, groups: [], nodes, links, sagas: [] };
}

/** The id's index in a result's ids, failing loudly when absent. */
export function indexOf(ids: readonly string[], id: string): number {
  const i = ids.indexOf(id);
  if (i < 0) throw new Error(`no "${id}" in ${ids.join(', ')}`);
  return i;
}
