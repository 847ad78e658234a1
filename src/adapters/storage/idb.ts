/**
 * Small promise helpers over raw IndexedDB. Transactions are driven with request callbacks, not awaits,
 * because a transaction commits as soon as it has no pending request at the end of a task.
 */
import { toStorageError } from './storage-error.ts';

/** Opens (creating or upgrading) a database; any failure is an `unavailable` StorageError unless it is a quota error. */
export function openDatabase(factory: IDBFactory, name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      reject(toStorageError(error, 'unavailable'));
      return;
    }
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(toStorageError(request.error ?? new Error('could not open the database'), 'unavailable'));
  });
}

/** Lets a transaction body give up with its own error (e.g. not found) instead of a generic abort. */
export type Fail = (error: Error) => void;

/**
 * Runs `body` in one transaction and resolves with what its returned reader gives once the transaction
 * has committed, so a resolved write is a durable write. Aborts and request errors reject as StorageError.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: readonly string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, fail: Fail) => () => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let failure: Error | undefined;
    let tx: IDBTransaction | undefined;
    try {
      tx = db.transaction([...stores], mode);
      const transaction = tx;
      const fail: Fail = (error) => {
        failure ??= error;
        transaction.abort();
      };
      const read = body(transaction, fail);
      transaction.oncomplete = () => {
        // A throwing reader must reject, not leave the promise pending forever.
        try {
          resolve(read());
        } catch (error) {
          reject(toStorageError(error));
        }
      };
      transaction.onabort = () => reject(failure ?? toStorageError(transaction.error ?? new Error('the transaction was aborted')));
    } catch (error) {
      try {
        tx?.abort();
      } catch {
        // Already finished: nothing left to undo.
      }
      reject(toStorageError(error));
    }
  });
}

/** Captures a request's result for reading after the transaction completes. */
export function captured<T>(request: IDBRequest<T>): { readonly value: T | undefined } {
  const box: { value: T | undefined } = { value: undefined };
  request.addEventListener('success', () => {
    box.value = request.result;
  });
  return box;
}
