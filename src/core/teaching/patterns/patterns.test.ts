/** The pattern library: the whole catalogue, diagrams that load and teach the right thing, links from every rule. */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../io/load-model.ts';
import { serializeModel } from '../../io/serialize-model.ts';
import { NODE_SIZE } from '../../layout/node-size.ts';
import { analyze, RULE_IDS, RULES, isRuleId } from '../../rules/index.ts';
import { APPLY_ACTION_IDS } from '../apply/types.ts';
import { LESSONS } from '../lessons/index.ts';
import { PATTERNS, PATTERN_IDS, antiPatternForRule, getPattern, patternForRule, searchPatterns } from './library.ts';

/** The catalogue's items (shared/seed/microservice-patterns.md), by the library id that covers each. */
const CATALOGUE = {
  'Decision Framework': 'decision-framework',
  'Decomposition by business capability': 'decompose-by-business-capability',
  'Strangler Fig': 'strangler-fig',
  'Sync vs async communication': 'sync-vs-async',
  'Synchronous (REST/gRPC)': 'synchronous-calls',
  'Asynchronous (Events)': 'asynchronous-events',
  'Database Per Service': 'database-per-service',
  'Saga Pattern': 'saga',
  'Circuit Breaker': 'circuit-breaker',
  'Retry with Exponential Backoff': 'retry-with-backoff',
  Bulkhead: 'bulkhead',
  'API Gateway Pattern': 'api-gateway',
  'Health Checks': 'health-checks',
  'NEVER Shared Databases': 'never-shared-databases',
  'NEVER Synchronous Chains': 'never-synchronous-chains',
  'NEVER No Circuit Breakers': 'never-no-circuit-breakers',
  'NEVER Distributed Monolith': 'never-distributed-monolith',
  'NEVER Ignoring Network Failures': 'never-ignore-network-failures',
  'NEVER No Compensation Logic': 'never-no-compensation',
  'NEVER Starting with Microservices': 'never-start-with-microservices',
  'NEVER Chatty Services': 'never-chatty-services',
} as const;

describe('pattern library', () => {
  it('has an entry for every item of the catalogue, and ids are unique', () => {
    for (const [item, id] of Object.entries(CATALOGUE)) expect(getPattern(id), item).toBeDefined();
    expect(new Set(PATTERN_IDS).size).toBe(PATTERNS.length);
    expect(PATTERNS.filter((p) => p.kind === 'anti-pattern').map((p) => p.catalogueSection)).toEqual(
      Object.keys(CATALOGUE).filter((k) => k.startsWith('NEVER')).map((k) => k.replace('NEVER ', 'NEVER › ')),
    );
    expect(PATTERNS.filter((p) => p.kind === 'framework').map((p) => p.id)).toEqual(['decision-framework', 'sync-vs-async']);
  });

  it.each(PATTERNS.map((p) => [p.id, p] as const))('%s: complete, with a diagram that loads and does not overlap', (_id, entry) => {
    expect(entry.title).not.toBe('');
    expect(entry.summary.length).toBeGreaterThan(30);
    expect(entry.whatItIs.length).toBeGreaterThan(200);
    expect(entry.whenNot.length).toBeGreaterThan(0);
    if (entry.kind !== 'anti-pattern') expect(entry.whenToUse.length).toBeGreaterThan(0);
    const loaded = loadModel(serializeModel(entry.diagram));
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    expect(loaded.ok && loaded.model).toEqual(entry.diagram);
    const boxes = entry.diagram.nodes.map((n) => ({ id: n.id, ...n.position!, ...NODE_SIZE[n.kind] }));
    for (const a of boxes) {
      expect(a.x, `${a.id} is placed`).toBeTypeOf('number');
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it.each(PATTERNS.map((p) => [p.id, p] as const))('%s: its diagram teaches its rules (clean for a pattern, caught for an anti-pattern)', (_id, entry) => {
    const found = new Set(analyze(entry.diagram).findings.map((f) => f.rule));
    if (entry.kind === 'anti-pattern') {
      expect(entry.rules.length).toBeGreaterThan(0);
      for (const rule of entry.rules) expect(found.has(rule), `${rule} should be found`).toBe(true);
    } else {
      // A pattern's diagram is a model to copy: no finding at all, not only none of its own rules.
      expect([...found]).toEqual([]);
    }
  });

  it('references only existing rules, actions and entries', () => {
    for (const entry of PATTERNS) {
      for (const rule of entry.rules) expect(isRuleId(rule), `${entry.id}: ${rule}`).toBe(true);
      if (entry.apply !== undefined) expect(APPLY_ACTION_IDS).toContain(entry.apply);
      for (const id of entry.related) expect(getPattern(id), `${entry.id} → ${id}`).toBeDefined();
      expect(entry.related).not.toContain(entry.id);
    }
    for (const lesson of LESSONS) for (const id of lesson.patterns ?? []) expect(getPattern(id), `${lesson.id} → ${id}`).toBeDefined();
  });

  it('links every rule’s findings to an entry that checks that rule', () => {
    for (const rule of RULE_IDS) {
      const entry = patternForRule(rule);
      expect(entry, rule).toBeDefined();
      expect(entry.kind).not.toBe('anti-pattern');
      expect(entry.rules, `${entry.id} lists ${rule}`).toContain(rule);
    }
  });

  it('links every rule from the NEVER list to its anti-pattern entry', () => {
    for (const rule of RULES.filter((r) => r.never !== undefined)) {
      const entry = antiPatternForRule(rule.id);
      expect(entry?.kind, rule.id).toBe('anti-pattern');
      expect(rule.never!.toLowerCase()).toContain(entry!.catalogueSection.replace('NEVER › ', '').toLowerCase());
    }
    expect(antiPatternForRule('god-service')).toBeUndefined();
  });

  it('searches by words, prefixes and punctuation, best match first', () => {
    expect(searchPatterns('')).toEqual(PATTERNS);
    expect(searchPatterns('breaker')[0]?.id).toBe('circuit-breaker');
    expect(searchPatterns('Circuit Break').map((p) => p.id).slice(0, 2)).toEqual(['circuit-breaker', 'never-no-circuit-breakers']);
    expect(searchPatterns('kafka')[0]?.id).toBe('asynchronous-events');
    expect(searchPatterns('/api/orders/v2')[0]?.id).toBe('strangler-fig');
    expect(searchPatterns('shared-database').map((p) => p.id)).toEqual(expect.arrayContaining(['database-per-service', 'never-shared-databases']));
    expect(searchPatterns('compensation saga')[0]?.id).toBe('saga');
    expect(searchPatterns('xylophone')).toEqual([]);
  });
});
