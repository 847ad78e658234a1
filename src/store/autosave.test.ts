import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createDocumentStore } from '../adapters/storage/index.ts';
import type { DocumentStore } from '../adapters/storage/index.ts';
import { createEditorStore } from './editor-store.ts';
import { attachAutosave } from './autosave.ts';
import { addNodeAt } from './actions.ts';

const settle = (ms = 60) => new Promise((r) => setTimeout(r, ms));

describe('autosave', () => {
  it('writes every change to storage and remembers the document as last opened', async () => {
    const documents = createDocumentStore(new IDBFactory());
    const store = createEditorStore({ docId: 'doc-1' });
    const stop = attachAutosave(store, documents, { delayMs: 5, onDownload: () => {} });
    addNodeAt(store, 'service', { x: 1, y: 2 });
    // Pending counts as unsaved: a reload now must not be told it is safe.
    expect(store.getState().saveState.status).toBe('saving');
    await settle();
    await stop();
    const saved = await documents.get('doc-1');
    expect(saved?.model).toEqual(store.getState().model);
    expect(await documents.getLastOpenedId()).toBe('doc-1');
    expect(store.getState().saveState.status).toBe('saved');
  });

  it('shows a storage failure with a download way out, once per distinct error', async () => {
    const failing: DocumentStore = {
      ...createDocumentStore(new IDBFactory()),
      put: async () => {
        throw new Error('quota exceeded');
      },
    };
    let downloads = 0;
    const store = createEditorStore({ docId: 'doc-1' });
    const stop = attachAutosave(store, failing, { delayMs: 5, onDownload: () => downloads++ });
    addNodeAt(store, 'service', { x: 0, y: 0 });
    await settle();
    addNodeAt(store, 'service', { x: 50, y: 0 });
    await settle();
    await stop();
    expect(store.getState().saveState).toMatchObject({ status: 'error', message: 'quota exceeded' });
    const errors = store.getState().notices.filter((n) => n.tone === 'error');
    expect(errors).toHaveLength(1);
    errors[0]?.action?.run();
    expect(downloads).toBe(1);
  });

  it('a change in one tab reaches another tab showing the same document, not as an undo step there', async () => {
    const documents = createDocumentStore(new IDBFactory());
    const channelName = `test-${Math.random()}`;
    const a = createEditorStore({ docId: 'shared' });
    const b = createEditorStore({ docId: 'shared' });
    const stopA = attachAutosave(a, documents, { delayMs: 5, onDownload: () => {}, channelName });
    const stopB = attachAutosave(b, documents, { delayMs: 5, onDownload: () => {}, channelName });
    addNodeAt(a, 'service', { x: 0, y: 0 });
    await settle();
    expect(b.getState().model.nodes).toHaveLength(1);
    expect(b.getState().history.undo).toHaveLength(0);
    await stopA();
    await stopB();
  });
});
