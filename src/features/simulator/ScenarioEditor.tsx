/**
 * The scenario form: run length and seed, load rows (entry point, rate, optional step changes), and the
 * faults list with "add to the canvas selection". Every committed field is one undo step on the model;
 * number fields check what is typed as it is typed, and validateScenario's problems show on their rows.
 */
import { memo, useMemo } from 'react';
import type { Model } from '../../core/model/index.ts';
import { LIMITS } from '../../core/model/constants.ts';
import {
  DEFAULT_FAULT_ERROR_RATE, DEFAULT_SLOW_FACTOR, formatProblemPath,
  type FaultKind, type FaultSpec, type LoadSpec, type LoadStep, type Scenario, type ScenarioProblem,
} from '../../core/sim/index.ts';
import type { Selection } from '../../store/editor-store.ts';
import { useEditor } from '../../store/StoreProvider.tsx';
import { NumberField, SelectField, type SelectOption } from '../../ui/fields/index.ts';
import { PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import { formatNumber } from '../../ui/fields/index.ts';
import { FAULT_HINTS, faultKindsFor, loadTargets, nameLookup, newFault, newLoad, NODE_FAULTS, withFaultKind } from './scenarios.ts';
import { secondsToMs } from './format.ts';

export interface ScenarioEditorProps {
  model: Model;
  scenario: Scenario;
  problems: readonly ScenarioProblem[];
  /** Commits the edited scenario as one undo step. */
  onChange: (next: Scenario, label: string) => void;
  /** A fault row was picked (highlights its bar on the timeline). */
  activeFault?: number | null | undefined;
  onActivateFault?: ((index: number | null) => void) | undefined;
}

const MAX_S = LIMITS.maxScenarioMs / 1000;
const selectSelection = (s: { selection: Selection }) => s.selection;

/** Problems by their path's first two steps (`load.0`, `faults.2`) and whole paths. */
function problemsByRow(problems: readonly ScenarioProblem[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of problems) {
    const key = p.path.length >= 2 ? `${p.path[0]}.${p.path[1]}` : String(p.path[0] ?? '');
    const text = p.path.length > 2 ? `${formatProblemPath(p.path.slice(2))}: ${p.message}` : p.message;
    map.set(key, [...(map.get(key) ?? []), text]);
  }
  return map;
}

function RowProblems({ messages, testId }: { messages: readonly string[] | undefined; testId?: string }) {
  if (!messages || messages.length === 0) return null;
  return (
    <ul className="sp-problems" data-testid={testId}>
      {messages.map((m) => <li key={m}>{m}</li>)}
    </ul>
  );
}

export const ScenarioEditor = memo(function ScenarioEditor({ model, scenario, problems, onChange, activeFault, onActivateFault }: ScenarioEditorProps) {
  const byRow = useMemo(() => problemsByRow(problems), [problems]);
  const name = useMemo(() => nameLookup(model), [model]);
  const faults = scenario.faults ?? [];

  const setLoad = (load: LoadSpec[], label: string) => onChange({ ...scenario, load }, label);
  const setFaults = (next: FaultSpec[], label: string) => {
    const { faults: _drop, ...rest } = scenario;
    onChange(next.length > 0 ? { ...rest, faults: next } : rest, label);
  };

  return (
    <div className="sp-editor" data-testid="scenario-editor">
      <div className="sp-editor__run sp-compact">
        <NumberField label="Duration" value={scenario.durationMs / 1000} unit="s" min={0.001} max={MAX_S} required step={10}
          testId="scenario-duration" hint={undefined}
          onCommit={(s) => s !== undefined && onChange({ ...scenario, durationMs: secondsToMs(s) }, 'Change scenario duration')} />
        <NumberField label="Seed" value={scenario.seed} min={0} max={0xffff_ffff} integer placeholder="1" testId="scenario-seed"
          onCommit={(seed) => {
            const { seed: _drop, ...rest } = scenario;
            onChange(seed === undefined ? rest : { ...rest, seed }, 'Change scenario seed');
          }} />
      </div>
      <RowProblems messages={[...(byRow.get('durationMs') ?? []), ...(byRow.get('seed') ?? []), ...(byRow.get('load') ?? [])]} />

      <div className="sp-group">
        <div className="sp-group__head">
          <h3 className="sp-group__title">Load</h3>
          <button type="button" className="fp-btn fp-btn--ghost" data-testid="add-load"
            onClick={() => {
              const load = newLoad(model, scenario);
              if (load) setLoad([...scenario.load, load], 'Add load');
            }}>
            <PlusIcon size={12} /> Entry point
          </button>
        </div>
        {scenario.load.length === 0 && <p className="sp-muted">No load: nothing will arrive. Add an entry point.</p>}
        <ul className="sp-rows">
          {scenario.load.map((load, i) => (
            <LoadRow key={i} index={i} load={load} model={model} problems={byRow.get(`load.${i}`)}
              onChange={(next, label) => setLoad(scenario.load.map((l, j) => (j === i ? next : l)), label)}
              onRemove={() => setLoad(scenario.load.filter((_, j) => j !== i), 'Remove load')} />
          ))}
        </ul>
      </div>

      <div className="sp-group">
        <div className="sp-group__head">
          <h3 className="sp-group__title">Faults</h3>
        </div>
        <AddFault model={model} durationMs={scenario.durationMs} name={name}
          onAdd={(added) => setFaults([...faults, ...added], added.length === 1 ? `Add ${added[0]!.kind} fault` : 'Add faults')} />
        <ul className="sp-rows" data-testid="fault-rows">
          {faults.map((fault, i) => (
            <FaultRow key={i} index={i} fault={fault} model={model} name={name(fault.target)} problems={byRow.get(`faults.${i}`)}
              active={activeFault === i} onActivate={() => onActivateFault?.(activeFault === i ? null : i)}
              onChange={(next, label) => setFaults(faults.map((f, j) => (j === i ? next : f)), label)}
              onRemove={() => setFaults(faults.filter((_, j) => j !== i), 'Remove fault')} />
          ))}
        </ul>
      </div>
    </div>
  );
});

function LoadRow({ index, load, model, problems, onChange, onRemove }: {
  index: number;
  load: LoadSpec;
  model: Model;
  problems: readonly string[] | undefined;
  onChange: (next: LoadSpec, label: string) => void;
  onRemove: () => void;
}) {
  const options = useMemo(() => {
    const { entries, others } = loadTargets(model);
    const opts: SelectOption<string>[] = [
      ...entries.map((n) => ({ value: n.id, label: `${n.name || n.id} (entry point)` })),
      ...others.map((n) => ({ value: n.id, label: n.name || n.id })),
    ];
    return opts;
  }, [model]);
  const steps = load.steps ?? [];
  const setSteps = (next: LoadStep[], label: string) => {
    const { steps: _drop, ...rest } = load;
    onChange(next.length > 0 ? { ...rest, steps: next } : rest, label);
  };
  return (
    <li className="sp-row sp-row--load" data-testid={`load-row-${index}`}>
      <div className="sp-row__line sp-compact">
        <div className="sp-row__grow">
          <SelectField label="Entry point" value={load.entry} options={options} testId={`load-entry-${index}`}
            onChange={(entry) => entry && onChange({ ...load, entry }, 'Change entry point')} />
        </div>
        <div className="sp-row__num">
          <NumberField label="Rate" value={load.ratePerSecond} unit="/s" min={0} max={LIMITS.maxRatePerSecond} required step={10}
            testId={`load-rate-${index}`} onCommit={(rate) => rate !== undefined && onChange({ ...load, ratePerSecond: rate }, 'Change load rate')} />
        </div>
        <button type="button" className="fp-icon-btn" title="Add a step change of rate" aria-label="Add a step change of rate"
          data-testid={`add-step-${index}`}
          onClick={() => {
            const last = steps.at(-1);
            setSteps([...steps, { atMs: (last?.atMs ?? 0) + 10_000, ratePerSecond: load.ratePerSecond * 2 }], 'Add load step');
          }}>
          <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
            <path d="M2 12h4V8h4V4h4" />
          </svg>
        </button>
        <button type="button" className="fp-icon-btn" title="Remove this load" aria-label={`Remove the load on ${load.entry}`} onClick={onRemove}>
          <TrashIcon size={13} />
        </button>
      </div>
      {steps.length > 0 && (
        <ol className="sp-steps">
          {steps.map((step, j) => (
            <li key={j} className="sp-row__line sp-compact sp-step">
              <span className="sp-step__word">from</span>
              <div className="sp-row__num">
                <NumberField label="At" value={step.atMs / 1000} unit="s" min={0} max={MAX_S} required
                  onCommit={(s) => s !== undefined && setSteps(steps.map((x, k) => (k === j ? { ...x, atMs: secondsToMs(s) } : x)), 'Change load step')} />
              </div>
              <div className="sp-row__num">
                <NumberField label="Rate" value={step.ratePerSecond} unit="/s" min={0} max={LIMITS.maxRatePerSecond} required step={10}
                  onCommit={(rate) => rate !== undefined && setSteps(steps.map((x, k) => (k === j ? { ...x, ratePerSecond: rate } : x)), 'Change load step')} />
              </div>
              <span className="sp-step__word">ramp</span>
              <div className="sp-row__num sp-row__num--narrow">
                <NumberField label="Ramp" value={step.rampMs === undefined ? undefined : step.rampMs / 1000} unit="s" min={0} max={MAX_S} placeholder="0"
                  onCommit={(s) => setSteps(steps.map((x, k) => {
                    if (k !== j) return x;
                    const { rampMs: _drop, ...rest } = x;
                    return s === undefined || s === 0 ? rest : { ...rest, rampMs: secondsToMs(s) };
                  }), 'Change load step')} />
              </div>
              <button type="button" className="fp-icon-btn" aria-label="Remove this step" title="Remove this step"
                onClick={() => setSteps(steps.filter((_, k) => k !== j), 'Remove load step')}>
                <TrashIcon size={12} />
              </button>
            </li>
          ))}
        </ol>
      )}
      <RowProblems messages={problems} testId={`load-problems-${index}`} />
    </li>
  );
}

const KIND_LABELS: Record<FaultKind, string> = { down: 'Down', hung: 'Hung', slow: 'Slow', erroring: 'Erroring', partition: 'Partition' };

function FaultRow({ index, fault, model, name, problems, active, onActivate, onChange, onRemove }: {
  index: number;
  fault: FaultSpec;
  model: Model;
  name: string;
  problems: readonly string[] | undefined;
  active: boolean;
  onActivate: () => void;
  onChange: (next: FaultSpec, label: string) => void;
  onRemove: () => void;
}) {
  const kinds = faultKindsFor(model, fault.target);
  const options = (kinds.includes(fault.kind) ? kinds : [fault.kind, ...kinds]).map((k) => ({ value: k, label: KIND_LABELS[k] }));
  return (
    <li className={`sp-row sp-row--fault${active ? ' is-active' : ''}${problems ? ' is-invalid' : ''}`} data-testid={`fault-row-${index}`} data-kind={fault.kind} data-target={fault.target}>
      <div className="sp-row__line">
        <button type="button" className={`sp-fault-target sp-fault--${fault.kind}`} onClick={onActivate} aria-pressed={active} title={`${name} (${fault.target}): show on the timeline`}>
          <span className="sp-fault-swatch" aria-hidden="true" />
          <span className="sp-fault-target__name">{name}</span>
          <span className="sp-fault-target__hint">{FAULT_HINTS[fault.kind]}</span>
        </button>
        <button type="button" className="fp-icon-btn" title="Remove this fault" aria-label={`Remove the ${fault.kind} fault on ${name}`}
          data-testid={`remove-fault-${index}`} onClick={onRemove}>
          <TrashIcon size={13} />
        </button>
      </div>
      <div className="sp-row__line sp-compact sp-row__line--fields">
        <div className="sp-row__kind">
          <SelectField label="Fault" value={fault.kind} options={options} testId={`fault-kind-${index}`}
            hint={undefined} onChange={(kind) => kind && kind !== fault.kind && onChange(withFaultKind(fault, kind), 'Change fault kind')} />
        </div>
        <div className="sp-row__num">
          <NumberField label="From" value={fault.fromMs / 1000} unit="s" min={0} max={MAX_S} required testId={`fault-from-${index}`}
            validate={(s) => (secondsToMs(s) >= fault.toMs ? 'Must start before it ends' : null)}
            onCommit={(s) => s !== undefined && onChange({ ...fault, fromMs: secondsToMs(s) }, 'Change fault window')} />
        </div>
        <span className="sp-step__word" aria-hidden="true">–</span>
        <div className="sp-row__num">
          <NumberField label="To" value={fault.toMs / 1000} unit="s" min={0} max={MAX_S} required testId={`fault-to-${index}`}
            validate={(s) => (secondsToMs(s) <= fault.fromMs ? 'Must end after it starts' : null)}
            onCommit={(s) => s !== undefined && onChange({ ...fault, toMs: secondsToMs(s) }, 'Change fault window')} />
        </div>
        {fault.kind === 'slow' && (
          <div className="sp-row__num sp-row__num--narrow">
            <NumberField label="Slower by" value={fault.factor} unit="×" min={1} max={LIMITS.maxSlowFactor} placeholder={formatNumber(DEFAULT_SLOW_FACTOR)}
              testId={`fault-factor-${index}`}
              onCommit={(factor) => {
                const { factor: _drop, ...rest } = fault;
                onChange(factor === undefined ? rest : { ...rest, factor }, 'Change slow-down');
              }} />
          </div>
        )}
        {fault.kind === 'erroring' && (
          <div className="sp-row__num sp-row__num--narrow">
            <NumberField label="Error rate" value={fault.errorRate === undefined ? undefined : Number((fault.errorRate * 100).toPrecision(10))} unit="%" min={0} max={100}
              placeholder={formatNumber(DEFAULT_FAULT_ERROR_RATE * 100)} testId={`fault-error-rate-${index}`}
              onCommit={(pct) => {
                const { errorRate: _drop, ...rest } = fault;
                onChange(pct === undefined ? rest : { ...rest, errorRate: pct / 100 }, 'Change error rate');
              }} />
          </div>
        )}
      </div>
      <RowProblems messages={problems} testId={`fault-problems-${index}`} />
    </li>
  );
}

/** "Add to payment-service: Down · Hung · Slow · Erroring", from the canvas selection. */
function AddFault({ model, durationMs, name, onAdd }: {
  model: Model;
  durationMs: number;
  name: (id: string) => string;
  onAdd: (faults: FaultSpec[]) => void;
}) {
  const selection = useEditor(selectSelection);
  const { nodes, links } = useMemo(() => {
    const nodes = [...selection.nodes].filter((id) => faultKindsFor(model, id).length > 0 && model.nodes.some((n) => n.id === id));
    const links = [...selection.links].filter((id) => model.links.some((l) => l.id === id));
    return { nodes, links };
  }, [model, selection]);
  const targets = [...nodes, ...links];
  if (targets.length === 0) {
    return <p className="sp-muted sp-add-fault" data-testid="add-fault-hint">Select a node or a link on the canvas to add a fault to it.</p>;
  }
  const shown = targets.slice(0, 2).map(name).join(', ') + (targets.length > 2 ? ` +${targets.length - 2}` : '');
  return (
    <div className="sp-add-fault" data-testid="add-fault">
      <span className="sp-add-fault__label">Add to <strong title={targets.map(name).join(', ')}>{shown}</strong>:</span>
      <span className="sp-add-fault__kinds">
        {nodes.length > 0 && NODE_FAULTS.map((kind) => (
          <button key={kind} type="button" className={`sp-chip sp-fault--${kind}`} data-testid={`add-fault-${kind}`} title={FAULT_HINTS[kind]}
            onClick={() => onAdd(nodes.map((id) => newFault(id, kind, durationMs)))}>
            <span className="sp-fault-swatch" aria-hidden="true" />{KIND_LABELS[kind]}
          </button>
        ))}
        {links.length > 0 && (
          <button type="button" className="sp-chip sp-fault--partition" data-testid="add-fault-partition" title={FAULT_HINTS.partition}
            onClick={() => onAdd(links.map((id) => newFault(id, 'partition', durationMs)))}>
            <span className="sp-fault-swatch" aria-hidden="true" />{KIND_LABELS.partition}
          </button>
        )}
      </span>
    </div>
  );
}
