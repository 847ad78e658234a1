/**
 * Saved models in IndexedDB. Three object stores: `documents` (list metadata), `models` (the model, same
 * key) and `settings` (small key/value preferences such as the last opened document). Writes that touch
 * both a document and its model happen in one transaction, so the list never points at a missing model.
 */
import { LIMITS } from '../../core/model/constants.ts';
import type { Model } from '../../core/model/types.ts';
import { captured, openDatabase, transact } from './idb.ts';
import { notFound, StorageError } from './storage-error.ts';
import type { DocumentInput, DocumentMeta, DocumentStore, StoredDocument } from './types.ts';

const DB_VERSION = 1;
const DOCUMENTS = 'documents';
const MODELS = 'models';
const SETTINGS = 'settings';
const LAST_OPENED = 'lastOpenedId';

export interface DocumentStoreOptions {
  dbName?: string;
  now?: () => number;
  newId?: () => string;
}

function upgrade(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains(DOCUMENTS)) db.createObjectStore(DOCUMENTS, { keyPath: 'id' });
  if (!db.objectStoreNames.contains(MODELS)) db.createObjectStore(MODELS);
  if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
}

/** Reading `indexedDB` itself throws in some sandboxed or cookie-blocked contexts. */
function defaultFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

function defaultNewId(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `doc-${Date.now().toString(36)}-${random}`;
}

/** A value a committed transaction must have produced; its absence means the document vanished. */
function present<T>(value: T | undefined, id: string): T {
  if (value === undefined) throw notFound(id);
  return value;
}

const newestFirst = (a: DocumentMeta, b: DocumentMeta): number =>
  b.updatedAt - a.updatedAt || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

const metaOf = (id: string, name: string, model: Model, updatedAt: number): DocumentMeta => ({
  id,
  name,
  updatedAt,
  nodeCount: model.nodes.length,
});

/** Opens the document store over `idbFactory` (the browser's IndexedDB by default); the database opens on first use. */
export function createDocumentStore(idbFactory: IDBFactory | undefined = defaultFactory(), options: DocumentStoreOptions = {}): DocumentStore {
  const dbName = options.dbName ?? 'faultline';
  const now = options.now ?? Date.now;
  const newId = options.newId ?? defaultNewId;
  let connection: Promise<IDBDatabase> | null = null;

  const db = (): Promise<IDBDatabase> => {
    if (!idbFactory) {
      return Promise.reject(new StorageError('unavailable', 'This browser offers no storage (IndexedDB is missing). Download the model as a file to keep it.'));
    }
    connection ??= openDatabase(idbFactory, dbName, DB_VERSION, upgrade).then(
      (opened) => {
        // Another tab upgrading the schema, or the browser clearing site data, ends this connection: reopen next time.
        opened.onversionchange = () => {
          opened.close();
          connection = null;
        };
        opened.onclose = () => {
          connection = null;
        };
        return opened;
      },
      (error: unknown) => {
        connection = null;
        throw error;
      },
    );
    return connection;
  };

  const writeCopy = (tx: IDBTransaction, meta: DocumentMeta, model: Model): void => {
    tx.objectStore(DOCUMENTS).put(meta);
    tx.objectStore(MODELS).put(model, meta.id);
  };

  return {
    async list() {
      const all = await transact(await db(), [DOCUMENTS], 'readonly', (tx) => {
        const request = captured(tx.objectStore(DOCUMENTS).getAll() as IDBRequest<DocumentMeta[]>);
        return () => request.value ?? [];
      });
      return all.sort(newestFirst);
    },

    async get(id) {
      return transact(await db(), [DOCUMENTS, MODELS], 'readonly', (tx) => {
        const meta = captured(tx.objectStore(DOCUMENTS).get(id) as IDBRequest<DocumentMeta | undefined>);
        const model = captured(tx.objectStore(MODELS).get(id) as IDBRequest<Model | undefined>);
        return (): StoredDocument | undefined => {
          if (!meta.value) return undefined;
          if (!model.value) throw new StorageError('unknown', `The saved model “${meta.value.name}” has lost its content.`);
          return { ...meta.value, model: model.value };
        };
      });
    },

    async put(doc: DocumentInput) {
      const meta = metaOf(doc.id, doc.name, doc.model, doc.updatedAt ?? now());
      return transact(await db(), [DOCUMENTS, MODELS], 'readwrite', (tx) => {
        writeCopy(tx, meta, doc.model);
        return () => meta;
      });
    },

    async rename(id, name) {
      const updatedAt = now();
      let renamed: DocumentMeta | undefined;
      return transact(await db(), [DOCUMENTS, MODELS], 'readwrite', (tx, fail) => {
        const request = tx.objectStore(MODELS).get(id) as IDBRequest<Model | undefined>;
        request.onsuccess = () => {
          const model = request.result;
          if (!model) return fail(notFound(id));
          // The model carries its own name and autosave writes it back: keep the two in step.
          // An empty name keeps the old one: a document must stay findable in the list.
          const trimmed = name.trim().slice(0, LIMITS.maxNameLength) || model.name;
          renamed = metaOf(id, trimmed, model, updatedAt);
          writeCopy(tx, renamed, { ...model, name: trimmed });
        };
        return () => present(renamed, id);
      });
    },

    async duplicate(id) {
      let copy: DocumentMeta | undefined;
      const copyId = newId();
      const updatedAt = now();
      return transact(await db(), [DOCUMENTS, MODELS], 'readwrite', (tx, fail) => {
        const request = tx.objectStore(MODELS).get(id) as IDBRequest<Model | undefined>;
        const meta = tx.objectStore(DOCUMENTS).get(id) as IDBRequest<DocumentMeta | undefined>;
        meta.onsuccess = () => {
          const model = request.result;
          const source = meta.result;
          if (!model || !source) return fail(notFound(id));
          const name = `Copy of ${source.name}`.slice(0, LIMITS.maxNameLength);
          copy = metaOf(copyId, name, model, updatedAt);
          writeCopy(tx, copy, { ...model, name });
        };
        return () => present(copy, id);
      });
    },

    async remove(id) {
      await transact(await db(), [DOCUMENTS, MODELS, SETTINGS], 'readwrite', (tx) => {
        tx.objectStore(DOCUMENTS).delete(id);
        tx.objectStore(MODELS).delete(id);
        const settings = tx.objectStore(SETTINGS);
        const last = settings.get(LAST_OPENED) as IDBRequest<string | undefined>;
        last.onsuccess = () => {
          if (last.result === id) settings.delete(LAST_OPENED);
        };
        return () => undefined;
      });
    },

    async getLastOpenedId() {
      return transact(await db(), [SETTINGS], 'readonly', (tx) => {
        const request = captured(tx.objectStore(SETTINGS).get(LAST_OPENED) as IDBRequest<unknown>);
        return () => (typeof request.value === 'string' ? request.value : undefined);
      });
    },

    async setLastOpenedId(id) {
      await transact(await db(), [SETTINGS], 'readwrite', (tx) => {
        const settings = tx.objectStore(SETTINGS);
        if (id === undefined) settings.delete(LAST_OPENED);
        else settings.put(id, LAST_OPENED);
        return () => undefined;
      });
    },

    close() {
      const pending = connection;
      connection = null;
      void pending?.then(
        (opened) => opened.close(),
        () => undefined,
      );
    },
  };
}
