/** The simulator's public data shapes: what goes in (a scenario) and what comes out (a SimResult). */
import type { z } from 'zod';
import type { faultSchema, loadSchema, loadStepSchema, scenarioSchema } from '../model/schema.ts';
import type { BreakerState } from './breaker.ts';

export type Scenario = z.infer<typeof scenarioSchema>;
export type LoadSpec = z.infer<typeof loadSchema>;
export type LoadStep = z.infer<typeof loadStepSchema>;
export type FaultSpec = z.infer<typeof faultSchema>;
export type FaultKind = FaultSpec['kind'];
export type { BreakerState };

/** Why a request or call failed, in the order the result arrays list them. */
export const FAILURE_CAUSES = ['error', 'timeout', 'breaker-open', 'bulkhead-full', 'capacity', 'upstream'] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

export interface SimOptions {
  /** Width of a result bucket in simulated ms (default 1,000; raised when the run would need too many). */
  bucketMs?: number;
  /** Called now and then with the fraction of simulated time done, 0..1. */
  onProgress?: (fraction: number) => void;
  /** Polled now and then; returning true stops the run with a SimCancelledError. */
  shouldCancel?: () => boolean;
  /**
   * How a node's own latency is drawn: 'lognormal' (default) fits both p50 and p99; 'exponential' is
   * memoryless with the given median — the M/M/c of queueing theory, for checking the engine against it.
   */
  latencyModel?: 'lognormal' | 'exponential';
}

/**
 * Per-bucket series for a set of elements, element-major: element i's value in bucket b is at
 * `i * bucketCount + b`. Typed arrays so a long run stays small and transfers from a worker without copying.
 */
export interface ElementSeries {
  ids: string[];
  /** Requests arriving at a node; attempts made on a link (retries included); messages published on an async link. */
  arrivals: Uint32Array;
  /** Requests answered successfully (degraded ones included); calls answered; messages consumed. */
  successes: Uint32Array;
  /** Successes that used a fallback somewhere (node), or calls a fallback answered (link). */
  degraded: Uint32Array;
  failures: Record<FailureCause, Uint32Array>;
  /** Latency of successes in ms: time in the node (queue included), call time, or end-to-end message lag. */
  p50: Float32Array;
  p95: Float32Array;
  p99: Float32Array;
  /** Time-averaged busy slots (node), calls in flight (link) or messages being consumed (async link). */
  busy: Float32Array;
  /** Time-averaged requests waiting for a slot (node) or messages waiting in the backlog (async link). */
  queue: Float32Array;
}

/** Per-entry-point series, by the bucket a request arrived in (so every request lands in one bucket). */
export interface EntrySeries {
  ids: string[];
  arrivals: Uint32Array;
  ok: Uint32Array;
  degraded: Uint32Array;
  failures: Record<FailureCause, Uint32Array>;
  /** Requests never answered by the end of the run (a hung call with no timeout upstream). */
  stuck: Uint32Array;
  /** (ok + degraded) ÷ arrivals; NaN in a bucket with no arrivals. */
  successRatio: Float32Array;
  p50: Float32Array;
  p95: Float32Array;
  p99: Float32Array;
}

export interface BreakerTransition {
  link: string;
  atMs: number;
  from: BreakerState;
  to: BreakerState;
}

export interface EntrySummary {
  id: string;
  requests: number;
  ok: number;
  degraded: number;
  failed: number;
  stuck: number;
  /** Answered successfully (degraded included) ÷ requests; 1 when there were none. */
  availability: number;
  degradedRatio: number;
  failures: Record<FailureCause, number>;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export interface NodeSummary {
  id: string;
  arrivals: number;
  successes: number;
  degraded: number;
  failures: number;
  failuresByCause: Record<FailureCause, number>;
  /** Requests a hung node swallowed. */
  unanswered: number;
  /** Requests still holding a slot or queued when the run ended: waiting on a call that never answers. */
  stuck: number;
  meanLatencyMs: number;
  p99Ms: number;
  meanQueueWaitMs: number;
  /** Time-averaged busy slots ÷ slots (0 for clients, whose slots are unlimited). */
  utilization: number;
  /** Time-averaged requests in the node, busy plus queued: L in Little's law. */
  meanInSystem: number;
  maxQueue: number;
  /** It failed, degraded, swallowed, got stuck on or delayed more than 1 % of its work. */
  degradedNode: boolean;
}

export interface LinkSummary {
  id: string;
  kind: 'sync' | 'async' | 'data';
  /** Logical calls (or messages published / delivered). */
  calls: number;
  /** Attempts, retries included. */
  attempts: number;
  /** attempts ÷ calls. */
  amplification: number;
  successes: number;
  failures: number;
  failuresByCause: Record<FailureCause, number>;
  /** Calls a fallback answered after they failed. */
  fallbacks: number;
  breakerOpenings: number;
  /** Async delivery links: messages consumed, their lag, and the deepest backlog. */
  delivered: number;
  meanLagMs: number;
  maxLagMs: number;
  maxBacklog: number;
}

export interface MessageSummary {
  published: number;
  delivered: number;
  /** Consumed but the subscriber failed processing them (dead-lettered). */
  failed: number;
  /** Waited longer than a second between publish and consumption. */
  delayed: number;
  /** Still in a backlog when the run ended. */
  pending: number;
  maxBacklog: number;
  meanLagMs: number;
  maxLagMs: number;
}

export interface SimSummary {
  requests: number;
  entries: EntrySummary[];
  nodes: NodeSummary[];
  links: LinkSummary[];
  /** Ids of the nodes that degraded (NodeSummary.degradedNode), in model order. */
  blastRadius: string[];
  /** Attempts ÷ calls over the sync links that retry (1 when none do or none were called). */
  retryAmplification: number;
  messages: MessageSummary;
  breakerOpenings: number;
}

export interface SimResult {
  scenario: string;
  seed: number;
  durationMs: number;
  bucketMs: number;
  bucketCount: number;
  nodes: ElementSeries;
  links: ElementSeries;
  entries: EntrySeries;
  breakerTransitions: BreakerTransition[];
  summary: SimSummary;
  /** Things the simulator had to assume or skip (a sync cycle cut, a broker-to-broker link ignored). */
  warnings: string[];
  /** Discrete events processed (scheduled events plus same-instant follow-ups). */
  events: number;
  /** FNV-1a over a canonical digest of the result: equal hashes, equal results. */
  hash: string;
}
