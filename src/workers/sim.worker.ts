/**
 * Runs the failure simulator off the main thread: a long run must never freeze the page. simulate() is
 * synchronous, so the client cancels by terminating this worker; nothing here is worth keeping between
 * runs. The handler is exported so tests can drive it without a real Worker.
 */
import type { Model } from '../core/model/types.ts';
import { simulate } from '../core/sim/simulate.ts';
import type { Scenario, SimResult } from '../core/sim/types.ts';
import type { ScenarioProblem } from '../core/sim/validate-scenario.ts';

export interface SimRequest {
  requestId: number;
  model: Model;
  scenario: Scenario;
  bucketMs?: number;
}

export type SimResponse =
  | { requestId: number; type: 'progress'; fraction: number }
  | { requestId: number; type: 'result'; result: SimResult }
  | { requestId: number; type: 'error'; name: string; message: string; problems?: ScenarioProblem[] };

export type Post = (message: SimResponse, transfer: Transferable[]) => void;

/** Runs one request, posting progress and then the result (its arrays transferred, not copied) or the error. */
export function handleSimRequest(request: SimRequest, post: Post): void {
  const { requestId } = request;
  try {
    const result = simulate(request.model, request.scenario, {
      ...(request.bucketMs === undefined ? {} : { bucketMs: request.bucketMs }),
      onProgress: (fraction) => post({ requestId, type: 'progress', fraction }, []),
    });
    post({ requestId, type: 'result', result }, transferables(result));
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const problems = (e as { problems?: ScenarioProblem[] }).problems;
    post({ requestId, type: 'error', name: e.name, message: e.message, ...(problems ? { problems } : {}) }, []);
  }
}

/** Every distinct buffer behind the result's series. */
export function transferables(result: SimResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const series of [result.nodes, result.links, result.entries]) {
    for (const value of Object.values(series)) {
      if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
      else if (value !== null && typeof value === 'object' && !Array.isArray(value))
        for (const inner of Object.values(value)) if (ArrayBuffer.isView(inner)) buffers.add(inner.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}

// Listen only when actually running as a worker; tests import this module in Node.
declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  self.addEventListener('message', (event: MessageEvent<SimRequest>) => {
    handleSimRequest(event.data, (message, transfer) => self.postMessage(message, { transfer }));
  });
}
