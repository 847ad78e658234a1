/**
 * The LayoutEngine the app uses: ELK in a module worker, one layout at a time. A newer request cancels
 * the older (its promise rejects with an AbortError the caller ignores); a graph too big for ELK, or a
 * layout past the deadline, gets the fast grid layout instead of a frozen or endless wait.
 */
import { fromElkGraph } from '../core/layout/from-elk-graph.ts';
import { gridLayout } from '../core/layout/grid-layout.ts';
import { ELK_DEADLINE_MS, MAX_ELK_NODES } from '../core/layout/limits.ts';
import { toElkGraph } from '../core/layout/to-elk-graph.ts';
import type { LayoutEngine } from '../core/layout/engine.ts';
import type { LayoutResult } from '../core/layout/types.ts';
import { abortError } from './abort-error.ts';
import { createInProcessRunner, createWorkerRunner, withFallback } from './elk-runner.ts';
import type { ElkRunner } from './elk-runner.ts';

export { isAbortError } from './abort-error.ts';

export interface LayoutEngineOptions {
  /** After this long the grid layout answers instead of ELK. */
  deadlineMs?: number;
  /** Above this many nodes ELK is not tried at all. */
  maxElkNodes?: number;
  /** How to start the worker; `null` forces the in-process path. Defaults to the bundled module worker when `Worker` exists. */
  createWorker?: (() => Worker) | null;
}

export interface DisposableLayoutEngine extends LayoutEngine {
  /** Cancels any pending layout and stops the worker. */
  dispose(): void;
}

function defaultWorkerFactory(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  // Written out in full so Vite sees it and bundles the worker.
  return () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

/** Creates the app's layout engine (worker when available, in-process otherwise). */
export function createLayoutEngine(options: LayoutEngineOptions = {}): DisposableLayoutEngine {
  const deadlineMs = options.deadlineMs ?? ELK_DEADLINE_MS;
  const maxElkNodes = options.maxElkNodes ?? MAX_ELK_NODES;
  const createWorker = options.createWorker === undefined ? defaultWorkerFactory() : options.createWorker;
  const runner: ElkRunner = createWorker ? withFallback(createWorkerRunner(createWorker), createInProcessRunner()) : createInProcessRunner();

  // Cancels the request in flight, if any; only one is ever pending.
  let cancelActive: ((reason: Error) => void) | null = null;

  return {
    layout(model, opts = {}) {
      cancelActive?.(abortError('Superseded by a newer layout'));
      const { signal } = opts;
      if (signal?.aborted) return Promise.reject(abortError());
      if (model.nodes.length > maxElkNodes) return Promise.resolve(gridLayout(model));

      return new Promise<LayoutResult>((resolve, reject) => {
        let settled = false;
        const settle = (outcome: () => void): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          if (cancelActive === cancel) cancelActive = null;
          outcome();
        };
        const cancel = (reason: Error): void =>
          settle(() => {
            runner.cancel();
            reject(reason);
          });
        const onAbort = (): void => cancel(abortError());
        const timer = setTimeout(
          () =>
            settle(() => {
              runner.cancel();
              resolve(gridLayout(model));
            }),
          deadlineMs,
        );
        cancelActive = cancel;
        signal?.addEventListener('abort', onAbort, { once: true });
        runner.run(toElkGraph(model)).then(
          (laidOut) => settle(() => resolve(fromElkGraph(model, laidOut))),
          (error: unknown) => settle(() => reject(error)),
        );
      });
    },
    dispose() {
      cancelActive?.(abortError('The layout engine was disposed'));
      runner.cancel();
    },
  };
}
