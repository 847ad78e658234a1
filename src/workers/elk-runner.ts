/**
 * Two ways to run ELK behind one small interface: in a module worker (the normal path) or in-process
 * (tests, and browsers where the worker cannot start). `cancel` stops whatever is running.
 */
import type { ElkGraphNode } from '../core/layout/elk-types.ts';
import { abortError } from './abort-error.ts';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';

export interface ElkRunner {
  run(graph: ElkGraphNode): Promise<ElkGraphNode>;
  /** Rejects pending runs with an AbortError and frees their resources. */
  cancel(): void;
}

/** The worker could not start or load; the caller should switch to the in-process runner. */
export class WorkerUnavailableError extends Error {
  override name = 'WorkerUnavailableError';
}

interface Pending {
  resolve: (graph: ElkGraphNode) => void;
  reject: (error: unknown) => void;
}

/** Runs ELK in a worker; cancelling terminates it (ELK cannot be interrupted) and the next run starts a fresh one. */
export function createWorkerRunner(createWorker: () => Worker): ElkRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: unknown): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };
  const start = (): Worker => {
    const w = createWorker();
    w.addEventListener('message', (event: MessageEvent<LayoutResponse>) => {
      const p = pending.get(event.data.requestId);
      if (!p) return;
      pending.delete(event.data.requestId);
      if ('result' in event.data) p.resolve(event.data.result);
      else p.reject(new Error(`Layout failed: ${event.data.error}`));
    });
    // An error event means the script did not load or crashed: this worker is unusable.
    w.addEventListener('error', (event) => {
      event.preventDefault();
      stop();
      failAll(new WorkerUnavailableError(event.message || 'The layout worker failed to start'));
    });
    return w;
  };

  return {
    run(graph) {
      return new Promise((resolve, reject) => {
        try {
          worker ??= start();
        } catch (error) {
          reject(new WorkerUnavailableError(error instanceof Error ? error.message : String(error)));
          return;
        }
        const requestId = nextId++;
        pending.set(requestId, { resolve, reject });
        const message: LayoutRequest = { requestId, graph };
        worker.postMessage(message);
      });
    },
    cancel() {
      if (pending.size === 0) return;
      stop();
      failAll(abortError());
    },
  };
}

interface ElkInstance {
  layout(graph: ElkGraphNode): Promise<ElkGraphNode>;
}

/** Runs ELK on this thread, loaded on first use; a cancelled run finishes but its result is dropped. */
export function createInProcessRunner(): ElkRunner {
  let elk: Promise<ElkInstance> | null = null;
  let generation = 0;
  return {
    async run(graph) {
      const mine = ++generation;
      elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
      const instance = await elk;
      if (mine !== generation) throw abortError();
      const result = await instance.layout(graph);
      if (mine !== generation) throw abortError();
      return result;
    },
    cancel() {
      generation++;
    },
  };
}

/** Uses `primary` until it reports WorkerUnavailableError, then `secondary` for good. */
export function withFallback(primary: ElkRunner, secondary: ElkRunner): ElkRunner {
  let current = primary;
  return {
    async run(graph) {
      try {
        return await current.run(graph);
      } catch (error) {
        if (!(error instanceof WorkerUnavailableError)) throw error;
        current = secondary;
        return current.run(graph);
      }
    },
    cancel() {
      current.cancel();
    },
  };
}
