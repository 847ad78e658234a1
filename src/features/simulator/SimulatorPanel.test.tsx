// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Model } from '../../core/model/index.ts';
import { updateNode } from '../../core/ops/index.ts';
import { simulate, type Scenario } from '../../core/sim/index.ts';
import { ecommerceTemplate } from '../../core/templates/index.ts';
import { createEditorStore, type EditorStore } from '../../store/editor-store.ts';
import { simulationStoreFor } from '../../store/simulation.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import type { RunOptions, Simulator } from '../../workers/sim-client.ts';
import { SimulatorPanel } from './SimulatorPanel.tsx';
import { SimulatorToggle } from './SimulatorToggle.tsx';

// uPlot draws on a canvas jsdom does not have: a stand-in records what each chart was asked to plot.
const plots = vi.hoisted(() => [] as { title: string; series: string[]; data: unknown[] }[]);
vi.mock('uplot', () => ({
  default: class FakePlot {
    over: HTMLDivElement;
    width: number;
    constructor(opts: { width: number; series: { label?: string }[] }, data: unknown[], el: HTMLElement) {
      this.over = document.createElement('div');
      this.width = opts.width;
      el.appendChild(this.over);
      plots.push({ title: el.closest('figure')?.querySelector('.sp-chart__title')?.textContent ?? '', series: opts.series.slice(1).map((s) => s.label ?? ''), data });
    }
    valToPos(v: number) { return v; }
    posToVal(x: number) { return x; }
    setSize() {}
    destroy() { this.over.remove(); }
  },
}));

afterEach(() => {
  cleanup();
  plots.length = 0;
});

/** The real simulate(), in-process, behind the Simulator interface. */
function fakeSimulator(): Simulator {
  return {
    async run(model: Model, scenario: Scenario, opts: RunOptions = {}) {
      await Promise.resolve();
      opts.onProgress?.(0.5);
      return simulate(model, scenario);
    },
    dispose() {},
  };
}

/** The shop with a 20 s default run, so tests stay quick. */
function shop(scenarios?: Scenario[]): Model {
  return { ...ecommerceTemplate.build(), ...(scenarios ? { scenarios } : {}) };
}

const outage: Scenario = {
  name: 'payment hangs',
  durationMs: 20_000,
  seed: 1,
  load: [{ entry: 'web-app', ratePerSecond: 40 }],
  faults: [{ target: 'payment-service', kind: 'hung', fromMs: 5_000, toMs: 15_000 }],
};

function setup(model: Model = shop(), simulator: Simulator | null = fakeSimulator()) {
  const store = createEditorStore({ model });
  const services = { layout: { layout: async () => ({ positions: {}, groups: {} }) }, documents: null, ...(simulator ? { simulator } : {}) };
  render(
    <StoreProvider store={store} services={services}>
      <SimulatorToggle active onClick={() => {}} />
      <SimulatorPanel />
    </StoreProvider>,
  );
  return { store, sim: simulationStoreFor(store) };
}

const select = (store: EditorStore, ids: { nodes?: string[]; links?: string[] }) =>
  act(() => store.getState().setSelection({ nodes: new Set(ids.nodes ?? []), links: new Set(ids.links ?? []) }));

async function run(compare = false) {
  if (compare) fireEvent.click(screen.getByTestId('sim-compare'));
  fireEvent.click(screen.getByTestId('sim-run'));
  await waitFor(() => expect(screen.getByTestId('sim-summary')).toBeTruthy());
}

describe('SimulatorPanel: scenario editing', () => {
  it('shows the default scenario as an unsaved draft; the first edit saves it as one undo step', () => {
    const { store } = setup();
    expect(screen.getByTestId<HTMLSelectElement>('scenario-select').value).toBe('');
    expect(screen.getByTestId('scenario-select').textContent).toContain('steady load (default)');
    expect(store.getState().model.scenarios).toBeUndefined();
    expect(screen.getByTestId('add-fault-hint')).toBeTruthy();

    select(store, { nodes: ['payment-service'] });
    fireEvent.click(screen.getByTestId('add-fault-hung'));
    const saved = store.getState().model.scenarios;
    expect(saved).toHaveLength(1);
    expect(saved![0]!.name).toBe('steady load');
    expect(saved![0]!.faults).toEqual([{ target: 'payment-service', kind: 'hung', fromMs: 15_000, toMs: 45_000 }]);
    expect(store.getState().history.undo.at(-1)?.label).toBe('Add hung fault');
    expect(screen.getByTestId('fault-row-0').dataset.kind).toBe('hung');
    expect(screen.getByTestId('fault-bar-0').textContent).toContain('payment-service');

    act(() => store.getState().undo());
    expect(store.getState().model.scenarios).toBeUndefined();
    expect(screen.queryByTestId('fault-row-0')).toBeNull();
    act(() => store.getState().redo());
    expect(screen.getByTestId('fault-row-0')).toBeTruthy();
  });

  it('offers partition for a selected link and no fault for a client', () => {
    const { store } = setup();
    select(store, { links: ['order-service-payment-service'] });
    expect(screen.getByTestId('add-fault-partition')).toBeTruthy();
    expect(screen.queryByTestId('add-fault-down')).toBeNull();
    select(store, { nodes: ['web-app'] });
    expect(screen.getByTestId('add-fault-hint')).toBeTruthy();
  });

  it('edits fields as undo steps: duration, the fault window, its kind; validation shows as you type', () => {
    const { store } = setup(shop([outage]));
    const duration = screen.getByTestId<HTMLInputElement>('scenario-duration');
    fireEvent.change(duration, { target: { value: '30' } });
    fireEvent.blur(duration);
    expect(store.getState().model.scenarios![0]!.durationMs).toBe(30_000);

    const to = screen.getByTestId<HTMLInputElement>('fault-to-0');
    fireEvent.change(to, { target: { value: '2' } });
    expect(within(screen.getByTestId('fault-row-0')).getByText('Must end after it starts')).toBeTruthy();
    fireEvent.blur(to);
    expect(store.getState().model.scenarios![0]!.faults![0]!.toMs).toBe(15_000); // nothing committed
    fireEvent.change(to, { target: { value: '18' } });
    fireEvent.blur(to);
    expect(store.getState().model.scenarios![0]!.faults![0]!.toMs).toBe(18_000);

    fireEvent.change(screen.getByTestId('fault-kind-0'), { target: { value: 'slow' } });
    expect(store.getState().model.scenarios![0]!.faults![0]).toEqual({ target: 'payment-service', kind: 'slow', fromMs: 5_000, toMs: 18_000 });
    expect(screen.getByTestId('fault-factor-0')).toBeTruthy();

    act(() => store.getState().undo());
    expect(store.getState().model.scenarios![0]!.faults![0]!.kind).toBe('hung');
  });

  it('shows validateScenario problems on their rows (a fault on a deleted node) and will not run', () => {
    const broken: Scenario = { ...outage, faults: [{ target: 'gone', kind: 'down', fromMs: 0, toMs: 1000 }] };
    setup(shop([broken]));
    expect(screen.getByTestId('fault-problems-0').textContent).toContain('no node with id "gone"');
    expect(screen.getByTestId<HTMLButtonElement>('sim-run').disabled).toBe(true);
  });

  it('new, rename and delete scenarios in the model', () => {
    const { store, sim } = setup(shop([outage]));
    fireEvent.click(screen.getByTestId('scenario-new'));
    expect(store.getState().model.scenarios!.map((s) => s.name)).toEqual(['payment hangs', 'scenario']);
    expect(sim.getState().selectedScenario).toBe('scenario');

    fireEvent.click(screen.getByTestId('scenario-rename'));
    const name = screen.getByTestId<HTMLInputElement>('scenario-name');
    fireEvent.change(name, { target: { value: 'payment hangs' } });
    expect(screen.getByText('There is already a scenario called “payment hangs”')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'black friday' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(store.getState().model.scenarios!.map((s) => s.name)).toEqual(['payment hangs', 'black friday']);
    expect(screen.getByTestId<HTMLSelectElement>('scenario-select').value).toBe('black friday');

    fireEvent.click(screen.getByTestId('scenario-delete'));
    expect(store.getState().model.scenarios!.map((s) => s.name)).toEqual(['payment hangs']);
    expect(screen.getByTestId<HTMLSelectElement>('scenario-select').value).toBe('payment hangs');
  });
});

describe('SimulatorPanel: running', () => {
  it('runs in the simulator and shows availability, the blast radius and charts', async () => {
    setup(shop([outage]));
    expect(screen.getByTestId('sim-results').textContent).toContain('Break something and watch');
    await run();
    const cells = screen.getAllByTestId('availability');
    expect(cells).toHaveLength(1);
    expect(cells[0]!.dataset.entry).toBe('web-app');
    expect(Number(cells[0]!.dataset.value)).toBeLessThan(0.9);
    expect(cells[0]!.textContent).toMatch(/%/);
    const blast = screen.getByTestId('blast-radius');
    expect(blast.querySelector('[data-node="api-gateway"]')).toBeTruthy();
    expect(Number(blast.querySelector<HTMLElement>('[data-node="api-gateway"]')!.dataset.answered)).toBeLessThan(0.9);
    // The cursor starts inside the fault window.
    expect(screen.getByTestId('sim-time').textContent).toContain('10 s');
    await waitFor(() => expect(plots.map((p) => p.title)).toEqual(expect.arrayContaining(['Success ratio', 'p99 latency', 'Failed requests'])));
    expect(plots.find((p) => p.title === 'Success ratio')!.series).toEqual(['web-app']);
  });

  it('charts the node selected on the canvas', async () => {
    const { store } = setup(shop([outage]));
    await run();
    expect(screen.getByText('Select one node on the canvas to chart it here.')).toBeTruthy();
    select(store, { nodes: ['order-service'] });
    expect(screen.getByText('selected node')).toBeTruthy();
    await waitFor(() => expect(plots.some((p) => p.title === 'Answered')).toBe(true));
  });

  it('compare mode shows two columns, the recommended policies doing better, and applies them as one undo step', async () => {
    const { store } = setup(shop([outage]));
    await run(true);
    const cells = screen.getAllByTestId('availability');
    expect(cells.map((c) => c.dataset.variant)).toEqual(['as drawn', 'with recommended policies']);
    expect(Number(cells[1]!.dataset.value)).toBeGreaterThan(Number(cells[0]!.dataset.value));
    const headers = [...screen.getByTestId('sim-summary').querySelectorAll('thead th.sp-summary__variant')].map((th) => th.textContent);
    expect(headers).toEqual(['As drawn', 'With recommended policies']);
    await waitFor(() => expect(plots.find((p) => p.title === 'Success ratio')?.series).toEqual(['web-app · as drawn', 'web-app · with policies']));

    const undoDepth = store.getState().history.undo.length;
    fireEvent.click(screen.getByTestId('apply-policies'));
    expect(store.getState().history.undo.length).toBe(undoDepth + 1);
    const link = store.getState().model.links.find((l) => l.id === 'order-service-payment-service');
    expect(link?.kind === 'sync' && link.fallback).toBeTruthy();
    // The runs were made on the old model: marked stale, still shown.
    expect(screen.getByTestId('sim-stale').textContent).toContain('Model changed since this run');
    expect(screen.getAllByTestId('availability')).toHaveLength(2);
  });

  it('marks the results stale after a model edit and re-runs from the banner', async () => {
    const { store, sim } = setup(shop([outage]));
    await run();
    expect(screen.queryByTestId('sim-stale')).toBeNull();
    act(() => store.getState().commit(updateNode(store.getState().model, 'order-service', { capacity: 2 }), 'Edit node'));
    expect(screen.getByTestId('sim-stale').textContent).toBe('Model changed since this run — re-run to see its effect.Re-run');
    expect(screen.getByTestId('toggle-simulator').querySelector('.sp-toggle__dot')).toBeTruthy();
    fireEvent.click(screen.getByTestId('sim-rerun'));
    await waitFor(() => expect(screen.queryByTestId('sim-stale')).toBeNull());
    expect(sim.getState().runs[0]!.modelVersion).toBe(store.getState().version);
  });

  it('scrubbing moves the cursor; play needs a run', async () => {
    const { sim } = setup(shop([outage]));
    expect(screen.getByTestId<HTMLButtonElement>('sim-play').disabled).toBe(true);
    await run();
    fireEvent.change(screen.getByTestId('sim-scrub'), { target: { value: '3000' } });
    expect(sim.getState().cursorMs).toBe(3000);
    expect(screen.getByTestId('sim-time').textContent).toContain('3 s');
  });

  it('says so when there is no simulator', () => {
    setup(shop([outage]), null);
    expect(screen.getByText('The simulator is not available in this window.')).toBeTruthy();
    expect(screen.getByTestId<HTMLButtonElement>('sim-run').disabled).toBe(true);
  });
});
