import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from './analyze.ts';
import { countBySeverity, findingKey, quickFixesFor } from './findings.ts';
import { getRule, RULES } from './registry.ts';
import { settingsProblems } from './settings.ts';
import { bareCall, call, data, db, model, svc } from './testing.ts';
import { RULE_IDS, SEVERITIES } from './types.ts';
import type { Model } from '../model/index.ts';
import { modelSchema } from '../model/schema.ts';

const base = model({
  nodes: [svc('order', { replicas: 1 }), svc('payment'), svc('report'), db('orders-db')],
  links: [data('order', 'orders-db'), data('payment', 'orders-db'), bareCall('order', 'payment'), call('report', 'order'), call('payment', 'order')],
});

describe('registry', () => {
  it('has exactly one rule per id, in the documented order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) expect(getRule(id)?.id).toBe(id);
    expect(getRule('nope')).toBeUndefined();
  });

  it('every rule has a title, an explanation paragraph, a catalogue pattern and a sane threshold', () => {
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(3);
      expect(rule.explanation.length).toBeGreaterThan(120);
      expect(rule.pattern.catalogueSection.length).toBeGreaterThan(3);
      expect(SEVERITIES).toContain(rule.defaultSeverity);
      if (rule.defaultThreshold !== undefined) expect(rule.thresholdMeaning).toBeTruthy();
    }
  });
});

describe('analyze', () => {
  it('sorts by severity, then rule id', () => {
    const { findings } = analyze(base);
    const order = findings.map((f) => `${SEVERITIES.indexOf(f.severity)}:${f.rule}`);
    expect(order).toEqual([...order].sort());
    expect(findings[0]!.severity).toBe('error');
  });

  it('countBySeverity counts each severity', () => {
    const { findings } = analyze(base);
    const counts = countBySeverity(findings);
    expect(counts.error + counts.warning + counts.info).toBe(findings.length);
    expect(counts.error).toBe(findings.filter((f) => f.severity === 'error').length);
  });

  it('returns the decision', () => {
    expect(analyze({ ...base, decision: { teamSize: 2 } }).decision.verdict).toBe('start-with-monolith');
  });

  it('settings switch a rule off, change its severity and its threshold', () => {
    const off = analyze({ ...base, settings: { rules: { 'shared-database': { enabled: false } } } });
    expect(off.findings.some((f) => f.rule === 'shared-database')).toBe(false);
    const info = analyze({ ...base, settings: { rules: { 'shared-database': { severity: 'info' } } } });
    expect(info.findings.find((f) => f.rule === 'shared-database')?.severity).toBe('info');
    expect(info.findings.at(-1)?.severity).toBe('info');
    const spof = analyze({ ...base, settings: { rules: { 'single-point-of-failure': { threshold: 2 } } } });
    expect(spof.findings.find((f) => f.rule === 'single-point-of-failure')?.nodes[0]).toBe('order');
    expect(analyze(base).findings.some((f) => f.rule === 'single-point-of-failure')).toBe(false);
  });

  it('a suppression moves matching findings to `suppressed`, with its reason, and leaves the others', () => {
    const reason = 'legacy reporting DB, being split in Q3';
    const result = analyze({ ...base, settings: { suppressions: [{ rule: 'shared-database', target: 'orders-db', reason }] } });
    expect(result.findings.some((f) => f.rule === 'shared-database')).toBe(false);
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed[0]!.finding.rule).toBe('shared-database');
    expect(result.suppressed[0]!.suppression.reason).toBe(reason);
    const byLink = analyze({ ...base, settings: { suppressions: [{ rule: 'missing-circuit-breaker', target: 'order->payment', reason: 'x' }] } });
    expect(byLink.findings.some((f) => f.rule === 'missing-circuit-breaker')).toBe(false);
    const otherRule = analyze({ ...base, settings: { suppressions: [{ rule: 'sync-chain', target: 'orders-db', reason: 'x' }] } });
    expect(otherRule.suppressed).toEqual([]);
  });

  it('a saga finding can be suppressed by the saga id', () => {
    const m = model({
      nodes: [svc('a'), svc('b')],
      sagas: [{ id: 'checkout', name: 'Checkout', steps: [{ service: 'a', action: 'x' }, { service: 'b', action: 'y' }] }],
      settings: { suppressions: [{ rule: 'missing-compensation', target: 'checkout', reason: 'x is read-only' }] },
    });
    expect(analyze(m).suppressed.map((s) => s.finding.rule)).toEqual(['missing-compensation']);
  });

  it('settingsProblems names unknown rules and targets', () => {
    const problems = settingsProblems(
      { rules: { 'no-such-rule': { enabled: false } }, suppressions: [{ rule: 'sync-chain', target: 'ghost', reason: 'r' }] },
      new Set(RULE_IDS),
      new Set(['a']),
    );
    expect(problems.map((p) => p.path)).toEqual(['settings.rules.no-such-rule', 'settings.suppressions[0].target']);
  });

  it('ignores dangling links instead of throwing', () => {
    const m: Model = { ...base, links: [...base.links, bareCall('order', 'ghost'), bareCall('ghost', 'order', 'g2')] };
    expect(() => analyze(m)).not.toThrow();
  });
});

describe('analyze — properties over random models', () => {
  const kinds = ['service', 'service', 'service', 'database', 'broker', 'gateway', 'client'] as const;
  const arbModel = fc
    .record({
      kinds: fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 12 }),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('sync', 'async', 'data'), fc.integer({ min: 1, max: 4 })), { maxLength: 30 }),
    })
    .map(({ kinds: ks, edges }): Model => {
      const nodes = ks.map((kind, i) => ({ kind, id: `n${i}`, name: `n${i}` }) as Model['nodes'][number]);
      const links = edges.map(([a, b, kind, attempts], i) => {
        const from = `n${a % ks.length}`;
        const to = `n${b % ks.length}`;
        return kind === 'sync'
          ? { kind, id: `l${i}`, from, to, ...(attempts > 1 ? { retry: { attempts, backoff: 'none' as const }, idempotent: false } : {}) }
          : { kind, id: `l${i}`, from, to };
      });
      return model({ nodes, links });
    });

  it('never throws, every finding names existing nodes and links, and every applicable quick fix yields a valid model', () => {
    fc.assert(
      fc.property(arbModel, (m) => {
        const nodeIds = new Set(m.nodes.map((n) => n.id));
        const linkIds = new Set(m.links.map((l) => l.id));
        const { findings } = analyze(m);
        for (const f of findings) {
          for (const id of f.nodes) expect(nodeIds.has(id)).toBe(true);
          for (const id of f.links) expect(linkIds.has(id)).toBe(true);
          for (const fix of quickFixesFor(f)) {
            const next = fix.apply(m, f);
            expect(modelSchema.safeParse(next).success).toBe(true);
          }
        }
        expect(new Set(findings.map(findingKey)).size).toBe(findings.length);
      }),
      { numRuns: 200 },
    );
  });
});
