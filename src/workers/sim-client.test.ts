import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../core/sim/default-scenario.ts';
import { simulate } from '../core/sim/simulate.ts';
import type { Scenario } from '../core/sim/types.ts';
import { ScenarioError } from '../core/sim/validate-scenario.ts';
import { ecommerceTemplate } from '../core/templates/ecommerce.ts';
import { createSimulator, isAbortError } from './sim-client.ts';
import { handleSimRequest, transferables } from './sim.worker.ts';
import type { SimRequest, SimResponse } from './sim.worker.ts';

const shop = ecommerceTemplate.build();
const scenario: Scenario = {
  ...defaultScenario(shop, { durationMs: 20_000 }),
  faults: [{ target: 'payment-service', kind: 'hung', fromMs: 5_000, toMs: 12_000 }],
};
const expected = simulate(shop, scenario);

const rejectionOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => e,
  );

/** A stand-in for a module Worker: runs the real handler on a later tick, through structured cloning. */
class FakeWorker extends EventTarget {
  static created = 0;
  terminated = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly broken = false) {
    super();
    FakeWorker.created++;
  }
  postMessage(request: SimRequest): void {
    this.timer = setTimeout(() => {
      if (this.broken) return void this.dispatchEvent(new Event('error', { cancelable: true }));
      handleSimRequest(structuredClone(request), (message, transfer) => {
        if (this.terminated) return;
        this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message, { transfer }) }));
      });
    }, 1);
  }
  terminate(): void {
    this.terminated = true;
    clearTimeout(this.timer);
  }
}

describe('the worker handler', () => {
  it('posts progress, then the result with its arrays transferred; the hash matches Node', () => {
    const posted: { message: SimResponse; transfer: Transferable[] }[] = [];
    handleSimRequest({ requestId: 7, model: shop, scenario }, (message, transfer) => posted.push({ message, transfer }));
    const last = posted[posted.length - 1]!;
    expect(posted.slice(0, -1).every((p) => p.message.type === 'progress' && p.message.requestId === 7)).toBe(true);
    expect(last.message.type).toBe('result');
    if (last.message.type !== 'result') return;
    expect(last.message.result.hash).toBe(expected.hash);
    expect(last.transfer.length).toBe(transferables(expected).length);
    expect(last.transfer.length).toBeGreaterThan(20);
  });

  it('posts a scenario error with its problems', () => {
    const posted: SimResponse[] = [];
    handleSimRequest({ requestId: 1, model: shop, scenario: { ...scenario, load: [{ entry: 'ghost', ratePerSecond: 1 }] } }, (m) => posted.push(m));
    expect(posted).toEqual([{ requestId: 1, type: 'error', name: 'ScenarioError', message: expect.stringContaining('ghost'), problems: [{ path: ['load', 0, 'entry'], message: 'no node with id "ghost"' }] }]);
  });
});

describe('createSimulator', () => {
  it('in-process: the same result and hash as simulate(), with progress', async () => {
    const simulator = createSimulator({ createWorker: null });
    const progress: number[] = [];
    const result = await simulator.run(shop, scenario, { onProgress: (f) => progress.push(f) });
    expect(result.hash).toBe(expected.hash);
    expect(result).toEqual(expected);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('in-process: an aborted signal rejects with an AbortError', async () => {
    const simulator = createSimulator({ createWorker: null });
    const controller = new AbortController();
    const pending = rejectionOf(simulator.run(shop, scenario, { signal: controller.signal }));
    controller.abort();
    expect(isAbortError(await pending)).toBe(true);
    expect(isAbortError(await rejectionOf(simulator.run(shop, scenario, { signal: controller.signal })))).toBe(true);
  });

  it('worker: the same hash as in-process, and an idle worker is reused', async () => {
    FakeWorker.created = 0;
    const simulator = createSimulator({ createWorker: () => new FakeWorker() as unknown as Worker });
    const progress: number[] = [];
    const first = await simulator.run(shop, scenario, { onProgress: (f) => progress.push(f) });
    expect(first.hash).toBe(expected.hash);
    expect(first.nodes.busy).toEqual(expected.nodes.busy);
    expect(progress.length).toBeGreaterThan(0);
    await simulator.run(shop, scenario);
    expect(FakeWorker.created).toBe(1);
    // Two at once (compare mode) get two workers.
    const [a, b] = await Promise.all([simulator.run(shop, scenario), simulator.run(shop, { ...scenario, seed: 2 })]);
    expect(a.hash).toBe(expected.hash);
    expect(b.hash).not.toBe(expected.hash);
    expect(FakeWorker.created).toBe(2);
    simulator.dispose();
  });

  it('worker: cancelling terminates the worker and rejects with an AbortError', async () => {
    const workers: FakeWorker[] = [];
    const simulator = createSimulator({ createWorker: () => workers[workers.push(new FakeWorker()) - 1] as unknown as Worker });
    const controller = new AbortController();
    const pending = rejectionOf(simulator.run(shop, scenario, { signal: controller.signal }));
    controller.abort();
    expect(isAbortError(await pending)).toBe(true);
    expect(workers[0]!.terminated).toBe(true);
    // The next run starts a fresh worker and completes.
    expect((await simulator.run(shop, scenario)).hash).toBe(expected.hash);
    expect(workers).toHaveLength(2);
  });

  it('worker: a scenario error comes back as a ScenarioError', async () => {
    const simulator = createSimulator({ createWorker: () => new FakeWorker() as unknown as Worker });
    const error = await rejectionOf(simulator.run(shop, { ...scenario, faults: [{ target: 'nope', kind: 'down', fromMs: 0, toMs: 1 }] }));
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).problems[0]!.path).toEqual(['faults', 0, 'target']);
  });

  it('falls back to in-process when the worker cannot start or load', async () => {
    const throwing = createSimulator({
      createWorker: () => {
        throw new Error('workers are disabled');
      },
    });
    expect((await throwing.run(shop, scenario)).hash).toBe(expected.hash);
    const broken = createSimulator({ createWorker: () => new FakeWorker(true) as unknown as Worker });
    expect((await broken.run(shop, scenario)).hash).toBe(expected.hash);
  });
});
