/**
 * Starts reading browser storage the moment this module is evaluated: main.tsx imports it first, so
 * this runs before React, React Flow and the rest of the app are evaluated. Opening IndexedDB (and
 * creating it, on a first visit) waits on the browser's storage, not on this thread, so it now overlaps
 * the page's own start-up instead of following it. boot() picks the results up; nothing here decides
 * what opens.
 */
import { createDocumentStore, type DocumentStore, type StoredDocument } from '../adapters/storage/index.ts';

function openDocumentStore(): DocumentStore | null {
  try {
    return typeof indexedDB === 'undefined' ? null : createDocumentStore(indexedDB);
  } catch {
    return null;
  }
}

/** The document being worked on last, if any (rejects when storage cannot be read). */
export async function readLastDocument(documents: DocumentStore): Promise<StoredDocument | undefined> {
  const lastId = await documents.getLastOpenedId();
  if (!lastId) return undefined;
  // Opening a saved model validates it, which needs the model io (zod, kept out of the first download):
  // fetch it while the model is read rather than after. A failure here is reported when boot opens the model.
  import('../store/model-io.ts').catch(() => undefined);
  return documents.get(lastId);
}

/**
 * Whether Faultline has run in this browser profile before. Every run stores the theme as its first
 * screen appears (App.tsx), before anything can be saved, so a profile without it has no saved model:
 * boot need not wait for IndexedDB to be created (100–250 ms on a first visit) only to find it empty.
 * Unreadable storage counts as "has run", which keeps the careful path.
 */
function hasRunBefore(): boolean {
  try {
    return localStorage.getItem('faultline.theme') !== null;
  } catch {
    return true;
  }
}

/** A first visit: nothing saved to go back to. */
export const firstVisit = !hasRunBefore();

/** The app's document store, or null when the browser offers no storage. */
export const documents: DocumentStore | null = openDocumentStore();

/**
 * The last document, read ahead when the address carries no fragment (a share or lesson link, which
 * boot looks at first). Read errors are left for boot to report; the catch only keeps an unused read
 * from counting as an unhandled rejection.
 */
export const lastDocument: Promise<StoredDocument | undefined> | null = documents && !window.location.hash && !firstVisit ? readLastDocument(documents) : null;
lastDocument?.catch(() => undefined);
