/**
 * Models for the code generator's tests: random ones built from hostile names (property test), one that
 * uses every feature the generator knows (checked against the real packages in the integration test),
 * and the e-commerce template with policy values short enough to watch a breaker open and close.
 */
import fc from 'fast-check';
import { FORMAT, SCHEMA_VERSION } from '../../model/constants.ts';
import type { Link, Model, ModelNode, Saga, SyncLink } from '../../model/types.ts';
import { ecommerceTemplate } from '../../templates/ecommerce.ts';

/** Names chosen to break naive generators: quotes, template syntax, comment ends, line breaks, reserved words, emoji, pragmas, collisions. */
export const HOSTILE_NAMES: readonly string[] = [
  'order-service',
  'Order Service',
  'ORDER_SERVICE',
  'order service ',
  "it's \"quoted\"",
  '`backtick` ${process.exit(1)}',
  '*/ process.exit(1) /*',
  '// @ts-nocheck',
  '@ts-expect-error',
  'line\nbreak\r\nand\u2028separator\u2029',
  'class',
  'constructor',
  '__proto__',
  'then',
  'Promise',
  'Domain',
  'default',
  'fastify',
  'con',
  '🚀🔥',
  '',
  '   ',
  '订单服务',
  'Zürich café',
  '123 go',
  'a'.repeat(200),
  '</script><img src=x>',
  '| table | break |',
  '"]; graph TD; x["',
  'node_modules',
  '..',
  '../../etc/passwd',
  'C:\\Windows',
  '${a}${b}',
  'GET /orders/{id}',
  'POST /payments',
  'reserveInventory',
  'saga-runner',
  'domain-event',
];

const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NAMES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
);
const operation = fc.oneof(
  fc.constantFrom('GET /orders/{id}', 'POST /payments', 'DELETE /orders/:id/items/:id', 'PUT /a b c', 'GET /health/live', 'GET /health/ready', 'charge card', '/raw/path', 'PATCH /x?y=1#z', 'GET /../..'),
  hostile,
);
const ms = fc.integer({ min: 0, max: 60_000 });

const retry = fc
  .record({
    attempts: fc.integer({ min: 1, max: 5 }),
    backoff: fc.constantFrom('exponential' as const, 'fixed' as const, 'none' as const),
    minMs: fc.option(ms, { nil: undefined }),
    span: ms,
    multiplier: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
    jitter: fc.option(fc.boolean(), { nil: undefined }),
    hasMax: fc.boolean(),
  })
  .map(({ attempts, backoff, minMs, span, multiplier, jitter, hasMax }) => ({
    attempts,
    backoff,
    ...(minMs === undefined ? {} : { minMs }),
    ...(hasMax ? { maxMs: (minMs ?? 0) + span } : {}),
    ...(multiplier === undefined ? {} : { multiplier }),
    ...(jitter === undefined ? {} : { jitter }),
  }));

const policies = fc.record(
  {
    timeoutMs: fc.integer({ min: 1, max: 60_000 }),
    retry,
    circuitBreaker: fc.record({ failureThreshold: fc.integer({ min: 1, max: 20 }), recoveryTimeoutMs: ms, successThreshold: fc.integer({ min: 1, max: 5 }) }),
    bulkhead: fc.record({ maxConcurrent: fc.integer({ min: 1, max: 100 }) }),
    fallback: hostile.filter((s) => s.length > 0 && s.length <= 200),
    idempotent: fc.boolean(),
    operation,
  },
  { requiredKeys: [] },
);

/** Random valid models: a handful of nodes of every kind, links between them, sagas — named from HOSTILE_NAMES and random strings. */
export const randomModel: fc.Arbitrary<Model> = fc
  .record({
    name: hostile,
    description: fc.option(hostile, { nil: undefined }),
    nodes: fc.array(
      fc.record({
        kind: fc.constantFrom('service', 'service', 'service', 'gateway', 'database', 'broker', 'client', 'external'),
        name: hostile,
        id: hostile,
        live: fc.boolean(),
        ready: fc.boolean(),
        engine: fc.nat(20),
      }),
      { minLength: 1, maxLength: 9 },
    ),
    links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), kind: fc.constantFrom('sync', 'sync', 'async', 'data'), policies, event: fc.option(hostile, { nil: undefined }), topic: fc.option(hostile, { nil: undefined }) }), {
      maxLength: 14,
    }),
    sagas: fc.array(
      fc.record({
        name: hostile,
        orchestrator: fc.option(fc.nat(), { nil: undefined }),
        steps: fc.array(fc.record({ node: fc.nat(), action: hostile.filter((s) => s.length > 0 && s.length <= 200), compensation: fc.option(hostile.filter((s) => s.length <= 200), { nil: undefined }) }), { maxLength: 5 }),
      }),
      { maxLength: 2 },
    ),
  })
  .map((r): Model => {
    const dbEngines = ['postgresql', 'mysql', 'mongodb', 'redis', 'clickhouse', 'cassandra', 'dynamodb', 'elasticsearch', 'sqlite', 'other'] as const;
    const brokerEngines = ['kafka', 'kafka', 'rabbitmq', 'nats', 'sqs', 'pubsub', 'redis-streams', 'other'] as const;
    // Ids must be unique; keeping the hostile text in them exercises ids in comments and strings.
    const nodes: ModelNode[] = r.nodes.map((n, i): ModelNode => {
      const base = { id: `${n.id.slice(0, 180)}#${i}`, name: n.name.slice(0, 200) };
      switch (n.kind) {
        case 'service':
          return { kind: 'service', ...base, healthChecks: { liveness: n.live, readiness: n.ready } };
        case 'gateway':
          return { kind: 'gateway', ...base };
        case 'database':
          return { kind: 'database', ...base, engine: dbEngines[n.engine % dbEngines.length]! };
        case 'broker':
          return { kind: 'broker', ...base, engine: brokerEngines[n.engine % brokerEngines.length]! };
        case 'client':
          return { kind: 'client', ...base, platform: 'web' };
        default:
          return { kind: 'external', ...base };
      }
    });
    const at = (i: number) => nodes[i % nodes.length]!;
    const links: Link[] = r.links.map((l, i): Link => {
      const from = at(l.from);
      const to = at(l.to);
      const id = `link ${i} "${from.id}"→${to.id}`.slice(0, 200);
      if (l.kind === 'sync') {
        const { operation: op, fallback, ...rest } = l.policies;
        return { kind: 'sync', id, from: from.id, to: to.id, ...rest, ...(op === undefined ? {} : { operation: op.slice(0, 200) }), ...(fallback === undefined ? {} : { fallback }) } as SyncLink;
      }
      if (l.kind === 'async') return { kind: 'async', id, from: from.id, to: to.id, ...(l.event === undefined ? {} : { event: l.event.slice(0, 200) }), ...(l.topic === undefined ? {} : { topic: l.topic.slice(0, 200) }) };
      return { kind: 'data', id, from: from.id, to: to.id };
    });
    const sagas: Saga[] = r.sagas.map((s, i) => ({
      id: `saga ${i} ${s.name}`.slice(0, 200),
      name: s.name.slice(0, 200),
      ...(s.orchestrator === undefined ? {} : { orchestrator: at(s.orchestrator).id }),
      steps: s.steps.map((st) => ({ service: at(st.node).id, action: st.action, ...(st.compensation === undefined ? {} : { compensation: st.compensation }) })),
    }));
    return {
      format: FORMAT,
      version: SCHEMA_VERSION,
      name: r.name.trim() === '' ? 'x' : r.name.slice(0, 200),
      ...(r.description === undefined ? {} : { description: r.description }),
      groups: [],
      nodes,
      links,
      sagas,
    };
  });

/** A model that uses every feature of the generator at least once, with hostile names throughout. */
export function featureModel(): Model {
  const svc = (id: string, name: string, live = true, ready = true): ModelNode => ({ kind: 'service', id, name, healthChecks: { liveness: live, readiness: ready } });
  const nodes: ModelNode[] = [
    svc('a', "Orders \"API\" `${x}` */"),
    svc('b', 'orders-api'),
    svc('c', 'class', false, false),
    svc('d', '__proto__'),
    svc('e', '🚀', true, false),
    { kind: 'gateway', id: 'gw', name: 'Edge // @ts-nocheck' },
    { kind: 'external', id: 'x', name: 'Stripe\nAPI' },
    { kind: 'client', id: 'web', name: 'web', platform: 'web' },
    { kind: 'database', id: 'db1', name: 'orders db', engine: 'postgresql' },
    { kind: 'database', id: 'db2', name: 'shared', engine: 'mongodb' },
    { kind: 'database', id: 'db3', name: 'local file', engine: 'sqlite' },
    { kind: 'database', id: 'db4', name: 'mystery', engine: 'other' },
    { kind: 'database', id: 'db5', name: 'cache' },
    { kind: 'broker', id: 'k', name: 'events', engine: 'kafka' },
    { kind: 'broker', id: 'r', name: 'rabbit', engine: 'rabbitmq' },
  ];
  const sync = (id: string, from: string, to: string, extra: Partial<SyncLink> = {}): SyncLink => ({ kind: 'sync', id, from, to, ...extra });
  const links: Link[] = [
    sync('web-gw', 'web', 'gw', { operation: 'POST /api/orders' }),
    sync('gw-a', 'gw', 'a', { operation: 'GET /orders/{id}', timeoutMs: 100, circuitBreaker: { failureThreshold: 2, recoveryTimeoutMs: 50, successThreshold: 1 } }),
    sync('a-b', 'a', 'b', { operation: 'POST /payments', timeoutMs: 100, retry: { attempts: 3, backoff: 'exponential', jitter: true }, bulkhead: { maxConcurrent: 2 }, fallback: 'try "later" `${x}` */', idempotent: true }),
    sync('a-b-2', 'a', 'b', { operation: 'POST /payments', retry: { attempts: 2, backoff: 'fixed', minMs: 10 } }),
    sync('a-c', 'a', 'c', { retry: { attempts: 4, backoff: 'none' }, idempotent: false }),
    sync('a-x', 'a', 'x', { operation: 'charge card', retry: { attempts: 1, backoff: 'exponential' }, circuitBreaker: { failureThreshold: 3, recoveryTimeoutMs: 10, successThreshold: 3 } }),
    sync('c-d', 'c', 'd', { operation: 'DELETE /things/:id/parts/{id}' }),
    sync('d-db1', 'd', 'db1'),
    sync('e-b', 'e', 'b', { operation: 'GET /health/live' }),
    { kind: 'data', id: 'a-db1', from: 'a', to: 'db1' },
    { kind: 'data', id: 'a-db2', from: 'a', to: 'db2' },
    { kind: 'data', id: 'b-db2', from: 'b', to: 'db2' },
    { kind: 'data', id: 'c-db3', from: 'c', to: 'db3' },
    { kind: 'data', id: 'd-db4', from: 'd', to: 'db4' },
    { kind: 'data', id: 'e-db5', from: 'e', to: 'db5' },
    { kind: 'async', id: 'a-k', from: 'a', to: 'k', event: 'Order "Created"', topic: 'orders.v1' },
    { kind: 'async', id: 'a-k2', from: 'a', to: 'k', event: 'Domain' },
    { kind: 'async', id: 'k-b', from: 'k', to: 'b' },
    { kind: 'async', id: 'k-c', from: 'k', to: 'c', event: 'Promise', topic: 'orders.v1' },
    { kind: 'async', id: 'b-d', from: 'b', to: 'd' },
    { kind: 'async', id: 'a-r', from: 'a', to: 'r', event: '__proto__' },
    { kind: 'async', id: 'r-e', from: 'r', to: 'e' },
  ];
  const sagas: Saga[] = [
    {
      id: 's1',
      name: 'Checkout "saga" */',
      orchestrator: 'a',
      steps: [
        { service: 'a', action: 'reserve', compensation: 'release' },
        { service: 'b', action: 'charge', compensation: 'refund' },
        { service: 'e', action: 'notify' },
        { service: 'c', action: 'class', compensation: 'constructor' },
        { service: 'b', action: 'charge', compensation: 'refund' },
      ],
    },
    { id: 's2', name: 'saga-runner', steps: [{ service: 'd', action: 'only step' }] },
    { id: 's4', name: 'empty', orchestrator: 'e', steps: [] },
  ];
  return { format: FORMAT, version: SCHEMA_VERSION, name: 'Feature "tour" */ 🚀', description: 'Every feature\nonce | `x`', groups: [], nodes, links, sagas };
}

/** Policy values short enough for a test to watch a breaker open and close within seconds. */
export const SHORT_POLICIES = {
  timeoutMs: 1_000,
  retry: { attempts: 2, backoff: 'exponential', minMs: 50, maxMs: 100, multiplier: 0.05 },
  circuitBreaker: { failureThreshold: 3, recoveryTimeoutMs: 3_000, successThreshold: 2 },
} as const satisfies Partial<SyncLink>;

/** The e-commerce template with SHORT_POLICIES on every call that has policies. */
export function shortEcommerce(): Model {
  const model = ecommerceTemplate.build();
  return {
    ...model,
    links: model.links.map((l) =>
      l.kind === 'sync' && l.circuitBreaker ? { ...l, timeoutMs: SHORT_POLICIES.timeoutMs, retry: { ...SHORT_POLICIES.retry }, circuitBreaker: { ...SHORT_POLICIES.circuitBreaker } } : l,
    ),
  };
}
