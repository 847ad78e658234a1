import { describe, expect, it } from 'vitest';
import { data, db, findingsOf, model, svc } from '../testing.ts';

const groups = [
  { id: 'orders', name: 'Orders', team: 'checkout' },
  { id: 'analytics', name: 'Analytics', team: 'data' },
];

describe('cross-context-data-access', () => {
  it('flags a service reading a datastore of another bounded context', () => {
    const m = model({ groups, nodes: [svc('report', { group: 'analytics' }), db('orders-db', { group: 'orders' })], links: [data('report', 'orders-db', 'read')] });
    const [f] = findingsOf(m, 'cross-context-data-access');
    expect(f!.message).toBe('report (context Analytics) reads orders-db, which belongs to the Orders context: ask its owner through an API or events instead.');
    expect(f!.links).toEqual(['report=>orders-db']);
  });

  it('falls back to teams when a side is ungrouped', () => {
    const m = model({ groups, nodes: [svc('report', { team: 'data' }), db('orders-db', { group: 'orders' })], links: [data('report', 'orders-db')] });
    expect(findingsOf(m, 'cross-context-data-access')[0]!.message).toContain('report (team data) reads and writes orders-db, which belongs to team checkout');
  });

  it('does not flag the same context, the same team, or unknown ownership', () => {
    const same = model({ groups, nodes: [svc('order', { group: 'orders' }), db('orders-db', { group: 'orders' })], links: [data('order', 'orders-db')] });
    const sameTeam = model({ groups, nodes: [svc('order', { team: 'checkout' }), db('orders-db', { group: 'orders' })], links: [data('order', 'orders-db')] });
    const unknown = model({ groups, nodes: [svc('x'), db('orders-db', { group: 'orders' })], links: [data('x', 'orders-db')] });
    for (const m of [same, sameTeam, unknown]) expect(findingsOf(m, 'cross-context-data-access')).toEqual([]);
  });
});
