/**
 * Every storage failure becomes a StorageError whose `kind` tells the UI what to offer (quota and
 * unavailable both mean "download instead") and whose message a user can read. Never swallowed.
 */
export type StorageErrorKind = 'quota' | 'unavailable' | 'not-found' | 'unknown';

const MESSAGES: Record<Exclude<StorageErrorKind, 'not-found'>, string> = {
  quota: 'Browser storage is full. Download the model as a file, or delete saved models you no longer need.',
  unavailable:
    'Browser storage is unavailable (private browsing, or site data disabled or blocked). Download the model as a file to keep it.',
  unknown: 'Browser storage failed',
};

export class StorageError extends Error {
  override name = 'StorageError';
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

const errorName = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';

/** True for the quota errors browsers raise (the standard name, Firefox's old name, the legacy code 22). */
function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** Maps anything thrown by IndexedDB to a StorageError; `otherwise` is the kind for errors that are not quota errors. */
export function toStorageError(error: unknown, otherwise: 'unavailable' | 'unknown' = 'unknown'): StorageError {
  if (error instanceof StorageError) return error;
  const kind = isQuotaError(error) ? 'quota' : otherwise;
  if (kind !== 'unknown') return new StorageError(kind, MESSAGES[kind], { cause: error });
  const detail = error instanceof Error && error.message ? error.message : errorName(error) || String(error);
  return new StorageError('unknown', `${MESSAGES.unknown}: ${detail}`, { cause: error });
}

/** The error for a document id that is not stored. */
export function notFound(id: string): StorageError {
  return new StorageError('not-found', `No saved model with id “${id}”.`);
}
