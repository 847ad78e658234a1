/**
 * Scenario editing. Scenarios live in the model (`model.scenarios`), so every edit builds the next model
 * and commits it with `replaceModel` as one labelled undo step. Until the user changes anything, a model
 * without scenarios shows the default one (steady load on every entry point) as an unsaved draft; the
 * first edit saves it.
 */
import type { Model, ModelNode } from '../../core/model/index.ts';
import { LIMITS } from '../../core/model/constants.ts';
import { defaultScenario, entryPoints, type FaultKind, type FaultSpec, type LoadSpec, type Scenario } from '../../core/sim/index.ts';
import { replaceModel } from '../../store/actions.ts';
import type { EditorStore } from '../../store/editor-store.ts';

export interface CurrentScenario {
  scenario: Scenario;
  /** False for the default draft of a model that saves no scenario yet. */
  saved: boolean;
}

/** The scenario being edited: the selected saved one, else the first saved, else the default draft. */
export function currentScenario(model: Model, selected: string | null): CurrentScenario {
  const list = model.scenarios ?? [];
  const found = (selected === null ? undefined : list.find((s) => s.name === selected)) ?? list[0];
  return found ? { scenario: found, saved: true } : { scenario: defaultScenario(model), saved: false };
}

/** `model` with `next` in place of the scenario named `replacing` (appended when there is none). */
export function withScenario(model: Model, replacing: string, next: Scenario): Model {
  const list = model.scenarios ?? [];
  const index = list.findIndex((s) => s.name === replacing);
  const scenarios = index < 0 ? [...list, next] : list.map((s, i) => (i === index ? next : s));
  return { ...model, scenarios };
}

/** `model` without the scenario named `name` (the field goes away with the last one). */
export function withoutScenario(model: Model, name: string): Model {
  const { scenarios, ...rest } = model;
  const left = (scenarios ?? []).filter((s) => s.name !== name);
  return left.length > 0 ? { ...rest, scenarios: left } : rest;
}

/** Saves an edit of the scenario that was named `replacing` (the draft is saved by its first edit). */
export function commitScenario(store: EditorStore, replacing: string, next: Scenario, label: string): void {
  replaceModel(store, withScenario(store.getState().model, replacing, next), label);
}

export function deleteScenario(store: EditorStore, name: string): void {
  replaceModel(store, withoutScenario(store.getState().model, name), 'Delete scenario');
}

/** `base`, or `base 2`, `base 3`… whichever no scenario uses yet. */
export function uniqueScenarioName(model: Model, base: string): string {
  const taken = new Set((model.scenarios ?? []).map((s) => s.name));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} ${i}`)) return `${base} ${i}`;
}

/** Why `name` cannot rename the scenario called `current`, or null. */
export function checkScenarioName(model: Model, current: string, name: string): string | null {
  if (name === '') return 'A scenario needs a name';
  if (name.length > LIMITS.maxNameLength) return `At most ${LIMITS.maxNameLength} characters`;
  if (name !== current && (model.scenarios ?? []).some((s) => s.name === name)) return `There is already a scenario called “${name}”`;
  return null;
}

/** A new scenario with the default load, saved and ready to edit. */
export function newScenario(model: Model): Scenario {
  return { ...defaultScenario(model), name: uniqueScenarioName(model, 'scenario') };
}

export const NODE_FAULTS: readonly FaultKind[] = ['down', 'hung', 'slow', 'erroring'];
export const FAULT_HINTS: Record<FaultKind, string> = {
  down: 'Refuses connections: callers fail at once',
  hung: 'Accepts requests and never answers: only a timeout frees the caller',
  slow: 'Answers, but its own latency is multiplied',
  erroring: 'Fails a share of its requests',
  partition: 'The link drops calls: the callee never sees them',
};

/** Which faults an element can take: a node (not a client) one of four, a link a partition. */
export function faultKindsFor(model: Model, target: string): readonly FaultKind[] {
  const node = model.nodes.find((n) => n.id === target);
  if (node) return node.kind === 'client' ? [] : NODE_FAULTS;
  return model.links.some((l) => l.id === target) ? ['partition'] : [];
}

/** A fault over the middle half of the run, on whole seconds. */
export function newFault(target: string, kind: FaultKind, durationMs: number): FaultSpec {
  const second = (ms: number) => Math.round(ms / 1000) * 1000;
  let fromMs = second(durationMs * 0.25);
  let toMs = second(durationMs * 0.75);
  if (toMs <= fromMs) {
    fromMs = 0;
    toMs = Math.max(1, durationMs);
  }
  return { target, kind, fromMs, toMs };
}

/** A fault of another kind on the same target and window (kind-specific settings dropped). */
export function withFaultKind(fault: FaultSpec, kind: FaultKind): FaultSpec {
  return { target: fault.target, kind, fromMs: fault.fromMs, toMs: fault.toMs };
}

/** Nodes load may enter at: the model's entry points first, then any other client, gateway, service or external system. */
export function loadTargets(model: Model): { entries: ModelNode[]; others: ModelNode[] } {
  const ids = entryPoints(model);
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const entries = ids.map((id) => byId.get(id)).filter((n): n is ModelNode => n !== undefined);
  const isEntry = new Set(ids);
  const others = model.nodes.filter((n) => !isEntry.has(n.id) && n.kind !== 'database' && n.kind !== 'broker');
  return { entries, others };
}

/** A load row on the first entry point that has none yet. */
export function newLoad(model: Model, scenario: Scenario): LoadSpec | undefined {
  const used = new Set(scenario.load.map((l) => l.entry));
  const { entries, others } = loadTargets(model);
  const target = [...entries, ...others].find((n) => !used.has(n.id)) ?? entries[0] ?? others[0];
  return target ? { entry: target.id, ratePerSecond: 50 } : undefined;
}

/** The display name of a node or link id (a link as "from → to"). */
export function nameLookup(model: Model): (id: string) => string {
  const nodes = new Map(model.nodes.map((n) => [n.id, n.name || n.id]));
  const links = new Map(model.links.map((l) => [l.id, `${nodes.get(l.from) ?? l.from} → ${nodes.get(l.to) ?? l.to}`]));
  return (id) => nodes.get(id) ?? links.get(id) ?? id;
}
