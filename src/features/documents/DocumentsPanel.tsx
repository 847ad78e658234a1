import { useCallback, useEffect, useState } from 'react';
import type { DocumentMeta } from '../../adapters/storage/index.ts';
import { useEditor, useEditorStore, useServices } from '../../store/StoreProvider.tsx';
import { newDocument, openStoredDocument } from '../../store/document-actions.ts';
import { renameModel } from '../../store/actions.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { CopyIcon, EditIcon, PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import './documents.css';

function when(time: number): string {
  const d = new Date(time);
  return d.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The saved models in this browser: switch, rename, duplicate, delete (which asks first). */
export function DocumentsPanel({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const { documents } = useServices();
  const currentId = useEditor((s) => s.docId);
  const version = useEditor((s) => s.version);
  const [docs, setDocs] = useState<DocumentMeta[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<DocumentMeta | null>(null);

  const refresh = useCallback(async () => {
    if (!documents) return;
    try {
      setDocs(await documents.list());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [documents]);

  useEffect(() => {
    // Autosave is debounced; refresh a moment after each change so names and times are current.
    const t = setTimeout(() => void refresh(), 400);
    return () => clearTimeout(t);
  }, [refresh, version, currentId]);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (e) {
      store.getState().notify({ tone: 'error', message: e instanceof Error ? e.message : String(e) });
    }
    await refresh();
  };

  const open = (id: string) => run(async () => {
    const doc = await documents?.get(id);
    if (doc) await openStoredDocument(store, doc);
  });

  return (
    <aside className="documents" aria-label="Saved models" data-testid="documents-panel">
      <header className="documents__header">
        <h2>Models</h2>
        <button type="button" className="tool-btn tool-btn--icon" aria-label="New blank model" title="New blank model" onClick={() => newDocument(store)}><PlusIcon /></button>
        <button type="button" className="tool-btn tool-btn--icon" aria-label="Close" onClick={onClose}>×</button>
      </header>
      {!documents && <p className="documents__note">This browser offers no storage (private mode?). Use Save to download your model.</p>}
      {error && <p className="documents__note documents__note--error" role="alert">{error}</p>}
      <ul className="documents__list">
        {docs?.map((doc) => (
          <li key={doc.id} className={`documents__item${doc.id === currentId ? ' is-current' : ''}`} data-testid="document-item">
            {renaming && renaming.id === doc.id ? (
              <input className="text-input" autoFocus aria-label="Model name" value={renaming.name} maxLength={200}
                onChange={(e) => setRenaming({ id: doc.id, name: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') setRenaming(null);
                  if (e.key === 'Enter') e.currentTarget.blur();
                }}
                onBlur={() => {
                  const name = renaming?.name.trim() ?? '';
                  setRenaming(null);
                  if (!name || name === doc.name) return;
                  if (doc.id === currentId) {
                    // The open model is renamed through the store so the change is undoable and autosaved.
                    renameModel(store, name);
                  } else void run(() => documents!.rename(doc.id, name));
                }} />
            ) : (
              <button type="button" className="documents__open" onClick={() => void open(doc.id)} title="Open this model">
                <span className="documents__name">{doc.name}</span>
                <span className="documents__meta">{doc.nodeCount} nodes · {when(doc.updatedAt)}</span>
              </button>
            )}
            <div className="documents__actions">
              <button type="button" className="tool-btn tool-btn--icon" aria-label={`Rename ${doc.name}`} title="Rename" onClick={() => setRenaming({ id: doc.id, name: doc.name })}><EditIcon /></button>
              <button type="button" className="tool-btn tool-btn--icon" aria-label={`Duplicate ${doc.name}`} title="Duplicate" onClick={() => void run(() => documents!.duplicate(doc.id))}><CopyIcon /></button>
              <button type="button" className="tool-btn tool-btn--icon" aria-label={`Delete ${doc.name}`} title="Delete" onClick={() => setConfirmDelete(doc)}><TrashIcon /></button>
            </div>
          </li>
        ))}
      </ul>
      {confirmDelete && (
        <Dialog title="Delete this model?" tone="danger" onClose={() => setConfirmDelete(null)} testId="confirm-delete"
          footer={<>
            <button type="button" className="btn btn--secondary" onClick={() => setConfirmDelete(null)}>Cancel</button>
            <button type="button" className="btn btn--danger" data-testid="confirm-delete-yes" onClick={() => {
              const doc = confirmDelete;
              setConfirmDelete(null);
              void run(async () => {
                await documents!.remove(doc.id);
                if (doc.id === store.getState().docId) newDocument(store);
              });
            }}>Delete</button>
          </>}>
          <p className="dialog__text">“{confirmDelete.name}” will be removed from this browser. This cannot be undone — download it first if you may need it.</p>
        </Dialog>
      )}
    </aside>
  );
}
