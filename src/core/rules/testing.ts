/**
 * Model builders and assertions for rule tests. Builders make healthy parts by default (health checks,
 * breaker and timeout on calls) so a test triggers only the rule it is about.
 */
import { expect } from 'vitest';
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_TIMEOUT_MS, FORMAT, SCHEMA_VERSION } from '../model/index.ts';
import { modelSchema } from '../model/schema.ts';
import type {
  AsyncLink,
  BrokerNode,
  ClientNode,
  DataLink,
  DatabaseNode,
  DecisionInputs,
  GatewayNode,
  Group,
  Link,
  Model,
  ModelNode,
  RuleSettings,
  Saga,
  ServiceNode,
  SyncLink,
} from '../model/index.ts';
import { analyze } from './analyze.ts';
import { findingKey, quickFixesFor } from './findings.ts';
import type { Finding, RuleId } from './types.ts';

export interface ModelParts {
  nodes?: ModelNode[];
  links?: Link[];
  groups?: Group[];
  sagas?: Saga[];
  decision?: DecisionInputs;
  settings?: RuleSettings;
}

/** A valid model from parts; throws when the parts do not pass the schema, so tests cannot drift from it. */
export function model(parts: ModelParts): Model {
  const m: Model = {
    format: FORMAT,
    version: SCHEMA_VERSION,
    name: 'test',
    groups: parts.groups ?? [],
    nodes: parts.nodes ?? [],
    links: parts.links ?? [],
    sagas: parts.sagas ?? [],
    ...(parts.decision ? { decision: parts.decision } : {}),
    ...(parts.settings ? { settings: parts.settings } : {}),
  };
  const parsed = modelSchema.safeParse(m);
  if (!parsed.success) throw new Error(`test model is invalid: ${parsed.error.message}`);
  return m;
}

export const svc = (id: string, extra: Partial<Omit<ServiceNode, 'kind' | 'id'>> = {}): ServiceNode => ({
  kind: 'service',
  id,
  name: id,
  replicas: 2,
  healthChecks: { liveness: true, readiness: true },
  position: { x: 0, y: 0 },
  ...extra,
});
export const db = (id: string, extra: Partial<Omit<DatabaseNode, 'kind' | 'id'>> = {}): DatabaseNode => ({
  kind: 'database',
  id,
  name: id,
  engine: 'postgresql',
  replicas: 2,
  ...extra,
});
export const broker = (id: string): BrokerNode => ({ kind: 'broker', id, name: id, replicas: 3 });
export const gateway = (id: string): GatewayNode => ({ kind: 'gateway', id, name: id, replicas: 2 });
export const client = (id: string): ClientNode => ({ kind: 'client', id, name: id, platform: 'web' });

/** A well-behaved sync call: timeout and breaker set. */
export const call = (from: string, to: string, extra: Partial<Omit<SyncLink, 'kind' | 'from' | 'to'>> = {}): SyncLink => ({
  kind: 'sync',
  id: `${from}->${to}`,
  from,
  to,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER },
  ...extra,
});
/** A sync call with no policies at all. */
export const bareCall = (from: string, to: string, id = `${from}->${to}`): SyncLink => ({ kind: 'sync', id, from, to });
export const data = (from: string, to: string, access: DataLink['access'] = 'read-write'): DataLink => ({
  kind: 'data',
  id: `${from}=>${to}`,
  from,
  to,
  ...(access ? { access } : {}),
});
export const event = (from: string, to: string): AsyncLink => ({ kind: 'async', id: `${from}~>${to}`, from, to });

/** The findings of one rule. */
export function findingsOf(m: Model, rule: RuleId): Finding[] {
  return analyze(m).findings.filter((f) => f.rule === rule);
}

/**
 * Applies the rule's first applicable quick fix to each of its findings in turn and checks the promise
 * every fix makes: the finding goes away, no new error appears, and the model still passes the schema.
 */
export function expectQuickFixClears(m: Model, rule: RuleId): Model {
  const before = analyze(m);
  const target = before.findings.find((f) => f.rule === rule);
  expect(target, `expected a ${rule} finding to fix`).toBeDefined();
  const fix = quickFixesFor(target!)[0];
  expect(fix, `expected a quick fix for ${rule}`).toBeDefined();
  const next = fix!.apply(m, target!);
  expect(next).not.toBe(m);
  const parsed = modelSchema.safeParse(next);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  const after = analyze(next);
  expect(after.findings.filter((f) => f.rule === rule).map(findingKey)).not.toContain(findingKey(target!));
  expect(after.findings.filter((f) => f.rule === rule)).toEqual([]);
  const oldErrors = new Set(before.findings.filter((f) => f.severity === 'error').map(findingKey));
  const newErrors = after.findings.filter((f) => f.severity === 'error' && !oldErrors.has(findingKey(f)));
  expect(newErrors).toEqual([]);
  return next;
}
