/**
 * What the app shell shows before the text panel's lazy chunk (and Monaco) has loaded: the button that
 * opens the panel and a placeholder of the panel's size. Deliberately tiny and free of Monaco, since it
 * ships in the initial bundle.
 */
import { readWidth } from './preferences.ts';
import './text-toggle.css';

/** How the platform writes the Ctrl/Cmd modifier in a tooltip. */
export const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** Opens and closes the text panel. */
export function TextPanelToggle({ active, onClick }: { active: boolean; onClick: () => void }) {
  return (
    <button type="button" className="text-toggle" aria-pressed={active} data-testid="toggle-text" onClick={onClick}
      title={`${active ? 'Hide' : 'Show'} the model as text (${MOD}Shift+E)`}>
      <svg width="13" height="13" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round"
        strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="m8 7-5 5 5 5M16 7l5 5-5 5" />
      </svg>
      <span>Text</span>
    </button>
  );
}

/** Stands in for the panel while its code loads. */
export function TextPanelLoading() {
  return (
    <aside className="text-toggle__loading" style={{ width: readWidth() }} aria-busy="true" aria-label="Model as text">
      Loading the text editor…
    </aside>
  );
}
