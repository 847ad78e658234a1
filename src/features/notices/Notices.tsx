import { useEffect } from 'react';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { selectNotices } from '../../store/selectors.ts';
import type { Notice } from '../../store/editor-store.ts';
import './notices.css';

/** Toasts: information fades by itself; errors stay until dismissed. */
export function Notices() {
  const notices = useEditor(selectNotices);
  return (
    <div className="notices" aria-live="polite" data-testid="notices">
      {notices.map((n) => <Toast key={n.id} notice={n} />)}
    </div>
  );
}

function Toast({ notice }: { notice: Notice }) {
  const store = useEditorStore();
  useEffect(() => {
    if (notice.tone === 'error') return;
    const t = setTimeout(() => store.getState().dismissNotice(notice.id), 3500);
    return () => clearTimeout(t);
  }, [notice, store]);
  return (
    <div className={`toast toast--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span className="toast__message">{notice.message}</span>
      {notice.action && (
        <button type="button" className="toast__action" onClick={() => {
          notice.action?.run();
          store.getState().dismissNotice(notice.id);
        }}>{notice.action.label}</button>
      )}
      <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => store.getState().dismissNotice(notice.id)}>×</button>
    </div>
  );
}
