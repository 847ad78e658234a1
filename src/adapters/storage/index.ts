export { createDocumentStore } from './document-store.ts';
export type { DocumentStoreOptions } from './document-store.ts';
export { StorageError, toStorageError } from './storage-error.ts';
export type { StorageErrorKind } from './storage-error.ts';
export type { DocumentInput, DocumentMeta, DocumentStore, StoredDocument } from './types.ts';
