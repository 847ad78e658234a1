/**
 * Start-up: decide which model to show. A share link in the URL opens as a new copy (never
 * overwriting a saved model); otherwise the model last worked on; otherwise a new empty one (at once on a
 * first visit, which has nothing saved: see first-read.ts).
 */
import { createLayoutEngine } from '../workers/layout-client.ts';
import { createSimulator } from '../workers/sim-client.ts';
import { createEditorStore, type EditorStore, type Theme } from '../store/editor-store.ts';
import type { EditorServices } from '../store/services.ts';
import { attachAutosave } from '../store/autosave.ts';
import { attachLiveAnalysis } from '../store/live-analysis.ts';
import { downloadModel, newDocument, openShareFragment, openStoredDocument } from '../store/document-actions.ts';
import { downloadText } from '../ui/file-io.ts';
import { documents, firstVisit, lastDocument, readLastDocument } from './first-read.ts';

function initialTheme(): Theme {
  try {
    const saved = localStorage.getItem('faultline.theme');
    if (saved === 'dark' || saved === 'light') return saved;
  } catch {
    // Storage may be blocked; fall through to the system preference.
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Builds the store and services and loads the first model. */
export async function boot(): Promise<{ store: EditorStore; services: EditorServices }> {
  // The document store was opened, and the last document read ahead, when first-read.ts was evaluated.
  const services: EditorServices = { layout: createLayoutEngine(), documents, simulator: createSimulator() };
  const store = createEditorStore({ theme: initialTheme() });
  const hash = window.location.hash.slice(1);

  let opened = false;
  let fromLink = false;
  if (hash) {
    opened = fromLink = await openShareFragment(store, services, hash);
    // The fragment has done its job; a reload must not open yet another copy.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  if (!opened && services.documents && !firstVisit) {
    try {
      const doc = await (lastDocument ?? readLastDocument(services.documents));
      if (doc) opened = await openStoredDocument(store, doc);
    } catch (error) {
      store.getState().notify({ tone: 'error', message: `Saved models could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  if (!opened) newDocument(store);
  attachLiveAnalysis(store);

  if (services.documents) {
    attachAutosave(store, services.documents, {
      saveNow: fromLink,
      onDownload: () => void downloadModel(store, downloadText),
    });
  } else {
    store.getState().notify({ tone: 'error', message: 'This browser cannot keep your models (storage is unavailable). Download your work with Save.' });
  }
  return { store, services };
}
