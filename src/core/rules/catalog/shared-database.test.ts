import { describe, expect, it } from 'vitest';
import { data, db, expectQuickFixClears, findingsOf, model, svc } from '../testing.ts';

describe('shared-database', () => {
  const shared = model({
    groups: [{ id: 'orders', name: 'Orders' }],
    nodes: [svc('order-service', { group: 'orders', position: { x: 0, y: 0 } }), svc('payment-service', { position: { x: 300, y: 0 } }), svc('report-service'), db('orders-db', { group: 'orders' })],
    links: [data('payment-service', 'orders-db'), data('order-service', 'orders-db'), data('report-service', 'orders-db', 'read')],
  });

  it('flags a datastore used by two or more services and names them', () => {
    const [f, ...rest] = findingsOf(shared, 'shared-database');
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain('orders-db is shared by 3 services (payment-service, order-service and report-service)');
    expect(f!.nodes).toEqual(['orders-db', 'payment-service', 'order-service', 'report-service']);
    expect(f!.links).toHaveLength(3);
  });

  it('does not flag one service with two links to its own datastore', () => {
    const m = model({ nodes: [svc('a'), db('a-db')], links: [data('a', 'a-db', 'read'), { ...data('a', 'a-db', 'write'), id: 'a-writes' }] });
    expect(findingsOf(m, 'shared-database')).toEqual([]);
  });

  it('reads a data link drawn from the datastore to the service too', () => {
    const m = model({ nodes: [svc('a'), svc('b'), db('x')], links: [data('a', 'x'), data('x', 'b')] });
    expect(findingsOf(m, 'shared-database')).toHaveLength(1);
  });

  it('quick fix: the owner (same group) keeps the datastore, every other service gets its own, named after it', () => {
    const next = expectQuickFixClears(shared, 'shared-database');
    const added = next.nodes.filter((n) => n.kind === 'database' && n.id !== 'orders-db');
    expect(added.map((n) => n.id)).toEqual(['payment-db', 'report-db']);
    expect(added[0]).toMatchObject({ engine: 'postgresql', position: { x: 300, y: 160 } });
    expect(next.links.find((l) => l.from === 'order-service')?.to).toBe('orders-db');
    expect(next.links.find((l) => l.from === 'report-service')).toMatchObject({ to: 'report-db', access: 'read' });
  });
});
