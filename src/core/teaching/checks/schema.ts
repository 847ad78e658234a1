/**
 * The check language of lessons: declarative, JSON-serialisable conditions over a learner's model, its
 * findings, its decision verdict and a short simulation. These zod schemas are the source of the Check
 * types and of the lesson JSON Schema; `validate-check.ts` walks checks by hand to word errors well.
 *
 * A check is an object with exactly one operator key (`all`, `finding`, `link`, …) and an optional
 * `label` that replaces the generated description in the UI.
 */
import { z } from 'zod';
import { scenarioSchema } from '../../model/schema.ts';
import { LINK_KINDS, NODE_KINDS } from '../../model/constants.ts';
import { RULE_IDS } from '../../rules/types.ts';
import type { Verdict } from '../../rules/decision.ts';

const text = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters long');
/** A node id or name (names compare as slugs: "Order Service" matches "order-service"). */
const nodeRef = text;
/** A node id or name, or `{ "kind": "gateway" }` for any node of a kind. */
export const nodeSelectorSchema = z.union([nodeRef, z.strictObject({ kind: z.enum(NODE_KINDS) })]);

/** Bounds on a number; either may be left out, and a range with neither says nothing. */
export const rangeSchema = z
  .strictObject({ min: z.number().finite().optional(), max: z.number().finite().optional() })
  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'give min, max or both' })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'min must not be above max', path: ['max'] });

/** Resilience settings a sync link can have; `backoff` means a retry with exponential backoff. */
export const LINK_POLICIES = ['timeout', 'retry', 'backoff', 'breaker', 'bulkhead', 'fallback', 'idempotent'] as const;
export type LinkPolicy = (typeof LINK_POLICIES)[number];

/** The decision framework's verdicts (rules/decision.ts), as a tuple for the schema. */
export const VERDICTS = [
  'start-with-monolith',
  'consider-microservices',
  'microservices-work-well',
  'monolith-first-extract-later',
  'not-enough-information',
] as const satisfies readonly Verdict[];

export const DATA_OWNERSHIP = ['one-service-per-database', 'every-service-owns-a-database', 'same-context'] as const;
export type DataOwnership = (typeof DATA_OWNERSHIP)[number];

const label = z.string().min(1).max(300).optional();

export const findingCheckSchema = z.strictObject({
  finding: z.strictObject({
    rule: z.enum(RULE_IDS),
    expect: z.enum(['absent', 'present']),
    /** Only findings that involve this node (or the link with this id). */
    on: nodeRef.optional(),
  }),
  label,
});

export const linkCheckSchema = z.strictObject({
  link: z.strictObject({
    from: nodeSelectorSchema.optional(),
    to: nodeSelectorSchema.optional(),
    kind: z.enum(LINK_KINDS).optional(),
    /** Policies the link must have (sync links only have them). */
    has: z.array(z.enum(LINK_POLICIES)).min(1).max(LINK_POLICIES.length).optional(),
    /** Every link matching from/to/kind must have `has` (and there must be one); otherwise one is enough. */
    every: z.boolean().optional(),
    /** How many links match everything (from, to, kind and has); default at least 1. */
    count: rangeSchema.optional(),
  }),
  label,
});

export const nodeCheckSchema = z.strictObject({
  node: z.strictObject({
    id: text.optional(),
    /** Matched as a slug: "Order Service" matches "order-service". */
    name: text.optional(),
    kind: z.enum(NODE_KINDS).optional(),
    legacy: z.boolean().optional(),
    /** In a bounded context (true) or in none (false). */
    grouped: z.boolean().optional(),
    replicas: rangeSchema.optional(),
    /** Both liveness and readiness checks (true), or not both (false). */
    healthChecks: z.boolean().optional(),
    /** How many nodes match; default at least 1. */
    count: rangeSchema.optional(),
  }),
  label,
});

export const routeCheckSchema = z.strictObject({
  route: z.strictObject({
    gateway: nodeRef.optional(),
    /** Exact prefix; any route to `to` when left out. */
    prefix: z.string().min(1).max(200).optional(),
    to: nodeRef,
    /** The route's effective traffic share (unset shares split the rest equally, as the simulator does). */
    share: rangeSchema.optional(),
  }),
  label,
});

export const decisionCheckSchema = z.strictObject({
  decision: z
    .strictObject({
      verdict: z.union([z.enum(VERDICTS), z.array(z.enum(VERDICTS)).min(1)]).optional(),
      /** How many of the six decision questions have an answer. */
      answered: rangeSchema.optional(),
    })
    .refine((d) => d.verdict !== undefined || d.answered !== undefined, { message: 'give a verdict, answered, or both' }),
  label,
});

export const groupsCheckSchema = z.strictObject({
  groups: z.strictObject({
    /** How many bounded contexts hold at least `minServices` services. */
    count: rangeSchema,
    minServices: z.number().int().min(0).max(1_000).optional(),
  }),
  label,
});

export const dataOwnershipCheckSchema = z.strictObject({ dataOwnership: z.enum(DATA_OWNERSHIP), label });

export const sagaCheckSchema = z.strictObject({
  saga: z.strictObject({
    orchestrator: nodeRef.optional(),
    /** Services that must each run a step. */
    services: z.array(nodeRef).min(1).max(100).optional(),
    steps: rangeSchema.optional(),
    /** Every step but the last has a compensation. */
    compensated: z.boolean().optional(),
  }),
  label,
});

export const entryExpectationSchema = z.strictObject({
  entry: nodeRef,
  /** Answered (degraded included) ÷ requests. */
  availability: rangeSchema.optional(),
  degradedRatio: rangeSchema.optional(),
  p99Ms: rangeSchema.optional(),
  stuck: rangeSchema.optional(),
});
export const nodeExpectationSchema = z.strictObject({
  node: nodeRef,
  /** Requests arriving at the node ÷ requests entering the system. */
  share: rangeSchema.optional(),
  queueMax: rangeSchema.optional(),
  /** Failures ÷ arrivals. */
  failureRatio: rangeSchema.optional(),
  utilization: rangeSchema.optional(),
});
export const linkExpectationSchema = z.strictObject({
  link: z.strictObject({ from: nodeRef, to: nodeRef }),
  breakerOpenings: rangeSchema.optional(),
  fallbacks: rangeSchema.optional(),
  maxBacklog: rangeSchema.optional(),
  /** Failed calls ÷ attempts. */
  failureRatio: rangeSchema.optional(),
});
export const messagesExpectationSchema = z.strictObject({
  messages: z.strictObject({
    published: rangeSchema.optional(),
    maxBacklog: rangeSchema.optional(),
    /** Still queued when the run (and its drain) ended. */
    pending: rangeSchema.optional(),
    failed: rangeSchema.optional(),
    maxLagMs: rangeSchema.optional(),
  }),
});

/** Each expectation is keyed by its subject: `entry`, `node`, `link` or `messages`. */
export const EXPECTATION_SCHEMAS = {
  entry: entryExpectationSchema,
  node: nodeExpectationSchema,
  link: linkExpectationSchema,
  messages: messagesExpectationSchema,
} as const;
export const expectationSchema = z.union([entryExpectationSchema, nodeExpectationSchema, linkExpectationSchema, messagesExpectationSchema]);

export const simulationCheckSchema = z.strictObject({
  simulation: z.strictObject({
    /** Entry points and fault targets may be node names; keep runs short (seconds), they run on every check. */
    scenario: scenarioSchema,
    expect: z.array(expectationSchema).min(1).max(20),
  }),
  label,
});

/** The leaf checks, by operator key. */
export const LEAF_CHECK_SCHEMAS = {
  finding: findingCheckSchema,
  link: linkCheckSchema,
  node: nodeCheckSchema,
  route: routeCheckSchema,
  decision: decisionCheckSchema,
  groups: groupsCheckSchema,
  dataOwnership: dataOwnershipCheckSchema,
  saga: sagaCheckSchema,
  simulation: simulationCheckSchema,
} as const;

export type FindingCheck = z.infer<typeof findingCheckSchema>;
export type LinkCheck = z.infer<typeof linkCheckSchema>;
export type NodeCheck = z.infer<typeof nodeCheckSchema>;
export type RouteCheck = z.infer<typeof routeCheckSchema>;
export type DecisionCheck = z.infer<typeof decisionCheckSchema>;
export type GroupsCheck = z.infer<typeof groupsCheckSchema>;
export type DataOwnershipCheck = z.infer<typeof dataOwnershipCheckSchema>;
export type SagaCheck = z.infer<typeof sagaCheckSchema>;
export type SimulationCheck = z.infer<typeof simulationCheckSchema>;
export type Expectation = z.infer<typeof expectationSchema>;
export type Range = z.infer<typeof rangeSchema>;
export type LeafCheck = FindingCheck | LinkCheck | NodeCheck | RouteCheck | DecisionCheck | GroupsCheck | DataOwnershipCheck | SagaCheck | SimulationCheck;

// The composites are recursive, so their types are written out (zod cannot infer a recursive union).
export interface AllCheck {
  all: Check[];
  label?: string | undefined;
}
export interface AnyCheck {
  any: Check[];
  label?: string | undefined;
}
export interface NotCheck {
  not: Check;
  label?: string | undefined;
}
export type Check = LeafCheck | AllCheck | AnyCheck | NotCheck;

/** Every operator key a check may have. */
export const CHECK_KEYS = ['all', 'any', 'not', ...(Object.keys(LEAF_CHECK_SCHEMAS) as (keyof typeof LEAF_CHECK_SCHEMAS)[])] as const;

export const checkSchema: z.ZodType<Check> = z
  .lazy(() =>
    z.union([
      z.strictObject({ all: z.array(checkSchema).min(1), label }),
      z.strictObject({ any: z.array(checkSchema).min(1), label }),
      z.strictObject({ not: checkSchema, label }),
      ...Object.values(LEAF_CHECK_SCHEMAS),
    ]),
  )
  .meta({ id: 'check', description: 'A lesson check: one operator key (all, any, not, finding, link, node, route, decision, groups, dataOwnership, saga, simulation) and an optional label.' });
