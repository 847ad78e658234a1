/**
 * The file format's constants (format marker, version, limits, kind and engine lists), kept apart from
 * schema.ts so the app can read them without loading zod and building the schemas at start-up:
 * schema.ts builds its validators from these, and only code that validates needs that module.
 */

export const FORMAT = 'faultline';
export const SCHEMA_VERSION = 1;

/** Sane upper bounds: a value past these is a typo or an attack, not a design. */
export const LIMITS = {
  maxFileBytes: 25 * 1024 * 1024,
  maxNodes: 50_000,
  maxLinks: 200_000,
  maxNameLength: 200,
  maxTimeoutMs: 3_600_000,
  maxRetryAttempts: 20,
  maxReplicas: 1_000,
  maxCapacity: 1_000_000,
  maxLatencyMs: 600_000,
  maxCallsPerRequest: 1_000,
  maxCoordinate: 1_000_000,
  maxScenarios: 100,
  /** One simulated hour: longer runs belong in a load-testing tool, not a design review. */
  maxScenarioMs: 3_600_000,
  maxRatePerSecond: 100_000,
  maxLoadEntries: 1_000,
  maxLoadSteps: 100,
  maxFaults: 1_000,
  maxSlowFactor: 1_000,
} as const;

export const NODE_KINDS = ['service', 'database', 'broker', 'gateway', 'client', 'external'] as const;
export const LINK_KINDS = ['sync', 'async', 'data'] as const;
export const DATABASE_ENGINES = ['postgresql', 'mysql', 'mongodb', 'redis', 'clickhouse', 'cassandra', 'dynamodb', 'elasticsearch', 'sqlite', 'other'] as const;
export const BROKER_ENGINES = ['kafka', 'rabbitmq', 'nats', 'sqs', 'pubsub', 'redis-streams', 'other'] as const;
export const CLIENT_PLATFORMS = ['web', 'mobile', 'desktop', 'cli'] as const;

export const FAULT_KINDS = ['down', 'hung', 'slow', 'erroring', 'partition'] as const;
