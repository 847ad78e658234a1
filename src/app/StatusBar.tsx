import type { ReactNode } from 'react';
import { useEditor } from '../store/StoreProvider.tsx';

/** The bottom bar: findings on the left, the model's size on the right. */
export function StatusBar({ children }: { children: ReactNode }) {
  const counts = useEditor((s) => `${s.model.nodes.length} nodes · ${s.model.links.length} links · ${s.model.groups.length} contexts`);
  return (
    <footer className="status-bar" data-testid="status-bar">
      <div className="status-bar__left">{children}</div>
      <div className="status-bar__right">{counts}</div>
    </footer>
  );
}
