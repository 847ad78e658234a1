/**
 * The bottom dock under the canvas: Problems and Simulate as tabs, one shown at a time; the status bar's
 * buttons open it on their tab. The panels inside bring their own headers; the dock only switches.
 */
import { useId, type ReactNode } from 'react';

export type DockTab = 'problems' | 'simulate';

const TABS: { id: DockTab; label: string }[] = [
  { id: 'problems', label: 'Findings' },
  { id: 'simulate', label: 'Simulate' },
];

export function BottomDock({ tab, onTab, onClose, children }: {
  tab: DockTab;
  onTab: (tab: DockTab) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`app__bottom app__bottom--${tab}`} aria-label="Bottom panel" data-testid="bottom-dock">
      <div className="dock-tabs" role="tablist" aria-label="Bottom panel">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`${id}-${t.id}`} aria-selected={tab === t.id} aria-controls={`${id}-panel`}
            className="dock-tab" data-testid={`dock-tab-${t.id}`} onClick={() => onTab(t.id)}>
            {t.label}
          </button>
        ))}
        <span className="dock-tabs__spacer" />
        <button type="button" className="dock-close" aria-label="Hide the bottom panel" title="Hide panel" data-testid="dock-close" onClick={onClose}>
          <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
            <path d="M4 6.5 8 10.5 12 6.5" />
          </svg>
        </button>
      </div>
      <div className="dock-body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {children}
      </div>
    </section>
  );
}
