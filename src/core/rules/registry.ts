/** Every rule, in the order the issue lists them; `RULE_IDS` and this list are checked against each other in tests. */
import type { Rule, RuleId } from './types.ts';
import { sharedDatabase } from './catalog/shared-database.ts';
import { syncChain } from './catalog/sync-chain.ts';
import { missingCircuitBreaker } from './catalog/missing-circuit-breaker.ts';
import { missingTimeout } from './catalog/missing-timeout.ts';
import { distributedMonolith } from './catalog/distributed-monolith.ts';
import { missingCompensation } from './catalog/missing-compensation.ts';
import { prematureMicroservices } from './catalog/premature-microservices.ts';
import { chattyServices } from './catalog/chatty-services.ts';
import { cyclicDependency } from './catalog/cyclic-dependency.ts';
import { noApiGateway } from './catalog/no-api-gateway.ts';
import { retryAmplification } from './catalog/retry-amplification.ts';
import { retryWithoutBackoff } from './catalog/retry-without-backoff.ts';
import { nonIdempotentRetry } from './catalog/non-idempotent-retry.ts';
import { missingHealthCheck } from './catalog/missing-health-check.ts';
import { singlePointOfFailure } from './catalog/single-point-of-failure.ts';
import { godService } from './catalog/god-service.ts';
import { crossContextDataAccess } from './catalog/cross-context-data-access.ts';

export const RULES: readonly Rule[] = Object.freeze([
  sharedDatabase,
  syncChain,
  missingCircuitBreaker,
  missingTimeout,
  distributedMonolith,
  missingCompensation,
  prematureMicroservices,
  chattyServices,
  cyclicDependency,
  noApiGateway,
  retryAmplification,
  retryWithoutBackoff,
  nonIdempotentRetry,
  missingHealthCheck,
  singlePointOfFailure,
  godService,
  crossContextDataAccess,
]);

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, or undefined for an unknown id (ids come from files and the command line). */
export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Type guard for ids read from settings or argv. */
export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}
