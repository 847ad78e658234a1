import { describe, expect, it } from 'vitest';
import { simulate } from '../core/sim/index.ts';
import { ecommerceTemplate } from '../core/templates/index.ts';
import type { Simulator } from '../workers/sim-client.ts';
import { createEditorStore } from './editor-store.ts';
import { exportText } from './export-actions.ts';
import { runSimulation } from './simulation.ts';
import { editNode } from './actions.ts';

const inProcess: Simulator = { run: async (model, scenario) => simulate(model, scenario), dispose: () => {} };

describe('the architecture report from the app', () => {
  it('says no simulation ran until one has, then summarises it; a model change makes it stale again', async () => {
    const store = createEditorStore({ model: ecommerceTemplate.build() });
    expect(exportText(store, 'report').content).toContain('No failure simulation was run');

    const scenario = { name: 'payment hung', durationMs: 10_000, load: [{ entry: 'web-app', ratePerSecond: 20 }], faults: [{ target: 'payment-service', kind: 'hung' as const, fromMs: 2_000, toMs: 8_000 }] };
    await runSimulation(store, inProcess, { scenario });
    const report = String(exportText(store, 'report').content);
    expect(report).toContain('payment hung');
    expect(report).toContain('hung payment-service from 2 s to 8 s');
    expect(report).toMatch(/Entry point web-app: [\d.]+ % of \d+ requests answered/);

    editNode(store, 'payment-service', { replicas: 3 });
    expect(exportText(store, 'report').content).toContain('No failure simulation was run');
  });
});
