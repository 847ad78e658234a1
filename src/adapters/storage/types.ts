import type { Model } from '../../core/model/types.ts';

/** What the document list shows; stored apart from the model so listing never loads whole models. */
export interface DocumentMeta {
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
  nodeCount: number;
}

/**
 * A saved document. The model is as it was written, possibly by an older version of the app: run it
 * through the load pipeline (migrate → validate) before trusting it.
 */
export interface StoredDocument extends DocumentMeta {
  model: Model;
}

export interface DocumentInput {
  id: string;
  name: string;
  model: Model;
  /** Defaults to now. */
  updatedAt?: number;
}

/** The browser's saved models. Every method rejects with a StorageError. */
export interface DocumentStore {
  /** All saved documents, most recently updated first. */
  list(): Promise<DocumentMeta[]>;
  get(id: string): Promise<StoredDocument | undefined>;
  /** Creates or replaces a document. */
  put(doc: DocumentInput): Promise<DocumentMeta>;
  /** Renames a document (the list entry and the model's own name); rejects with kind `not-found` for an unknown id. */
  rename(id: string, name: string): Promise<DocumentMeta>;
  /** Saves a copy under a new id and a "Copy of …" name; rejects with kind `not-found` for an unknown id. */
  duplicate(id: string): Promise<DocumentMeta>;
  /** Deletes a document (no error if it is already gone) and forgets it as the last opened one. */
  remove(id: string): Promise<void>;
  getLastOpenedId(): Promise<string | undefined>;
  setLastOpenedId(id: string | undefined): Promise<void>;
  /** Closes the connection; a later call reopens it. */
  close(): void;
}
