/**
 * The pattern library: every pattern, anti-pattern and decision framework of the catalogue, searchable,
 * with the entry each rule's findings link to.
 */
import type { RuleId } from '../../rules/types.ts';
import { decomposeByCapability, stranglerFig } from './entries/decomposition.ts';
import { apiGateway, asynchronousEvents, synchronousCalls } from './entries/communication.ts';
import { databasePerService, saga } from './entries/data.ts';
import { decisionFramework, syncVsAsync } from './entries/frameworks.ts';
import {
  neverChattyServices,
  neverDistributedMonolith,
  neverIgnoreNetworkFailures,
  neverNoCircuitBreakers,
  neverNoCompensation,
  neverSharedDatabases,
  neverStartWithMicroservices,
  neverSynchronousChains,
} from './entries/never.ts';
import { bulkhead, circuitBreaker, healthChecks, retryWithBackoff } from './entries/resilience.ts';
import type { PatternEntry } from './types.ts';

/** Every entry, in the catalogue's order: frameworks and patterns first, then the NEVER list. */
export const PATTERNS: readonly PatternEntry[] = Object.freeze([
  decisionFramework,
  decomposeByCapability,
  stranglerFig,
  syncVsAsync,
  synchronousCalls,
  asynchronousEvents,
  databasePerService,
  saga,
  circuitBreaker,
  retryWithBackoff,
  bulkhead,
  apiGateway,
  healthChecks,
  neverSharedDatabases,
  neverSynchronousChains,
  neverNoCircuitBreakers,
  neverDistributedMonolith,
  neverIgnoreNetworkFailures,
  neverNoCompensation,
  neverStartWithMicroservices,
  neverChattyServices,
]);

export const PATTERN_IDS: readonly string[] = PATTERNS.map((p) => p.id);

const BY_ID: ReadonlyMap<string, PatternEntry> = new Map(PATTERNS.map((p) => [p.id, p]));

/** The entry with this id, if any. */
export function getPattern(id: string): PatternEntry | undefined {
  return BY_ID.get(id);
}

/**
 * The pattern that fixes what each rule finds — the entry a finding links to. A Record over RuleId, so a
 * new rule does not compile until it has one.
 */
const RULE_PATTERN: Readonly<Record<RuleId, string>> = {
  'shared-database': databasePerService.id,
  'sync-chain': asynchronousEvents.id,
  'missing-circuit-breaker': circuitBreaker.id,
  'missing-timeout': synchronousCalls.id,
  'distributed-monolith': asynchronousEvents.id,
  'missing-compensation': saga.id,
  'premature-microservices': decisionFramework.id,
  'chatty-services': decomposeByCapability.id,
  'cyclic-dependency': decomposeByCapability.id,
  'no-api-gateway': apiGateway.id,
  'retry-amplification': retryWithBackoff.id,
  'retry-without-backoff': retryWithBackoff.id,
  'non-idempotent-retry': retryWithBackoff.id,
  'missing-health-check': healthChecks.id,
  'single-point-of-failure': healthChecks.id,
  'god-service': decomposeByCapability.id,
  'cross-context-data-access': databasePerService.id,
};

/** The entry a finding of `rule` links to: the pattern that fixes it. */
export function patternForRule(rule: RuleId): PatternEntry {
  return BY_ID.get(RULE_PATTERN[rule])!;
}

/** The NEVER-list entry a rule enforces, when it enforces one. */
export function antiPatternForRule(rule: RuleId): PatternEntry | undefined {
  return PATTERNS.find((p) => p.kind === 'anti-pattern' && p.rules.includes(rule));
}

/** Where a word counts most when it matches. */
const WEIGHTS = { title: 8, id: 6, keywords: 5, rules: 4, summary: 3, body: 1 } as const;

/**
 * Entries matching every word of `query` (case-insensitive, word prefixes: "break" finds "breaker"),
 * best first; the whole library, in order, for an empty query.
 */
export function searchPatterns(query: string): PatternEntry[] {
  const terms = tokens(query);
  if (terms.length === 0) return [...PATTERNS];
  const scored: { entry: PatternEntry; score: number; index: number }[] = [];
  PATTERNS.forEach((entry, index) => {
    const fields = indexOf(entry);
    let score = 0;
    for (const term of terms) {
      let best = 0;
      for (const [field, words] of fields) if (words.some((w) => w.startsWith(term))) best = Math.max(best, WEIGHTS[field]);
      if (best === 0) return;
      score += best;
    }
    scored.push({ entry, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.entry);
}

const INDEX = new Map<PatternEntry, [keyof typeof WEIGHTS, string[]][]>();

function indexOf(entry: PatternEntry): [keyof typeof WEIGHTS, string[]][] {
  let fields = INDEX.get(entry);
  if (!fields) {
    fields = [
      ['title', tokens(entry.title)],
      ['id', tokens(entry.id)],
      ['keywords', tokens(entry.keywords.join(' '))],
      ['rules', tokens(entry.rules.join(' '))],
      ['summary', tokens(entry.summary)],
      ['body', tokens([entry.whatItIs, ...entry.whenToUse, ...entry.whenNot, entry.kind].join(' '))],
    ];
    INDEX.set(entry, fields);
  }
  return fields;
}

/** Lower-case words; "/api/orders/v2" and "pub/sub" split at their punctuation. */
function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
