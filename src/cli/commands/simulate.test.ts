import { describe, expect, it } from 'vitest';
import { serializeModel } from '../../core/io/index.ts';
import type { Scenario } from '../../core/sim/index.ts';
import { ecommerceTemplate } from '../../core/templates/index.ts';
import { fakeIO } from '../__fixtures__/fake-io.ts';
import { main } from '../main.ts';
import { parseDuration, run } from './simulate.ts';

const outage: Scenario = {
  name: 'payment outage',
  durationMs: 8_000,
  seed: 3,
  load: [{ entry: 'web-app', ratePerSecond: 30 }],
  faults: [{ target: 'payment-service', kind: 'down', fromMs: 2_000, toMs: 8_000 }],
};
const shop = serializeModel({ ...ecommerceTemplate.build(), scenarios: [outage] });
const files = {
  '/work/shop.json': shop,
  '/work/shipping-down.yaml': 'name: shipping down\ndurationMs: 5000\nload:\n  - { entry: web-app, ratePerSecond: 20 }\nfaults:\n  - { target: shipping-service, kind: down, fromMs: 1000, toMs: 3000 }\n',
  '/work/bad-scenario.json': '{"name":"x","durationMs":1000,"load":[],"faults":[{"target":"a","kind":"melted","fromMs":0,"toMs":1}]}',
  '/work/ghost.json': '{"name":"ghost","durationMs":1000,"load":[{"entry":"nobody","ratePerSecond":1}]}',
};

describe('faultline simulate', () => {
  it('without a scenario: steady load, a summary, then the blast-radius table', async () => {
    const io = fakeIO(files);
    expect(await run(['shop.json', '--duration', '5s'], io)).toBe(0);
    const text = io.out();
    expect(text).toMatch(/^Scenario "steady load" on "E-commerce": 5 s simulated, seed 1, [\d,]+ requests, [\d,]+ events \(hash [0-9a-f]{8}\)\n/);
    expect(text).toMatch(/\nweb-app +[\d,]+ +100\.0 % +0\.0 % +0 +0 /);
    expect(text).toContain('Degraded nodes (blast radius): none\n');
    expect(text).toContain('Blast radius: each node down for the whole run');
    expect(text).toMatch(/\npayment-service +service +DOWN 0\.0 %/);
    expect(text).toMatch(/\ninventory-service +service +degraded 100\.0 % \(100\.0 % by fallback\)/);
    expect(text).toMatch(/\nshipping-service +service +ok 100\.0 % +—\n/);
    expect(io.err()).toBe('');
  });

  it('runs a scenario saved in the model by name, with the seed and duration overridden', async () => {
    const io = fakeIO(files);
    expect(await run(['shop.json', '--scenario', 'payment outage', '--seed=9', '--duration=6s'], io)).toBe(0);
    const text = io.out();
    expect(text).toMatch(/^Scenario "payment outage" on "E-commerce": 6 s simulated, seed 9,/);
    expect(text).toMatch(/web-app failed by cause: upstream [\d,]+/);
    expect(text).toMatch(/Degraded nodes \(blast radius\): web-app, api-gateway, order-service, payment-service/);
    expect(text).toMatch(/Circuit breakers opened: .*order-service-payment-service ×\d+/);
    expect(text).not.toContain('Blast radius: each node down');
  });

  it('runs a scenario from a YAML file', async () => {
    const io = fakeIO(files);
    expect(await run(['shop.json', '--scenario', 'shipping-down.yaml'], io)).toBe(0);
    expect(io.out()).toMatch(/Degraded nodes \(blast radius\): shipping-service\n/);
    expect(io.out()).toMatch(/Messages: [\d,]+ published, [\d,]+ consumed, [\d,]+ delayed over 1 s/);
  });

  it('--json: the summary, the blast radius by node and a hash that only the seed changes', async () => {
    const io = fakeIO(files);
    expect(await run(['shop.json', '--duration', '3s', '--json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(Object.keys(report)).toEqual(['model', 'scenario', 'hash', 'events', 'requests', 'entries', 'blastRadius', 'retryAmplification', 'breakerOpenings', 'messages', 'warnings', 'killed']);
    expect(report.entries[0]).toMatchObject({ id: 'web-app', availability: 1 });
    expect(report.killed.find((k: { target: string }) => k.target === 'api-gateway').entries[0]).toMatchObject({ entry: 'web-app', status: 'down' });
    const again = fakeIO(files);
    await run(['shop.json', '--duration', '3s', '--json'], again);
    expect(JSON.parse(again.out()).hash).toBe(report.hash);
    const reseeded = fakeIO(files);
    await run(['shop.json', '--duration', '3s', '--json', '--seed', '2'], reseeded);
    expect(JSON.parse(reseeded.out()).hash).not.toBe(report.hash);
  });

  it('exits 2 with the reasons for a scenario that is missing, malformed or points nowhere', async () => {
    const missing = fakeIO(files);
    expect(await run(['shop.json', '--scenario', 'nope'], missing)).toBe(2);
    expect(missing.err()).toBe('faultline simulate: no scenario named "nope" (the model\'s scenarios: "payment outage") and cannot read nope: no such file\n');
    const malformed = fakeIO(files);
    expect(await run(['shop.json', '--scenario', 'bad-scenario.json'], malformed)).toBe(2);
    expect(malformed.err()).toMatch(/bad-scenario\.json is not a valid scenario\n {2}faults\[0\]\.kind {2}/);
    const ghost = fakeIO(files);
    expect(await run(['shop.json', '--scenario', 'ghost.json'], ghost)).toBe(2);
    expect(ghost.err()).toBe('faultline simulate: scenario "ghost" cannot run:\n  load[0].entry  no node with id "nobody"\n');
  });

  it('exits 2 for a bad command line or an invalid model', async () => {
    for (const args of [[], ['shop.json', '--seed', 'x'], ['shop.json', '--duration', '2h'], ['shop.json', '--frobnicate'], ['a.json', 'b.json']]) {
      const io = fakeIO(files);
      expect(await run(args, io)).toBe(2);
      expect(io.err()).toMatch(/^faultline simulate: .+\n\nUsage: faultline simulate/);
    }
    const invalid = fakeIO({ '/work/broken.json': '{"format":"faultline","version":1,"name":"x","nodes":[{"kind":"queue","id":"q","name":"q"}]}' });
    expect(await run(['broken.json'], invalid)).toBe(2);
    expect(invalid.err()).toMatch(/^faultline simulate: broken\.json is not a valid model \(1 error\)\n {2}broken\.json:1:\d+ {2}nodes\[0\]\.kind/);
  });

  it('is registered and documented', async () => {
    const io = fakeIO(files);
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/\n {2}simulate +Simulate load and failures/);
    const help = fakeIO(files);
    expect(await main(['simulate', '--help'], help)).toBe(0);
    expect(help.out()).toMatch(/^Usage: faultline simulate <file>/);
  });

  it('reads durations', () => {
    expect(parseDuration('60s')).toBe(60_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('1.5')).toBe(1_500);
    expect(parseDuration('0s')).toBeUndefined();
    expect(parseDuration('61m')).toBeUndefined();
    expect(parseDuration('soon')).toBeUndefined();
  });
});
