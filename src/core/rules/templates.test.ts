import { describe, expect, it } from 'vitest';
import { distributedMonolithTemplate, ecommerceTemplate, TEMPLATES } from '../templates/index.ts';
import { analyze } from './analyze.ts';
import { findingKey, quickFixesFor } from './findings.ts';
import { modelSchema } from '../model/schema.ts';

describe('rules on the built-in templates', () => {
  it('the e-commerce template has no error findings', () => {
    expect(analyze(ecommerceTemplate.build()).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the distributed-monolith template triggers the NEVER-list rules it teaches', () => {
    const rules = new Set(analyze(distributedMonolithTemplate.build()).findings.map((f) => f.rule));
    for (const rule of ['shared-database', 'sync-chain', 'missing-circuit-breaker', 'distributed-monolith'] as const) expect(rules).toContain(rule);
  });

  it('every quick fix on every template finding removes it and adds no error', () => {
    for (const template of TEMPLATES) {
      const model = template.build();
      const before = analyze(model);
      const errorsBefore = new Set(before.findings.filter((f) => f.severity === 'error').map(findingKey));
      for (const finding of before.findings) {
        for (const fix of quickFixesFor(finding)) {
          const next = fix.apply(model, finding);
          expect(modelSchema.safeParse(next).success).toBe(true);
          const after = analyze(next).findings;
          expect(after.map(findingKey), `${fix.label} on ${finding.message}`).not.toContain(findingKey(finding));
          expect(after.filter((f) => f.severity === 'error' && !errorsBefore.has(findingKey(f))), fix.label).toEqual([]);
        }
      }
    }
  });
});
