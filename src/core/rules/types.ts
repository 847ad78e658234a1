import type { Model } from '../model/index.ts';
import type { RuleContext } from './context.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Most severe first; the order findings are sorted in. */
export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** Rule ids are part of the interface: CLI output, settings, suppressions, docs and tests use them. */
export const RULE_IDS = [
  'shared-database',
  'sync-chain',
  'missing-circuit-breaker',
  'missing-timeout',
  'distributed-monolith',
  'missing-compensation',
  'premature-microservices',
  'chatty-services',
  'cyclic-dependency',
  'no-api-gateway',
  'retry-amplification',
  'retry-without-backoff',
  'non-idempotent-retry',
  'missing-health-check',
  'single-point-of-failure',
  'god-service',
  'cross-context-data-access',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Extra facts about a finding, JSON-friendly so it crosses the worker boundary and the CLI unchanged. */
export type FindingData = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Concrete: names the services, the chain, the factor. */
  readonly message: string;
  /** Ids of the offending nodes, most important first. */
  readonly nodes: readonly string[];
  /** Ids of the offending links. */
  readonly links: readonly string[];
  readonly data?: FindingData;
}

/** A one-click edit. `apply` is pure: it returns the next model and the store records it as one undo step. */
export interface QuickFix {
  readonly label: string;
  apply(model: Model, finding: Finding): Model;
  /** When present and false for a finding, the fix does not apply to it (absent: applies to all). */
  appliesTo?(finding: Finding): boolean;
}

/** Where the fixing pattern is described, so the app can show the catalogue's own text. */
export interface PatternRef {
  readonly name: string;
  /** Heading path in shared/seed/microservice-patterns.md, parts joined by " › ". */
  readonly catalogueSection: string;
}

export interface Rule {
  readonly id: RuleId;
  readonly title: string;
  readonly defaultSeverity: Severity;
  readonly defaultThreshold?: number;
  /** What the threshold counts and when it trips, e.g. "hops; a chain of this many or more is flagged". */
  readonly thresholdMeaning?: string;
  /** One paragraph: what is wrong and why it hurts. */
  readonly explanation: string;
  readonly pattern: PatternRef;
  /** The catalogue's NEVER line this rule enforces, quoted, when it comes from that list. */
  readonly never?: string;
  check(ctx: RuleContext): Finding[];
  readonly quickFix?: QuickFix;
  /** Other fixes the user may prefer, e.g. "mark idempotent" next to "remove the retry". */
  readonly alternativeFixes?: readonly QuickFix[];
}
