import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { ecommerceTemplate } from '../../core/templates/ecommerce.ts';
import { monolithTemplate } from '../../core/templates/monolith.ts';
import { createDocumentStore } from './document-store.ts';
import { StorageError, toStorageError } from './storage-error.ts';

/** A store over a fresh in-memory IndexedDB with a hand-driven clock. */
function setup() {
  let clock = 1_000;
  let ids = 0;
  const store = createDocumentStore(new IDBFactory(), { now: () => clock, newId: () => `copy-${++ids}` });
  return { store, tick: (ms = 1) => (clock += ms) };
}

const rejection = async (promise: Promise<unknown>): Promise<StorageError> => {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
};

describe('document store', () => {
  it('round-trips a model deep-equal, with its metadata', async () => {
    const { store } = setup();
    const model = ecommerceTemplate.build();
    const meta = await store.put({ id: 'shop', name: 'Shop', model });
    expect(meta).toEqual({ id: 'shop', name: 'Shop', updatedAt: 1_000, nodeCount: model.nodes.length });
    const doc = await store.get('shop');
    expect(doc).toEqual({ ...meta, model });
    expect(doc?.model).not.toBe(model);
    expect(await store.get('missing')).toBeUndefined();
  });

  it('lists newest first and replaces on put', async () => {
    const { store, tick } = setup();
    const model = monolithTemplate.build();
    await store.put({ id: 'a', name: 'A', model });
    tick();
    await store.put({ id: 'b', name: 'B', model });
    tick();
    await store.put({ id: 'c', name: 'C', model, updatedAt: 500 });
    expect((await store.list()).map((d) => d.id)).toEqual(['b', 'a', 'c']);
    tick();
    await store.put({ id: 'a', name: 'A2', model });
    expect((await store.list()).map((d) => [d.id, d.name])).toEqual([['a', 'A2'], ['b', 'B'], ['c', 'C']]);
  });

  it('renames the list entry and the model name together', async () => {
    const { store, tick } = setup();
    await store.put({ id: 'a', name: 'Shop', model: monolithTemplate.build() });
    tick(5);
    const meta = await store.rename('a', '  New shop ');
    expect(meta).toMatchObject({ id: 'a', name: 'New shop', updatedAt: 1_005 });
    expect((await store.get('a'))?.model.name).toBe('New shop');
    expect((await rejection(store.rename('nope', 'x'))).kind).toBe('not-found');
  });

  it('duplicates under a new id and a "Copy of" name', async () => {
    const { store, tick } = setup();
    const model = ecommerceTemplate.build();
    await store.put({ id: 'a', name: 'Shop', model });
    tick();
    const copy = await store.duplicate('a');
    expect(copy).toEqual({ id: 'copy-1', name: 'Copy of Shop', updatedAt: 1_001, nodeCount: model.nodes.length });
    const stored = await store.get('copy-1');
    expect(stored?.model).toEqual({ ...model, name: 'Copy of Shop' });
    expect((await store.get('a'))?.model).toEqual(model);
    expect((await store.list()).map((d) => d.id)).toEqual(['copy-1', 'a']);
    expect((await rejection(store.duplicate('nope'))).kind).toBe('not-found');
  });

  it('removes a document and forgets it as last opened', async () => {
    const { store } = setup();
    await store.put({ id: 'a', name: 'A', model: monolithTemplate.build() });
    await store.put({ id: 'b', name: 'B', model: monolithTemplate.build() });
    await store.setLastOpenedId('a');
    await store.remove('a');
    expect(await store.get('a')).toBeUndefined();
    expect((await store.list()).map((d) => d.id)).toEqual(['b']);
    expect(await store.getLastOpenedId()).toBeUndefined();
    await expect(store.remove('a')).resolves.toBeUndefined();
  });

  it('remembers the last opened document', async () => {
    const { store } = setup();
    expect(await store.getLastOpenedId()).toBeUndefined();
    await store.setLastOpenedId('b');
    expect(await store.getLastOpenedId()).toBe('b');
    await store.remove('a');
    expect(await store.getLastOpenedId()).toBe('b');
    await store.setLastOpenedId(undefined);
    expect(await store.getLastOpenedId()).toBeUndefined();
  });

  it('keeps data across connections', async () => {
    const factory = new IDBFactory();
    const first = createDocumentStore(factory);
    await first.put({ id: 'a', name: 'A', model: monolithTemplate.build() });
    first.close();
    expect((await createDocumentStore(factory).list()).map((d) => d.id)).toEqual(['a']);
  });
});

describe('storage errors', () => {
  it('surfaces a quota error raised while writing as kind "quota"', async () => {
    const { store } = setup();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'models') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const error = await rejection(store.put({ id: 'a', name: 'A', model: monolithTemplate.build() }));
    expect(error.kind).toBe('quota');
    expect(error.message).toMatch(/full.*Download/);
    vi.restoreAllMocks();
    // The failed transaction wrote nothing: no list entry without its model.
    expect(await store.list()).toEqual([]);
  });

  it('surfaces a quota abort of the transaction (how browsers report it) as kind "quota"', async () => {
    const { store } = setup();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const request = put.apply(this, args);
      if (this.name === 'models') {
        // fake-indexeddb's internal abort-with-error, the same path a real quota failure takes.
        (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      }
      return request;
    });
    expect((await rejection(store.put({ id: 'a', name: 'A', model: monolithTemplate.build() }))).kind).toBe('quota');
  });

  it('reports a missing IndexedDB as kind "unavailable"', async () => {
    const store = createDocumentStore(undefined);
    const error = await rejection(store.list());
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/Download/);
  });

  it('reports an open failure (private mode) as kind "unavailable"', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    expect((await rejection(createDocumentStore(factory).get('a'))).kind).toBe('unavailable');
  });

  it('maps other errors to kind "unknown" and keeps the cause', () => {
    const cause = new DOMException('could not clone', 'DataCloneError');
    const error = toStorageError(cause);
    expect(error).toMatchObject({ kind: 'unknown', cause });
    expect(error.message).toMatch(/could not clone/);
    expect(toStorageError(Object.assign(new Error('legacy'), { code: 22 })).kind).toBe('quota');
  });
});
