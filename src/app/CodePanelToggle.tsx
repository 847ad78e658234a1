import { MOD } from '../features/text-editor/TextPanelToggle.tsx';

/** Opens and closes the generated-code panel (its code and Monaco load on first open). */
export function CodePanelToggle({ active, onClick }: { active: boolean; onClick: () => void }) {
  return (
    <button type="button" className="text-toggle" aria-pressed={active} data-testid="toggle-code" onClick={onClick}
      title={`${active ? 'Hide' : 'Show'} the generated TypeScript code (${MOD}Shift+K)`}>
      <svg width="13" height="13" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round"
        strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="M4 4h16v16H4zM8 9l3 3-3 3M13 15h3" />
      </svg>
      <span>Code</span>
    </button>
  );
}
