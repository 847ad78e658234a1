/**
 * The fields each kind of object in the file format may have, as plain lists. The ops use them to keep a
 * patch or a kind conversion from leaving a field the kind does not allow. They restate the schema's
 * shapes (field-names.test.ts checks they match key for key, in order) because reading the keys from
 * schema.ts would load zod and build every schema at start-up, where the ops are first needed.
 */
import type { DecisionInputs, Group, Link, LinkKind, ModelNode, NodeKind, Saga } from './types.ts';

type FieldsOf<T> = readonly (keyof T & string)[];

const NODE_BASE = ['kind', 'id', 'name', 'group', 'position', 'description', 'inferred'] as const;
/** What every deployable node carries (the simulator reads them); clients have none of these. */
const RUNTIME = ['team', 'replicas', 'capacity', 'latency', 'errorRate'] as const;
const LINK_BASE = ['kind', 'id', 'from', 'to', 'description', 'inferred'] as const;

export const NODE_FIELD_NAMES = {
  service: [...NODE_BASE, ...RUNTIME, 'healthChecks', 'parallelCalls', 'legacy'],
  database: [...NODE_BASE, ...RUNTIME, 'engine'],
  broker: [...NODE_BASE, ...RUNTIME, 'engine'],
  gateway: [...NODE_BASE, ...RUNTIME, 'parallelCalls', 'routes'],
  client: [...NODE_BASE, 'platform'],
  external: [...NODE_BASE, ...RUNTIME],
} as const satisfies { readonly [K in NodeKind]: FieldsOf<Extract<ModelNode, { kind: K }>> };

export const LINK_FIELD_NAMES = {
  sync: [...LINK_BASE, 'protocol', 'operation', 'timeoutMs', 'retry', 'circuitBreaker', 'bulkhead', 'fallback', 'idempotent', 'callsPerRequest'],
  async: [...LINK_BASE, 'event', 'topic'],
  data: [...LINK_BASE, 'access'],
} as const satisfies { readonly [K in LinkKind]: FieldsOf<Extract<Link, { kind: K }>> };

export const DECISION_FIELD_NAMES = [
  'teamSize',
  'teams',
  'boundariesClear',
  'independentDeployment',
  'tightDeadlines',
  'requirementsKnown',
] as const satisfies FieldsOf<DecisionInputs>;

export const GROUP_FIELD_NAMES = ['id', 'name', 'team', 'position', 'size'] as const satisfies FieldsOf<Group>;

export const SAGA_FIELD_NAMES = ['id', 'name', 'orchestrator', 'steps'] as const satisfies FieldsOf<Saga>;
