/**
 * Keeps work safe: every model change is written to IndexedDB shortly after it happens, and changes
 * are broadcast to other tabs showing the same document, which apply them as remote diffs (never as
 * undo steps of their own). A storage failure is shown with a way out (download), never swallowed.
 */
import type { DocumentStore } from '../adapters/storage/index.ts';
import type { ModelDiff } from '../core/ops/index.ts';
import type { EditorStore } from './editor-store.ts';

export interface AutosaveOptions {
  delayMs?: number;
  /** Offered to the user when saving fails. */
  onDownload: () => void;
  channelName?: string;
  /** Save the current model at once (a model that arrived by link must be kept even if never edited). */
  saveNow?: boolean;
}

interface TabMessage {
  tab: string;
  docId: string;
  diff: ModelDiff;
}

/** Starts autosaving and cross-tab sync; returns a function that stops both (flushing a pending save). */
export function attachAutosave(store: EditorStore, documents: DocumentStore, options: AutosaveOptions): () => Promise<void> {
  const delay = options.delayMs ?? 250;
  const tab = Math.random().toString(36).slice(2);
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(options.channelName ?? 'faultline-models') : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> = Promise.resolve();
  let lastError = '';

  const save = async () => {
    timer = undefined;
    const { docId, model, setSaveState } = store.getState();
    setSaveState({ status: 'saving' });
    try {
      await documents.put({ id: docId, name: model.name, model, updatedAt: Date.now() });
      await documents.setLastOpenedId(docId);
      lastError = '';
      // Only report "saved" if nothing changed meanwhile.
      if (store.getState().docId === docId) setSaveState({ status: 'saved' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setSaveState({ status: 'error', message });
      if (message !== lastError) {
        lastError = message;
        store.getState().notify({
          tone: 'error',
          message: `Your changes could not be saved in this browser: ${message}`,
          action: { label: 'Download a copy', run: options.onDownload },
        });
      }
    }
  };

  const schedule = () => {
    // "Saving…" from the moment there is something unsaved, so nobody (user or test) mistakes a
    // pending change for a saved one.
    if (store.getState().saveState.status !== 'saving') store.getState().setSaveState({ status: 'saving' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      pending = pending.then(save);
    }, delay);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.version === previous.version) return;
    schedule();
    const change = state.lastChange;
    if (channel && change && change.source !== 'remote' && change.source !== 'load' && state.docId === previous.docId) {
      channel.postMessage({ tab, docId: state.docId, diff: change.diff } satisfies TabMessage);
    }
  });

  const onMessage = (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (!message || message.tab === tab || message.docId !== store.getState().docId) return;
    store.getState().applyRemoteDiff(message.diff);
  };
  channel?.addEventListener('message', onMessage);
  if (options.saveNow) schedule();

  return async () => {
    unsubscribe();
    channel?.removeEventListener('message', onMessage);
    channel?.close();
    if (timer) {
      clearTimeout(timer);
      pending = pending.then(save);
    }
    await pending;
  };
}
