import { useEditor } from '../../store/StoreProvider.tsx';

const LABEL = { idle: '', saving: 'Saving…', saved: 'Saved in this browser', error: 'Not saved' } as const;

/** Whether the latest change is safe in IndexedDB. */
export function SaveStatus() {
  const saveState = useEditor((s) => s.saveState);
  if (saveState.status === 'idle') return null;
  return (
    <span className={`save-status save-status--${saveState.status}`} data-testid="save-status" title={saveState.message ?? LABEL[saveState.status]}>
      {LABEL[saveState.status]}
    </span>
  );
}
