import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../../core/templates/index.ts';
import { simulate, type Scenario, type SimResult } from '../../core/sim/index.ts';
import type { Model } from '../../core/model/index.ts';
import { activeFaults, bucketAt, classifyHealth, simOverlay, trafficLevel } from './sim-overlay.ts';
import { createFlowMapper } from './to-flow.ts';

const none = { nodes: new Set<string>(), links: new Set<string>() };

describe('classifyHealth', () => {
  it('idle with no traffic; failing when work arrived and nothing answered', () => {
    expect(classifyHealth(0, 0, 0, 0)).toBe('idle');
    expect(classifyHealth(12, 0, 0, 0)).toBe('failing');
    // Exhausted: no arrivals get through, every slot waits on a hung call.
    expect(classifyHealth(0, 0, 0, 0, 100)).toBe('failing');
  });
  it('ok, degraded from 1 % failed or answered by a fallback, failing from 25 % failed', () => {
    expect(classifyHealth(100, 100, 0, 0)).toBe('ok');
    expect(classifyHealth(100, 100, 0.5, 0)).toBe('ok');
    expect(classifyHealth(100, 99, 0, 1)).toBe('degraded');
    expect(classifyHealth(100, 100, 5, 0)).toBe('degraded');
    expect(classifyHealth(100, 76, 0, 24)).toBe('degraded');
    expect(classifyHealth(100, 75, 0, 25)).toBe('failing');
    expect(classifyHealth(100, 0, 0, 100)).toBe('failing');
  });
});

describe('traffic, buckets and faults at the cursor', () => {
  it('traffic levels are 0 for none, 1..5 otherwise, the busiest link 5', () => {
    expect(trafficLevel(0, 100)).toBe(0);
    expect(trafficLevel(1, 100)).toBe(1);
    expect(trafficLevel(100, 100)).toBe(5);
    expect(trafficLevel(50, 100)).toBe(4);
  });
  it('clamps the bucket and finds the faults whose window holds the cursor', () => {
    const result = { bucketMs: 1000, bucketCount: 10 } as SimResult;
    expect(bucketAt(result, 2_500)).toBe(2);
    expect(bucketAt(result, 10_000)).toBe(9);
    expect(bucketAt(result, -1)).toBe(0);
    const scenario: Scenario = { name: 's', durationMs: 10_000, load: [], faults: [{ target: 'a', kind: 'hung', fromMs: 1000, toMs: 3000 }] };
    expect(activeFaults(scenario, 999).size).toBe(0);
    expect(activeFaults(scenario, 1000).get('a')).toBe('hung');
    expect(activeFaults(scenario, 3000).size).toBe(0);
  });
});

/** The shop with no sync policies, payment hung from 3 s: order and the gateway exhaust. */
function hungRun(): { model: Model; scenario: Scenario; result: SimResult } {
  const shop = ecommerceTemplate.build();
  const model: Model = { ...shop, links: shop.links.map((l) => (l.kind === 'sync' ? { kind: 'sync', id: l.id, from: l.from, to: l.to } : l)) };
  const scenario: Scenario = {
    name: 'payment hangs',
    durationMs: 12_000,
    seed: 3,
    load: [{ entry: 'web-app', ratePerSecond: 60 }],
    faults: [{ target: 'payment-service', kind: 'hung', fromMs: 3_000, toMs: 12_000 }],
  };
  return { model, scenario, result: simulate(model, scenario) };
}

describe('simOverlay', () => {
  const run = hungRun();

  it('before the fault everything on the request path is ok; during it payment is hung and failing, the gateway failing', () => {
    const before = simOverlay({ ...run, cursorMs: 1_500 });
    expect(before.get('api-gateway')?.health).toBe('ok');
    expect(before.get('payment-service')?.health).toBe('ok');
    expect(before.get('payment-service')?.fault).toBeUndefined();
    expect(before.get('order-service-payment-service')?.traffic).toBeGreaterThan(0);

    const during = simOverlay({ ...run, cursorMs: 10_500 });
    expect(during.get('payment-service')).toMatchObject({ health: 'failing', fault: 'hung' });
    expect(during.get('api-gateway')?.health).toBe('failing');
    expect(during.get('order-service')?.health).toBe('failing');
    // Exhausted: requests pile up in the gateway's queue.
    expect(during.get('api-gateway')!.queue).toBeGreaterThan(0);
    // Nodes off the request path have nothing to do once orders stop.
    expect(['idle', 'ok']).toContain(during.get('shipping-service')?.health);
  });

  it('shows breaker state on links with a breaker, from its transitions', () => {
    const shop = ecommerceTemplate.build(); // catalogue policies: timeouts and breakers
    const scenario: Scenario = { ...run.scenario, durationMs: 20_000, faults: [{ target: 'payment-service', kind: 'down', fromMs: 2_000, toMs: 20_000 }] };
    const result = simulate(shop, scenario);
    const opened = result.breakerTransitions.find((t) => t.to === 'open');
    expect(opened).toBeDefined();
    const at = (ms: number) => simOverlay({ result, scenario, model: shop, cursorMs: ms }).get(opened!.link)?.breaker;
    expect(at(opened!.atMs - 1)).toBe('closed');
    expect(at(opened!.atMs)).toBe('open');
    // Links without a breaker get no badge.
    expect(simOverlay({ result, scenario, model: shop, cursorMs: 0 }).get('web-app-api-gateway')?.breaker).toBeUndefined();
  });

  it('keeps the mark object of every element whose state did not change', () => {
    const first = simOverlay({ ...run, cursorMs: 10_100 });
    const second = simOverlay({ ...run, cursorMs: 10_900 }, first);
    const changed = [...second].filter(([id, mark]) => first.get(id) !== mark).map(([id]) => id);
    // Same bucket: nothing changed at all.
    expect(changed).toEqual([]);
    const later = simOverlay({ ...run, cursorMs: 1_000 }, second);
    expect(later.get('payment-service')).not.toBe(second.get('payment-service'));
  });
});

describe('toFlow with the simulation overlay', () => {
  const run = hungRun();

  it('folds the overlay into the marks, and moving the cursor re-creates only the elements whose state changed', () => {
    const map = createFlowMapper();
    const a = simOverlay({ ...run, cursorMs: 1_200 });
    const first = map(run.model, none, undefined, a);
    const gateway = first.nodes.find((n) => n.id === 'api-gateway')!;
    expect(gateway.type !== 'context' && gateway.data.mark?.sim?.health).toBe('ok');

    // Another bucket before the fault: states are the same, so every object is kept (counts may differ, looks do not).
    const b = simOverlay({ ...run, cursorMs: 2_200 }, a);
    const same = map(run.model, none, undefined, b);
    const changedNodes = same.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    const changedEdges = same.edges.filter((e, i) => e !== first.edges[i]).map((e) => e.id);
    const markChanged = (id: string) => a.get(id) !== b.get(id);
    expect(changedNodes.every(markChanged)).toBe(true);
    expect(changedEdges.every(markChanged)).toBe(true);
    expect(changedNodes).not.toContain('api-gateway');

    // Into the fault: payment, order and the gateway change; the databases off the path keep their objects.
    const c = simOverlay({ ...run, cursorMs: 10_500 }, b);
    const during = map(run.model, none, undefined, c);
    const changed = during.nodes.filter((n, i) => n !== same.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(expect.arrayContaining(['payment-service', 'order-service', 'api-gateway']));
    for (const n of during.nodes) if (!changed.includes(n.id)) expect(c.get(n.id)).toBe(b.get(n.id));
    const edge = during.edges.find((e) => e.id === 'order-service-payment-service')!;
    expect(edge.className).toContain('sim-');

    // Without an overlay the marks go away again.
    const off = map(run.model, none);
    expect(off.nodes.find((n) => n.id === 'payment-service')!.data).not.toHaveProperty('mark');
  });
});
