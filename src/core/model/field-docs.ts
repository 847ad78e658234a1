/**
 * One-line documentation for every field and enum value of the file format, for the text editor's
 * hover and completion (and the JSON Schema descriptions Monaco shows in JSON mode). A test walks the
 * schema and fails when a field or an enum value has no doc here, so a new field cannot ship without one.
 *
 * Most field names mean the same thing wherever they appear (`team`, `position`); the few that do not
 * (`kind` on a node, a link or a fault) have a doc per context, looked up first.
 */
/** A step in a path into a model: an object key or an array index. */
export type DocPathSegment = string | number;

/** The kind of object a field belongs to. */
export type DocContext =
  | 'model'
  | 'decision'
  | 'settings'
  | 'ruleSetting'
  | 'suppression'
  | 'group'
  | 'node'
  | 'position'
  | 'size'
  | 'latency'
  | 'healthChecks'
  | 'route'
  | 'link'
  | 'retry'
  | 'circuitBreaker'
  | 'bulkhead'
  | 'saga'
  | 'sagaStep'
  | 'scenario'
  | 'load'
  | 'loadStep'
  | 'fault';

/** Docs for a field name wherever it appears (unless a context-specific doc below says otherwise). */
const FIELD_DOCS: Readonly<Record<string, string>> = {
  // The file
  $schema: 'Where editors find the JSON Schema for this file; Faultline ignores it.',
  format: 'Always "faultline": marks the file as a Faultline model.',
  version: 'The file format version (1); older files are upgraded on open.',
  name: 'The human-readable name shown on the canvas.',
  description: 'Free text: what this is for and anything a reviewer should know.',
  decision: 'Answers to the decision framework (team size, boundaries, deadlines) behind the verdict.',
  settings: 'Per-model rule settings: thresholds, severities and suppressions.',
  groups: 'Bounded contexts: named boxes that group nodes owned together.',
  nodes: 'The deployable parts and the actors: services, databases, brokers, gateways, clients, externals.',
  links: 'How nodes talk: sync calls, async messages and data access.',
  sagas: 'Multi-step business transactions across services, with compensations.',
  scenarios: 'Saved failure simulations: load on entry points and faults on a timeline.',
  // Decision inputs
  teamSize: 'How many engineers work on the system.',
  teams: 'How many independent teams own parts of it.',
  boundariesClear: 'The domain boundaries are well understood and stable.',
  independentDeployment: 'Parts genuinely need to be deployed on their own schedules.',
  tightDeadlines: 'Delivery is under time pressure (favours fewer moving parts).',
  requirementsKnown: 'The requirements are known and unlikely to change much.',
  // Entities
  id: 'Unique, readable id (a slug such as "payment-service"); links and rules refer to it.',
  kind: 'What kind of element this is.',
  group: 'Id of the bounded context this node belongs to.',
  position: 'Top-left corner on the canvas, in absolute canvas units.',
  size: 'Stored box of the context on the canvas; without it the box fits its members.',
  team: 'The team that owns it.',
  inferred: 'Why an importer created this element (e.g. "depends_on: payment"), so you can judge it.',
  replicas: 'How many instances run (1–1000).',
  capacity: 'Requests per second one instance can serve.',
  latency: 'Typical response time: median (p50Ms) and tail (p99Ms), in milliseconds.',
  errorRate: 'Fraction of requests that fail on their own (0–1).',
  healthChecks: 'Which health checks the orchestrator runs: liveness and readiness.',
  parallelCalls: 'Outgoing sync calls are made in parallel (an aggregator) rather than one after another.',
  legacy: 'A legacy monolith being strangled.',
  routes: 'Path-prefix routes: which node each prefix (e.g. "/api/orders/v2") is forwarded to.',
  prefix: 'The path prefix this route matches, e.g. "/api/orders/v2".',
  share: 'Fraction of the gateway\'s traffic this prefix carries (0–1); unset routes split the rest equally.',
  engine: 'The product behind this database or broker.',
  platform: 'Where this client runs.',
  x: 'Horizontal canvas coordinate.',
  y: 'Vertical canvas coordinate.',
  width: 'Width on the canvas (at least 40).',
  height: 'Height on the canvas (at least 40).',
  p50Ms: 'Median latency in milliseconds.',
  p99Ms: '99th-percentile latency in milliseconds (at least p50Ms).',
  liveness: 'A liveness probe restarts the instance when it hangs.',
  readiness: 'A readiness probe keeps traffic away until the instance can serve.',
  // Links
  from: 'Id of the node that calls, sends or reads.',
  to: 'Id of the node that is called, receives or is read.',
  protocol: 'The wire protocol of the call.',
  operation: 'The operation called, e.g. "POST /payments"; code generation makes a route for it.',
  timeoutMs: 'How long the caller waits before giving up, in milliseconds.',
  retry: 'Retry policy: how many attempts and how far apart.',
  circuitBreaker: 'Circuit breaker: stop calling a failing dependency, then probe it again.',
  bulkhead: 'Bulkhead: cap concurrent calls so one slow dependency cannot exhaust the caller.',
  fallback: 'What the caller answers with when the call fails (its presence means a fallback exists).',
  idempotent: 'Repeating the call has the same effect as making it once, so retries are safe.',
  callsPerRequest: 'How many times the caller makes this call per incoming request.',
  event: 'The event published, e.g. "OrderPlaced".',
  topic: 'The topic or queue the message goes through.',
  access: 'Whether the service reads, writes or both.',
  // Policies
  attempts: 'Total attempts including the first call (1–20).',
  backoff: 'How the wait between attempts grows.',
  minMs: 'The first (smallest) wait between attempts, in milliseconds.',
  maxMs: 'The largest wait between attempts, in milliseconds.',
  multiplier: 'Exponential backoff: each wait is the previous one times this.',
  jitter: 'Randomise waits so clients do not retry in lockstep.',
  failureThreshold: 'Consecutive failures that open the breaker.',
  recoveryTimeoutMs: 'How long the breaker stays open before letting a trial call through, in milliseconds.',
  successThreshold: 'Successful trial calls needed to close the breaker again.',
  maxConcurrent: 'The most calls in flight at once; further calls are rejected at once.',
  // Sagas
  orchestrator: 'Id of the service that runs the saga; defaults to the first step\'s service.',
  steps: 'The steps, in order.',
  service: 'Id of the service that performs this step.',
  action: 'What the step does, e.g. "charge card".',
  compensation: 'What undoes the step when a later one fails, e.g. "refund".',
  // Rule settings
  rules: 'Settings per rule id: switch a rule off, change its severity or threshold.',
  suppressions: 'Findings switched off for one element, each with the reason why.',
  enabled: 'Whether the rule runs at all.',
  severity: 'How serious a finding of this rule is.',
  threshold: 'The number the rule compares against (its meaning depends on the rule).',
  rule: 'Id of the rule being suppressed.',
  target: 'Id of the element this applies to.',
  reason: 'Why the rule is switched off here (kept for reviewers).',
  // Scenarios
  durationMs: 'How long the simulation runs, in milliseconds (at most one hour).',
  seed: 'Random seed: the same model, scenario and seed give the same result (absent means 1).',
  load: 'Where requests enter and at what rate.',
  faults: 'What breaks, and when.',
  entry: 'Id of the node requests arrive at (a client, gateway or service).',
  ratePerSecond: 'Arrival rate in requests per second.',
  atMs: 'When this step starts, in milliseconds from the start of the run.',
  rampMs: 'How long the change to the new rate takes, in milliseconds (at once without it).',
  fromMs: 'When the fault starts, in milliseconds from the start of the run.',
  toMs: 'When the fault ends, in milliseconds (after fromMs).',
  factor: 'How many times slower the node answers (at least 1).',
};

/** Docs where a field means something specific to its object; looked up before FIELD_DOCS. */
const CONTEXT_DOCS: Readonly<Partial<Record<DocContext, Readonly<Record<string, string>>>>> = {
  model: { name: 'The model\'s name, shown in the toolbar and used for the file name.' },
  node: { kind: 'What the node is: service, database, broker, gateway, client or external.' },
  link: {
    kind: 'How the two nodes talk: sync (request/response), async (messages) or data (database access).',
    description: 'Free text about this connection.',
  },
  group: { team: 'The team that owns this bounded context.' },
  route: { to: 'Id of the node requests under this prefix go to; the gateway must have a sync link to it.' },
  saga: { steps: 'The saga\'s steps, in the order they run; compensations run in reverse.', name: 'The saga\'s name.' },
  scenario: { name: 'The scenario\'s name.', description: 'What this scenario tests.' },
  load: { steps: 'Changes of rate over time, in order.' },
  fault: {
    kind: 'What goes wrong: down, hung, slow, erroring, or a link partition.',
    target: 'Id of the node (or link, for a partition) that fails.',
    errorRate: 'Erroring faults: the fraction of requests that fail (0–1).',
  },
  suppression: { target: 'Id of the element the finding is suppressed for.' },
};

/** Docs for enum values, by field name. */
const ENUM_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kind: {
    service: 'A deployable unit of business logic.',
    database: 'Stores data; other nodes reach it through data links.',
    broker: 'A message broker or event stream that carries async messages.',
    gateway: 'An API gateway or edge proxy in front of services.',
    client: 'A web, mobile, desktop or CLI client: where requests start.',
    external: 'A third-party system outside your control (a payment provider, an email API).',
    sync: 'A request/response call: the caller waits for the answer.',
    async: 'A message through a broker: the sender does not wait.',
    data: 'A service reading or writing a database.',
    down: 'The node refuses connections: calls fail at once.',
    hung: 'The node accepts calls but never answers: callers wait for their timeout.',
    slow: 'The node answers, but `factor` times slower.',
    erroring: 'The node fails a fraction (`errorRate`) of requests.',
    partition: 'The link is cut: calls over it fail.',
  },
  engine: {
    postgresql: 'PostgreSQL: relational, transactional.',
    mysql: 'MySQL / MariaDB: relational, transactional.',
    mongodb: 'MongoDB: document store.',
    redis: 'Redis: in-memory key-value store, often a cache.',
    clickhouse: 'ClickHouse: columnar analytics database.',
    cassandra: 'Cassandra: wide-column store for high write volumes.',
    dynamodb: 'DynamoDB: managed key-value and document store.',
    elasticsearch: 'Elasticsearch: search and log analytics.',
    sqlite: 'SQLite: embedded, single-process database.',
    kafka: 'Kafka: partitioned, replayable event log.',
    rabbitmq: 'RabbitMQ: queues with routing and acknowledgements.',
    nats: 'NATS: lightweight pub/sub (JetStream for persistence).',
    sqs: 'Amazon SQS: managed queue.',
    pubsub: 'Google Pub/Sub: managed pub/sub.',
    'redis-streams': 'Redis Streams: append-only streams with consumer groups.',
    other: 'Another product.',
  },
  backoff: {
    exponential: 'Each wait is the previous one times `multiplier`: backs off under load.',
    fixed: 'The same wait (`minMs`) between attempts.',
    none: 'Retry at once: risks a retry storm.',
  },
  protocol: { http: 'HTTP/REST.', grpc: 'gRPC over HTTP/2.' },
  access: { read: 'Only reads.', write: 'Only writes.', 'read-write': 'Reads and writes.' },
  platform: { web: 'Runs in a browser.', mobile: 'A mobile app.', desktop: 'A desktop application.', cli: 'A command-line tool or script.' },
  severity: { error: 'Must be fixed.', warning: 'Should be looked at.', info: 'Worth knowing.' },
};

/** The one-line doc for `field` in an object of `context`, or undefined when there is none. */
export function fieldDoc(field: string, context?: DocContext): string | undefined {
  const specific = context ? CONTEXT_DOCS[context]?.[field] : undefined;
  return specific ?? (Object.hasOwn(FIELD_DOCS, field) ? FIELD_DOCS[field] : undefined);
}

/** The one-line doc for the enum value `value` of `field` (e.g. `backoff: exponential`). */
export function enumDoc(field: string, value: string): string | undefined {
  const values = Object.hasOwn(ENUM_DOCS, field) ? ENUM_DOCS[field] : undefined;
  return values && Object.hasOwn(values, value) ? values[value] : undefined;
}

type Pattern = readonly (string | '#' | '*')[];

/** Where each kind of object sits in a model: `#` an array index, `*` any key (a rule id). */
const CONTEXT_PATTERNS: readonly (readonly [Pattern, DocContext])[] = [
  [[], 'model'],
  [['decision'], 'decision'],
  [['settings'], 'settings'],
  [['settings', 'rules', '*'], 'ruleSetting'],
  [['settings', 'suppressions', '#'], 'suppression'],
  [['groups', '#'], 'group'],
  [['groups', '#', 'position'], 'position'],
  [['groups', '#', 'size'], 'size'],
  [['nodes', '#'], 'node'],
  [['nodes', '#', 'position'], 'position'],
  [['nodes', '#', 'latency'], 'latency'],
  [['nodes', '#', 'healthChecks'], 'healthChecks'],
  [['nodes', '#', 'routes', '#'], 'route'],
  [['links', '#'], 'link'],
  [['links', '#', 'retry'], 'retry'],
  [['links', '#', 'circuitBreaker'], 'circuitBreaker'],
  [['links', '#', 'bulkhead'], 'bulkhead'],
  [['sagas', '#'], 'saga'],
  [['sagas', '#', 'steps', '#'], 'sagaStep'],
  [['scenarios', '#'], 'scenario'],
  [['scenarios', '#', 'load', '#'], 'load'],
  [['scenarios', '#', 'load', '#', 'steps', '#'], 'loadStep'],
  [['scenarios', '#', 'faults', '#'], 'fault'],
];

/** What kind of object sits at `path` in a model (`['links', 3, 'retry']` → `retry`), if it is one. */
export function docContextOf(path: readonly DocPathSegment[]): DocContext | undefined {
  const match = CONTEXT_PATTERNS.find(
    ([pattern]) =>
      pattern.length === path.length &&
      pattern.every((p, i) => (p === '#' ? typeof path[i] === 'number' : p === '*' ? path[i] !== undefined : p === path[i])),
  );
  return match?.[1];
}
