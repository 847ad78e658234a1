/**
 * Small builders for the pattern library's diagrams and the lessons' start models. Nodes sit on a grid
 * (columns 280 apart, rows 140) so boxes never overlap; ids double as names, so diagrams read like the catalogue.
 */
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from '../model/defaults.ts';
import { FORMAT, SCHEMA_VERSION } from '../model/constants.ts';
import type { AsyncLink, DataLink, Group, Link, Model, ModelNode, SyncLink } from '../model/types.ts';
import { groupBoxAround } from '../layout/group-boxes.ts';

const COLUMN = 280;
const ROW = 140;

type Extra<N extends ModelNode> = Partial<Omit<N, 'kind' | 'id' | 'name' | 'position'>>;
type At = readonly [column: number, row: number];

const at = ([column, row]: At) => ({ x: column * COLUMN, y: row * ROW });

/** A service with both health checks (so the library never teaches the missing-health-check finding by accident). */
export function service(id: string, where: At, extra: Extra<Extract<ModelNode, { kind: 'service' }>> = {}): ModelNode {
  return { kind: 'service', id, name: id, position: at(where), healthChecks: { liveness: true, readiness: true }, ...extra };
}
export function database(id: string, where: At, extra: Extra<Extract<ModelNode, { kind: 'database' }>> = {}): ModelNode {
  return { kind: 'database', id, name: id, position: at(where), engine: 'postgresql', ...extra };
}
export function broker(id: string, where: At, extra: Extra<Extract<ModelNode, { kind: 'broker' }>> = {}): ModelNode {
  return { kind: 'broker', id, name: id, position: at(where), engine: 'kafka', ...extra };
}
export function gateway(id: string, where: At, extra: Extra<Extract<ModelNode, { kind: 'gateway' }>> = {}): ModelNode {
  return { kind: 'gateway', id, name: id, position: at(where), ...extra };
}
export function client(id: string, where: At): ModelNode {
  return { kind: 'client', id, name: id, position: at(where), platform: 'web' };
}

/** A bare sync call: what a design without resilience policies draws. */
export function call(from: string, to: string, extra: Partial<Omit<SyncLink, 'kind' | 'id' | 'from' | 'to'>> = {}): SyncLink {
  return { kind: 'sync', id: `${from}-to-${to}`, from, to, protocol: 'http', ...extra };
}
/** A sync call with the catalogue's timeout, retry (idempotent), and circuit breaker. */
export function resilientCall(from: string, to: string, extra: Partial<Omit<SyncLink, 'kind' | 'id' | 'from' | 'to'>> = {}): SyncLink {
  return call(from, to, { timeoutMs: DEFAULT_TIMEOUT_MS, retry: { ...DEFAULT_RETRY }, circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER }, idempotent: true, ...extra });
}
export function data(from: string, to: string, access: DataLink['access'] = 'read-write'): DataLink {
  return { kind: 'data', id: `${from}-to-${to}`, from, to, access };
}
export function publish(from: string, to: string, event?: string): AsyncLink {
  return { kind: 'async', id: `${from}-to-${to}`, from, to, ...(event ? { event } : {}) };
}

/** A bounded context boxed around its members (which must already carry `group: id`). */
export function context(id: string, nodes: readonly ModelNode[]): Group {
  const box = groupBoxAround(nodes.filter((n) => n.group === id));
  return { id, name: id, ...(box ?? {}) };
}

/** A diagram model; fresh objects each call, so an entry's diagram can be opened and edited safely. */
export function diagram(name: string, nodes: ModelNode[], links: Link[], extra: Partial<Pick<Model, 'groups' | 'sagas' | 'decision' | 'description'>> = {}): Model {
  return { format: FORMAT, version: SCHEMA_VERSION, name, groups: [], nodes, links, sagas: [], ...extra };
}
