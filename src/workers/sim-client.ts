/**
 * The app's simulator: simulate() in a module worker, one worker per concurrent run (compare mode runs
 * two variants side by side), idle workers kept for the next run. Aborting a run terminates its worker —
 * simulate() is synchronous and cannot be interrupted otherwise. Where no worker can start, runs happen
 * in-process: same code, same result and hash, but the page waits.
 */
import type { Model } from '../core/model/types.ts';
import type { Scenario, SimResult } from '../core/sim/types.ts';
import { ScenarioError } from '../core/sim/validate-scenario.ts';
import { abortError } from './abort-error.ts';
import type { SimRequest, SimResponse } from './sim.worker.ts';

export { isAbortError } from './abort-error.ts';

export interface RunOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  bucketMs?: number;
}

export interface Simulator {
  /** Simulates `scenario` on `model`; rejects with an AbortError when `signal` aborts, a ScenarioError when it cannot run. */
  run(model: Model, scenario: Scenario, opts?: RunOptions): Promise<SimResult>;
  /** Stops every run and worker. */
  dispose(): void;
}

export interface SimulatorOptions {
  /** How to start a worker; `null` forces the in-process path. Defaults to the bundled module worker when `Worker` exists. */
  createWorker?: (() => Worker) | null;
  /** Idle workers kept for later runs. */
  maxIdle?: number;
}

function defaultWorkerFactory(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  // Written out in full so Vite sees it and bundles the worker.
  return () => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
}

/** Creates the app's simulator (workers when available, in-process otherwise). */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  let createWorker = options.createWorker === undefined ? defaultWorkerFactory() : options.createWorker;
  const maxIdle = options.maxIdle ?? 2;
  const idle: Worker[] = [];
  const active = new Set<() => void>();
  let nextId = 1;

  const runInWorker = (model: Model, scenario: Scenario, opts: RunOptions): Promise<SimResult> =>
    new Promise<SimResult>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = idle.pop() ?? createWorker!();
      } catch {
        createWorker = null;
        runInProcess(model, scenario, opts).then(resolve, reject);
        return;
      }
      const requestId = nextId++;
      const settle = (keepWorker: boolean): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        opts.signal?.removeEventListener('abort', onAbort);
        active.delete(stop);
        if (keepWorker && idle.length < maxIdle) idle.push(worker);
        else worker.terminate();
      };
      const onMessage = (event: MessageEvent<SimResponse>): void => {
        const data = event.data;
        if (data.requestId !== requestId) return;
        if (data.type === 'progress') opts.onProgress?.(data.fraction);
        else if (data.type === 'result') {
          settle(true);
          resolve(data.result);
        } else {
          settle(true);
          reject(data.name === 'ScenarioError' && data.problems ? new ScenarioError(scenario.name, data.problems) : Object.assign(new Error(data.message), { name: data.name }));
        }
      };
      // The script failed to load or crashed: give up on workers and answer in-process.
      const onError = (event: ErrorEvent): void => {
        event.preventDefault();
        settle(false);
        createWorker = null;
        runInProcess(model, scenario, opts).then(resolve, reject);
      };
      const stop = (): void => {
        settle(false);
        reject(abortError('The simulation was cancelled'));
      };
      const onAbort = (): void => stop();
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      active.add(stop);
      const request: SimRequest = { requestId, model, scenario, ...(opts.bucketMs === undefined ? {} : { bucketMs: opts.bucketMs }) };
      worker.postMessage(request);
    });

  return {
    run(model, scenario, opts = {}) {
      if (opts.signal?.aborted) return Promise.reject(abortError('The simulation was cancelled'));
      return createWorker ? runInWorker(model, scenario, opts) : runInProcess(model, scenario, opts);
    },
    dispose() {
      for (const stop of [...active]) stop();
      for (const worker of idle.splice(0)) worker.terminate();
    },
  };
}

/**
 * The fallback: the same simulate() on this thread, after yielding once so the caller can show
 * "running". The engine is loaded only here (the worker bundles its own copy), so the page does not
 * download it up front.
 */
async function runInProcess(model: Model, scenario: Scenario, opts: RunOptions): Promise<SimResult> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { simulate } = await import('../core/sim/simulate.ts');
  const signal = opts.signal;
  if (signal?.aborted) throw abortError('The simulation was cancelled');
  return simulate(model, scenario, {
    ...(opts.bucketMs === undefined ? {} : { bucketMs: opts.bucketMs }),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(signal ? { shouldCancel: () => signal.aborted } : {}),
  });
}
