/**
 * The engine's working objects. Classes with every field set in the constructor, so V8 gives each one
 * stable shape and the hot paths stay monomorphic; compile.ts builds the nodes and links once per run.
 */
import type { Backoff } from './backoff.ts';
import type { CircuitBreaker } from './breaker.ts';
import { Deque } from './deque.ts';
import { TimeoutRing } from './timeout-ring.ts';
import type { Rng } from './prng.ts';

/** Link kinds and call modes as small integers. */
export const SYNC = 0;
export const ASYNC = 1;
export const DATA = 2;
export const SEQUENTIAL = 0;
export const PARALLEL = 1;
/** Clients and non-aggregating gateways send each request down one route. */
export const ROUTER = 2;

/** Failure causes, indexing FAILURE_CAUSES. */
export const ERROR = 0;
export const TIMEOUT = 1;
export const BREAKER_OPEN = 2;
export const BULKHEAD_FULL = 3;
export const CAPACITY = 4;
export const UPSTREAM = 5;

/** Latency models. */
export const LAT_CONSTANT = 0;
export const LAT_LOGNORMAL = 1;
export const LAT_EXPONENTIAL = 2;

export class NodeRt {
  busy = 0;
  readonly queue = new Deque<Job>();
  // Fault state, recomputed at each fault boundary.
  down = false;
  hung = false;
  slow = 1;
  errorRate: number;
  faults: FaultRt[] = [];
  /** Work plan: data calls first, then sync calls (mode), then publishes. */
  pre: LinkRt[] = [];
  sync: LinkRt[] = [];
  post: LinkRt[] = [];
  mode = SEQUENTIAL;
  /** A gateway with routes: the route links and their cumulative traffic shares (last = 1). */
  routeLinks: LinkRt[] = [];
  routeCum: number[] = [];
  /** Async links whose messages this node consumes, served round-robin. */
  consumes: LinkRt[] = [];
  consumeCursor = 0;
  // Totals for the summary.
  unanswered = 0;
  queueWaitSum = 0;
  started = 0;
  latencySum = 0;
  maxQueue = 0;

  constructor(
    readonly index: number,
    readonly id: string,
    readonly isClient: boolean,
    readonly isBroker: boolean,
    /** replicas × capacity; Infinity for a client. */
    readonly slots: number,
    readonly queueLimit: number,
    readonly latKind: number,
    /** Constant latency, lognormal median or exponential mean, in ms. */
    readonly latScale: number,
    readonly latSigma: number,
    readonly baseErrorRate: number,
    readonly rng: Rng,
  ) {
    this.errorRate = baseErrorRate;
  }
}

export class LinkRt {
  inflight = 0;
  partitioned = false;
  faults: FaultRt[] = [];
  /** Attempts waiting for an answer, in start order, when the link has a timeout. */
  readonly timeouts = new TimeoutRing<Job>();
  timerArmed = false;
  timerAt = 0;
  /** Async delivery links: messages waiting for the subscriber. */
  readonly backlog = new Deque<Message>();
  /** Async links into a broker: the delivery links their messages fan out to. */
  fanOut: LinkRt[] = [];
  // Totals for the summary.
  calls = 0;
  attempts = 0;
  fallbacks = 0;
  breakerOpenings = 0;
  delivered = 0;
  lagSum = 0;
  lagMax = 0;
  delayed = 0;
  maxBacklog = 0;
  messagesFailed = 0;

  constructor(
    readonly index: number,
    readonly id: string,
    readonly kind: number,
    readonly from: NodeRt,
    readonly to: NodeRt,
    /** 0 when the link has no timeout. */
    readonly timeoutMs: number,
    /** 1 when the link does not retry. */
    readonly maxAttempts: number,
    readonly backoff: Backoff | null,
    readonly breaker: CircuitBreaker | null,
    readonly bulkheadMax: number,
    readonly fallback: boolean,
    readonly callsPerRequest: number,
    /** Event/topic name for matching publishers to subscriptions; null matches any. */
    readonly topic: string | null,
    /** The link lies on a sync/data cycle, so calls along it check the request's path. */
    readonly inCycle: boolean,
    readonly rng: Rng,
  ) {}
}

/** Who is waiting for a job's answer. */
export const FROM_ENTRY = 0;
export const FROM_CALL = 1;
export const FROM_MESSAGE = 2;

/**
 * One request being served by one node: queued, then holding a slot through its latency and its calls.
 * A job made by a sync or data call is also that call's attempt (a retry is a new job), so a late answer
 * to an attempt that already timed out is recognised by its own `awaiting` flag.
 */
export class Job {
  startedAt = 0;
  phase = 0;
  step = 0;
  /** Parallel calls still outstanding. */
  pending = 0;
  route: LinkRt | null = null;
  /** The node's error draw came up: the job fails after its own latency. */
  failed = false;
  degraded = false;
  done = false;
  /** As an attempt: the link it was made on, its number (1 = first try), and whether the caller still waits. */
  link: LinkRt | null = null;
  attempt = 1;
  awaiting = false;
  /** Where this attempt sits in its link's TimeoutRing. */
  timeoutSlot = -1;
  message: Message | null = null;
  entry = -1;

  constructor(
    readonly node: NodeRt,
    readonly from: number,
    /** When it arrived at the node; for an attempt, also when the call was made. */
    readonly arrivedAt: number,
    /** The calling job (null for entry requests and messages). */
    readonly parent: Job | null,
    readonly hops: number,
  ) {}
}

export class Message {
  constructor(
    readonly link: LinkRt,
    readonly publishedAt: number,
    readonly hops: number,
  ) {}
}

export class EntryRt {
  constructor(
    readonly index: number,
    readonly id: string,
    readonly node: NodeRt,
    readonly rng: Rng,
    /** Piecewise rate: base, then steps sorted by time. */
    readonly baseRate: number,
    readonly steps: readonly { atMs: number; rate: number; rampMs: number }[],
    readonly maxRate: number,
  ) {}
}

export class FaultRt {
  active = false;
  constructor(
    readonly kind: 'down' | 'hung' | 'slow' | 'erroring' | 'partition',
    readonly node: NodeRt | null,
    readonly link: LinkRt | null,
    readonly fromMs: number,
    readonly toMs: number,
    readonly factor: number,
    readonly errorRate: number,
  ) {}
}
