import { describe, expect, it } from 'vitest';
import { call, data, db, expectQuickFixClears, findingsOf, model, svc } from '../testing.ts';
import { quickFixesFor } from '../findings.ts';
import type { Saga } from '../../model/index.ts';

const services = ['order', 'inventory', 'payment'].map((n) => svc(n));

const saga = (steps: Saga['steps']): Saga => ({ id: 'fulfil', name: 'Order fulfillment', orchestrator: 'order', steps });

describe('missing-compensation', () => {
  const uncompensated = model({
    nodes: services,
    sagas: [
      saga([
        { service: 'order', action: 'create_order', compensation: 'cancel_order' },
        { service: 'inventory', action: 'reserve_inventory' },
        { service: 'payment', action: 'processPayment' },
      ]),
    ],
  });

  it('flags saga steps with no compensation', () => {
    const [f, ...rest] = findingsOf(uncompensated, 'missing-compensation');
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain('step reserve_inventory (inventory) has no compensation');
    expect(f!.nodes).toEqual(['inventory']);
    expect(f!.data).toMatchObject({ kind: 'uncompensated-steps', saga: 'fulfil' });
  });

  it('does not require a compensation on the last step', () => {
    const m = model({
      nodes: services,
      sagas: [saga([{ service: 'order', action: 'create', compensation: 'cancel' }, { service: 'payment', action: 'pay' }])],
    });
    expect(findingsOf(m, 'missing-compensation')).toEqual([]);
  });

  it('quick fix adds undo<Action> placeholders', () => {
    const next = expectQuickFixClears(uncompensated, 'missing-compensation');
    expect(next.sagas[0]!.steps.map((s) => s.compensation)).toEqual(['cancel_order', 'undoReserveInventory', undefined]);
  });

  it('flags consecutive steps in the same service, but not the catalogue’s create … confirm on order', () => {
    const repeated = model({
      nodes: services,
      sagas: [
        saga([
          { service: 'order', action: 'create', compensation: 'cancel' },
          { service: 'order', action: 'validate', compensation: 'invalidate' },
          { service: 'payment', action: 'pay' },
        ]),
      ],
    });
    const [f] = findingsOf(repeated, 'missing-compensation');
    expect(f!.message).toContain('steps 1 and 2 (create, validate) both run in order');
    expect(quickFixesFor(f!)).toEqual([]);
    const catalogue = model({
      nodes: services,
      sagas: [
        saga([
          { service: 'order', action: 'create_order', compensation: 'cancel_order' },
          { service: 'inventory', action: 'reserve_inventory', compensation: 'release_inventory' },
          { service: 'payment', action: 'process_payment', compensation: 'refund_payment' },
          { service: 'order', action: 'confirm_order', compensation: 'cancel_confirmation' },
        ]),
      ],
    });
    expect(findingsOf(catalogue, 'missing-compensation')).toEqual([]);
  });

  const writes = model({
    nodes: [...services, db('inventory-db'), db('payment-db')],
    links: [
      call('order', 'inventory', { operation: 'POST /reservations' }),
      call('order', 'payment', { operation: 'POST /payments' }),
      data('inventory', 'inventory-db'),
      data('payment', 'payment-db', 'write'),
    ],
  });

  it('flags a service changing data in two services with no saga', () => {
    const [f] = findingsOf(writes, 'missing-compensation');
    expect(f!.message).toContain('order changes data in inventory and payment in one operation with no saga');
    expect(f!.nodes).toEqual(['order', 'inventory', 'payment']);
    expect(f!.data).toMatchObject({ kind: 'no-saga', orchestrator: 'order' });
  });

  it('does not flag reads, read-only callees, one writer, or a service that runs a saga', () => {
    const reads = { ...writes, links: writes.links.map((l) => (l.id === 'order->payment' ? { ...l, operation: 'GET /payments/1' } : l)) };
    expect(findingsOf(reads, 'missing-compensation')).toEqual([]);
    const readOnly = { ...writes, links: writes.links.map((l) => (l.id === 'payment=>payment-db' ? { ...l, access: 'read' as const } : l)) };
    expect(findingsOf(readOnly, 'missing-compensation')).toEqual([]);
    const sagaRun = { ...writes, sagas: [saga([{ service: 'inventory', action: 'reserve', compensation: 'release' }, { service: 'payment', action: 'pay' }])] };
    expect(findingsOf(sagaRun, 'missing-compensation')).toEqual([]);
  });

  it('quick fix drafts the saga with a placeholder per step', () => {
    const next = expectQuickFixClears(writes, 'missing-compensation');
    expect(next.sagas).toEqual([
      {
        id: 'order-saga',
        name: 'order saga',
        orchestrator: 'order',
        steps: [
          { service: 'inventory', action: 'postReservations', compensation: 'undoPostReservations' },
          { service: 'payment', action: 'postPayments', compensation: 'undoPostPayments' },
        ],
      },
    ]);
  });
});
