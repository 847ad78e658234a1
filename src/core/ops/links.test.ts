import { describe, expect, it } from 'vitest';
import type { SyncLink } from '../model/types.ts';
import { addLink, reverseLink, setLinkKind, updateLink } from './links.ts';
import { fixtureModel } from './test-support.ts';

describe('addLink', () => {
  it('infers the kind from the ends and names the link after them', () => {
    const model = fixtureModel();
    const toDb = addLink(model, 'payments', 'orders-db');
    const toBroker = addLink(model, 'payments', 'events');
    const sync = addLink(model, 'api', 'payments');
    expect(toDb.ok && toDb.model.links.at(-1)).toStrictEqual({ kind: 'data', id: 'payments-to-orders-db', from: 'payments', to: 'orders-db', access: 'read-write' });
    expect(toBroker.ok && toBroker.model.links.at(-1)?.kind).toBe('async');
    expect(sync.ok && sync.model.links.at(-1)).toMatchObject({ kind: 'sync', protocol: 'http' });
    expect(sync.ok && sync.ids).toEqual(['api-to-payments']);
  });

  it('refuses self links, missing ends and exact duplicates, with a reason to show', () => {
    const model = fixtureModel();
    expect(addLink(model, 'orders', 'orders')).toMatchObject({ ok: false, code: 'self-link' });
    expect(addLink(model, 'orders', 'nope')).toMatchObject({ ok: false, code: 'missing-node' });
    const dup = addLink(model, 'orders', 'payments');
    expect(dup).toMatchObject({ ok: false, code: 'duplicate' });
    expect(!dup.ok && dup.reason).toContain('orders');
    // Same ends, another kind: a different link.
    expect(addLink(model, 'orders', 'payments', 'async').ok).toBe(true);
  });
});

describe('updateLink', () => {
  it('sets and deletes policies; ignores fields of other kinds and the ends', () => {
    const model = fixtureModel();
    const { model: next } = updateLink<SyncLink>(model, 'api-orders', { retry: undefined, bulkhead: { maxConcurrent: 10 } });
    expect(next.links[1]).toStrictEqual({ kind: 'sync', id: 'api-orders', from: 'api', to: 'orders', timeoutMs: 2000, bulkhead: { maxConcurrent: 10 } });
    const foreign = updateLink(model, 'orders-events', { timeoutMs: 5, from: 'web' } as never);
    expect(foreign.model).toBe(model);
  });
});

describe('setLinkKind', () => {
  it('keeps id, ends and description, drops the old kind’s fields, takes the new defaults', () => {
    const { model } = setLinkKind(fixtureModel(), 'orders-payments', 'data');
    expect(model.links[2]).toStrictEqual({ kind: 'data', id: 'orders-payments', from: 'orders', to: 'payments', access: 'read-write', description: 'charge' });
    const { model: sync } = setLinkKind(fixtureModel(), 'orders-events', 'sync');
    expect(sync.links[4]).toStrictEqual({ kind: 'sync', id: 'orders-events', from: 'orders', to: 'events', protocol: 'http' });
  });

  it('changes nothing when the kind is the same', () => {
    const model = fixtureModel();
    expect(setLinkKind(model, 'web-api', 'sync').model).toBe(model);
  });
});

describe('reverseLink', () => {
  it('swaps the ends and keeps everything else', () => {
    const { model } = reverseLink(fixtureModel(), 'api-orders');
    expect(model.links[1]).toMatchObject({ id: 'api-orders', from: 'orders', to: 'api', timeoutMs: 2000 });
  });
});
