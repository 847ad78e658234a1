/** The status-bar button that opens the Simulate panel; shows a running simulation's progress. */
import { useSimulation } from '../../store/simulation.ts';
import './simulator.css';

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘⌥' : 'Ctrl+Alt+';

export function SimulatorToggle({ active, onClick }: { active: boolean; onClick: () => void }) {
  const status = useSimulation((s) => s.status);
  const progress = useSimulation((s) => s.progress);
  const stale = useSimulation((s) => s.stale && s.runs.length > 0);
  return (
    <button type="button" className={`sp-toggle${status === 'running' ? ' is-running' : ''}`} aria-pressed={active} data-testid="toggle-simulator"
      onClick={onClick} title={`${active ? 'Hide' : 'Show'} the failure simulator (${MOD}S)`}>
      <svg width="13" height="13" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="M3 12h4l3-8 4 16 3-8h4" />
      </svg>
      <span>Simulate</span>
      {status === 'running' && <span className="sp-toggle__progress">{Math.round(progress * 100)} %</span>}
      {status !== 'running' && stale && <span className="sp-toggle__dot" title="The model changed since the last run" />}
    </button>
  );
}
