/**
 * The failure simulator: a deterministic discrete-event simulation of a model under a scenario (load on
 * entry points, faults on a timeline), with the catalogue's timeout, retry, circuit breaker, bulkhead and
 * fallback semantics. Pure and synchronous; the app runs it in src/workers/sim.worker.ts.
 */
export { simulate } from './simulate.ts';
export { defaultScenario, entryPoints, DEFAULT_RATE_PER_SECOND, DEFAULT_DURATION_MS } from './default-scenario.ts';
export { blastRadius, entryStatus } from './blast-radius.ts';
export type { BlastRadius, BlastRadiusEntry, BlastRadiusOptions, BlastRadiusRow, EntryStatus } from './blast-radius.ts';
export { recommendedPolicies } from './recommended-policies.ts';
export { validateScenario, ScenarioError, formatProblemPath } from './validate-scenario.ts';
export type { ScenarioProblem } from './validate-scenario.ts';
export { SimCancelledError } from './engine.ts';
export { seriesOf, entrySeriesOf, breakerStateAt, totalFailures } from './series.ts';
export type { OneElementSeries, OneEntrySeries } from './series.ts';
export { CircuitBreaker } from './breaker.ts';
export { FAILURE_CAUSES } from './types.ts';
export type {
  BreakerState,
  BreakerTransition,
  ElementSeries,
  EntrySeries,
  EntrySummary,
  FailureCause,
  FaultKind,
  FaultSpec,
  LinkSummary,
  LoadSpec,
  LoadStep,
  MessageSummary,
  NodeSummary,
  Scenario,
  SimOptions,
  SimResult,
  SimSummary,
} from './types.ts';
export {
  DEFAULT_FAULT_ERROR_RATE,
  DEFAULT_SLOW_FACTOR,
  DELAYED_MESSAGE_MS,
  DRAIN_MS,
  QUEUE_MIN,
  QUEUE_PER_SLOT,
  RUNTIME_DEFAULTS,
  type RuntimeDefaults,
} from './constants.ts';
