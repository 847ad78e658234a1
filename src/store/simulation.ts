/**
 * The simulation slice: what the Simulate panel and the canvas overlay share. A second small vanilla
 * zustand store, one per editor store, kept in a registry keyed by the editor store (so it needs no
 * provider of its own, every test's fresh editor gets a fresh slice, and nothing here is an undo step).
 * Scenarios are not here: they are part of the model (`model.scenarios`) and edited like any model field.
 *
 * A run is stamped with the model version it ran on and keeps the model it ran on. When the model
 * changes in a way the simulator reads (not a move, rename or description), the runs are marked
 * `stale` — kept and shown with "model changed since this run", never silently dropped. Undoing back
 * to the simulated model clears the mark. Opening another document resets the slice.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Link, Model, ModelNode } from '../core/model/index.ts';
import { deepEqual } from '../core/ops/index.ts';
// From their own files, not the core/sim barrel: the engine itself is loaded only by the Simulate panel
// and the workers, never by the first page load.
import { recommendedPolicies } from '../core/sim/recommended-policies.ts';
import { ScenarioError, type ScenarioProblem } from '../core/sim/validate-scenario.ts';
import type { Scenario, SimResult } from '../core/sim/types.ts';
import { isAbortError, type Simulator } from '../workers/sim-client.ts';
import type { EditorStore } from './editor-store.ts';
import { useEditorStore } from './StoreProvider.tsx';

export type SimStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';
export type RunVariant = 'as drawn' | 'with recommended policies';

export interface SimRun {
  variant: RunVariant;
  scenario: Scenario;
  result: SimResult;
  /** The editor's model version when the run started. */
  modelVersion: number;
  /** The model simulated: the drawn one, or its copy with the recommended policies. */
  model: Model;
}

/** Playback speeds offered (simulated ms per real ms). */
export const PLAYBACK_SPEEDS = [1, 10, 30, 60] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

export interface SimulationState {
  status: SimStatus;
  /** 0..1 while running (the mean of both variants in compare mode). */
  progress: number;
  /** Why the last run failed (status 'error'). */
  error: string | null;
  /** The scenario problems a ScenarioError reported. */
  problems: readonly ScenarioProblem[];
  /** One run, or two in compare mode (as drawn first). Kept while a new run is under way. */
  runs: readonly SimRun[];
  /** The drawn model the runs started from. */
  baseModel: Model | null;
  /** The model changed (in a way the simulator reads) since the runs were made. */
  stale: boolean;
  /** Playback position in simulated ms, 0..durationMs. */
  cursorMs: number;
  playing: boolean;
  speed: PlaybackSpeed;
  /** The saved scenario being edited and run; null means the first saved one (or the default draft). */
  selectedScenario: string | null;
  /** The next run compares the model as drawn with the model with the recommended policies. */
  compare: boolean;
  /** Which run the canvas overlay shows (0 as drawn, 1 with recommended policies). */
  overlayRun: number;
  /** The Simulate panel is mounted: the canvas shows the overlay only then. */
  panelOpen: boolean;

  setCursor(ms: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: PlaybackSpeed): void;
  selectScenario(name: string | null): void;
  setCompare(compare: boolean): void;
  setOverlayRun(index: number): void;
  setPanelOpen(open: boolean): void;
  /** Forgets every run (a different document was opened). */
  reset(): void;
}

export type SimulationStore = StoreApi<SimulationState>;

interface Internal {
  controller: AbortController | null;
}

const INITIAL = {
  status: 'idle' as SimStatus,
  progress: 0,
  error: null,
  problems: [],
  runs: [],
  baseModel: null,
  stale: false,
  cursorMs: 0,
  playing: false,
  speed: 10 as PlaybackSpeed,
  compare: false,
  overlayRun: 0,
} satisfies Partial<SimulationState>;

const registry = new WeakMap<EditorStore, { store: SimulationStore; internal: Internal }>();

/** This editor's simulation slice, created on first use. */
export function simulationStoreFor(editor: EditorStore): SimulationStore {
  return entryFor(editor).store;
}

function entryFor(editor: EditorStore): { store: SimulationStore; internal: Internal } {
  const existing = registry.get(editor);
  if (existing) return existing;
  const internal: Internal = { controller: null };
  const store = createStore<SimulationState>()((set, get) => ({
    ...INITIAL,
    selectedScenario: null,
    panelOpen: false,
    setCursor(ms) {
      const duration = get().runs[0]?.result.durationMs ?? 0;
      const next = Math.max(0, Math.min(duration, Number.isFinite(ms) ? ms : 0));
      if (next !== get().cursorMs) set({ cursorMs: next });
    },
    setPlaying(playing) {
      if (playing && get().runs.length === 0) return;
      if (playing !== get().playing) set({ playing });
    },
    setSpeed(speed) {
      set({ speed });
    },
    selectScenario(name) {
      set({ selectedScenario: name });
    },
    setCompare(compare) {
      set({ compare });
    },
    setOverlayRun(index) {
      set({ overlayRun: index });
    },
    setPanelOpen(open) {
      set(open ? { panelOpen: true } : { panelOpen: false, playing: false });
    },
    reset() {
      internal.controller?.abort();
      internal.controller = null;
      set({ ...INITIAL, selectedScenario: null });
    },
  }));

  editor.subscribe((state, prev) => {
    if (state.docId !== prev.docId) {
      store.getState().reset();
      return;
    }
    if (state.model === prev.model) return;
    const { baseModel, stale } = store.getState();
    if (!baseModel) return;
    const next = simChanged(baseModel, state.model);
    if (next !== stale) store.setState({ stale: next });
  });

  const entry = { store, internal };
  registry.set(editor, entry);
  return entry;
}

/** The simulation slice of the editor above (inside a StoreProvider). */
export function useSimulationStore(): SimulationStore {
  return simulationStoreFor(useEditorStore());
}

/** Subscribes to a slice of the simulation state. */
export function useSimulation<T>(selector: (state: SimulationState) => T): T {
  return useStore(useSimulationStore(), selector);
}

export interface RunRequest {
  scenario: Scenario;
  /** Also run the model with the recommended policies, side by side. */
  compare?: boolean;
}

/**
 * Runs `scenario` on the current model (and, in compare mode, on the model with the recommended
 * policies) through `simulator`, off the main thread. A run started while another is going cancels it.
 * Resolves when the runs are in, failed or were cancelled; never rejects.
 */
export async function runSimulation(editor: EditorStore, simulator: Simulator, request: RunRequest): Promise<void> {
  const { store, internal } = entryFor(editor);
  internal.controller?.abort();
  const controller = new AbortController();
  internal.controller = controller;

  const { model, version } = editor.getState();
  const variants: { variant: RunVariant; model: Model }[] = [{ variant: 'as drawn', model }];
  if (request.compare) variants.push({ variant: 'with recommended policies', model: recommendedPolicies(model) });
  const fractions = variants.map(() => 0);
  let lastShown = 0;
  store.setState({ status: 'running', progress: 0, error: null, problems: [], playing: false });

  try {
    const results = await Promise.all(
      variants.map((v, i) =>
        simulator.run(v.model, request.scenario, {
          signal: controller.signal,
          onProgress: (fraction) => {
            fractions[i] = fraction;
            const mean = fractions.reduce((a, b) => a + b, 0) / fractions.length;
            // Progress is for a bar: whole percents are enough, and fewer renders.
            if (controller.signal.aborted || Math.abs(mean - lastShown) < 0.01) return;
            lastShown = mean;
            store.setState({ progress: mean });
          },
        }),
      ),
    );
    if (internal.controller !== controller) return;
    internal.controller = null;
    const runs: SimRun[] = results.map((result, i) => ({
      variant: variants[i]!.variant,
      scenario: request.scenario,
      result,
      modelVersion: version,
      model: variants[i]!.model,
    }));
    const previous = store.getState();
    store.setState({
      status: 'done',
      progress: 1,
      runs,
      baseModel: model,
      stale: simChanged(model, editor.getState().model),
      cursorMs: initialCursor(request.scenario),
      overlayRun: Math.min(previous.overlayRun, runs.length - 1),
    });
  } catch (error) {
    // Superseded by a newer run, or the document changed: whoever replaced it owns the status now.
    if (internal.controller !== controller) return;
    internal.controller = null;
    if (isAbortError(error)) {
      store.setState({ status: 'cancelled', progress: 0 });
      return;
    }
    controller.abort(); // the other variant, in compare mode
    store.setState({
      status: 'error',
      progress: 0,
      error: error instanceof Error ? error.message : String(error),
      problems: error instanceof ScenarioError ? error.problems : [],
    });
  }
}

/** Stops the run under way, if any (the worker is terminated). */
export function cancelSimulation(editor: EditorStore): void {
  const { internal } = entryFor(editor);
  internal.controller?.abort();
}

/** Where playback starts after a run: inside the first fault's window, where there is something to see. */
export function initialCursor(scenario: Scenario): number {
  const first = [...(scenario.faults ?? [])].sort((a, b) => a.fromMs - b.fromMs)[0];
  if (!first) return 0;
  const end = Math.min(first.toMs, scenario.durationMs);
  return Math.max(0, Math.round((first.fromMs + Math.max(first.fromMs, end)) / 2));
}

/** The run the canvas should show, or undefined (no run, stale runs, panel closed). */
export function overlayRunOf(state: SimulationState): SimRun | undefined {
  if (!state.panelOpen || state.stale || state.runs.length === 0) return undefined;
  return state.runs[state.overlayRun] ?? state.runs[0];
}

// Fields the simulator never reads: changing them leaves a run valid.
const NODE_COSMETIC: ReadonlySet<string> = new Set(['name', 'group', 'position', 'description', 'inferred', 'team', 'healthChecks', 'legacy', 'engine', 'platform']);
const LINK_COSMETIC: ReadonlySet<string> = new Set(['description', 'inferred', 'operation', 'protocol', 'idempotent']);

/**
 * Whether `next` differs from `prev` in anything the simulator reads: the nodes and links, minus
 * positions, names and descriptions. Entities are compared by reference first, so a drag costs a scan.
 */
export function simChanged(prev: Model, next: Model): boolean {
  if (prev === next) return false;
  return collectionChanged(prev.nodes, next.nodes, NODE_COSMETIC) || collectionChanged(prev.links, next.links, LINK_COSMETIC);
}

function collectionChanged<T extends ModelNode | Link>(prev: readonly T[], next: readonly T[], cosmetic: ReadonlySet<string>): boolean {
  if (prev === next) return false;
  if (prev.length !== next.length) return true;
  for (let i = 0; i < prev.length; i++) {
    const a = prev[i]!;
    const b = next[i]!;
    if (a === b) continue;
    if (a.id !== b.id || !deepEqual(strip(a, cosmetic), strip(b, cosmetic))) return true;
  }
  return false;
}

function strip(entity: object, cosmetic: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) if (!cosmetic.has(key) && value !== undefined) out[key] = value;
  return out;
}
