import { describe, expect, it } from 'vitest';
import type { Model } from '../../core/model/index.ts';
import type { Finding } from '../../core/rules/index.ts';
import { groupEntries, nameLookup, subjectsOf, type Entry } from './group-findings.ts';

const model = {
  format: 'faultline',
  version: 1,
  name: 'm',
  groups: [{ id: 'ctx', name: 'Payments' }],
  sagas: [{ id: 'checkout', name: 'Checkout saga', steps: [] }],
  nodes: [
    { kind: 'service', id: 'a', name: 'Orders' },
    { kind: 'service', id: 'b', name: 'Payment' },
  ],
  links: [{ kind: 'sync', id: 'l1', from: 'a', to: 'b' }],
} as Model;

const finding = (rule: Finding['rule'], severity: Finding['severity'], message: string, nodes: string[] = [], links: string[] = []): Finding =>
  ({ rule, severity, message, nodes, links });

describe('group-findings', () => {
  it('names nodes, contexts, sagas and links; unknown ids stay ids', () => {
    const name = nameLookup(model);
    expect(name('a')).toBe('Orders');
    expect(name('ctx')).toBe('Payments');
    expect(name('checkout')).toBe('Checkout saga');
    expect(name('l1')).toBe('Orders → Payment');
    expect(name('gone')).toBe('gone');
    expect(subjectsOf(finding('sync-chain', 'warning', 'x', ['a'], ['l1']), name)).toEqual([
      { id: 'a', name: 'Orders', kind: 'node' },
      { id: 'l1', name: 'Orders → Payment', kind: 'link' },
    ]);
  });

  it('groups by severity (most severe first) then rule, and filters by severity and text', () => {
    const name = nameLookup(model);
    const findings = [
      finding('shared-database', 'error', 'db shared'),
      finding('missing-timeout', 'warning', 'no timeout', ['a']),
      finding('missing-timeout', 'warning', 'no timeout either', ['b']),
      finding('missing-health-check', 'info', 'no checks', ['b']),
    ];
    const entries: Entry[] = findings.map((f, i) => ({ key: String(i), finding: f, subjects: subjectsOf(f, name) }));
    const all = groupEntries(entries, { severities: new Set(['error', 'warning', 'info']), query: '' });
    expect(all.map((g) => [g.severity, g.count, g.rules.map((r) => r.ruleId)])).toEqual([
      ['error', 1, ['shared-database']],
      ['warning', 2, ['missing-timeout']],
      ['info', 1, ['missing-health-check']],
    ]);
    const payment = groupEntries(entries, { severities: new Set(['warning', 'info']), query: ' PAYMENT ' });
    expect(payment.map((g) => g.count)).toEqual([1, 1]);
    expect(groupEntries(entries, { severities: new Set(['error']), query: 'shared-data' })[0]?.count).toBe(1);
  });
});
