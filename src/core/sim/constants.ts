/** The simulator's assumptions, in one place so the docs, the UI and the tests can cite them. */
import { DEFAULT_SERVICE_RUNTIME } from '../model/defaults.ts';
import type { NodeKind } from '../model/types.ts';

/** Runtime a node is simulated with when the model leaves a field out. */
export interface RuntimeDefaults {
  replicas: number;
  /** Concurrent requests per replica. */
  capacity: number;
  latency: { p50Ms: number; p99Ms: number };
  errorRate: number;
}

/**
 * Services and external systems use the catalogue's DEFAULT_SERVICE_RUNTIME. A gateway only routes, so it
 * is fast and wide; a database answers in milliseconds with a connection pool of 100; a broker
 * acknowledges a publish in about 2 ms. A client is the user: unlimited and instantaneous.
 */
export const RUNTIME_DEFAULTS: Readonly<Record<NodeKind, RuntimeDefaults>> = {
  service: DEFAULT_SERVICE_RUNTIME,
  external: DEFAULT_SERVICE_RUNTIME,
  gateway: { replicas: 1, capacity: 100, latency: { p50Ms: 2, p99Ms: 10 }, errorRate: 0 },
  database: { replicas: 1, capacity: 100, latency: { p50Ms: 5, p99Ms: 50 }, errorRate: 0 },
  broker: { replicas: 1, capacity: 1_000, latency: { p50Ms: 2, p99Ms: 10 }, errorRate: 0 },
  client: { replicas: 1, capacity: 1, latency: { p50Ms: 0, p99Ms: 0 }, errorRate: 0 },
};

/** A node queues at most this many requests per slot beyond its slots (and at least QUEUE_MIN) before refusing. */
export const QUEUE_PER_SLOT = 2;
export const QUEUE_MIN = 100;

/** Latency multiplier of a `slow` fault that gives no factor; error rate of an `erroring` one that gives none. */
export const DEFAULT_SLOW_FACTOR = 10;
export const DEFAULT_FAULT_ERROR_RATE = 0.5;

/**
 * After the load stops, the run goes on this long so requests in flight can finish: a request still
 * unanswered then is "stuck" (a hung call with no timeout on the way). Costs nothing when all is quiet.
 */
export const DRAIN_MS = 60_000;

/** A message whose publish-to-consume lag exceeds this counts as delayed. */
export const DELAYED_MESSAGE_MS = 1_000;

/** A node that failed, swallowed or degraded more than this fraction of its work is in the blast radius. */
export const DEGRADED_NODE_THRESHOLD = 0.01;

/** Events → messages → events … is cut after this many hops (an event cycle would otherwise run forever). */
export const MAX_ASYNC_HOPS = 16;

/** Series cells (elements × buckets) per table before the bucket width is raised, to keep results small. */
export const MAX_SERIES_CELLS = 1_000_000;

/** Same as LIMITS.maxScenarioMs in the schema; repeated so the worker bundle does not pull in zod. */
export const MAX_DURATION_MS = 3_600_000;

export const DEFAULT_BUCKET_MS = 1_000;
export const DEFAULT_SEED = 1;
