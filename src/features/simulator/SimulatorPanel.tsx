/**
 * The Simulate panel: pick or edit a scenario saved in the model, run it in the worker (progress,
 * cancel), then play, pause and scrub through the run while the canvas shows each element's health at
 * the cursor; charts and a summary, and compare mode (as drawn vs with the recommended policies).
 *
 * State: scenarios are model data (edits are undo steps); runs, progress, the cursor and the compare
 * switch live in the simulation slice (store/simulation.ts), which the canvas overlay reads too.
 */
import './simulator.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Model } from '../../core/model/index.ts';
import { deepEqual } from '../../core/ops/index.ts';
import { formatProblemPath, recommendedPolicies, validateScenario, type Scenario } from '../../core/sim/index.ts';
import { replaceModel } from '../../store/actions.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { cancelSimulation, runSimulation, simChanged, useSimulation, useSimulationStore, type SimulationState } from '../../store/simulation.ts';
import { useEditor, useEditorStore, useServices } from '../../store/StoreProvider.tsx';
import { Switch, TextField } from '../../ui/fields/index.ts';
import { EditIcon, PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import { ScenarioEditor } from './ScenarioEditor.tsx';
import { checkScenarioName, commitScenario, currentScenario, deleteScenario, nameLookup, newScenario } from './scenarios.ts';
import { SimCharts } from './SimCharts.tsx';
import { Summary } from './Summary.tsx';
import { Timeline } from './Timeline.tsx';

const selectModel = (s: EditorState) => s.model;
const selectRuns = (s: SimulationState) => s.runs;
const selectStatus = (s: SimulationState) => s.status;

/** A name lookup that keeps its identity until a name (not a position) changes, so charts do not rebuild on a drag. */
function useNameOf(model: Model): (id: string) => string {
  const signature = useMemo(
    () => `${model.nodes.map((n) => `${n.id}\u0001${n.name}`).join('\u0002')}\u0003${model.links.map((l) => `${l.id}\u0001${l.from}\u0001${l.to}`).join('\u0002')}`,
    [model.nodes, model.links],
  );
  const [memo] = useState(() => ({ signature: '', lookup: (id: string) => id }));
  if (memo.signature !== signature) {
    memo.signature = signature;
    memo.lookup = nameLookup(model);
  }
  return memo.lookup;
}

/** Advances the cursor with requestAnimationFrame while playing; stops at the end. */
function usePlayback(): void {
  const sim = useSimulationStore();
  const playing = useSimulation((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const state = sim.getState();
      const duration = state.runs[0]?.result.durationMs ?? 0;
      const next = state.cursorMs + Math.max(0, now - last) * state.speed;
      last = now;
      if (next >= duration) {
        state.setCursor(duration);
        state.setPlaying(false);
        return;
      }
      state.setCursor(next);
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, sim]);
}

export function SimulatorPanel() {
  const store = useEditorStore();
  const { simulator } = useServices();
  const sim = useSimulationStore();
  const model = useEditor(selectModel);
  const selected = useSimulation((s) => s.selectedScenario);
  const { scenario, saved } = useMemo(() => currentScenario(model, selected), [model, selected]);
  const problems = useMemo(() => validateScenario(model, scenario), [model, scenario]);
  const nameOf = useNameOf(model);
  const [activeFault, setActiveFault] = useState<number | null>(null);

  useEffect(() => {
    sim.getState().setPanelOpen(true);
    return () => sim.getState().setPanelOpen(false);
  }, [sim]);
  usePlayback();

  const onChange = useCallback((next: Scenario, label: string) => {
    commitScenario(store, scenario.name, next, label);
    if (next.name !== scenario.name || !saved) sim.getState().selectScenario(next.name);
  }, [store, sim, scenario.name, saved]);

  return (
    <section className="sp" data-testid="simulator-panel" aria-label="Simulate">
      <PanelHeader scenario={scenario} saved={saved} model={model} canRun={problems.length === 0 && scenario.load.length > 0 && simulator !== undefined}
        onRun={(compare) => simulator && void runSimulation(store, simulator, { scenario, compare })} />
      {!simulator && <p className="sp-banner sp-banner--error">The simulator is not available in this window.</p>}
      <TimelineBar scenario={scenario} nameOf={nameOf} activeFault={activeFault} onActivateFault={setActiveFault} />
      <div className="sp__body">
        <div className="sp__editor">
          <ScenarioEditor model={model} scenario={scenario} problems={problems} onChange={onChange}
            activeFault={activeFault} onActivateFault={setActiveFault} />
        </div>
        <Results scenario={scenario} model={model} nameOf={nameOf} />
      </div>
    </section>
  );
}

function PanelHeader({ scenario, saved, model, canRun, onRun }: {
  scenario: Scenario;
  saved: boolean;
  model: Model;
  canRun: boolean;
  onRun: (compare: boolean) => void;
}) {
  const store = useEditorStore();
  const sim = useSimulationStore();
  const status = useSimulation(selectStatus);
  const progress = useSimulation((s) => s.progress);
  const compare = useSimulation((s) => s.compare);
  const [renaming, setRenaming] = useState(false);
  const names = (model.scenarios ?? []).map((s) => s.name);

  return (
    <header className="sp__header">
      <span className="sp__title">Scenario</span>
      {renaming ? (
        <div className="sp-rename sp-compact">
          <TextField label="Scenario name" value={scenario.name} required maxLength={200} testId="scenario-name"
            validate={(name) => checkScenarioName(model, scenario.name, name)}
            onCommit={(name) => {
              setRenaming(false);
              commitScenario(store, scenario.name, { ...scenario, name }, 'Rename scenario');
              sim.getState().selectScenario(name);
            }} />
          <button type="button" className="fp-btn fp-btn--ghost" onClick={() => setRenaming(false)}>Done</button>
        </div>
      ) : (
        <label className="sp-picker">
          <span className="fp-visually-hidden">Scenario</span>
          <select value={saved ? scenario.name : ''} data-testid="scenario-select"
            onChange={(e) => sim.getState().selectScenario(e.target.value || null)}>
            {!saved && <option value="" title="The default scenario; your first change saves it in the model">{scenario.name} (default)</option>}
            {names.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
          <svg className="sp-picker__chevron" width="10" height="10" viewBox="0 0 12 12" aria-hidden="true"><path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" /></svg>
        </label>
      )}
      {!renaming && (
        <span className="sp__tools">
          <button type="button" className="fp-icon-btn" title="Rename this scenario" aria-label="Rename this scenario" data-testid="scenario-rename"
            onClick={() => setRenaming(true)}><EditIcon size={13} /></button>
          <button type="button" className="fp-icon-btn" title="New scenario (steady load on every entry point)" aria-label="New scenario" data-testid="scenario-new"
            onClick={() => {
              const next = newScenario(store.getState().model);
              commitScenario(store, next.name, next, 'New scenario');
              sim.getState().selectScenario(next.name);
            }}><PlusIcon size={13} /></button>
          <button type="button" className="fp-icon-btn" title={saved ? 'Delete this scenario' : 'The default scenario is not saved'} aria-label="Delete this scenario"
            data-testid="scenario-delete" disabled={!saved}
            onClick={() => {
              deleteScenario(store, scenario.name);
              sim.getState().selectScenario(null);
            }}><TrashIcon size={13} /></button>
        </span>
      )}
      <span className="sp__divider" aria-hidden="true" />
      <label className="sp-compare" title="Run the same scenario on the model as drawn and on a copy with every recommended policy (timeout, retry, breaker, fallback)">
        <Switch checked={compare} onChange={(c) => sim.getState().setCompare(c)} testId="sim-compare" ariaLabel="Compare with the recommended policies" />
        <span>Compare with recommended policies</span>
      </label>
      <span className="fp__spacer" />
      {status === 'running' ? (
        <div className="sp-progress" data-testid="sim-progress">
          <div className="sp-progress__bar" role="progressbar" aria-label="Simulating" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
            <div className="sp-progress__fill" style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
          <span className="sp-progress__text">{Math.round(progress * 100)} %</span>
          <button type="button" className="fp-btn fp-btn--ghost" data-testid="sim-cancel" onClick={() => cancelSimulation(store)}>Cancel</button>
        </div>
      ) : (
        <button type="button" className="btn btn--primary sp-run" data-testid="sim-run" disabled={!canRun} onClick={() => onRun(compare)}
          title={canRun ? `Simulate “${scenario.name}”${compare ? ' on both variants' : ''} (in the background)` : scenario.load.length === 0 ? 'Add load on an entry point first' : 'Fix the scenario first'}>
          <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 2.8v10.4a.6.6 0 0 0 .9.5l8.3-5.2a.6.6 0 0 0 0-1L5.4 2.3a.6.6 0 0 0-.9.5z" fill="currentColor" /></svg>
          {compare ? 'Run both' : 'Run'}
        </button>
      )}
    </header>
  );
}

function TimelineBar({ scenario, nameOf, activeFault, onActivateFault }: {
  scenario: Scenario;
  nameOf: (id: string) => string;
  activeFault: number | null;
  onActivateFault: (index: number | null) => void;
}) {
  const sim = useSimulationStore();
  const runs = useSimulation(selectRuns);
  const overlayRun = useSimulation((s) => s.overlayRun);
  const cursorMs = useSimulation((s) => s.cursorMs);
  const playing = useSimulation((s) => s.playing);
  const speed = useSimulation((s) => s.speed);
  const state = sim.getState();
  return (
    <Timeline scenario={scenario} run={runs[overlayRun] ?? runs[0]} cursorMs={cursorMs} playing={playing} speed={speed} nameOf={nameOf}
      activeFault={activeFault} onActivateFault={onActivateFault}
      onScrub={state.setCursor} onPlay={state.setPlaying} onSpeed={state.setSpeed} />
  );
}

function Results({ scenario, model, nameOf }: { scenario: Scenario; model: Model; nameOf: (id: string) => string }) {
  const store = useEditorStore();
  const sim = useSimulationStore();
  const runs = useSimulation(selectRuns);
  const status = useSimulation(selectStatus);
  const stale = useSimulation((s) => s.stale);
  const error = useSimulation((s) => s.error);
  const problems = useSimulation((s) => s.problems);
  const cursorMs = useSimulation((s) => s.cursorMs);
  const overlayRun = useSimulation((s) => s.overlayRun);
  const { simulator } = useServices();
  const onScrub = useCallback((ms: number) => {
    sim.getState().setPlaying(false);
    sim.getState().setCursor(ms);
  }, [sim]);
  const hardened = useMemo(() => (runs.length > 1 ? recommendedPolicies(model) : undefined), [runs.length, model]);
  const canApply = hardened !== undefined && simChanged(model, hardened);
  const onApply = useCallback(() => {
    replaceModel(store, recommendedPolicies(store.getState().model), 'Apply recommended policies');
    store.getState().notify({ tone: 'success', message: 'Added the recommended timeouts, retries, breakers and fallbacks. Undo to take them back.' });
  }, [store]);
  const first = runs[0];
  const scenarioEdited = first !== undefined && !deepEqual(first.scenario, scenario);

  if (!first) {
    return (
      <div className="sp__results sp__results--empty" data-testid="sim-results">
        {status === 'error' ? (
          <RunError error={error} problems={problems} />
        ) : status === 'running' ? (
          <div className="sp-empty"><p className="sp-empty__title">Simulating…</p><p className="sp-empty__text">The run happens in the background; the page stays responsive.</p></div>
        ) : (
          <div className="sp-empty">
            <p className="sp-empty__title">{status === 'cancelled' ? 'Run cancelled' : 'Break something and watch'}</p>
            <p className="sp-empty__text">
              Select a node or a link on the canvas, add a fault, and press <strong>Run</strong>. Then play or scrub through the run: the
              diagram shows which nodes fail, where queues build and which breakers open. Turn on <strong>Compare</strong> to see what the
              recommended timeouts, retries and breakers change.
            </p>
          </div>
        )}
      </div>
    );
  }

  return (
    <div className={`sp__results${status === 'running' ? ' is-running' : ''}`} data-testid="sim-results">
      {(stale || scenarioEdited || status === 'error' || status === 'cancelled') && (
        <div className={`sp-banner${stale ? ' sp-banner--stale' : ''}`} data-testid={stale ? 'sim-stale' : 'sim-note'}>
          <span>
            {stale
              ? 'Model changed since this run — re-run to see its effect.'
              : status === 'error'
                ? `The last run failed: ${error ?? 'unknown error'}`
                : status === 'cancelled'
                  ? 'The last run was cancelled; these are the previous results.'
                  : `Scenario edited since this run (it showed “${first.scenario.name}” as it was) — re-run to update.`}
          </span>
          {simulator && status !== 'running' && (stale || scenarioEdited) && (
            <button type="button" className="fp-link" data-testid="sim-rerun" disabled={validateScenario(model, scenario).length > 0}
              onClick={() => void runSimulation(store, simulator, { scenario, compare: sim.getState().compare })}>Re-run</button>
          )}
        </div>
      )}
      <div className="sp__results-grid">
        <div className="sp__results-main">
          {runs.length > 1 && (
            <div className="sp-overlay-pick" role="radiogroup" aria-label="The canvas shows">
              <span className="sp-overlay-pick__label">Canvas shows</span>
              {runs.map((r, i) => (
                <button key={r.variant} type="button" role="radio" aria-checked={overlayRun === i} className="sp-seg" data-testid={`overlay-run-${i}`}
                  onClick={() => sim.getState().setOverlayRun(i)}>{i === 0 ? 'As drawn' : 'With policies'}</button>
              ))}
            </div>
          )}
          <SimCharts runs={runs} nameOf={nameOf} cursorMs={cursorMs} onScrub={onScrub} />
        </div>
        <aside className="sp__summary" aria-label="Summary">
          <Summary runs={runs} nameOf={nameOf} onApplyPolicies={canApply ? onApply : undefined} />
        </aside>
      </div>
    </div>
  );
}

function RunError({ error, problems }: { error: string | null; problems: SimulationState['problems'] }) {
  return (
    <div className="sp-empty sp-empty--error" role="alert">
      <p className="sp-empty__title">The scenario could not run</p>
      {problems.length > 0 ? (
        <ul className="sp-problems">{problems.map((p, i) => <li key={i}><code>{formatProblemPath(p.path)}</code> {p.message}</li>)}</ul>
      ) : (
        <p className="sp-empty__text">{error}</p>
      )}
    </div>
  );
}
