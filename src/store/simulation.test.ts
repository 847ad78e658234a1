import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../core/templates/index.ts';
import { moveElements, updateLink, updateNode } from '../core/ops/index.ts';
import { simulate, type Scenario } from '../core/sim/index.ts';
import type { Simulator, RunOptions } from '../workers/sim-client.ts';
import { abortError } from '../workers/abort-error.ts';
import { createEditorStore } from './editor-store.ts';
import { cancelSimulation, initialCursor, overlayRunOf, runSimulation, simChanged, simulationStoreFor } from './simulation.ts';

/** Runs simulate() in-process, reporting progress like the worker does. */
function fakeSimulator(): Simulator & { calls: number } {
  const fake = {
    calls: 0,
    async run(model: Parameters<Simulator['run']>[0], scenario: Scenario, opts: RunOptions = {}) {
      fake.calls++;
      await Promise.resolve();
      if (opts.signal?.aborted) throw abortError();
      opts.onProgress?.(0.5);
      return simulate(model, scenario);
    },
    dispose() {},
  };
  return fake;
}

const outage: Scenario = {
  name: 'payment hangs',
  durationMs: 10_000,
  seed: 7,
  load: [{ entry: 'web-app', ratePerSecond: 40 }],
  faults: [{ target: 'payment-service', kind: 'hung', fromMs: 2_000, toMs: 8_000 }],
};

function setup() {
  const editor = createEditorStore({ model: ecommerceTemplate.build() });
  return { editor, sim: simulationStoreFor(editor) };
}

describe('the simulation slice', () => {
  it('is one store per editor, created on first use', () => {
    const a = createEditorStore();
    const b = createEditorStore();
    expect(simulationStoreFor(a)).toBe(simulationStoreFor(a));
    expect(simulationStoreFor(a)).not.toBe(simulationStoreFor(b));
    expect(simulationStoreFor(a).getState().status).toBe('idle');
  });

  it('runs a scenario: status, progress, a run stamped with the model version, the cursor inside the fault', async () => {
    const { editor, sim } = setup();
    const statuses: string[] = [];
    const progress: number[] = [];
    sim.subscribe((s) => {
      statuses.push(s.status);
      progress.push(s.progress);
    });
    const done = runSimulation(editor, fakeSimulator(), { scenario: outage });
    expect(sim.getState().status).toBe('running');
    await done;
    const state = sim.getState();
    expect(state.status).toBe('done');
    expect(progress).toContain(0.5);
    expect(state.runs).toHaveLength(1);
    const run = state.runs[0]!;
    expect(run.variant).toBe('as drawn');
    expect(run.modelVersion).toBe(editor.getState().version);
    expect(run.model).toBe(editor.getState().model);
    expect(run.result.summary.entries[0]!.availability).toBeLessThan(0.9);
    expect(state.cursorMs).toBe(5_000);
    expect(state.stale).toBe(false);
  });

  it('compare mode runs the model as drawn and with the recommended policies', async () => {
    const { editor, sim } = setup();
    const fake = fakeSimulator();
    await runSimulation(editor, fake, { scenario: outage, compare: true });
    const runs = sim.getState().runs;
    expect(fake.calls).toBe(2);
    expect(runs.map((r) => r.variant)).toEqual(['as drawn', 'with recommended policies']);
    const link = runs[1]!.model.links.find((l) => l.id === 'order-service-payment-service');
    expect(link?.kind === 'sync' && link.fallback).toBeTruthy();
    expect(runs[1]!.result.summary.entries[0]!.availability).toBeGreaterThan(runs[0]!.result.summary.entries[0]!.availability);
  });

  it('marks runs stale when the model changes in a way the simulator reads, not on a move; undo clears it', async () => {
    const { editor, sim } = setup();
    await runSimulation(editor, fakeSimulator(), { scenario: outage });
    const state = () => editor.getState();

    state().commit(moveElements(state().model, { 'order-service': { x: 10, y: 10 } }), 'Move');
    expect(sim.getState().stale).toBe(false);

    state().commit(updateNode(state().model, 'order-service', { capacity: 5 }), 'Edit node');
    expect(sim.getState().stale).toBe(true);
    // Kept, not dropped: the panel shows them with "model changed since this run".
    expect(sim.getState().runs).toHaveLength(1);

    state().undo();
    expect(sim.getState().stale).toBe(false);

    state().commit(updateLink(state().model, 'order-service-payment-service', { timeoutMs: 100 }), 'Edit link');
    expect(sim.getState().stale).toBe(true);
  });

  it('the canvas overlay shows a run only while the panel is open and the run is fresh', async () => {
    const { editor, sim } = setup();
    await runSimulation(editor, fakeSimulator(), { scenario: outage });
    expect(overlayRunOf(sim.getState())).toBeUndefined();
    sim.getState().setPanelOpen(true);
    expect(overlayRunOf(sim.getState())).toBe(sim.getState().runs[0]);
    editor.getState().commit(updateNode(editor.getState().model, 'order-service', { replicas: 9 }), 'Edit');
    expect(overlayRunOf(sim.getState())).toBeUndefined();
  });

  it('cancel stops the run under way; a newer run supersedes an older one', async () => {
    const { editor, sim } = setup();
    const hanging: Simulator = {
      run: (_m, _s, opts) => new Promise((_, reject) => opts?.signal?.addEventListener('abort', () => reject(abortError()))),
      dispose() {},
    };
    const first = runSimulation(editor, hanging, { scenario: outage });
    cancelSimulation(editor);
    await first;
    expect(sim.getState().status).toBe('cancelled');

    const older = runSimulation(editor, hanging, { scenario: outage });
    const newer = runSimulation(editor, fakeSimulator(), { scenario: outage });
    await Promise.all([older, newer]);
    expect(sim.getState().status).toBe('done');
  });

  it('reports a scenario that cannot run with its problems', async () => {
    const { editor, sim } = setup();
    const bad: Scenario = { ...outage, faults: [{ target: 'nowhere', kind: 'down', fromMs: 0, toMs: 1000 }] };
    await runSimulation(editor, fakeSimulator(), { scenario: bad });
    expect(sim.getState().status).toBe('error');
    expect(sim.getState().problems[0]?.path).toEqual(['faults', 0, 'target']);
  });

  it('playback: the cursor stays inside the run; playing needs a run', async () => {
    const { editor, sim } = setup();
    sim.getState().setPlaying(true);
    expect(sim.getState().playing).toBe(false);
    await runSimulation(editor, fakeSimulator(), { scenario: outage });
    sim.getState().setCursor(99_999);
    expect(sim.getState().cursorMs).toBe(10_000);
    sim.getState().setCursor(-5);
    expect(sim.getState().cursorMs).toBe(0);
    sim.getState().setPlaying(true);
    sim.getState().setPanelOpen(false);
    expect(sim.getState().playing).toBe(false);
  });

  it('opening another document forgets the runs', async () => {
    const { editor, sim } = setup();
    await runSimulation(editor, fakeSimulator(), { scenario: outage });
    sim.getState().selectScenario('payment hangs');
    editor.getState().loadDocument('other', ecommerceTemplate.build());
    expect(sim.getState().runs).toEqual([]);
    expect(sim.getState().status).toBe('idle');
    expect(sim.getState().selectedScenario).toBeNull();
  });
});

describe('simChanged', () => {
  const model = ecommerceTemplate.build();
  it('ignores positions, names and descriptions', () => {
    const renamed = { ...model, nodes: model.nodes.map((n) => ({ ...n, name: `${n.name}!`, position: { x: 1, y: 2 }, description: 'x' })) };
    expect(simChanged(model, renamed)).toBe(false);
  });
  it('sees capacity, policies, added or removed elements', () => {
    expect(simChanged(model, updateNode(model, 'order-service', { capacity: 3 }).model)).toBe(true);
    expect(simChanged(model, { ...model, links: model.links.slice(1) })).toBe(true);
  });
});

describe('initialCursor', () => {
  it('is the middle of the first fault, or 0', () => {
    expect(initialCursor(outage)).toBe(5_000);
    expect(initialCursor({ ...outage, faults: [] })).toBe(0);
  });
});
