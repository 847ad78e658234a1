/**
 * Start-up: decide which model to show. A share link in the URL opens as a new copy (never
 * overwriting a saved model); otherwise the model last worked on; otherwise a new empty one.
 */
import { createDocumentStore, type DocumentStore } from '../adapters/storage/index.ts';
import { createLayoutEngine } from '../workers/layout-client.ts';
import { createSimulator } from '../workers/sim-client.ts';
import { createEditorStore, type EditorStore, type Theme } from '../store/editor-store.ts';
import type { EditorServices } from '../store/services.ts';
import { attachAutosave } from '../store/autosave.ts';
import { attachLiveAnalysis } from '../store/live-analysis.ts';
import { modelDownload, newDocument, openShareFragment, openStoredDocument } from '../store/document-actions.ts';
import { downloadText } from '../ui/file-io.ts';

function initialTheme(): Theme {
  try {
    const saved = localStorage.getItem('faultline.theme');
    if (saved === 'dark' || saved === 'light') return saved;
  } catch {
    // Storage may be blocked; fall through to the system preference.
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function openDocumentStore(): DocumentStore | null {
  try {
    return typeof indexedDB === 'undefined' ? null : createDocumentStore(indexedDB);
  } catch {
    return null;
  }
}

/** Builds the store and services and loads the first model. */
export async function boot(): Promise<{ store: EditorStore; services: EditorServices }> {
  const services: EditorServices = { layout: createLayoutEngine(), documents: openDocumentStore(), simulator: createSimulator() };
  const store = createEditorStore({ theme: initialTheme() });
  const hash = window.location.hash.slice(1);

  let opened = false;
  let fromLink = false;
  if (hash) {
    opened = fromLink = await openShareFragment(store, services, hash);
    // The fragment has done its job; a reload must not open yet another copy.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  if (!opened && services.documents) {
    try {
      const lastId = await services.documents.getLastOpenedId();
      const doc = lastId ? await services.documents.get(lastId) : undefined;
      if (doc) opened = openStoredDocument(store, doc);
    } catch (error) {
      store.getState().notify({ tone: 'error', message: `Saved models could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  if (!opened) newDocument(store);
  attachLiveAnalysis(store);

  if (services.documents) {
    attachAutosave(store, services.documents, {
      saveNow: fromLink,
      onDownload: () => {
        const { fileName, text } = modelDownload(store);
        downloadText(fileName, text);
      },
    });
  } else {
    store.getState().notify({ tone: 'error', message: 'This browser cannot keep your models (storage is unavailable). Download your work with Save.' });
  }
  return { store, services };
}
