/** Scenarios saved in the model file: the schema, the load pipeline and the canonical key order. */
import { describe, expect, it } from 'vitest';
import { loadModel, serializeModel } from '../io/index.ts';
import { scenarioSchema } from '../model/schema.ts';
import { ecommerceTemplate } from '../templates/ecommerce.ts';
import type { Scenario } from './types.ts';

const scenario: Scenario = {
  name: 'payment outage',
  description: 'Payment hangs for ten seconds at peak.',
  durationMs: 60_000,
  seed: 7,
  load: [{ entry: 'web-app', ratePerSecond: 50, steps: [{ atMs: 20_000, ratePerSecond: 200, rampMs: 5_000 }] }],
  faults: [
    { target: 'payment-service', kind: 'hung', fromMs: 30_000, toMs: 40_000 },
    { target: 'order-service-payment-service', kind: 'partition', fromMs: 45_000, toMs: 46_000 },
  ],
};

describe('scenarios in the model file', () => {
  it('round-trip through serialize and load, after the other collections', () => {
    const model = { ...ecommerceTemplate.build(), scenarios: [scenario] };
    const text = serializeModel(model);
    expect(text.indexOf('"scenarios"')).toBeGreaterThan(text.indexOf('"sagas"'));
    const loaded = loadModel(text);
    expect(loaded.ok && loaded.model.scenarios).toEqual([scenario]);
  });

  it('stay optional', () => {
    const loaded = loadModel(serializeModel(ecommerceTemplate.build()));
    expect(loaded.ok && loaded.model.scenarios).toBeUndefined();
  });

  it('are strict and bounded', () => {
    const bad = (patch: object) => scenarioSchema.safeParse({ ...scenario, ...patch }).success;
    expect(bad({})).toBe(true);
    expect(bad({ durationMs: 0 })).toBe(false);
    expect(bad({ durationMs: 3_600_001 })).toBe(false);
    expect(bad({ duration: 5 })).toBe(false);
    expect(bad({ seed: -1 })).toBe(false);
    expect(bad({ load: [{ entry: 'web-app', ratePerSecond: 1e9 }] })).toBe(false);
    expect(bad({ faults: [{ target: 'x', kind: 'melted', fromMs: 0, toMs: 1 }] })).toBe(false);
    expect(bad({ faults: [{ target: 'x', kind: 'down', fromMs: 5, toMs: 5 }] })).toBe(false);
    expect(bad({ faults: [{ target: 'x', kind: 'slow', fromMs: 0, toMs: 5, factor: 0.5 }] })).toBe(false);
    expect(bad({ faults: [{ target: 'x', kind: 'erroring', fromMs: 0, toMs: 5, errorRate: 2 }] })).toBe(false);
  });

  it('name the JSON path of a mistake when a file loads', () => {
    const model = { ...ecommerceTemplate.build(), scenarios: [{ ...scenario, faults: [{ target: 'x', kind: 'down', fromMs: 9, toMs: 1 }] }] };
    const loaded = loadModel(JSON.stringify(model, null, 2));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors[0]).toMatchObject({ path: 'scenarios[0].faults[0].toMs', message: 'toMs must be after fromMs' });
  });
});
